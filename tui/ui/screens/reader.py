"""The reader: the article, the sidebar, the status line; analysis in a thread worker."""

from __future__ import annotations

import os
import sqlite3
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from tui.core.article import STDIN, Article, ArticleError
from tui.core.model import Analysis
from tui.ui.library import Library
from tui.ui.widgets.article_header import ArticleHeader
from tui.ui.widgets.article_view import QUOTE, ArticleView
from tui.ui.widgets.messages import ActorChosen, QuoteChosen
from tui.ui.widgets.search_bar import SearchBar
from tui.ui.widgets.sidebar import Sidebar
from tui.ui.widgets.status_bar import StatusBar

LAST_SOURCE = "last_source"


class AnalysisReady(Message):
    def __init__(self, token: int, analysis: Analysis) -> None:
        super().__init__()
        self.token = token
        self.analysis = analysis


class AnalysisFailed(Message):
    def __init__(self, token: int, problem: str) -> None:
        super().__init__()
        self.token = token
        self.problem = problem


class Notice(Message):
    """Something a worker thread wants the user to know, shown as a notification."""

    def __init__(self, text: str, severity: str = "warning") -> None:
        super().__init__()
        self.text = text
        self.severity = severity


class ReaderScreen(Screen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("]", "next_mention", "Next mention", id="next-mention",
                tooltip="Move the cursor to the next mention of any actor"),
        Binding("[", "previous_mention", "Prev mention", id="previous-mention",
                tooltip="Move the cursor to the previous mention of any actor"),
        Binding("*", "next_same_actor", "Same actor ▸", id="next-same-actor",
                tooltip="Next mention of the current actor (wraps at the end)"),
        Binding("#", "previous_same_actor", "Same actor ◂", id="previous-same-actor",
                tooltip="Previous mention of the current actor (wraps at the start)"),
        Binding("}", "next_quote", "Next quote", id="next-quote",
                tooltip="Move the cursor to the next quote"),
        Binding("{", "previous_quote", "Prev quote", id="previous-quote",
                tooltip="Move the cursor to the previous quote"),
        Binding("/", "search", "Search", id="search",
                tooltip="Search the text; matches are highlighted"),
        Binding("n", "next_match", "Next match", show=False, id="next-match",
                tooltip="Go to the next search match (wraps)"),
        Binding("N", "previous_match", "Previous match", show=False, id="previous-match",
                tooltip="Go to the previous search match (wraps)"),
        Binding("tab", "switch_focus", "Text/sidebar", show=False, id="switch-focus",
                tooltip="Move the focus between the text and the sidebar"),
        Binding("shift+tab", "switch_focus", "Text/sidebar", show=False, id="switch-focus-back",
                tooltip="Move the focus between the text and the sidebar"),
        Binding("s", "toggle_sidebar", "Sidebar", id="toggle-sidebar",
                tooltip="Hide or show the sidebar"),
        Binding(">", "next_article", "Next article", show=False, id="next-article",
                tooltip="Open the next article of the library"),
        Binding("<", "previous_article", "Previous article", show=False, id="previous-article",
                tooltip="Open the previous article of the library"),
    ]

    def __init__(self, library: Library, model_name: str | None = None) -> None:
        super().__init__()
        self.library = library
        self.model_name = model_name
        self.index = -1
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self.hidden_kinds: set[str] = set()
        self._token = 0
        self.analysing = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            with Vertical(id="reader"):
                yield ArticleHeader(id="article-header")
                yield ArticleView(id="article")
                yield SearchBar(id="search")
            yield Sidebar(id="sidebar")
        yield StatusBar(id="status-bar")
        yield Footer()

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def sidebar(self) -> Sidebar:
        return self.query_one(Sidebar)

    @property
    def status_bar(self) -> StatusBar:
        return self.query_one(StatusBar)

    def on_mount(self) -> None:
        self.query_one(SearchBar).display = False
        self._update_legend()
        for index in range(len(self.library)):
            if self.open_index(index):
                break
        else:
            self.query_one(ArticleHeader).show(None)
            self.sidebar.show(None, None)
            self.status_bar.set_status("No article could be opened")
        self.view.focus()

    # ------------------------------------------------------------------ opening

    def open_index(self, index: int) -> bool:
        """Show the library's article at ``index`` and start its analysis; False if it cannot be read."""
        try:
            article = self.library.article(index)
        except ArticleError as exc:
            self.notify(str(exc), title="Cannot open", severity="error", markup=False)
            return False
        self.index = index
        self.article = article
        self.analysis = None
        self.query_one(ArticleHeader).show(article, index, len(self.library))
        self.view.show_article(article)
        self.sidebar.show(article, None)
        self.sidebar.loading = True
        self.analysing = True
        self._token += 1
        self.status_bar.set_status("Analysing… (the first analysis loads the language model)")
        self.analyse(article, self._token)
        return True

    def open_path(self, path: str) -> bool:
        return self.open_index(self.library.add(path))

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def analyse(self, article: Article, token: int) -> None:
        """Read the cache or run the model, in a thread; the result comes back as a message."""
        from tui.nlp.service import analyse
        from tui.storage.db import DatabaseError, connect, set_state

        worker = get_current_worker()
        conn: sqlite3.Connection | None = None
        try:
            conn = connect()
        except (DatabaseError, OSError, sqlite3.Error) as exc:
            self.post_message(Notice(f"The cache cannot be used, analysing without it: {exc}"))
        try:
            if conn is not None and article.source != STDIN:
                try:
                    set_state(conn, LAST_SOURCE, os.path.abspath(article.source))
                except sqlite3.Error as exc:
                    self.post_message(Notice(f"Cannot remember the last article: {exc}"))
            try:
                analysis = analyse(conn, article, self.model_name)
            except Exception as exc:  # model, spaCy or database trouble: a notice, never a traceback
                if not worker.is_cancelled:
                    self.post_message(AnalysisFailed(token, f"{type(exc).__name__}: {exc}"
                                                     if not str(exc) else str(exc)))
                return
            if not worker.is_cancelled:
                self.post_message(AnalysisReady(token, analysis))
        finally:
            if conn is not None:
                conn.close()

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        if message.token != self._token:
            return  # the analysis of an article that is no longer open
        self.analysis = message.analysis
        self.analysing = False
        self.sidebar.loading = False
        self.view.show_analysis(message.analysis)
        self.sidebar.show(self.article, message.analysis)

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        if message.token != self._token:
            return
        self.analysing = False
        self.sidebar.loading = False
        self.sidebar.show(self.article, None)
        self.status_bar.set_status("No analysis: the text is shown without highlights")
        self.notify(message.problem, title="Analysis failed", severity="error", markup=False, timeout=10)

    def on_notice(self, message: Notice) -> None:
        self.notify(message.text, severity=message.severity, markup=False)

    # ------------------------------------------------------------------ cursor and sidebar

    def on_article_view_cursor_moved(self, message: ArticleView.CursorMoved) -> None:
        self.status_bar.set_status(message.status or self._idle_status())
        quote_index = self.view.cursor.index if self.view.cursor and self.view.cursor.kind == QUOTE else None
        self.sidebar.follow(message.actor_id, quote_index)

    def _idle_status(self) -> str:
        if self.analysing:
            return "Analysing… (the first analysis loads the language model)"
        if self.analysis is None:
            return ""
        return (f"{len(self.analysis.actors)} actors · {len(self.analysis.quotes)} quotes — "
                "] next mention, } next quote, ? help")

    @on(ActorChosen)
    def _actor_chosen(self, message: ActorChosen) -> None:
        self.go_to_actor(message.actor_id)

    @on(QuoteChosen)
    def _quote_chosen(self, message: QuoteChosen) -> None:
        self.go_to_quote(message.index)

    def go_to_actor(self, actor_id: str) -> None:
        self.view.go_to_actor(actor_id)

    def go_to_quote(self, index: int) -> None:
        self.view.go_to_quote(index)

    def toggle_kind(self, kind: str) -> None:
        self.hidden_kinds ^= {kind}
        self.view.set_hidden_kinds(self.hidden_kinds)
        self._update_legend()

    def _update_legend(self) -> None:
        self.status_bar.set_hidden_kinds(self.hidden_kinds)

    # ------------------------------------------------------------------ actions

    def action_next_mention(self) -> None:
        self.view.next_mention()

    def action_previous_mention(self) -> None:
        self.view.previous_mention()

    def action_next_same_actor(self) -> None:
        self.view.next_same_actor()

    def action_previous_same_actor(self) -> None:
        self.view.previous_same_actor()

    def action_next_quote(self) -> None:
        self.view.next_quote()

    def action_previous_quote(self) -> None:
        self.view.previous_quote()

    def action_search(self) -> None:
        bar = self.query_one(SearchBar)
        bar.display = True
        bar.value = self.view.query
        bar.focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.view.search(event.value)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self._close_search()
        if self.view.search(event.value):
            self.view.next_match()
        elif event.value:
            self.notify("No match", severity="warning", timeout=2, markup=False)

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        self._close_search()

    def _close_search(self) -> None:
        self.query_one(SearchBar).display = False
        self.view.focus()

    def action_next_match(self) -> None:
        if not self.view.query:
            self.action_search()
            return
        self.view.next_match()

    def action_previous_match(self) -> None:
        if not self.view.query:
            self.action_search()
            return
        self.view.previous_match()

    def action_switch_focus(self) -> None:
        if self.view.has_focus and self.sidebar.display:
            self.sidebar.focus_panel()
        else:
            self._close_search()

    def action_toggle_sidebar(self) -> None:
        sidebar = self.sidebar
        sidebar.display = not sidebar.display
        if not sidebar.display:
            self.view.focus()

    def action_next_article(self) -> None:
        self._step_article(1)

    def action_previous_article(self) -> None:
        self._step_article(-1)

    def _step_article(self, step: int) -> None:
        count = len(self.library)
        if count < 2:
            self.notify("The library holds only this article", timeout=2)
            return
        for attempt in range(1, count):
            if self.open_index((self.index + step * attempt) % count):
                return

    def status_text(self) -> str:
        return self.status_bar.status

