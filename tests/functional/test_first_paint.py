"""The text is drawn first: the cached analysis and the annotations are read only once the
article's lines are on screen, and the modules only they need are imported after it (issue 10:
a long text's analysis must not block the first paint, nor a warm start wait for what it does not show)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app_support import SAMPLE, SIZE, app_test, notices, settle
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


def _our_stylesheets(app: BylineApp) -> list[str]:
    from tui.ui.styles import styles_dir

    return sorted(Path(path).name for path, _ in app.stylesheet.source if Path(path).parent == styles_dir())


@app_test
async def test_the_first_frame_waits_for_no_sidebar_tab_and_the_tabs_then_show_the_article(home, monkeypatch):
    from tui.ui.widgets.panel import SidebarPanel

    at_first_frame: list[object] = []  # sidebar panels mounted and stylesheets read at the first line drawn
    real_render_line = ArticleView.render_line

    def render_line(self, y):
        if self.article is not None and not at_first_frame:
            at_first_frame.extend([len(self.screen.query(SidebarPanel)), _our_stylesheets(self.app)])
        return real_render_line(self, y)

    monkeypatch.setattr(ArticleView, "render_line", render_line)
    app = BylineApp([str(SAMPLE)])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert at_first_frame == [0, ["byline.tcss"]]
        sidebar = app.reader.sidebar
        assert [panel.TAB_ID for panel in sidebar.panels] == ["actors", "quotes", "annotations"]
        actors = sidebar.panel("actors")
        assert actors.article is app.reader.article and actors.analysis is app.reader.analysis
        assert any("Christopher Green" in str(actors.get_option_at_index(i).prompt)
                   for i in range(actors.option_count))
        # The other stylesheets were read after the first frame, and style what mounts later:
        # the lists (sidebar.tcss) and a screen opened afterwards (help.tcss).
        assert _our_stylesheets(app) == ["byline.tcss", "dialogs.tcss", "help.tcss", "library.tcss", "sidebar.tcss"]
        assert actors.get_component_rich_style("actors-panel--header").bold
        assert actors.styles.border_top[0] == ""  # "Sidebar OptionList { border: none; }"
        await pilot.press("f1")
        await settle(pilot)
        body = app.screen.query_one("#help-body")
        assert body.styles.border_top[0] == "thick" and body.styles.max_width.value == 120


@app_test
async def test_the_reader_lets_the_collector_run_once_its_first_frame_is_drawn(home):
    import gc

    from tui.services.collector import hold_collection, release_collection

    hold_collection()  # as the command line does before it starts the reader
    try:
        assert not gc.isenabled()
        app = BylineApp([str(SAMPLE)])
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert gc.isenabled()
    finally:
        release_collection()
        gc.enable()


@app_test
async def test_tab_pressed_before_the_sidebar_lists_arrive_focuses_the_list_when_it_does(home, monkeypatch):
    """Keys typed while the reader starts are handled right after its first frame, maybe before
    the sidebar's tabs are mounted: Tab then waits for the list instead of failing or being lost."""
    from tui.ui.widgets.sidebar import Sidebar

    monkeypatch.setattr(Sidebar, "on_mount", lambda self: None)  # the tabs come when the test says
    app = BylineApp([str(SAMPLE)])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        sidebar = app.reader.sidebar
        assert sidebar.panels == []
        await pilot.press("tab")
        assert isinstance(app.focused, ArticleView)  # nothing to focus yet
        await sidebar._furnish()
        await settle(pilot)
        assert app.focused is sidebar.panel("actors")
        actors = sidebar.panel("actors")
        assert actors.highlighted is not None and not actors.get_option_at_index(actors.highlighted).disabled


@app_test
async def test_the_annotations_are_read_after_the_first_frame_or_by_a_key_that_needs_them(home, sample_article,
                                                                                            monkeypatch):
    from tui.storage.annotation_store import AnnotationStore
    from tui.storage.database import connect
    from tui.ui.screens.reader import ReaderScreen

    conn = connect(home / "byline.sqlite3")
    AnnotationStore(conn).add_highlight(sample_article, 0, 4, colour="green")  # "I've"
    conn.close()
    drawn: list[int] = []  # article lines rendered so far
    asked: list[tuple] = []  # (reader, article, lines drawn) of each read the first frame asked for
    real_reload, real_render_line = ReaderScreen.reload_annotations, ArticleView.render_line

    def render_line(self, y):
        if self.article is not None:
            drawn.append(y)
        return real_render_line(self, y)

    def reload_annotations(self, opened=None):
        if opened is not None and not asked:  # the read after the first frame: held until the test says
            asked.append((self, opened, len(drawn)))
            return
        real_reload(self, opened)

    monkeypatch.setattr(ArticleView, "render_line", render_line)
    monkeypatch.setattr(ReaderScreen, "reload_annotations", reload_annotations)
    shown: list[str] = []
    app = BylineApp([str(SAMPLE)])
    async with app.run_test(size=SIZE, message_hook=notices(shown)) as pilot:
        await settle(pilot)
        view = app.reader.view
        [(reader, opened, lines_then)] = asked
        assert opened is reader.article and lines_then >= SIZE[1] // 2  # asked for once the text was drawn
        assert not view.stops.placements.placed
        # Keys before that read: a highlight of the same words changes it (not a second one) ...
        await pilot.press("v", "h")
        await settle(pilot)
        [placed] = view.stops.placements.placed
        assert (placed.start, placed.end) == (0, 4) and "Recoloured" in shown
        # ... and the next annotation is found.
        await pilot.press("escape", "full_stop")
        assert view.cursor is not None and view.cursor.span == (0, 4)
        real_reload(reader, opened)  # the held read, late: there is nothing left for it to do
        await settle(pilot)
        assert len(view.stops.placements.placed) == 1 and view.cursor.span == (0, 4)
        panel = reader.sidebar.panel("annotations")  # the Annotations tab lists it too
        assert any("“I've”" in str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count))


# The reader started as a user starts it (``python -m tui read PATH``), headless, in its own process:
# at its first frame it prints the modules of Byline loaded so far and stops.
FIRST_FRAME_MODULES = r"""
import os, runpy, sys
import textual.app

_display = textual.app.App._display
def display(self, screen, renderable):
    _display(self, screen, renderable)
    if renderable is not None and not self._batch_count and self._running:
        print(" ".join(sorted(m for m in sys.modules if m.startswith("tui"))), flush=True)
        os._exit(0)
textual.app.App._display = display
_run = textual.app.App.run
textual.app.App.run = lambda self, *args, **kwargs: _run(self, *args, **{**kwargs, "headless": True,
                                                                         "size": (140, 45)})
sys.argv = ["byline", "read", sys.argv[1]]
runpy.run_module("tui", run_name="__main__")
"""

# What only the analysis, the annotations, the selection or a long analysis' progress need.
NOT_BEFORE_THE_FIRST_FRAME = ("tui.core.model", "tui.core.anchoring", "tui.core.annotations",
                              "tui.services.annotation_session", "tui.core.selection",
                              "tui.core.reading.progress_estimate")


def test_the_first_frame_imports_neither_the_analysis_nor_the_annotations(home):
    root = str(Path(__file__).resolve().parents[2])
    master, slave = os.openpty()  # a terminal on stdin, as the reader checks (headless reads none)
    try:
        done = subprocess.run([sys.executable, "-c", FIRST_FRAME_MODULES, str(SAMPLE)], stdin=slave, cwd=root,
                              capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": root})
    finally:
        os.close(master)
        os.close(slave)
    loaded = set(done.stdout.split())
    assert "tui.ui.screens.reader" in loaded and "tui.ui.widgets.article_view" in loaded, done.stderr[-2000:]
    assert sorted(loaded & set(NOT_BEFORE_THE_FIRST_FRAME)) == []
