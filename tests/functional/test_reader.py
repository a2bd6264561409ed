"""Search, help, keymap, library, errors and untrusted text."""

from __future__ import annotations

import sqlite3

from app_support import OTHER_SAMPLE, SAMPLE, app_test, cursor_span, notices, running, settle, status, view
from tui.core.article import Article
from tui.core.navigation import find_all
from tui.ui.screens.help import HelpScreen


@app_test
async def test_search_then_help_then_the_text_rewraps_on_resize(home, sample_article):
    """One session for three tests of the reader on the sample: search highlights the matches and
    n/N move between them; help lists every binding; the text rewraps when the terminal narrows."""
    matches = find_all(sample_article.text, "putin")
    assert len(matches) >= 3
    async with running() as (app, pilot):
        await pilot.press("/", *"Putin", "enter")
        assert cursor_span(app) == matches[0]
        assert status(app) == f"“Putin” · 1/{len(matches)}"
        await pilot.press("n")
        assert cursor_span(app) == matches[1]
        await pilot.press("N", "N")
        assert cursor_span(app) == matches[-1]  # wraps
        assert view(app).query == "Putin"
        await pilot.press("escape")
        assert cursor_span(app) is None and view(app).query == ""

        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        ids = {row[4] for row in app.screen.rows}
        assert {"next-mention", "previous-mention", "next-same-actor", "previous-same-actor",
                "next-quote", "previous-quote", "search", "help", "quit", "toggle-sidebar",
                "command-palette", "scroll-down", "top", "bottom"} <= ids
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")

        v = view(app)
        wide = list(v.layout_lines)
        await pilot.resize_terminal(70, 40)
        await pilot.pause()
        narrow = list(v.layout_lines)
        assert len(narrow) > len(wide)
        from rich.cells import cell_len
        column = v.column
        assert column < 70
        assert all(cell_len(sample_article.text[s:e].replace("\n", " ")) <= column for s, e in narrow)


@app_test
async def test_user_keymap_remaps_a_binding(home, sample_analysis):
    (home / "keymap.toml").write_text('next-mention = "m"\nnext-quote = "ctrl+n"\n', encoding="utf-8")
    async with running() as (app, pilot):
        await pilot.press("m")
        first = sample_analysis.mentions()[0]
        assert cursor_span(app) == (first.start, first.end)
        await pilot.press("ctrl+n")
        quote = next(q for q in sample_analysis.quotes if (q.start, q.end) > (first.start, first.end))
        assert cursor_span(app) == (quote.start, quote.end)


@app_test
async def test_bad_keymap_is_a_notice_not_a_crash(home):
    (home / "keymap.toml").write_text('next-mention = [\nno-such-binding = "x"', encoding="utf-8")
    shown: list[str] = []
    async with running(message_hook=notices(shown)) as (app, pilot):
        assert app.keymap_problems and "not valid TOML" in app.keymap_problems[0]
        assert any("keymap" in message for message in shown)
        await pilot.press("]")
        assert cursor_span(app) is not None  # default keys still work


@app_test
async def test_library_switches_articles_and_remembers_the_last(home):
    async with running([SAMPLE, OTHER_SAMPLE]) as (app, pilot):
        reader = app.reader
        assert reader.article.source == str(SAMPLE)
        await pilot.press("greater_than_sign")
        await settle(pilot)
        assert reader.article.source == str(OTHER_SAMPLE)
        assert reader.analysis is not None and reader.analysis.text_length == len(reader.article.text)
        assert "(2/2)" in str(app.reader.query_one("#article-header").render())
    conn = sqlite3.connect(home / "byline.sqlite3")
    [(last,)] = conn.execute("SELECT value FROM state WHERE key = 'last_source'").fetchall()
    conn.close()
    assert last == str(OTHER_SAMPLE.resolve())


@app_test
async def test_unreadable_source_and_missing_model_are_notices(home, tmp_path):
    missing = tmp_path / "nope.txt"
    messages: list[str] = []
    async with running([missing, SAMPLE], model_name="no_such_model_xyz",
                       message_hook=notices(messages)) as (app, pilot):
        assert any("no such file" in m for m in messages)
        assert any("no_such_model_xyz" in m and "not installed" in m for m in messages)
        assert app.reader.article.source == str(SAMPLE)  # the readable one opened, without analysis
        assert app.reader.analysis is None
        assert view(app).layout_lines  # the text is shown
        await pilot.press("]")
        assert cursor_span(app) is None


@app_test
async def test_untrusted_text_is_shown_literally(home):
    text = ("Markup [bold red]x[/] and an escape \x1b[31mred\x1b[0m and a bell \x07.\n\n"
            "President Emmanuel Macron visited Berlin.\n")
    article = Article(source="-", title="[b]Bold[/b] title \x1b[2J", text=text)
    async with running(["-"], articles=[article]) as (app, pilot):
        v = view(app)
        shown = "\n".join(v.render_line(y).text for y in range(len(v.layout_lines)))
        assert "[bold red]x[/]" in shown
        assert "\u241b[31mred\u241b[0m" in shown
        assert "\x1b" not in shown and "\x07" not in shown
        header = str(app.reader.query_one("#article-header").render())
        assert "[b]Bold[/b] title \u241b[2J" in header
        # Offsets are unchanged: the mention cursor lands on the real spans.
        assert app.reader.analysis.mentions(), "the model finds Emmanuel Macron and Berlin"
        await pilot.press("]")
        start, end = cursor_span(app)
        assert text[start:end] == app.reader.analysis.mentions()[0].text
