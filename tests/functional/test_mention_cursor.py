"""The cursor keys through the real app: ], [, *, #, } and {, a click, p; the status line and
the gutter follow. Where each key goes is pinned by tests/unit/test_reading.py and
test_reading_on_the_sample.py; these prove the wiring, each key at least once."""

from __future__ import annotations

from app_support import app_test, cursor_span, expected_status, running, status, stops_of, view


def stops_of_with_pronouns(analysis, actor_id: str) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in analysis.mentions(include_inferred=True) if m.actor == actor_id]


@app_test
async def test_bracket_and_quote_keys_walk_in_text_order_and_the_sidebar_follows(home, sample_analysis):
    stops = [(m.start, m.end) for m in sample_analysis.mentions()]
    quotes = sample_analysis.quotes
    assert len(quotes) >= 3
    async with running() as (app, pilot):
        assert cursor_span(app) is None
        await pilot.press("]")
        assert cursor_span(app) == stops[0]
        assert status(app) == expected_status(sample_analysis, stops[0])
        assert app.reader.sidebar.panel("actors").highlighted_option.id == sample_analysis.mentions()[0].actor
        await pilot.press("]", "]", "]")
        assert cursor_span(app) == stops[3]
        await pilot.press("[")
        assert cursor_span(app) == stops[2]
        assert status(app) == expected_status(sample_analysis, stops[2])
        # The quote keys, from the top.
        await pilot.press("escape", "g", "}")
        assert cursor_span(app) == (quotes[0].start, quotes[0].end)
        speaker = sample_analysis.actor(quotes[0].speaker)
        assert status(app) == f"Quote 1/{len(quotes)} · {speaker.name if speaker else 'unattributed'}"
        await pilot.press("}", "}")
        assert cursor_span(app) == (quotes[2].start, quotes[2].end)
        await pilot.press("{")
        assert cursor_span(app) == (quotes[1].start, quotes[1].end)


@app_test
async def test_a_click_makes_a_mention_current_then_star_and_hash_move_between_the_actors_mentions(
        home, sample_analysis, sample_article):
    """One session for two tests: clicking a mention makes it current; * and # move between the
    mentions of the current actor and wrap, repainting only what changed."""
    from rich.cells import cell_len

    from tui.ui.widgets.article_painter import GUTTER

    target = sample_analysis.mentions()[5]
    putin = next(a for a in sample_analysis.actors if a.name == "Vladimir Putin")
    own = stops_of(sample_analysis, putin.id)
    assert len(own) >= 3
    async with running() as (app, pilot):
        v = view(app)
        line = v.line_of(target.start)
        line_start = v.layout_lines[line][0]
        x = v.left + GUTTER + cell_len(sample_article.text[line_start:target.start]) + 1
        y = line - int(v.scroll_y)
        assert await pilot.click("ArticleView", offset=(x, y))
        await pilot.pause()
        assert cursor_span(app) == (target.start, target.end)
        assert status(app) == expected_status(sample_analysis, (target.start, target.end))

        app.reader.go_to_actor(putin.id)
        await pilot.pause()
        assert cursor_span(app) == own[0]
        assert status(app) == f"Vladimir Putin · 1/{len(own)}"
        await pilot.press("*")
        assert cursor_span(app) == own[1]
        assert status(app) == f"Vladimir Putin · 2/{len(own)}"
        await pilot.press("#", "#")  # back to the first, then round to the last
        assert cursor_span(app) == own[-1]
        assert status(app) == f"Vladimir Putin · {len(own)}/{len(own)}"
        await pilot.press("*")  # and round again to the first
        assert cursor_span(app) == own[0]
        # Only the lines a move touched were drawn again, and nothing stale is left on screen.
        v = view(app)
        drawn = [list(v.render_line(y)) for y in range(v.scrollable_content_region.height)]
        v.painter.forget_all()
        assert drawn == [list(v.render_line(y)) for y in range(v.scrollable_content_region.height)]
        # Every mention of the current actor is marked in the gutter.
        assert set(view(app).actor.lines) == {view(app).line_of(start) for start, _ in own}
        gutter = {view(app).render_line(line - int(view(app).scroll_y)).text[view(app).left]
                  for line in view(app).actor.lines if 0 <= line - int(view(app).scroll_y) < 40}
        assert gutter <= {"▶", "▎"} and "▎" in gutter


@app_test
async def test_p_makes_linked_pronouns_cursor_stops_and_back(home, sample_analysis):
    green = next(a for a in sample_analysis.actors if a.name == "Christopher Green")
    every = stops_of_with_pronouns(sample_analysis, green.id)
    named = stops_of(sample_analysis, green.id)
    pronouns = [s for s in every if s not in named]
    assert pronouns, "the sample has pronouns linked to Christopher Green"
    async with running() as (app, pilot):
        await pilot.press("p")
        app.reader.go_to_actor(green.id)
        await pilot.pause()
        assert status(app) == f"Christopher Green · 1/{len(every)}"
        await pilot.press(*["*"] * every.index(pronouns[0]))
        assert cursor_span(app) == pronouns[0]
        await pilot.press("p")
        assert cursor_span(app) is None  # the stops changed under the cursor
        app.reader.go_to_actor(green.id)
        await pilot.pause()
        assert status(app) == f"Christopher Green · 1/{len(named)}"
