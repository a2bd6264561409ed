"""The reader's annotations: one connection, opened on first use, and one error policy.

Every call may block on the database (opening can wait up to ``BUSY_SECONDS`` for another
copy of the app), so a front end calls it from a worker thread, not its event loop. Nothing
here raises for a database, anchoring or input problem: each call returns an ``Outcome``
whose ``error`` is the one sentence to show.

    session = AnnotationSession()
    outcome = session.change(lambda store: store.add_highlight(article, 10, 20), "Not saved")
    if outcome.error: notify(outcome.error)
    shown = session.annotations_of(article)   # Outcome[ArticleAnnotations]
    session.close()
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from typing import Callable, Generic, TypeVar

from tui.core.anchoring import AnchorError
from tui.core.annotations import Annotation, AnnotationError, Placements
from tui.core.article import Article
from tui.services.connection import open_database
from tui.storage.annotation_store import AnnotationStore
from tui.storage.database import DatabaseError

T = TypeVar("T")

# What a change can fail with and the user can act on; anything else is a bug and propagates.
EXPECTED = (DatabaseError, AnnotationError, AnchorError, sqlite3.Error, ValueError)


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    value: T | None = None
    error: str | None = None  # the sentence to show; None when the call succeeded
    title: str = ""  # a heading for the notice ("Database", "Not saved", ...)
    repeated: bool = False  # the same error was returned before: a front end may stay quiet

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class ArticleAnnotations:
    """What the reader shows of one article's annotations."""

    placements: Placements  # annotations (not corrections) placed in the current text
    corrections: list[Annotation]  # oldest first: the order ``apply_corrections`` wants
    tag_colours: dict[str, str]


class AnnotationSession:
    def __init__(self, connect: Callable[[], sqlite3.Connection] = open_database) -> None:
        self._connect = connect
        self._store: AnnotationStore | None = None
        self._failure: str | None = None  # why the database cannot be used, once known
        self._lock = threading.Lock()  # one statement at a time on the one connection

    def open(self) -> Outcome[AnnotationStore]:
        """The store, opened on the first call; once opening has failed, later calls return
        the same error marked ``repeated`` instead of trying again."""
        with self._lock:
            if self._failure is not None:
                return Outcome(error=self._failure, title="Database", repeated=True)
            if self._store is None:
                try:
                    self._store = AnnotationStore(self._connect())
                except (DatabaseError, OSError, sqlite3.Error) as exc:
                    self._failure = f"Annotations cannot be kept: {exc}"
                    return Outcome(error=self._failure, title="Database")
            return Outcome(self._store)

    @property
    def available(self) -> bool:
        return self._failure is None

    def change(self, change: Callable[[AnnotationStore], T], title: str = "Not saved") -> Outcome[T]:
        """Run ``change`` on the store: its result, or the error to show."""
        opened = self.open()
        if opened.value is None:
            return Outcome(error=opened.error, title=opened.title, repeated=opened.repeated)
        with self._lock:
            try:
                return Outcome(change(opened.value))
            except EXPECTED as exc:
                return Outcome(error=str(exc), title=title)

    def annotations_of(self, article: Article) -> Outcome[ArticleAnnotations]:
        def read(store: AnnotationStore) -> ArticleAnnotations:
            try:
                return ArticleAnnotations(store.list_for(article), store.corrections_for(article),
                                          store.tag_colours())
            except (DatabaseError, sqlite3.Error) as exc:
                raise DatabaseError(f"The annotations cannot be read: {exc}") from None

        return self.change(read, title="Database")

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.conn.close()
                self._store = None
