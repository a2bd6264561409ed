"""The reader's annotations and corrections in SQLite.

Every change is one transaction (``BEGIN IMMEDIATE``), so a crash keeps either all of it or
none, and another copy of the app on the same database waits for the lock instead of failing.
Deleting only marks a row (``deleted``), so a delete can be undone; ``purge_deleted`` forgets
old ones. Rows are never re-anchored in place: each load places the stored selectors in the
current text, so an article that changes back finds its annotations where they were.

    store = AnnotationStore(connect())
    ann = store.add_highlight(article, 120, 180, colour="green")
    store.add_note(article, 200, 240, "check this figure")
    found = store.list_for(article)        # Placements: .placed (text order) and .orphans
    store.delete(ann.id); store.undo_delete()
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from tui.core.anchoring import Anchor, TextPositionSelector, TextQuoteSelector, anchor_span
from tui.core.annotations import (BOOKMARK, CORRECTION, HIGHLIGHT, KINDS_OF_ANNOTATION, NOTE, TAG,
                                  Annotation, AnnotationError, Placements, check_colour, parse_tags, place)
from tui.core.article import STDIN, Article, is_url
from tui.storage.database import transaction

if TYPE_CHECKING:
    from tui.core.correction_records import Correction

COLUMNS = ("id, source, title, kind, text_digest, exact, prefix, suffix, start, \"end\", colour, "
           "note, tags, correction, created, updated, deleted")

_UNCHANGED: Any = object()


def source_key(article: Article) -> str:
    """Where an article's annotations are filed: its absolute path, its URL, or for standard
    input (which has no name) its text digest."""
    source = article.source
    if source == STDIN:
        return f"stdin:{article.digest}"
    if is_url(source):
        return source
    return str(Path(source).expanduser().resolve())



def _row_to_annotation(row: tuple) -> Annotation:
    (id_, source, title, kind, digest, exact, prefix, suffix, start, end, colour, note, tags,
     correction, created, updated, deleted) = row
    anchor = Anchor(TextQuoteSelector(exact, prefix, suffix), TextPositionSelector(start, end))
    try:
        tag_list = parse_tags(json.loads(tags))
    except (ValueError, TypeError):
        tag_list = ()
    fix: Correction | None = None
    if correction:
        from tui.core.correction_records import correction_from_dict  # only articles with corrections

        try:
            fix = correction_from_dict(json.loads(correction))
        except (ValueError, KeyError, TypeError):
            fix = None  # written by a newer version: kept in the database, not applied here
    return Annotation(id_, source, kind, anchor, digest, colour, note, tag_list, created, updated,
                      title, fix, deleted)


class AnnotationStore:
    """Annotations of any article, on one SQLite connection (``tui.storage.database.connect()``)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._deleted: list[str] = []  # this session's deletes, for undo

    # ------------------------------------------------------------ adding

    def add(self, article: Article, kind: str, start: int, end: int, *, colour: str | None = None,
            note: str = "", tags: Iterable[str] | str = (),
            correction: Correction | None = None) -> Annotation:
        if kind not in KINDS_OF_ANNOTATION:
            raise AnnotationError(f"unknown kind of annotation {kind!r}")
        anchor = correction.anchor if correction is not None else anchor_span(article.text, start, end)
        now = time.time()
        ann = Annotation(uuid.uuid4().hex, source_key(article), kind, anchor, article.digest,
                         check_colour(colour), note, parse_tags(tags), now, now, article.title,
                         correction)
        with transaction(self.conn, "the annotation"):
            self.conn.execute(
                f"INSERT INTO annotations ({COLUMNS}) VALUES ({', '.join('?' * 17)})",
                (ann.id, ann.source, ann.title, ann.kind, ann.text_digest, anchor.quote.exact,
                 anchor.quote.prefix, anchor.quote.suffix, anchor.start, anchor.end, ann.colour,
                 ann.note, json.dumps(list(ann.tags), ensure_ascii=False),
                 json.dumps(correction.to_dict(), ensure_ascii=False) if correction else None,
                 ann.created, ann.updated, None))
        return ann

    def add_highlight(self, article: Article, start: int, end: int, colour: str | None = None,
                      note: str = "", tags: Iterable[str] | str = ()) -> Annotation:
        return self.add(article, HIGHLIGHT, start, end, colour=colour, note=note, tags=tags)

    def add_note(self, article: Article, start: int, end: int, note: str,
                 colour: str | None = None, tags: Iterable[str] | str = ()) -> Annotation:
        if not note.strip():
            raise AnnotationError("the note is empty")
        return self.add(article, NOTE, start, end, colour=colour, note=note, tags=tags)

    def add_tags(self, article: Article, start: int, end: int, tags: Iterable[str] | str,
                 colour: str | None = None) -> Annotation:
        if not parse_tags(tags):
            raise AnnotationError("no tags given")
        return self.add(article, TAG, start, end, colour=colour, tags=tags)

    def add_bookmark(self, article: Article, start: int, end: int | None = None) -> Annotation:
        """A bookmark at ``start``: the span given, else the rest of that line."""
        if end is None:
            end = article.text.find("\n", start)
            end = len(article.text) if end == -1 else end
            if end <= start:  # an empty line: bookmark the next character, whatever it is
                end = min(len(article.text), start + 1)
        return self.add(article, BOOKMARK, start, end)

    def add_correction(self, article: Article, correction: Correction) -> Annotation:
        return self.add(article, CORRECTION, correction.anchor.start, correction.anchor.end,
                        correction=correction)

    # ------------------------------------------------------------ changing

    def get(self, annotation_id: str) -> Annotation | None:
        row = self.conn.execute(f"SELECT {COLUMNS} FROM annotations WHERE id = ?",
                                (annotation_id,)).fetchone()
        return _row_to_annotation(row) if row else None

    def update(self, annotation_id: str, *, note: str | None = None,
               tags: Iterable[str] | str | None = None, colour: str | None = _UNCHANGED,
               kind: str | None = None) -> Annotation:
        """Change the body of an annotation; arguments left out stay as they are (pass
        ``colour=None`` to remove the colour)."""
        sets: list[str] = []
        values: list[Any] = []
        if note is not None:
            sets.append("note = ?")
            values.append(note)
        if tags is not None:
            sets.append("tags = ?")
            values.append(json.dumps(list(parse_tags(tags)), ensure_ascii=False))
        if colour is not _UNCHANGED:
            sets.append("colour = ?")
            values.append(check_colour(colour))
        if kind is not None:
            if kind not in KINDS_OF_ANNOTATION or kind == CORRECTION:
                raise AnnotationError(f"an annotation cannot become a {kind!r}")
            sets.append("kind = ?")
            values.append(kind)
        sets.append("updated = ?")
        values.append(time.time())
        return self._update_row(annotation_id, ", ".join(sets), values, "deleted IS NULL",
                                "that annotation no longer exists")

    def _update_row(self, annotation_id: str, sets: str, values: list[Any], live: str,
                    missing: str) -> Annotation:
        """One UPDATE of the row if it is ``live`` (a condition on ``deleted``), read back."""
        with transaction(self.conn, "the annotation"):
            changed = self.conn.execute(f"UPDATE annotations SET {sets} WHERE id = ? AND {live}",
                                        (*values, annotation_id)).rowcount
        if not changed:
            raise AnnotationError(missing)
        found = self.get(annotation_id)
        assert found is not None
        return found

    def delete(self, annotation_id: str) -> Annotation:
        """Delete (undoably): the row stays, marked deleted."""
        found = self._update_row(annotation_id, "deleted = ?", [time.time()], "deleted IS NULL",
                                 "that annotation no longer exists")
        self._deleted.append(annotation_id)
        return found

    def restore(self, annotation_id: str) -> Annotation:
        found = self._update_row(annotation_id, "deleted = NULL", [], "deleted IS NOT NULL",
                                 "that annotation is not deleted (or was purged)")
        if annotation_id in self._deleted:
            self._deleted.remove(annotation_id)
        return found

    def undo_delete(self) -> Annotation | None:
        """Restore the last annotation this store deleted that is still restorable."""
        while self._deleted:
            try:
                return self.restore(self._deleted[-1])
            except AnnotationError:
                self._deleted.pop()
        return None

    def purge_deleted(self, older_than: float = 30 * 86400.0) -> int:
        """Forget annotations deleted more than ``older_than`` seconds ago."""
        with transaction(self.conn, "the annotation"):
            return self.conn.execute("DELETE FROM annotations WHERE deleted IS NOT NULL AND deleted < ?",
                                     (time.time() - older_than,)).rowcount

    # ------------------------------------------------------------ reading

    def _select(self, where: str, params: tuple = ()) -> list[Annotation]:
        rows = self.conn.execute(
            f"SELECT {COLUMNS} FROM annotations WHERE {where} ORDER BY start, \"end\", created",
            params).fetchall()
        return [_row_to_annotation(r) for r in rows]

    def annotations_of(self, key: str, include_deleted: bool = False) -> list[Annotation]:
        """The stored annotations and corrections filed under ``key`` (see ``source_key``)."""
        live = "" if include_deleted else " AND deleted IS NULL"
        return self._select(f"source = ?{live}", (key,))

    def list_for(self, article: Article) -> Placements:
        """The article's annotations (not corrections) placed in its current text, and orphans."""
        anns = [a for a in self.annotations_of(source_key(article)) if a.kind != CORRECTION]
        return place(anns, article.text, article.digest)

    def corrections_for(self, article: Article) -> list[Annotation]:
        """The article's corrections, oldest first: the order ``apply_corrections`` wants."""
        found = [a for a in self.annotations_of(source_key(article)) if a.kind == CORRECTION]
        return sorted(found, key=lambda a: a.created)

    def all(self, include_deleted: bool = False) -> list[Annotation]:
        return self._select("1" if include_deleted else "deleted IS NULL")

    def sources(self) -> list[tuple[str, str]]:
        """Every article (key, title) with live annotations, in the order first annotated."""
        rows = self.conn.execute(
            "SELECT source, title, MIN(created) FROM annotations WHERE deleted IS NULL "
            "GROUP BY source ORDER BY MIN(created)").fetchall()
        return [(source, title) for source, title, _ in rows]

    def tags_in_use(self) -> list[str]:
        """Tags of live annotations, most used first: the completion list of the tag prompt."""
        counts: Counter[str] = Counter()
        spelling: dict[str, str] = {}
        for (raw,) in self.conn.execute("SELECT tags FROM annotations WHERE deleted IS NULL AND tags != '[]'"):
            try:
                tags = parse_tags(json.loads(raw))
            except (ValueError, TypeError):
                continue
            for tag in tags:
                counts[tag.casefold()] += 1
                spelling.setdefault(tag.casefold(), tag)
        return [spelling[k] for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    # ------------------------------------------------------------ colours linked to tags

    def tag_colours(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT tag, colour FROM tag_colours").fetchall())

    def set_tag_colour(self, tag: str, colour: str | None) -> None:
        """Link a tag to a highlight colour (``None`` unlinks it)."""
        clean = parse_tags([tag])
        if not clean:
            raise AnnotationError("the tag is empty")
        with transaction(self.conn, "the annotation"):
            if colour is None:
                self.conn.execute("DELETE FROM tag_colours WHERE tag = ?", clean)
            else:
                self.conn.execute("INSERT INTO tag_colours (tag, colour) VALUES (?, ?) "
                                  "ON CONFLICT(tag) DO UPDATE SET colour = excluded.colour",
                                  (clean[0], check_colour(colour)))
