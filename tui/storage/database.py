"""The SQLite database: one file, WAL mode, schema versioned by ``PRAGMA user_version``.

Each migration is a list of statements applied in one transaction, so a crash
mid-migration leaves the previous version intact.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from tui.storage.library_schema import LIBRARY_TABLES
from tui.storage.paths import database_path

MIGRATIONS: list[list[str]] = [
    # 1: analysis cache and small pieces of state (last article opened, ...)
    [
        """CREATE TABLE analyses (
               text_hash TEXT NOT NULL,
               model TEXT NOT NULL,
               model_version TEXT NOT NULL,
               analyser_version TEXT NOT NULL,
               analysis TEXT NOT NULL,
               created REAL NOT NULL DEFAULT ((julianday('now') - 2440587.5) * 86400.0),  -- unix time on any SQLite
               PRIMARY KEY (text_hash, model, model_version, analyser_version)
           )""",
        """CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    ],
    # 2: the reader's annotations and corrections (tui.storage.annotation_store), and tag colours
    [
        """CREATE TABLE annotations (
               id TEXT PRIMARY KEY,
               source TEXT NOT NULL,           -- the article's key: absolute path, URL or stdin:<digest>
               title TEXT NOT NULL DEFAULT '',
               kind TEXT NOT NULL,             -- highlight, note, tag, bookmark or correction
               text_digest TEXT NOT NULL,      -- of the text the selectors were made on
               exact TEXT NOT NULL,
               prefix TEXT NOT NULL,
               suffix TEXT NOT NULL,
               start INTEGER NOT NULL,
               "end" INTEGER NOT NULL,
               colour TEXT,
               note TEXT NOT NULL DEFAULT '',
               tags TEXT NOT NULL DEFAULT '[]',  -- JSON list
               correction TEXT,                -- JSON, for kind = correction
               created REAL NOT NULL,
               updated REAL NOT NULL,
               deleted REAL                    -- soft delete: NULL while the annotation is live
           )""",
        """CREATE INDEX annotations_by_source ON annotations (source, start)""",
        """CREATE TABLE tag_colours (tag TEXT PRIMARY KEY, colour TEXT NOT NULL)""",
    ],
    # 3: the library across articles (tui.storage.library_store)
    LIBRARY_TABLES,
]


class DatabaseError(Exception):
    """The database cannot be used; the message says which file and why."""


BUSY_SECONDS = 10


def connect(path: Path | None = None) -> sqlite3.Connection:
    path = path or database_path()
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            return _open(path)
        except sqlite3.OperationalError as exc:
            # Switching a new file to WAL, or migrating it, while another process does the
            # same can report "locked" without waiting on the busy timeout: wait and retry.
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise DatabaseError(f"{path}: the database cannot be opened ({exc})") from None
            time.sleep(0.05)
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(
                f"{path}: the database cannot be opened ({exc}); move it aside to start afresh") from None


def _open(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False)
    try:
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def migrate(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the lock.
            if conn.execute("PRAGMA user_version").fetchone()[0] >= number:
                conn.execute("COMMIT")
                continue
            for statement in statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


@contextmanager
def transaction(conn: sqlite3.Connection, what: str) -> Iterator[None]:
    """One ``BEGIN IMMEDIATE`` transaction: committed whole or rolled back whole. A database
    failure becomes a ``DatabaseError`` saying that ``what`` (e.g. "the annotation") was not saved."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise DatabaseError(f"{what} cannot be saved now ({exc})") from None
    try:
        yield
        conn.execute("COMMIT")
    except BaseException as exc:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # the failed statement already ended the transaction
        if isinstance(exc, sqlite3.Error):
            raise DatabaseError(f"{what} was not saved ({exc})") from None
        raise
