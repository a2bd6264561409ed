"""What the reader keeps between runs besides the last article: the theme, whether scrolling
is animated, and the reading position in each article (the state table's ``pref:`` and
``position:`` keys). Every failure of the database is swallowed here: a preference that cannot
be read is the default, one that cannot be saved is lost, never an error in the reader."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

from tui.services.session import remembered_form
from tui.storage.state import get_state, set_state

LIBRARY = "session:library"  # the library the reader was in: JSON {"sources": [...], "current": n}
THEME = "pref:theme"
ANIMATE = "pref:animate"  # "on": animated scrolling (off by default: keys answer at once)


def _open() -> sqlite3.Connection | None:
    from tui.services.connection import open_database
    from tui.storage.database import DatabaseError

    try:
        return open_database()
    except (DatabaseError, sqlite3.Error, OSError):
        return None


def read_preference(key: str) -> str | None:
    conn = _open()
    if conn is None:
        return None
    with closing(conn):
        try:
            return get_state(conn, key)
        except sqlite3.Error:
            return None


def save_preference(key: str, value: str) -> bool:
    conn = _open()
    if conn is None:
        return False
    with closing(conn):
        try:
            set_state(conn, key, value)
            return True
        except sqlite3.Error:
            return False


def _position_key(source: str) -> str | None:
    form = remembered_form(source)
    return f"position:{form}" if form else None


def reading_position(source: str) -> int | None:
    """The text offset the reader was at when it last left ``source``."""
    key = _position_key(source)
    value = read_preference(key) if key else None
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def save_reading_position(source: str, offset: int) -> bool:
    key = _position_key(source)
    return save_preference(key, str(max(0, offset))) if key else False


def remember_library(sources: list[str], current: int) -> bool:
    """The library the reader is in (sources that cannot be read again, such as standard
    input, are left out), for ``byline`` alone to come back to."""
    kept, index = [], 0
    for position, source in enumerate(sources):
        form = remembered_form(source)
        if form is not None:
            if position == current:
                index = len(kept)
            kept.append(form)
    return save_preference(LIBRARY, json.dumps({"sources": kept, "current": index})) if kept else False


def last_library(last_source: str) -> tuple[list[str], int] | None:
    """The library remembered with ``last_source`` in it: its sources and where that one is."""
    raw = read_preference(LIBRARY)
    try:
        data = json.loads(raw) if raw else None
        sources = [str(s) for s in data["sources"]]
    except (ValueError, TypeError, KeyError):
        return None
    form = remembered_form(last_source)
    return (sources, sources.index(form)) if form in sources else None
