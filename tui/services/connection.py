"""Opening the database for a front end: every way it can fail is one ``DatabaseError`` whose
message names the file or folder and what to do."""

from __future__ import annotations

import sqlite3

from tui.storage.database import DatabaseError, connect


def open_database() -> sqlite3.Connection:
    try:
        return connect()
    except OSError as exc:  # the data folder itself cannot be made or written
        where = getattr(exc, "filename", None) or "the data folder"
        raise DatabaseError(f"{where}: cannot be used ({exc.strerror or exc}); "
                            "set BYLINE_HOME to another folder") from None
