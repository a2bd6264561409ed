"""Issue 9's reader items, each pinned by a test that failed before the fix."""

from __future__ import annotations

from app_support import OTHER_SAMPLE, app_test, cursor_span, running, settle, status


def placed(app) -> list:
    return app.reader.view.stops.placements.placed


@app_test
async def test_quote_moves_go_on_after_a_highlight_and_h_recolours_the_same_span(home):
    async with running([OTHER_SAMPLE]) as (app, pilot):
        await pilot.press("}")
        assert status(app).startswith("Quote 1/")
        await pilot.press("h")
        await pilot.press("}")
        assert status(app).startswith("Quote 2/"), status(app)
        await pilot.press("h", "{", "3", "h")
        assert len(placed(app)) == 2
        assert placed(app)[0].annotation.colour is not None


@app_test
async def test_a_note_on_an_annotated_span_edits_it(home):
    async with running([OTHER_SAMPLE]) as (app, pilot):
        await pilot.press("}", "a")
        assert app.screen.title_text == "Note"
        await pilot.press(*"first", "enter")
        await settle(pilot)
        await pilot.press("escape", "g", "}", "a")  # back on the quote, not on the note
        assert app.screen.title_text == "Edit annotation"
        await pilot.press("escape", "t")
        assert app.screen.title_text == "Edit annotation"
        await pilot.press("escape")
        assert len(placed(app)) == 1
        assert placed(app)[0].annotation.note == "first"


async def type_at_once(pilot, text: str) -> None:
    """Every key of ``text`` and then enter queued before the app handles any (a paste, a fast typist)."""
    from textual import events

    app = pilot.app
    for char in text:
        key = {" ": "space", ",": "comma"}.get(char, char)
        app.post_message(events.Key(key, char))
    app.post_message(events.Key("enter", "\r"))
    await settle(pilot)
    await pilot.pause(0.1)


@app_test
async def test_enter_saves_every_key_typed_before_it(home):
    async with running([OTHER_SAMPLE]) as (app, pilot):
        await pilot.press("}", "a")
        await type_at_once(pilot, "third note here")
        await pilot.press("t")
        await type_at_once(pilot, "alphatag, betatag")
        annotation = placed(app)[0].annotation
        assert annotation.note == "third note here"
        assert annotation.tags == ("alphatag", "betatag")


def actor_named(app, name: str):
    return next(a for a in app.reader.analysis.actors if a.name == name)


@app_test
async def test_a_typed_name_offers_a_new_actor_and_the_merge_chooser_ranks_whole_words_first(home):
    """One session for two tests of the actor chooser (a typed name; the merge chooser's order)."""
    from textual.widgets import OptionList

    async with running([OTHER_SAMPLE]) as (app, pilot):
        await pilot.press("v", "plus", *"Zed Quux")
        options = app.screen.query_one("#choice-list", OptionList)
        assert str(options.get_option_at_index(0).prompt) == "New person named “Zed Quux”"
        await pilot.press("enter")
        await settle(pilot)
        assert any(a.name == "Zed Quux" and a.kind == "person" for a in app.reader.analysis.actors)

        app.reader.go_to_actor(actor_named(app, "Gause").id)
        await pilot.press("M", *"Ken")
        first = app.screen.query_one("#choice-list", OptionList).get_option_at_index(0)
        assert str(first.prompt).split()[0] == "Ken", str(first.prompt)  # not Antony Blinken
        await pilot.press("escape")


@app_test
async def test_go_to_actor_by_alias_p_keeps_the_cursor_and_a_second_v_keeps_the_selection(home):
    """One session for three tests on the second sample: Go to actor finds an actor by its
    alias; p keeps the cursor on the same mention; a second v keeps the selection for the next key."""
    from app_support import palette_choose

    async with running([OTHER_SAMPLE]) as (app, pilot):
        await pilot.press("ctrl+p")
        await palette_choose(pilot, "go to a", "Go to actor")
        await palette_choose(pilot, "Pyongyang", "North Korea")
        assert app.reader.view.current_actor_id == actor_named(app, "North Korea").id

        kim = actor_named(app, "Kim Jong Un")
        app.reader.go_to_actor(kim.id)
        await pilot.pause()
        span = cursor_span(app)
        named = status(app)
        assert named.startswith("Kim Jong Un · 1/")
        await pilot.press("p")
        assert cursor_span(app) == span
        with_pronouns = len([m for m in kim.mentions])
        assert status(app) == f"Kim Jong Un · 1/{with_pronouns}" != named
        await pilot.press("*")
        assert cursor_span(app) != span

        await pilot.press("escape", "g")  # no cursor, at the top, as the app opens
        assert cursor_span(app) is None
        await pilot.press("]", "v", "w", "w")
        span = app.reader.view.selection_span
        await pilot.press("v")
        assert app.reader.view.selection_span == span
        assert status(app).startswith("Selected")
        await pilot.press("h")
        await settle(pilot)
        assert [(p.start, p.end) for p in placed(app)] == [span]


@app_test
async def test_descriptive_speakers_are_shown_under_unnamed_sources_and_the_quote_whole(home):
    """One session for two tests of the Quotes tab after ``}`` (the speaker's group and words;
    the highlighted quote shown whole)."""
    from tui.ui.widgets.quotes_panel import QuotesPanel

    async with running([OTHER_SAMPLE]) as (app, pilot):
        quote = app.reader.analysis.quotes[0]
        assert len(quote.text) > 80
        await pilot.press("}")
        assert status(app).startswith("Quote 1/") and "some analysts" in status(app), status(app)
        panel = app.reader.query_one(QuotesPanel)
        groups = dict(panel.groups())
        assert 0 in groups["Unnamed sources"]
        shown = str(panel.get_option("quote:0").prompt)
        assert "some analysts:" in shown
        await pilot.pause()
        shown = " ".join(str(app.reader.query_one(QuotesPanel).get_option("quote:0").prompt).split())
        assert " ".join(quote.text.split()) in shown


@app_test
async def test_theme_animation_and_reading_position_are_kept_for_the_next_run(home):
    """Two runs for what three tests each checked with two: the chosen theme, scrolling not
    animated by default (and the choice kept), the article reopened where the reader left it."""
    from tui.ui.app_settings import toggle_animation

    async with running() as (app, pilot):
        assert app.theme != "textual-light"
        app.theme = "textual-light"
        await pilot.pause()
        view = app.reader.view
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y > 0  # at once, no animation in between
        assert app.animation_level == "basic"  # Textual animates scrolling only at "full"
        await pilot.press("g", "space", "space")
        top = app.reader.view.top_offset()
        assert top > 0
        toggle_animation(app)  # the palette's "Animated scrolling", kept for the next run
        assert app.animation_level == "full"
    async with running() as (app, pilot):
        assert app.theme == "textual-light"
        assert app.animation_level == "full"
        assert app.reader.view.top_offset() == top


@app_test
async def test_a_screenshot_is_saved_in_the_data_folder_and_says_where(home):
    from app_support import notices

    shown: list = []
    async with running(message_hook=notices(shown)) as (app, pilot):
        app.deliver_screenshot()
        await pilot.pause()
        saved = list((home / "screenshots").glob("*.svg"))
        assert len(saved) == 1
        assert any(str(saved[0]) in text for text in shown)


@app_test
async def test_leaving_and_coming_back_keeps_the_place_and_byline_alone_reopens_the_library(home):
    """One test for two that read both samples: leaving for another article and back keeps the
    position and the cursor; ``byline`` alone then comes back to the library it was in."""
    from app_support import SAMPLE
    from tui.cli.read_command import library_of
    from tui.sources import load_one

    async with running([SAMPLE, OTHER_SAMPLE]) as (app, pilot):
        await pilot.press("space", "space", "]")
        top, span = app.reader.view.top_offset(), cursor_span(app)
        await pilot.press(">")
        await settle(pilot)
        assert app.reader.article.source == str(OTHER_SAMPLE)
        await pilot.press("<")
        await settle(pilot)
        assert (app.reader.view.top_offset(), cursor_span(app)) == (top, span)
        await pilot.press(">")
        await settle(pilot)
    last = load_one(str(OTHER_SAMPLE))  # what reopen_last reads: the article read last
    sources, start = library_of([last])
    assert sources == [str(SAMPLE.resolve()), last.source] and start == 1
    async with running(sources, start=start, articles=[last]) as (app, pilot):
        assert len(app.library) == 2
        assert app.reader.article.source == last.source


@app_test
async def test_moves_start_from_the_screen_then_sidebar_and_help_take_less_keys(home):
    """One session for two tests: moves start from the screen when the cursor is off it; the
    sidebar and help take less keys and escape goes back to the text."""
    async with running() as (app, pilot):
        view = app.reader.view
        await pilot.press("g", "]", "space", "space")
        top = view.top_offset()
        await pilot.press("]")
        assert cursor_span(app)[0] >= top
        await pilot.press("g", "slash", *"the", "enter")
        assert status(app).split(" · ")[1].startswith("1/"), status(app)

        sidebar = app.reader.sidebar
        await pilot.press("tab")
        panel = sidebar.panel(sidebar.active_tab)
        assert panel.has_focus and panel.highlighted is not None
        first = panel.highlighted
        await pilot.press("j")
        assert panel.highlighted > first
        await pilot.press("G")
        last = panel.highlighted
        await pilot.press("g")
        assert panel.highlighted < last
        await pilot.press("escape")
        assert app.reader.view.has_focus
        await pilot.press("question_mark")
        body = app.screen.query_one("#help-body")
        await pilot.press("space")
        assert body.scroll_y > 0
        await pilot.press("g")
        assert body.scroll_y == 0


@app_test
async def test_less_and_vim_keys_in_the_text(home, tmp_path):
    source = tmp_path / "story.txt"
    source.write_text(OTHER_SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    async with running([source]) as (app, pilot):
        view = app.reader.view
        half = view.scrollable_content_region.height // 2
        await pilot.press("ctrl+d")
        assert int(view.scroll_y) == half
        await pilot.press("ctrl+f")
        assert int(view.scroll_y) > half
        await pilot.press("ctrl+b", "ctrl+u")
        assert int(view.scroll_y) == 0
        await pilot.press("G", "ctrl+r", *"China", "enter")
        matches = view.stops.matches
        assert cursor_span(app) == matches[-1]  # backward from the bottom of the screen
        source.write_text("Angela Merkel met Emmanuel Macron in Berlin.\n", encoding="utf-8")
        await pilot.press("r")
        await settle(pilot)
        assert app.reader.article.text.startswith("Angela Merkel")


@app_test
async def test_a_remap_onto_a_key_in_use_and_inputs_that_failed_are_notices(home):
    """One start for two tests of the notices an app start gives: a remap onto a key in use (the
    notice names both) and the inputs that could not be read."""
    from app_support import notices

    (home / "keymap.toml").write_text('next-mention = "m"\nquit = "j"\n', encoding="utf-8")
    shown: list = []
    async with running(message_hook=notices(shown), notices=["missing.txt: no such file"]) as (app, pilot):
        assert any("next-mention" in text and "bookmark" in text for text in shown), shown
        assert any("quit" in text and "scroll-down" in text for text in shown), shown
        assert "m next mention" in status(app)
        assert "missing.txt: no such file" in shown


@app_test
async def test_open_file_adds_only_what_it_could_read_and_takes_home_paths(home, tmp_path, monkeypatch):
    from app_support import notices, until

    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "story.txt").write_text("Angela Merkel met Emmanuel Macron in Berlin.\n", encoding="utf-8")
    shown: list = []
    async with running(message_hook=notices(shown)) as (app, pilot):
        before = len(app.library)
        app.reader.across.open_typed(str(tmp_path / "missing.txt"))
        await until(pilot, lambda: any("missing.txt" in text for text in shown))
        assert len(app.library) == before
        app.reader.across.open_typed("~/story.txt")
        await until(pilot, lambda: app.reader.article.text.startswith("Angela Merkel"))
        assert len(app.library) == before + 1


@app_test
async def test_small_terminals_keep_the_status_and_the_dialog_keys(home):
    async with running(size=(60, 20)) as (app, pilot):
        assert not app.reader.sidebar.display or app.reader.sidebar.region.width == 0
        await pilot.press("]")
        status_widget = app.reader.status_bar.query_one("#status")
        assert status_widget.region.width >= 40
        await pilot.press("a")
        hint = app.screen.query_one(".dialog-hint")
        assert hint.region.height >= 1 and hint.region.bottom <= 20
        await pilot.press("escape")


@app_test
async def test_a_wide_terminal_widens_the_sidebar(home):
    async with running(size=(250, 45)) as (app, pilot):
        assert app.reader.sidebar.region.width > 60


@app_test
async def test_markdown_structure_is_drawn_over_the_plain_text(home):
    from tui.core.article import EMPHASIS, HEADING, Article, Styled

    text = "China's dilemma\n\nAngela Merkel met Emmanuel Macron in Berlin, said the report.\n"
    article = Article(source="story.md", title="China's dilemma", text=text,
                      styles=(Styled(0, 15, HEADING, 1), Styled(17, 30, EMPHASIS)))
    async with running(["story.md"], articles=[article]) as (app, pilot):
        view = app.reader.view
        strip = view.painter.body(0, view.rich_style)
        heading = [seg for seg in strip if seg.text.strip() and "China" in seg.text]
        assert heading and all(seg.style.bold for seg in heading)
        line = view.line_of(17)
        emphasised = [seg for seg in view.painter.body(line, view.rich_style) if "Angela" in seg.text]
        assert emphasised and emphasised[0].style.italic


def contrast(fg, bg) -> float:
    def luminance(colour) -> float:
        def channel(v: int) -> float:
            v = v / 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        r, g, b = colour
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    high, low = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@app_test
async def test_the_sidebar_counts_as_analyze_does_and_is_readable_in_dark_and_light(home):
    """One session for two tests of the Actors tab: its counts are those of ``analyze``; its
    headings and the status line are readable in both themes."""
    from tui.ui.widgets.actors_panel import ActorsPanel

    async with running() as (app, pilot):
        panel = app.reader.query_one(ActorsPanel)
        for actor in app.reader.analysis.actors:
            first_line = str(panel.get_option(actor.id).prompt).splitlines()[0]
            assert first_line.split()[-1] == str(actor.mention_count)
            assert actor.mention_count == len([m for m in actor.mentions if not m.inferred])
        for theme in ("textual-dark", "textual-light"):
            app.theme = theme
            await settle(pilot)
            await pilot.pause(0.1)
            panel = app.reader.query_one(ActorsPanel)
            widgets = [(panel, "People ("), (app.reader.status_bar.query_one("#status"), "actors")]
            for widget, words in widgets:
                lines = [widget.render_line(y) for y in range(widget.size.height)]
                segments = [seg for line in lines if words in "".join(s.text for s in line)
                            for seg in line if seg.text.strip()]
                assert segments, (theme, words)
                for seg in segments:
                    fg, bg = seg.style.color.get_truecolor(), seg.style.bgcolor.get_truecolor()
                    assert contrast(tuple(fg), tuple(bg)) >= 4.5, (theme, seg.text, fg, bg)
