"""The keys no other app test presses, each once through Pilot with the effect it must have,
so that every binding in tui/ui/bindings.py is exercised end to end at least once."""

from __future__ import annotations

from app_support import OTHER_SAMPLE, SAMPLE, app_test, cursor_span, notices, running, status, view
from tui.ui.screens.dialogs import ChoiceDialog


@app_test
async def test_scrolling_keys_the_cursor_kept_on_screen_previous_article_and_quit(home, sample_analysis):
    stops = [(m.start, m.end) for m in sample_analysis.mentions()]
    async with running([SAMPLE, OTHER_SAMPLE], size=(100, 20)) as (app, pilot):
        v = view(app)
        await pilot.press("j", "j")
        assert v.scroll_y == 2
        await pilot.press("k")
        assert v.scroll_y == 1
        await pilot.press("space")
        paged = v.scroll_y
        assert paged > 10
        await pilot.press("pagedown")
        assert v.scroll_y > paged
        await pilot.press("pageup", "b")  # b is page up while nothing is selected
        assert v.scroll_y < paged
        await pilot.press("end")
        assert v.scroll_y == v.max_scroll_y
        await pilot.press("home")
        assert v.scroll_y == 0
        # A move from the bottom of the screen; after scrolling away from the cursor, moves start
        # from the screen (issue 9: a stale cursor sent ] back to where it was).
        await pilot.press("G", "[")
        assert cursor_span(app) == stops[-1]
        await pilot.press("g", "]")
        assert cursor_span(app) == stops[0]
        top = int(v.scroll_y)
        assert top <= v.line_of(stops[0][0]) < top + v.scrollable_content_region.height
        # The previous article (round to the last), the focus back and forth, then quit.
        await pilot.press("less_than_sign")
        assert app.reader.article.source == str(OTHER_SAMPLE)
        await pilot.press("shift+tab")
        assert not view(app).has_focus
        await pilot.press("shift+tab")
        assert view(app).has_focus
        await pilot.press("q")
        assert app.return_code == 0  # q quit the app


@app_test
async def test_selection_colour_comma_and_merge_keys(home, sample_analysis):
    first = sample_analysis.mentions()[0]
    putin = next(a for a in sample_analysis.actors if a.name == "Vladimir Putin")
    shown: list[str] = []
    async with running(message_hook=notices(shown)) as (app, pilot):
        v = view(app)
        # Every selection key grows the selection; its opposite takes it back.
        await pilot.press("]", "v")
        spans = [v.selection_span]
        for key in ("w", "b", ")", "(", "}", "{", "]", "["):
            await pilot.press(key)
            spans.append(v.selection_span)
        assert spans[0] == (first.start, first.end)
        assert spans[1][1] > spans[0][1] and spans[2] == spans[0]
        assert spans[3][1] > spans[0][1] and spans[4] == spans[0]
        assert spans[5][1] >= spans[3][1] and spans[6] == spans[0]
        assert spans[7][1] > spans[0][1] and spans[8] == spans[0]
        await pilot.press("escape")
        assert v.selection is None and cursor_span(app) == (first.start, first.end)
        # The colour keys, then two highlights visited backwards with comma.
        for number, colour in ((1, "yellow"), (3, "blue"), (4, "pink"), (6, "purple")):
            await pilot.press(str(number))
            assert f"Highlight colour: {colour}" in shown
        await pilot.press("escape", "g", "]", "h", "escape", "G", "[", "h")  # two sentences
        await pilot.press("escape", "G", "comma")
        assert status(app).startswith("Highlight 2/2 · purple")
        await pilot.press("comma")
        assert status(app).startswith("Highlight 1/2 · purple")
        # M offers every other actor to merge into.
        app.reader.go_to_actor(putin.id)
        await pilot.press("M")
        assert isinstance(app.screen, ChoiceDialog)
        assert putin.id not in [c.value for c in app.screen.choices]
        assert len(app.screen.choices) == len(sample_analysis.actors) - 1
        await pilot.press("escape")
        assert not isinstance(app.screen, ChoiceDialog)
