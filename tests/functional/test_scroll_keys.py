"""The reader's scroll keys jump at once: no animation whose every frame repaints the screen (on a
long text, space was ten repaints and g/G a second of them)."""

from __future__ import annotations

from app_support import app_test, running, view


@app_test
async def test_scroll_keys_jump_without_animating(home, sample_analysis):
    async with running(size=(140, 20)) as (app, pilot):
        text = view(app)
        height = text.scrollable_content_region.height
        assert text.max_scroll_y > 2 * height  # the sample is longer than two pages
        positions: list[float] = []
        text.watch(text, "scroll_y", lambda y: positions.append(y), init=False)

        async def after(key: str) -> float:
            positions.clear()
            await pilot.press(key)
            await pilot.pause()
            # One position per key: an animation passes through every line between.
            assert len(positions) <= 1, (key, positions)
            return text.scroll_y

        assert await after("space") == height
        assert await after("pagedown") == 2 * height
        assert await after("b") == height
        assert await after("j") == height + 1
        assert await after("k") == height
        assert await after("G") == text.max_scroll_y
        assert await after("pageup") == text.max_scroll_y - height
        assert await after("g") == 0
        assert await after("k") == 0  # the top stays the top
        await pilot.press("G")
        assert await after("space") == text.max_scroll_y  # and the end the end
