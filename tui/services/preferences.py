"""What the reader keeps between runs besides the last article: the theme, whether scrolling
is animated, and the reading position in each article (the state table's ``pref:`` and
``position:`` keys). Every failure of the database is swallowed here: a preference that cannot
be read is the default, one that cannot be saved is lost, never an error in the reader."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from tui.services.session import remembered_form
from tui.storage.state import get_state, set_state

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
