"""The reader: the article, the sidebar, the status line; analysis in a thread worker.

Annotations and corrections are made here by key: the view says what is selected or under the
cursor, the store (``tui.storage.annotation_store``, one transaction per change on this screen's own
connection) keeps them, and after each change they are read back and drawn. Corrections are
applied on top of the analysis every time it is shown (``tui.core.corrections``).
"""

from __future__ import annotations

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

from tui.core.anchoring import AnchorError
from tui.core.annotations import (COLOURS, AnnotationError, Correction, Placements, add_mention,
                                  change_kind, merge_actor, parse_tags, place, set_speaker, split_mention)
from tui.core.article import Article, ArticleError
from tui.core.corrections import apply_corrections_detailed
from tui.core.model import KIND_TITLES, KINDS, Actor, Analysis
from tui.core.textsafe import one_line
from tui.ui.library import Library
from tui.ui.screens.dialogs import AnnotationDialog, AnnotationEdit, Choice, ChoiceDialog
from tui.ui.widgets.annotations_panel import AnnotationsPanel
from tui.ui.widgets.article_header import ArticleHeader
from tui.ui.widgets.article_view import ANNOTATION, QUOTE, ArticleView
from tui.ui.widgets.messages import (ActorChosen, AnnotationChosen, AnnotationDeleteRequested,
                                     AnnotationEditRequested, QuoteChosen, UndoDeleteRequested)
from tui.ui.widgets.search_bar import SearchBar
from tui.ui.widgets.sidebar import Sidebar
from tui.ui.widgets.status_bar import StatusBar


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


NEW_ACTOR = "new:"  # the value of "a new actor of this kind" in the add-mention chooser
NO_SPEAKER = "none"

_MENTION = Binding.Group("Mention")
_SAME_ACTOR = Binding.Group("Same actor")
_QUOTE = Binding.Group("Quote")
_ANNOTATION = Binding.Group("Annotation")
_CORRECT = Binding.Group("Correct", compact=True)

ANNOTATE_BINDINGS: list[BindingType] = [
    Binding("v", "select", "Select", id="select",
            tooltip="Start a selection at the cursor (or the top of the screen); then w b ) ( } { ] [ "
                    "extend it, esc cancels"),
    Binding("h", "highlight", "Highlight", id="highlight",
            tooltip="Highlight the selection, or the current sentence, in the current colour (1-6)"),
    Binding("a", "note", "Note", id="note",
            tooltip="Attach a note to the selection or the current sentence (on an annotation: edit its note)"),
    Binding("t", "tag", "Tag", id="tag",
            tooltip="Tag the selection or the current sentence (comma-separated; → completes a tag in use)"),
    Binding("m", "bookmark", "Bookmark", show=False, id="bookmark",
            tooltip="Bookmark the cursor's line (or the selection)"),
    Binding("full_stop", "next_annotation", "Next annotation", show=False, id="next-annotation", group=_ANNOTATION,
            tooltip="Move the cursor to the next annotation"),
    Binding("comma", "previous_annotation", "Previous annotation", show=False, id="previous-annotation", group=_ANNOTATION,
            tooltip="Move the cursor to the previous annotation"),
    *(Binding(str(n), f"colour({n})", f"Colour {colour}", show=False, id=f"colour-{n}",
              tooltip=f"Highlight colour {colour}: for the next highlight, and recolours the annotation "
                      "under the cursor")
      for n, colour in enumerate(COLOURS, start=1)),
]

CORRECT_BINDINGS: list[BindingType] = [
    Binding("K", "change_kind", "Kind", id="correct-kind", group=_CORRECT,
            tooltip="Correct the current actor's kind (person, organisation, place, group)"),
    Binding("M", "merge_actor", "Merge", id="correct-merge", group=_CORRECT,
            tooltip="Merge the current actor into another one (chosen from a list)"),
    Binding("X", "split_mention", "Split", id="correct-split", group=_CORRECT,
            tooltip="Split the mention under the cursor off its actor"),
    Binding("plus", "add_mention", "Add mention", id="correct-add-mention", group=_CORRECT,
            tooltip="Mark the selection as a mention of an actor (chosen from a list, or a new one)"),
    Binding("S", "set_speaker", "Speaker", id="correct-speaker", group=_CORRECT,
            tooltip="Set or clear the speaker of the quote under the cursor"),
]


class ReaderScreen(Screen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("]", "next_mention", "Next mention", id="next-mention", group=_MENTION,
                tooltip="Move the cursor to the next mention of any actor"),
        Binding("[", "previous_mention", "Prev mention", id="previous-mention", group=_MENTION,
                tooltip="Move the cursor to the previous mention of any actor"),
        Binding("*", "next_same_actor", "Same actor ▸", id="next-same-actor", group=_SAME_ACTOR,
                tooltip="Next mention of the current actor (wraps at the end)"),
        Binding("#", "previous_same_actor", "Same actor ◂", id="previous-same-actor", group=_SAME_ACTOR,
                tooltip="Previous mention of the current actor (wraps at the start)"),
        Binding("}", "next_quote", "Next quote", id="next-quote", group=_QUOTE,
                tooltip="Move the cursor to the next quote"),
        Binding("{", "previous_quote", "Prev quote", id="previous-quote", group=_QUOTE,
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
        Binding("s", "toggle_sidebar", "Sidebar", show=False, id="toggle-sidebar",
                tooltip="Hide or show the sidebar"),
        Binding("p", "toggle_pronouns", "Pronouns", show=False, id="toggle-pronouns",
                tooltip="Make linked pronouns (he, she, they) stops of ] [ * # too, or not"),
        Binding(">", "next_article", "Next article", show=False, id="next-article",
                tooltip="Open the next article of the library"),
        Binding("<", "previous_article", "Previous article", show=False, id="previous-article",
                tooltip="Open the previous article of the library"),
        *ANNOTATE_BINDINGS,
        *CORRECT_BINDINGS,
    ]
    # The navigation bindings alone (the help screen lists the others in sections of their own).
    NAVIGATION_BINDINGS: ClassVar[list[BindingType]] = BINDINGS[:-len(ANNOTATE_BINDINGS) - len(CORRECT_BINDINGS)]

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
        self.raw_analysis: Analysis | None = None  # as analysed, before the reader's corrections
        self.colour: str | None = None  # picked with 1-6 for the next highlight
        self.placements = Placements()
        self.corrections: list = []  # the article's corrections (Annotation), oldest first
        self._store = None
        self._store_failed = False

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
        self.raw_analysis = None
        self.query_one(ArticleHeader).show(article, index, len(self.library))
        self.view.show_article(article)
        self.sidebar.show(article, None)
        self.reload_annotations(reapply=False)
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
        from tui.services.analysis import analyse
        from tui.services.library_service import record_opened
        from tui.services.session import remember_source
        from tui.storage.database import DatabaseError, connect

        worker = get_current_worker()
        conn: sqlite3.Connection | None = None
        try:
            conn = connect()
        except (DatabaseError, OSError, sqlite3.Error) as exc:
            self.post_message(Notice(f"The cache cannot be used, analysing without it: {exc}"))
        try:
            if conn is not None:
                try:
                    remember_source(conn, article.source)
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
            if conn is not None and (kept := record_opened(conn, article, analysis)) is not None:
                self.post_message(Notice(kept))
        finally:
            if conn is not None:
                conn.close()

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        if message.token != self._token:
            return  # the analysis of an article that is no longer open
        self.raw_analysis = message.analysis
        self.analysing = False
        self.sidebar.loading = False
        self._show_corrected(keep_cursor=False)

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
        cursor = self.view.cursor
        quote_index = cursor.index if cursor and cursor.kind == QUOTE else None
        self.sidebar.follow(message.actor_id, quote_index)
        if cursor is not None and cursor.kind == ANNOTATION:
            self.annotations_panel.follow_annotation(self.view.placements.placed[cursor.index].annotation.id)
        self.refresh_bindings()

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


    # ------------------------------------------------------------------ annotations: storage

    @property
    def annotations_panel(self) -> AnnotationsPanel:
        return self.query_one(AnnotationsPanel)

    @property
    def store(self):
        """The annotation store on this screen's own connection; None (after one notice) if the
        database cannot be opened."""
        if self._store is None and not self._store_failed:
            from tui.storage.annotation_store import AnnotationStore
            from tui.storage.database import DatabaseError, connect

            try:
                self._store = AnnotationStore(connect())
            except (DatabaseError, OSError, sqlite3.Error) as exc:
                self._store_failed = True
                self.notify(f"Annotations cannot be kept: {exc}", title="Database", severity="error",
                            markup=False, timeout=10)
        return self._store

    def on_unmount(self) -> None:
        if self._store is not None:
            self._store.conn.close()
            self._store = None

    def _storing(self, change, done: str | None = None):
        """Run one change of the store; a failure is a notice, never a traceback."""
        from tui.storage.database import DatabaseError

        store = self.store
        if store is None or self.article is None:
            return None
        try:
            result = change(store)
        except (DatabaseError, AnnotationError, AnchorError, sqlite3.Error, ValueError) as exc:
            self.notify(str(exc), title="Not saved", severity="error", markup=False, timeout=6)
            return None
        if done:
            self.notify(done, timeout=2, markup=False)
        return result

    def reload_annotations(self, reapply: bool = True) -> None:
        """Read the article's annotations and corrections back and show them; with ``reapply``
        the corrections are applied again if they changed."""
        article = self.article
        store = self.store
        if article is None or store is None:
            return
        from tui.storage.database import DatabaseError

        try:
            placements = store.list_for(article)
            corrections = store.corrections_for(article)
            tag_colours = store.tag_colours()
        except (DatabaseError, sqlite3.Error) as exc:
            self.notify(f"The annotations cannot be read: {exc}", severity="error", markup=False)
            return
        changed = [c.id for c in corrections] != [c.id for c in self.corrections]
        self.placements, self.corrections = placements, corrections
        self.view.show_annotations(placements, tag_colours)
        self.annotations_panel.show_annotations(placements, place(corrections, article.text, article.digest),
                                                tag_colours)
        if reapply and changed:
            self._show_corrected(keep_cursor=True)

    def _show_corrected(self, keep_cursor: bool) -> None:
        """Show the analysis with the reader's corrections applied on top."""
        raw = self.raw_analysis
        if raw is None or self.article is None:
            return
        analysis, skipped = apply_corrections_detailed(raw, self.article.text, self.corrections)
        self.analysis = analysis
        self.view.show_analysis(analysis, keep_cursor=keep_cursor)
        self.sidebar.show(self.article, analysis)
        if skipped:
            self.notify(f"{len(skipped)} correction(s) no longer fit this text and were not applied",
                        severity="warning", timeout=5, markup=False)

    # ------------------------------------------------------------------ annotations: keys

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("select", "highlight", "note", "tag", "bookmark") and self.article is None:
            return None
        return True

    def _target(self) -> tuple[int, int] | None:
        """What an annotation key applies to: the selection, else the current sentence."""
        view = self.view
        if view.selection_span is not None:
            return view.selection_span
        return view.sentence_at(view.cursor_offset())

    def _passage(self, span: tuple[int, int]) -> str:
        return self.article.text[span[0]:span[1]] if self.article else ""

    def _after_change(self, end_selection: bool = True) -> None:
        if end_selection:
            self.view.end_selection()
        self.reload_annotations()

    def action_select(self) -> None:
        if self.view.selection is not None:
            self.view.end_selection()
            return
        self.view.focus()
        self.view.start_selection()

    def action_highlight(self) -> None:
        span = self._target()
        if span is None:
            return
        colour = self.colour
        made = self._storing(lambda store: store.add_highlight(self.article, *span, colour=colour))
        if made is not None:
            self._after_change()
            self.view.go_to_annotation(made.id)

    def _current_annotation_for_edit(self):
        """The annotation a note or tag key edits: the annotation cursor's, when nothing is selected."""
        view = self.view
        if view.selection is None and view.cursor is not None and view.cursor.kind == ANNOTATION:
            return view.current_annotation.annotation
        return None

    def action_note(self) -> None:
        self._note_or_tags(note=True)

    def action_tag(self) -> None:
        self._note_or_tags(note=False)

    def _note_or_tags(self, note: bool) -> None:
        """Attach a note (or tags) to the selection or sentence; on an annotation, edit its own."""
        existing = self._current_annotation_for_edit()
        if existing is not None:
            self.edit_annotation(existing.id, note=note, tags=not note)
            return
        span = self._target()
        if span is None:
            return

        def save(result: AnnotationEdit | None) -> None:
            value = None if result is None else (result.note if note else result.tags)
            if value is None:
                return
            made = self._storing(lambda store: store.add_note(self.article, *span, value.strip()) if note
                                 else store.add_tags(self.article, *span, value))
            if made is not None:
                self._after_change()
                self.view.go_to_annotation(made.id)

        dialog = (AnnotationDialog("Note", self._passage(span), note="") if note else
                  AnnotationDialog("Tags", self._passage(span), tags="", suggestions=self._tags_in_use()))
        self.app.push_screen(dialog, save)

    def _tags_in_use(self) -> list[str]:
        return self._storing(lambda store: store.tags_in_use()) or []

    def action_bookmark(self) -> None:
        view = self.view
        span = view.selection_span
        start = span[0] if span else view.cursor_offset()
        end = span[1] if span else None
        made = self._storing(lambda store: store.add_bookmark(self.article, start, end), "Bookmarked")
        if made is not None:
            self._after_change()

    def action_colour(self, number: int) -> None:
        colour = COLOURS[number - 1]
        view = self.view
        current = view.current_annotation if view.selection is None else None
        if current is not None:
            if self._storing(lambda store: store.update(current.annotation.id, colour=colour)) is not None:
                self.colour = colour
                self._after_change(end_selection=False)
            return
        self.colour = colour
        self.notify(f"Highlight colour: {colour}", timeout=2, markup=False)

    def action_next_annotation(self) -> None:
        self.view.next_annotation()

    def action_previous_annotation(self) -> None:
        self.view.previous_annotation()

    def edit_annotation(self, annotation_id: str, note: bool = True, tags: bool = True) -> None:
        found = self._storing(lambda store: store.get(annotation_id))
        if found is None:
            return
        if found.correction is not None or found.kind == "correction":
            self.notify("A correction has no note or tags; delete it (d) to undo it.", timeout=4)
            return

        def save(result: AnnotationEdit | None) -> None:
            if result is None:
                return
            if self._storing(lambda store: store.update(
                    annotation_id, note=result.note.strip() if result.note is not None else None,
                    tags=parse_tags(result.tags) if result.tags is not None else None)) is not None:
                self._after_change(end_selection=False)

        self.app.push_screen(AnnotationDialog(
            "Edit annotation", found.exact,
            note=found.note if note else None,
            tags=", ".join(found.tags) if tags else None,
            suggestions=self._tags_in_use()), save)

    def link_tag_colour(self, tag: str, colour: str | None) -> None:
        done = f"“{tag}” is now {colour}" if colour else f"“{tag}” has no colour now"
        if self._storing(lambda store: store.set_tag_colour(tag, colour) or True, done) is not None:
            self.reload_annotations()

    @on(AnnotationChosen)
    def _annotation_chosen(self, message: AnnotationChosen) -> None:
        if self.view.go_to_annotation(message.annotation_id):
            return
        fix = next((c for c in self.corrections if c.id == message.annotation_id), None)
        if fix is not None and self.article is not None:
            placed = place([fix], self.article.text, self.article.digest).placed
            if placed:
                self.view.go_to_span(placed[0].start, placed[0].end)
                return
        self.notify("This annotation is not found in the current text.", severity="warning", timeout=3)

    @on(AnnotationEditRequested)
    def _edit_requested(self, message: AnnotationEditRequested) -> None:
        self.edit_annotation(message.annotation_id)

    @on(AnnotationDeleteRequested)
    def _delete_requested(self, message: AnnotationDeleteRequested) -> None:
        if self._storing(lambda store: store.delete(message.annotation_id), "Deleted — u undoes") is not None:
            self.reload_annotations()

    @on(UndoDeleteRequested)
    def _undo_requested(self) -> None:
        store = self.store
        if store is None:
            return
        restored = self._storing(lambda store: store.undo_delete())
        if restored is None:
            self.notify("Nothing to undo", timeout=2)
            return
        self.notify("Restored", timeout=2)
        self.reload_annotations()
        self.annotations_panel.follow_annotation(restored.id)

    # ------------------------------------------------------------------ corrections

    def _correct(self, make) -> None:
        """Store the correction ``make()`` builds and show the analysis with it applied."""
        def build(store):
            correction: Correction = make()
            return store.add_correction(self.article, correction)

        made = self._storing(build)
        if made is not None:
            self.view.end_selection()
            self.reload_annotations()
            self.notify(f"Corrected: {made.correction.describe()}", timeout=3, markup=False)

    def _current_actor(self) -> Actor | None:
        analysis = self.analysis
        actor = analysis.actor(self.view.current_actor_id) if analysis else None
        if actor is None:
            self.notify("Put the cursor on a mention of the actor first (] or click a name).",
                        severity="warning", timeout=3)
        return actor

    def _actor_choices(self, exclude: Actor | None = None) -> list[Choice]:
        analysis = self.analysis
        if analysis is None:
            return []
        return [Choice(actor.name, actor.id, KIND_TITLES.get(actor.kind, actor.kind))
                for actor in analysis.actors_by_salience() if actor is not exclude]

    def action_change_kind(self) -> None:
        actor = self._current_actor()
        if actor is None:
            return
        choices = [Choice(KIND_TITLES[kind], kind) for kind in KINDS if kind != actor.kind]

        def chosen(kind: str | None) -> None:
            if kind is not None:
                self._correct(lambda: change_kind(self.article.text, actor, kind))

        self.app.push_screen(ChoiceDialog(f"{one_line(actor.name, 40)} is a…", choices), chosen)

    def action_merge_actor(self) -> None:
        actor = self._current_actor()
        if actor is None:
            return

        def chosen(target_id: str | None) -> None:
            target = self.analysis.actor(target_id) if target_id and self.analysis else None
            if target is not None:
                self._correct(lambda: merge_actor(self.article.text, actor, target))

        self.app.push_screen(ChoiceDialog(f"Merge {one_line(actor.name, 40)} into…",
                                          self._actor_choices(exclude=actor)), chosen)

    def action_split_mention(self) -> None:
        mention = self.view.current_mention
        if mention is None:
            self.notify("Put the cursor on a mention first (] or click a name).", severity="warning", timeout=3)
            return
        self._correct(lambda: split_mention(self.article.text, mention))

    def action_add_mention(self) -> None:
        span = self.view.selection_span
        if span is None:
            self.notify("Select the words first (v, then w to extend).", severity="warning", timeout=3)
            return
        choices = self._actor_choices() + [Choice(f"A new {KIND_TITLES[kind].lower()} actor", NEW_ACTOR + kind)
                                           for kind in KINDS]

        def chosen(value: str | None) -> None:
            if value is None:
                return
            if value.startswith(NEW_ACTOR):
                self._correct(lambda: add_mention(self.article.text, *span, kind=value[len(NEW_ACTOR):]))
                return
            actor = self.analysis.actor(value) if self.analysis else None
            if actor is not None:
                self._correct(lambda: add_mention(self.article.text, *span, actor=actor))

        self.app.push_screen(ChoiceDialog(f"“{one_line(self._passage(span), 40)}” mentions…", choices), chosen)

    def action_set_speaker(self) -> None:
        quote = self.view.current_quote
        if quote is None:
            self.notify("Put the cursor on a quote first (} or the Quotes tab).", severity="warning", timeout=3)
            return
        choices = [Choice("No speaker (clear the attribution)", NO_SPEAKER)] + self._actor_choices()

        def chosen(value: str | None) -> None:
            if value is None:
                return
            speaker = None if value == NO_SPEAKER else (self.analysis.actor(value) if self.analysis else None)
            if value != NO_SPEAKER and speaker is None:
                return
            self._correct(lambda: set_speaker(self.article.text, quote, speaker))

        self.app.push_screen(ChoiceDialog(f"Who said “{one_line(quote.text, 40)}”?", choices), chosen)
