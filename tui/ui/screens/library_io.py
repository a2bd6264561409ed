"""The library screen's and actor page's way to the library: one connection, used only from
thread workers (never on the event loop), one call at a time.

``LibraryAccess.call(query)`` runs ``query(LibraryService)`` and returns its value, or raises
``LibraryUnavailable`` whose message is the one sentence to show.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from typing import Callable, TypeVar

from tui.core.article import Article, ArticleError
from tui.services.connection import open_database
from tui.services.library_service import LibraryService
from tui.storage.database import DatabaseError

T = TypeVar("T")


class LibraryUnavailable(Exception):
    """The library cannot answer; the message says why, for the user."""


class LibraryAccess:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    def call(self, query: Callable[[LibraryService], T]) -> T:
        with self._lock:
            try:
                if self._conn is None:
                    self._conn = open_database()
                return query(LibraryService.on(self._conn))
            except (DatabaseError, sqlite3.Error) as exc:
                raise LibraryUnavailable(f"The library cannot be read: {exc}") from None
            except ArticleError as exc:
                raise LibraryUnavailable(str(exc)) from None

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


@dataclass(frozen=True)
class Opened:
    """What the library screen or the actor page hands back to the reader: the article to
    show, where (its reading position, or a mention or quote to put the cursor on, or the
    first mention of an actor known by ``names``), and a sentence about its text if any."""

    article: Article
    offset: int | None = None
    problem: str | None = None
    span: tuple[int, int] | None = None
    quote: bool = False  # the span is a quote's, not a mention's
    names: tuple[str, ...] = ()
