"""What the reader remembers between runs: the last article it opened.

The app remembers each article it opens (``remember_source``); ``byline`` with no argument
reopens it (``reopen_last``). A URL is kept as a URL, a path made absolute, and standard
input, which cannot be read again, is not remembered.
"""

from __future__ import annotations

import os
import sqlite3

from tui.core.article import STDIN, Article, ArticleError, is_url
from tui.sources import load_one, sample_paths
from tui.storage.state import get_state, set_state

LAST_SOURCE = "last_source"


def remembered_form(source: str) -> str | None:
    """How ``source`` is remembered: ``None`` when it cannot be opened again."""
    if source == STDIN:
        return None
    return source if is_url(source) else os.path.abspath(source)


def remember_source(conn: sqlite3.Connection, source: str) -> None:
    """Remember the article just opened (``sqlite3.Error`` if the database refuses)."""
    value = remembered_form(source)
    if value is not None:
        set_state(conn, LAST_SOURCE, value)


def last_source(conn: sqlite3.Connection) -> str | None:
    return get_state(conn, LAST_SOURCE)


def samples() -> list[Article]:
    """The bundled sample articles (``ArticleError`` if the installation lost them)."""
    articles = [load_one(str(path)) for path in sample_paths()]
    if not articles:
        raise ArticleError("the bundled sample articles are missing; reinstall byline")
    return articles


def reopen_last(conn: sqlite3.Connection) -> tuple[list[Article], str | None]:
    """The article read last if it can still be read, else the samples; and, when there was a
    last article but it is gone or cannot be read, the message saying so."""
    last = last_source(conn)
    if not last:
        return samples(), None
    if not is_url(last) and not os.path.exists(last):
        return samples(), f"{last}: the article read last is no longer there; opening the samples instead"
    try:
        return [load_one(last)], None
    except ArticleError as exc:
        return samples(), f"{exc}; opening the samples instead"
