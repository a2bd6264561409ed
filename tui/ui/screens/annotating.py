"""The annotation keys and the Annotations tab's requests: highlight, note, tags, bookmark,
colour, edit, delete, undo. Each dialog's result is handled right beside the dialog.

The view says what is selected or under the cursor; ``StoreAccess`` keeps the change; then the
reader reads the annotations back and shows them (``ReaderScreen.reload_annotations``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.annotations import BOOKMARK as BOOKMARK_KIND, COLOURS, CORRECTION, Annotation, parse_tags, place
from tui.core.reading import CursorKind

if TYPE_CHECKING:
    from tui.ui.screens.dialogs import AnnotationDialog, AnnotationEdit
    from tui.ui.screens.reader import ReaderScreen

HIGHLIGHT, NOTE, TAGS, BOOKMARK = "highlight", "note", "tags", "bookmark"


def _dialog(*args, **kwargs) -> "AnnotationDialog":
    from tui.ui.screens.dialogs import AnnotationDialog  # imported when first asked for, not at start

    return AnnotationDialog(*args, **kwargs)


class Annotating:
    def __init__(self, reader: "ReaderScreen") -> None:
        self.reader = reader
        self.next_colour: str | None = None  # picked with 1-6 for the next highlight

    @property
    def view(self):
        return self.reader.view

    def _target(self) -> tuple[int, int] | None:
        """What an annotation key applies to: the selection, else the current sentence."""
        view = self.view
        return view.selection_span or view.sentence_at(view.cursor_offset())

    def _passage(self, span: tuple[int, int]) -> str:
        article = self.reader.article
        return article.text[span[0]:span[1]] if article else ""

    def _made(self, made: Annotation | None, end_selection: bool = True, go: bool = True) -> None:
        """After a change: the selection ends, the annotations are read back, the cursor goes to
        the new one -- unless it sits on a mention or quote inside it: then it stays, so that
        ``}`` and ``]`` go on from there instead of finding the same stop again."""
        if made is None:
            return
        if end_selection:
            self.view.end_selection()
        cursor = self.view.cursor
        self.reader.reload_annotations()
        if go and not self._inside_new(cursor, made.id):
            self.view.go_to_annotation(made.id)

    def _inside_new(self, cursor, annotation_id: str) -> bool:
        if cursor is None or cursor.kind == CursorKind.ANNOTATION:
            return False
        placed = next((p for p in self.view.stops.placements.placed if p.annotation.id == annotation_id), None)
        return placed is not None and placed.start <= cursor.start and cursor.end <= placed.end

    def _same_span(self, span: tuple[int, int]) -> Annotation | None:
        """The annotation (not a bookmark or correction) on exactly ``span``: keys edit it, not
        pile another on the same words."""
        for placed in self.view.stops.placements.placed:
            kind = placed.annotation.kind
            if (placed.start, placed.end) == span and kind not in (BOOKMARK_KIND, CORRECTION):
                return placed.annotation
        return None

    def toggle_selection(self) -> None:
        view = self.view
        if view.selection is not None and not view.selection_kept:
            view.keep_selection()
            return
        view.focus()
        view.start_selection()

    def annotate(self, what: str) -> None:
        article = self.reader.article
        if article is None:
            return
        self.reader.annotations_now()  # an annotation on the same words is changed, not made twice
        change = self.reader.io.change
        if what == BOOKMARK:
            view = self.view
            span = view.selection_span
            start, end = (span[0], span[1]) if span else (view.cursor_offset(), None)
            self._made(change(lambda store: store.add_bookmark(article, start, end), "Bookmarked"), go=False)
            return
        span = self._target()
        existing = self._annotation_under_cursor() or (self._same_span(span) if span else None)
        if existing is not None and what in (NOTE, TAGS):
            self.edit(existing.id, note=what == NOTE, tags=what == TAGS)
            return
        if span is None:
            return
        if existing is not None and self._same_span(span) is existing:
            colour = self.next_colour or existing.colour or COLOURS[0]
            changed = change(lambda store: store.update(existing.id, colour=colour), "Recoloured")
            self._made(existing if changed is not None else None, go=False)
            return
        if what == HIGHLIGHT:
            colour = self.next_colour
            self._made(change(lambda store: store.add_highlight(article, *span, colour=colour)))
        elif what == NOTE:
            self._ask_note(article, span)
        else:
            self._ask_tags(article, span)

    def _annotation_under_cursor(self) -> Annotation | None:
        """The annotation a note or tag key edits: the annotation cursor's, when nothing is selected."""
        view = self.view
        if view.selection is None and view.cursor is not None and view.cursor.kind == CursorKind.ANNOTATION:
            return view.current_annotation.annotation
        return None

    def _ask_note(self, article, span: tuple[int, int]) -> None:
        def save(result: AnnotationEdit | None) -> None:
            if result is not None and result.note is not None:
                self._made(self.reader.io.change(lambda store: store.add_note(article, *span, result.note.strip())))

        self.reader.app.push_screen(_dialog("Note", self._passage(span), note=""), save)

    def _ask_tags(self, article, span: tuple[int, int]) -> None:
        def save(result: AnnotationEdit | None) -> None:
            if result is not None and result.tags is not None:
                self._made(self.reader.io.change(lambda store: store.add_tags(article, *span, result.tags)))

        self.reader.app.push_screen(_dialog("Tags", self._passage(span), tags="",
                                                     suggestions=self.tags_in_use()), save)

    def tags_in_use(self) -> list[str]:
        return self.reader.io.change(lambda store: store.tags_in_use()) or []

    def edit(self, annotation_id: str, note: bool = True, tags: bool = True) -> None:
        found = self.reader.io.change(lambda store: store.get(annotation_id))
        if found is None:
            return
        if found.correction is not None or found.kind == "correction":
            self.reader.notify("A correction has no note or tags; delete it (d) to undo it.", timeout=4)
            return

        def save(result: AnnotationEdit | None) -> None:
            if result is None:
                return
            changed = self.reader.io.change(lambda store: store.update(
                annotation_id, note=result.note.strip() if result.note is not None else None,
                tags=parse_tags(result.tags) if result.tags is not None else None))
            self._made(found if changed is not None else None, end_selection=False, go=False)

        self.reader.app.push_screen(_dialog(
            "Edit annotation", found.exact, note=found.note if note else None,
            tags=", ".join(found.tags) if tags else None, suggestions=self.tags_in_use()), save)

    def pick_colour(self, number: int) -> None:
        colour = COLOURS[number - 1]
        view = self.view
        current = view.current_annotation if view.selection is None else None
        if current is not None:
            changed = self.reader.io.change(lambda store: store.update(current.annotation.id, colour=colour))
            if changed is not None:
                self.next_colour = colour
                self._made(current.annotation, end_selection=False, go=False)
            return
        self.next_colour = colour
        self.reader.notify(f"Highlight colour: {colour}", timeout=2, markup=False)

    def link_tag_colour(self, tag: str, colour: str | None) -> None:
        done = f"“{tag}” is now {colour}" if colour else f"“{tag}” has no colour now"
        if self.reader.io.change(lambda store: store.set_tag_colour(tag, colour) or True, done) is not None:
            self.reader.reload_annotations()

    def go_to(self, annotation_id: str) -> None:
        """The Annotations tab chose an annotation or a correction: show it in the text."""
        reader = self.reader
        if self.view.go_to_annotation(annotation_id):
            return
        fix = next((c for c in reader.corrections if c.id == annotation_id), None)
        if fix is not None and reader.article is not None:
            placed = place([fix], reader.article.text, reader.article.digest).placed
            if placed:
                self.view.go_to_span(placed[0].start, placed[0].end)
                return
        reader.notify("This annotation is not found in the current text.", severity="warning", timeout=3)

    def delete(self, annotation_id: str) -> None:
        if self.reader.io.change(lambda store: store.delete(annotation_id), "Deleted — u undoes") is not None:
            self.reader.reload_annotations()

    def undo_delete(self) -> None:
        if self.reader.io.store is None:
            return
        restored = self.reader.io.change(lambda store: store.undo_delete())
        if restored is None:
            self.reader.notify("Nothing to undo", timeout=2)
            return
        self.reader.notify("Restored", timeout=2)
        self.reader.reload_annotations()
        self.reader.sidebar.follow_annotation(restored.id)
