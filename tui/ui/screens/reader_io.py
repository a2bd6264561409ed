"""What the reader reads and writes: the analysis worker and the annotation store.

Everything here touches the outside world (the language model, the SQLite file, the library's
sources) and is kept in this one module so it can move onto shared services as a whole:
``analyse_article`` runs in a thread worker and answers with a message; ``StoreAccess`` opens the
annotation store on first use and turns every storage failure into one notice.
"""

from __future__ import annotations

import os
import sqlite3
from typing import Callable, TypeVar

from textual.message import Message
from textual.worker import get_current_worker

from tui.core.anchoring import AnchorError
from tui.core.annotations import AnnotationError, Placements
from tui.core.article import STDIN, Article

LAST_SOURCE = "last_source"
T = TypeVar("T")


class AnalysisReady(Message):
    def __init__(self, token: int, analysis) -> None:
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


def analyse_article(post: Callable[[Message], object], article: Article, token: int,
                    model_name: str | None) -> None:
    """Read the cache or run the model (in a thread worker); the result is posted as a message.
    The article's source is remembered as the last one read."""
    from tui.nlp.service import analyse
    from tui.storage.db import DatabaseError, connect, set_state

    worker = get_current_worker()
    conn: sqlite3.Connection | None = None
    try:
        conn = connect()
    except (DatabaseError, OSError, sqlite3.Error) as exc:
        post(Notice(f"The cache cannot be used, analysing without it: {exc}"))
    try:
        if conn is not None and article.source != STDIN:
            try:
                set_state(conn, LAST_SOURCE, os.path.abspath(article.source))
            except sqlite3.Error as exc:
                post(Notice(f"Cannot remember the last article: {exc}"))
        try:
            analysis = analyse(conn, article, model_name)
        except Exception as exc:  # model, spaCy or database trouble: a notice, never a traceback
            if not worker.is_cancelled:
                post(AnalysisFailed(token, f"{type(exc).__name__}: {exc}" if not str(exc) else str(exc)))
            return
        if not worker.is_cancelled:
            post(AnalysisReady(token, analysis))
    finally:
        if conn is not None:
            conn.close()


class StoreAccess:
    """The annotation store on the reader's own connection, opened on first use; ``notify``
    shows each failure once as a notice (never a traceback)."""

    def __init__(self, notify: Callable[..., object]) -> None:
        self.notify = notify
        self._store = None
        self._failed = False

    @property
    def store(self):
        """The store, or None (after one notice) if the database cannot be opened."""
        if self._store is None and not self._failed:
            from tui.storage.annotations import AnnotationStore
            from tui.storage.db import DatabaseError, connect

            try:
                self._store = AnnotationStore(connect())
            except (DatabaseError, OSError, sqlite3.Error) as exc:
                self._failed = True
                self.notify(f"Annotations cannot be kept: {exc}", title="Database", severity="error",
                            markup=False, timeout=10)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.conn.close()
            self._store = None

    def change(self, change: Callable[[object], T], done: str | None = None) -> T | None:
        """Run one change of the store; a failure is a notice and None."""
        from tui.storage.db import DatabaseError

        store = self.store
        if store is None:
            return None
        try:
            result = change(store)
        except (DatabaseError, AnnotationError, AnchorError, sqlite3.Error, ValueError) as exc:
            self.notify(str(exc), title="Not saved", severity="error", markup=False, timeout=6)
            return None
        if done:
            self.notify(done, timeout=2, markup=False)
        return result

    def read(self, article: Article) -> tuple[Placements, list, dict[str, str]] | None:
        """The article's placed annotations, its corrections (oldest first) and the tag colours."""
        from tui.storage.db import DatabaseError

        store = self.store
        if store is None:
            return None
        try:
            return store.list_for(article), store.corrections_for(article), store.tag_colours()
        except (DatabaseError, sqlite3.Error) as exc:
            self.notify(f"The annotations cannot be read: {exc}", severity="error", markup=False)
            return None
