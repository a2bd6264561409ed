"""The text is drawn first: the cached analysis is read only once the article's lines are on
screen (issue 10: a long text's analysis must not block the first paint)."""

from __future__ import annotations

from app_support import SAMPLE, SIZE, app_test, settle
from tui.ui.app import BylineApp
from tui.ui.widgets.article_view import ArticleView


@app_test
async def test_the_article_is_drawn_before_its_cached_analysis_is_read(home, monkeypatch):
    from tui.services import analysis as service

    drawn: list[int] = []  # article lines rendered so far
    read_after: list[int] = []  # how many had been rendered when the analysis was read
    real_analyse = service.analyse
    real_render_line = ArticleView.render_line

    def analyse(*args, **kwargs):
        read_after.append(len(drawn))
        return real_analyse(*args, **kwargs)

    def render_line(self, y):
        if self.article is not None:
            drawn.append(y)
        return real_render_line(self, y)

    monkeypatch.setattr(service, "analyse", analyse)
    monkeypatch.setattr(ArticleView, "render_line", render_line)
    app = BylineApp([str(SAMPLE)])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.reader.analysis is not None and app.reader.analysis.actors
        # The sample is cached (the warm database): still, the text came first, a screenful of it.
        assert len(read_after) == 1 and read_after[0] >= SIZE[1] // 2
        assert app.reader.view.layout_lines  # and the text is laid out
