"""Migration 3 (the library) on a database made by today's schema: every annotation, tag
colour, cached analysis and piece of state is still there, and the library works on it."""

from __future__ import annotations

import sqlite3

from tui.storage.annotation_store import AnnotationStore
from tui.storage.database import MIGRATIONS, connect
from tui.storage.library_store import SqliteLibraryStore
from tui.storage.paths import database_path
from tui.storage.state import get_state

from library_rows import actor_row, article_row


def database_at_version_2(path) -> None:
    """The database as the app before the library left it: migrations 1 and 2 only."""
    conn = sqlite3.connect(path, isolation_level=None)
    for number, statements in enumerate(MIGRATIONS[:2], start=1):
        for statement in statements:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.close()


def test_rows_written_before_the_library_survive_it(home, article):
    path = database_path()
    database_at_version_2(path)
    before = sqlite3.connect(path, isolation_level=None)
    before.execute("INSERT INTO analyses (text_hash, model, model_version, analyser_version, analysis) "
                   "VALUES ('h1', 'en', '3.8', 'v9', '{\"cached\": true}')")
    before.execute("INSERT INTO tag_colours (tag, colour) VALUES ('check', 'green')")
    before.execute("INSERT INTO state (key, value) VALUES ('last_source', '/tmp/x.txt')")
    before.execute(
        "INSERT INTO annotations (id, source, title, kind, text_digest, exact, prefix, suffix, start, "
        "\"end\", colour, note, tags, correction, created, updated, deleted) VALUES ('n1', ?, "
        "'Outbreak warning', 'note', ?, 'Officials in Geneva', '', ' warned', 0, 19, NULL, "
        "'who?', '[\"check\"]', NULL, 1.0, 1.0, NULL)", (article.source, article.digest))
    assert before.execute("PRAGMA user_version").fetchone()[0] == 2
    tables = {name for (name,) in before.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert not any(name.startswith("library") for name in tables)
    before.close()

    conn = connect()  # migrates
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
        assert conn.execute("SELECT analysis FROM analyses WHERE text_hash = 'h1'").fetchone() == (
            '{"cached": true}',)
        assert get_state(conn, "last_source") == "/tmp/x.txt"
        store = AnnotationStore(conn)
        assert store.tag_colours() == {"check": "green"}
        [note] = store.list_for(article).placed
        assert (note.annotation.note, note.annotation.tags, note.start) == ("who?", ("check",), 0)

        library = SqliteLibraryStore(conn)
        assert library.orphaned() == [(article.source, "Outbreak warning", 1)]
        entry = library.record(article_row(article.source, text=article.text),
                               [actor_row("a1", "Amina Yusuf")], read=True, now=5.0)
        assert entry.annotations == 1  # the old note counts for the article now in the library
        assert library.orphaned() == []
    finally:
        conn.close()

    again = connect()  # opening a migrated database migrates nothing more
    assert again.execute("PRAGMA user_version").fetchone()[0] == 3
    assert again.execute("SELECT COUNT(*) FROM library_articles").fetchone()[0] == 1
    again.close()

