"""The keys no other app test presses, each once through Pilot with the effect it must have,
so that every binding in tui/ui/bindings.py is exercised end to end at least once."""

from __future__ import annotations

from app_support import OTHER_SAMPLE, SAMPLE, app_test, cursor_span, notices, running, status, view
from tui.ui.screens.dialogs import ChoiceDialog


@app_test
async def test_scrolling_keys(home):
    async with running(size=(100, 20)) as (app, pilot):
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


@app_test
async def test_selection_keys_grow_and_shrink_the_selection(home, sample_analysis):
    first = sample_analysis.mentions()[0]
    async with running() as (app, pilot):
        v = view(app)
        await pilot.press("]", "v")
        spans = [v.selection_span]
        for key in ("w", "b", ")", "(", "}", "{", "]", "["):
            await pilot.press(key)
            spans.append(v.selection_span)
        # Each forward move grows the selection; its opposite takes it back.
        assert spans[1][1] > spans[0][1] and spans[2] == spans[0]
        assert spans[3][1] > spans[0][1] and spans[4] == spans[0]
        assert spans[5][1] >= spans[3][1] and spans[6] == spans[0]
        assert spans[7][1] > spans[0][1] and spans[8] == spans[0]
        assert spans[0] == (first.start, first.end)
        await pilot.press("escape")
        assert v.selection is None and cursor_span(app) == (first.start, first.end)


@app_test
async def test_annotation_cursor_back_and_colour_keys(home):
    shown: list[str] = []
    async with running(message_hook=notices(shown)) as (app, pilot):
        for number, colour in ((1, "yellow"), (3, "blue"), (4, "pink"), (6, "purple")):
            await pilot.press(str(number))
            assert f"Highlight colour: {colour}" in shown
        await pilot.press("]", "h", "]", "]", "]", "h")  # two purple highlights
        await pilot.press("escape", "G", "comma")
        assert status(app).startswith("Highlight 2/2 · purple")
        await pilot.press("comma")
        assert status(app).startswith("Highlight 1/2 · purple")


@app_test
async def test_merge_key_offers_the_other_actors(home, sample_analysis):
    putin = next(a for a in sample_analysis.actors if a.name == "Vladimir Putin")
    async with running() as (app, pilot):
        app.reader.go_to_actor(putin.id)
        await pilot.press("M")
        assert isinstance(app.screen, ChoiceDialog)
        assert putin.id not in [c.value for c in app.screen.choices]
        assert len(app.screen.choices) == len(sample_analysis.actors) - 1
        await pilot.press("escape")
        assert not isinstance(app.screen, ChoiceDialog)


@app_test
async def test_previous_article_focus_back_and_quit(home):
    async with running([SAMPLE, OTHER_SAMPLE]) as (app, pilot):
        await pilot.press("less_than_sign")  # round to the last article
        assert app.reader.article.source == str(OTHER_SAMPLE)
        await pilot.press("shift+tab")
        assert not view(app).has_focus
        await pilot.press("shift+tab")
        assert view(app).has_focus
        await pilot.press("q")
        assert app.return_code == 0  # q quit the app
