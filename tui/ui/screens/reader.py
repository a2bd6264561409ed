"""The reader: composes the article, the sidebar and the status line, and routes messages.

Opening goes through ``reader_io`` (the analysis in a thread worker, the annotation store);
the annotation and correction keys through ``annotating`` and ``correcting``; every cursor key
is one action, ``cursor(move, step)``, answered by the view's ``Stops``.
"""

from __future__ import annotations

import time
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Input

from tui.core.article import Article, ArticleError
from tui.core.reading.status import ANALYSING, idle_status
from tui.ui import bindings
from tui.ui.library import Library
from tui.ui.screens.across_library import AcrossLibrary
from tui.services.preferences import remember_library
from tui.ui.screens.reading_places import ReadingPlaces
from tui.ui.screens.searching import Searching
from tui.ui.screens.reader_io import (AnalysisFailed, AnalysisPartial, AnalysisReady, Notice, StoreAccess,
                                     analyse_article)
from tui.ui.widgets.analysis_progress import AnalysisProgressLine
from tui.ui.widgets.article_header import ArticleHeader
from tui.ui.widgets.article_view import ArticleView
from tui.ui.widgets.later import Later
from tui.ui.widgets.messages import (ActorChosen, AnnotationChosen, AnnotationDeleteRequested,
                                     AnnotationEditRequested, QuoteChosen, UndoDeleteRequested)
from tui.ui.widgets.search_bar import SearchBar
from tui.ui.widgets.sidebar import Sidebar
from tui.ui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from tui.core.model import Analysis
    from tui.ui.screens.annotating import Annotating
    from tui.ui.screens.correcting import Correcting

__all__ = ["ReaderScreen", "AnalysisReady", "AnalysisFailed"]

PARTIAL_SHOW_COST = 10  # a long text's actors so far are shown at most a tenth of the time


class ReaderScreen(Screen):
    BINDINGS: ClassVar[list[BindingType]] = [*bindings.NAVIGATION, *bindings.ANNOTATE, *bindings.CORRECT,
                                             *bindings.ACROSS_LIBRARY]

    def __init__(self, library: Library, model_name: str | None = None) -> None:
        super().__init__()
        self.library = library
        self.model_name = model_name
        self.index = -1
        self.article: Article | None = None
        self.raw_analysis: Analysis | None = None  # as analysed, before the reader's corrections
        self.analysis: Analysis | None = None  # with the corrections applied: what is shown
        self.corrections: list = []  # the article's corrections (Annotation), oldest first
        self.annotations_due: Article | None = None  # opened, its annotations not read yet
        self.analysing = False
        self._token = 0
        self._next_partial = 0.0  # monotonic time before which a partial analysis is not shown
        self.io = StoreAccess(self.notify)
        self.searching = Searching(self)
        self.across = AcrossLibrary(self)  # the library screen, the actor page, pages
        self.places = ReadingPlaces(self)
        self._noticed: set[str] = set()  # articles whose reading notices were shown

    @cached_property
    def annotating(self) -> "Annotating":
        from tui.ui.screens.annotating import Annotating  # with the first key, not before the first paint
        return Annotating(self)

    @cached_property
    def correcting(self) -> "Correcting":
        from tui.ui.screens.correcting import Correcting  # likewise
        return Correcting(self)

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            with Vertical(id="reader"):
                yield ArticleHeader(id="article-header")
                yield ArticleView(id="article")
            yield Sidebar(id="sidebar")
        yield AnalysisProgressLine()
        yield StatusBar(id="status-bar")
        yield Later("tui.ui.widgets.key_footer:KeyFooter", id="footer-later")  # keys after the first frame

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def sidebar(self) -> Sidebar:
        return self.query_one(Sidebar)

    @property
    def status_bar(self) -> StatusBar:
        return self.query_one(StatusBar)

    @property
    def hidden_kinds(self) -> frozenset[str]:
        return self.view.hidden_kinds

    def on_mount(self) -> None:
        self.watch(self.view, "scroll_y", lambda _: self.across.show_page(), init=False)
        self.status_bar.set_hidden_kinds(set())
        count = len(self.library)
        for index in ((self.library.start + n) % count for n in range(count)):
            if self.open_index(index):
                break
        else:
            self.query_one(ArticleHeader).show(None)
            self.sidebar.show(None, None)
            self.status_bar.set_status("No article could be opened")
        self.view.focus()
        self.watch(self.view, "scroll_y", lambda _: self.places.seen(), init=False)

    def on_unmount(self) -> None:
        self.places.leave(unmounting=True)
        self.io.close()
        self.across.close()

    # ------------------------------------------------------------------ opening

    def open_index(self, index: int) -> bool:
        """Show the library's article at ``index`` and start its analysis; False if it cannot be read."""
        try:
            article = self.library.article(index)
        except ArticleError as exc:
            self.notify(str(exc), title="Cannot open", severity="error", markup=False)
            return False
        self.places.leave()
        self.places.opening(article.source)
        self._article_notices(article)
        remember_library(self.library.sources, index)
        self.index, self.article = index, article
        self.analysis = self.raw_analysis = None
        self.corrections = []
        self.analysing = True
        self._next_partial = 0.0
        self._token += 1
        self.query_one(ArticleHeader).show(article, index, len(self.library))
        self.view.show_article(article)
        self.places.show()
        self.sidebar.show(article, None)
        self.annotations_due = article  # read once the text is drawn, or by the first key that needs them
        self.call_after_refresh(self.reload_annotations, article)
        self.sidebar.busy(True)
        self.status_bar.set_status(ANALYSING)
        self.refresh_bindings()  # the annotation keys depend on an open article
        token, model_name, progress = self._token, self.model_name, self.query_one(AnalysisProgressLine)
        progress.start(token)  # hidden again by the analysis' last progress message, or on failure
        painted = self.view.painted
        self.run_worker(lambda: analyse_article(self.post_message, article, token, model_name, progress.post_message,
                                                painted),
                        thread=True, exclusive=True, group="analysis", exit_on_error=False)
        self.across.show_page()
        return True

    def _article_notices(self, article: Article) -> None:
        """What reading the article had to say (another encoding, NULs replaced, a feed's
        content instead of its page): shown once per article."""
        if article.source in self._noticed:
            return
        self._noticed.add(article.source)
        for text in article.notices:
            self.notify(text, title="Read with a notice", severity="warning", markup=False, timeout=10)

    def open_path(self, path: str) -> bool:
        return self.open_index(self.library.add(path))

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        if message.token != self._token:
            return  # the analysis of an article that is no longer open
        provisional, self.raw_analysis = self.raw_analysis is not None, message.analysis
        self.analysing = False
        self.sidebar.busy(False)
        self._show_corrected(keep_cursor=provisional)  # where the reader went meanwhile
        self.places.analysed()
        if self.view.cursor is None and self.view.selection is None:
            self.status_bar.set_status(self.idle_status())
        self.across.analysis_ready()

    def on_analysis_partial(self, message: AnalysisPartial) -> None:
        """A long text's actors so far: shown, unless showing the last took too long to repeat
        this soon (thousands of actors take a while to list; the keys must stay quick)."""
        started = time.monotonic()
        if message.token != self._token or not self.analysing or started < self._next_partial:
            return
        self.raw_analysis = message.analysis
        self.sidebar.busy(False)
        self._show_corrected(keep_cursor=True, quiet=True)
        self.places.analysed()  # the cursor goes back where it was left, once: not again at the end
        self._next_partial = time.monotonic() + PARTIAL_SHOW_COST * (time.monotonic() - started)

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        if message.token != self._token:
            return
        self.analysing = False
        self.analysis = self.raw_analysis = None  # a provisional one too: the text goes plain
        self.view.show(analysis=None)
        self.sidebar.busy(False)
        self.query_one(AnalysisProgressLine).display = False
        self.sidebar.show(self.article, None)
        self.status_bar.set_status("No analysis: the text is shown without highlights")
        self.notify(message.problem, title="Analysis failed", severity="error", markup=False, timeout=10)

    def on_notice(self, message: Notice) -> None:
        self.notify(message.text, severity=message.severity, markup=False)

    def reload_annotations(self, opened: Article | None = None) -> None:
        """Read the annotations and corrections back; show them with the analysis they correct (the
        cursor re-seated once). ``opened``: once drawn, unless a key read them or another is open."""
        if opened is not None and opened is not self.annotations_due:
            return
        self.annotations_due, article = None, self.article
        read = self.io.read(article) if article is not None else None
        if read is None:
            return
        placements, corrections, placed_corrections, tag_colours = read
        changed = [c.id for c in corrections] != [c.id for c in self.corrections]
        self.corrections = corrections
        analysis = self._corrected() if changed else None
        if analysis is not None:
            self.view.show(analysis=analysis, placements=placements, tag_colours=tag_colours)
            self.sidebar.show(article, analysis, provisional=self.analysing)
        else:
            self.view.show(placements=placements, tag_colours=tag_colours)
        self.sidebar.show_annotations(placements, placed_corrections, tag_colours)

    def annotations_now(self) -> None:
        """A key that works on the annotations has them read first if the text is not drawn yet."""
        if self.annotations_due is not None:
            self.reload_annotations(self.annotations_due)

    def _corrected(self, quiet: bool = False) -> Analysis | None:
        """The analysis with the reader's corrections applied on top."""
        raw = self.raw_analysis
        if raw is None or self.article is None:
            return None
        from tui.core.corrections import apply_corrections_detailed  # not needed for the first paint

        analysis, skipped = apply_corrections_detailed(raw, self.article.text, self.corrections)
        self.analysis = analysis
        if skipped and not quiet:
            self.notify(f"{len(skipped)} correction(s) no longer fit this text and were not applied",
                        severity="warning", timeout=5, markup=False)
        return analysis

    def _show_corrected(self, keep_cursor: bool, quiet: bool = False) -> None:
        analysis = self._corrected(quiet)
        if analysis is not None:
            self.view.show(analysis=analysis, keep_cursor=keep_cursor)
            self.sidebar.show(self.article, analysis, provisional=self.analysing)

    # ------------------------------------------------------------------ following the cursor

    def on_article_view_cursor_moved(self, message: ArticleView.CursorMoved) -> None:
        self.places.seen()
        self.status_bar.set_status(message.status or self.idle_status())
        self.sidebar.follow(message.actor_id, message.quote_index)
        if message.annotation_id is not None:
            self.sidebar.follow_annotation(message.annotation_id)
        self.across.show_page()

    def idle_status(self) -> str:
        return idle_status(self.analysis, self.analysing, getattr(self.app, "hint_keys", {}))

    def status_text(self) -> str:
        return self.status_bar.status

    @on(ActorChosen)
    def _actor_chosen(self, message: ActorChosen) -> None:
        self.go_to_actor(message.actor_id)

    @on(QuoteChosen)
    def _quote_chosen(self, message: QuoteChosen) -> None:
        self.go_to_quote(message.index)

    @on(AnnotationChosen)
    def _annotation_chosen(self, message: AnnotationChosen) -> None:
        self.annotating.go_to(message.annotation_id)

    @on(AnnotationEditRequested)
    def _edit_requested(self, message: AnnotationEditRequested) -> None:
        self.annotating.edit(message.annotation_id)

    @on(AnnotationDeleteRequested)
    def _delete_requested(self, message: AnnotationDeleteRequested) -> None:
        self.annotating.delete(message.annotation_id)

    @on(UndoDeleteRequested)
    def _undo_requested(self) -> None:
        self.annotating.undo_delete()

    # The palette's commands.
    def go_to_actor(self, actor_id: str) -> None:
        self.view.go_to_actor(actor_id)

    def go_to_quote(self, index: int) -> None:
        self.view.go_to_quote(index)

    def toggle_kind(self, kind: str) -> None:
        hidden = set(self.view.hidden_kinds) ^ {kind}
        self.view.set_hidden_kinds(hidden)
        self.status_bar.set_hidden_kinds(hidden)

    # ------------------------------------------------------------------ actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("select", "annotate") and self.article is None:
            return None
        return True

    def action_cursor(self, move: str, step: int) -> None:
        self.annotations_now()
        if move == "match" and not self.view.query:
            self.action_search()
            return
        self.view.move(move, step)

    def action_select(self) -> None:
        self.annotating.toggle_selection()

    def action_annotate(self, what: str) -> None:
        self.annotating.annotate(what)

    def action_colour(self, number: int) -> None:
        self.annotating.pick_colour(number)

    def action_correct(self, what: str) -> None:
        self.correcting.correct(what)

    def action_search(self, direction: int = 1) -> None:
        self.searching.open(direction)

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.view.search(event.value)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self.searching.submitted(event.value)

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        self.searching.close()

    def action_switch_focus(self) -> None:
        if self.view.has_focus and self.sidebar.display:
            self.sidebar.focus_panel()
        else:
            self.searching.close()

    def action_toggle_pronouns(self) -> None:
        view = self.view
        view.set_include_inferred(not view.include_inferred)
        self.notify("Linked pronouns are now cursor stops" if view.include_inferred
                    else "Only named mentions are cursor stops", timeout=3)

    def action_toggle_sidebar(self) -> None:
        sidebar = self.sidebar
        sidebar.display = not sidebar.display
        if not sidebar.display:
            self.view.focus()

    def action_reload(self) -> None:
        """r: read the article again from its source; the reading place is kept."""
        if self.article is None or self.index < 0:
            return
        if self.article.source == "-":
            self.notify("Standard input cannot be read again", severity="warning", timeout=3)
            return
        self.library.forget(self.index)
        if self.open_index(self.index):
            self.notify("Read again from the source", timeout=2)

    def action_step_article(self, step: int) -> None:
        count = len(self.library)
        if count < 2:
            self.notify("The library holds only this article", timeout=2)
            return
        for attempt in range(1, count):
            if self.open_index((self.index + step * attempt) % count):
                return

    def action_library(self) -> None:
        self.across.open_library()

    def action_actor_page(self) -> None:
        self.across.actor_page()

    def action_next_article_with_actor(self) -> None:
        self.across.next_article_with_actor()
