"""The text is drawn first: the cached analysis is read only once the article's lines are on
screen (issue 10: a long text's analysis must not block the first paint)."""

from __future__ import annotations

from app_support import SAMPLE, SIZE, app_test, settle
from tui.ui.app import BylineApp


@app_test
async def test_the_article_is_drawn_before_its_cached_analysis_is_read(home, monkeypatch):
    from tui.services import analysis as service

    events: list[str] = []
    real_analyse = service.analyse

    def analyse(*args, **kwargs):
        events.append("analysis read")
        return real_analyse(*args, **kwargs)

    monkeypatch.setattr(service, "analyse", analyse)
    app = BylineApp([str(SAMPLE)])
    real_display = app._display

    def display(screen, renderable) -> None:
        real_display(screen, renderable)
        reader = app.reader
        if renderable is not None and reader is not None and reader.view.painted.is_set():
            events.append("text drawn")

    app._display = display
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.reader.analysis is not None and app.reader.analysis.actors
        # The sample is cached (the warm database): still, the text came first.
        assert "analysis read" in events
        assert events.index("text drawn") < events.index("analysis read")
        assert app.reader.view.layout_lines  # and the text is laid out
