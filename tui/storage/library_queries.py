"""Reading the library (SQLite): pages of articles, filtered by text or actor, and an actor's
appearances across articles. Every query is served by an index and returns only the rows asked
for; only the actor rows of the actor shown are decoded from JSON.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any, Iterable, Sequence

from tui.storage.library_records import PAGE, Appearance, LibraryActor, LibraryEntry

ENTRY_COLUMNS = (
    "r.id, r.source, r.location, r.title, r.date, r.digest, r.actors, r.quotes, "
    "(SELECT COUNT(*) FROM annotations n WHERE n.source = r.source AND n.deleted IS NULL "
    "AND n.kind != 'correction'), r.added, r.last_read")
NEWEST_FIRST = "ORDER BY r.date DESC, r.id DESC"
# The library's articles where an identity (any member of a merged one) appears.
ARTICLES_OF_ACTOR = ("SELECT a.article FROM library_actors a JOIN library_identities i "
                     "ON i.id = a.identity WHERE i.root = ?")
TOP = "\U0010ffff"  # sorts after every character: ``prefix <= x < prefix + TOP`` is a prefix match


def fold(name: str) -> str:
    """How names are compared: case and surrounding space ignored."""
    return " ".join(name.split()).casefold()


def match_expression(text: str) -> str | None:
    """An FTS5 query for what the user typed: every word, each as a prefix (the filter runs
    as the user types, so the word being typed is incomplete); None when nothing searchable
    was typed. Quoting each word keeps FTS5's own syntax (AND, NEAR, quotes) out of reach."""
    words = re.findall(r"\w+", text)
    return " ".join(f'"{word}"*' for word in words) or None


def entry_of(row: Iterable[Any]) -> LibraryEntry:
    return LibraryEntry(*row)


class LibraryQueries:
    """The read side of ``SqliteLibraryStore``."""

    conn: sqlite3.Connection

    # ------------------------------------------------------------ articles

    def entry(self, source: str) -> LibraryEntry | None:
        row = self.conn.execute(f"SELECT {ENTRY_COLUMNS} FROM library_articles r WHERE r.source = ?",
                                (source,)).fetchone()
        return entry_of(row) if row else None

    def _filters(self, text: str | None, actor: int | Sequence[int] | None, quoted: bool
                 ) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        expression = match_expression(text) if text else None
        if expression:
            where.append("r.id IN (SELECT rowid FROM library_text WHERE library_text MATCH ?)")
            params.append(expression)
        if actor is not None:
            roots = sorted({self._root(a) for a in ([actor] if isinstance(actor, int) else actor)})
            of_actor = ARTICLES_OF_ACTOR.replace("i.root = ?", f"i.root IN ({', '.join('?' * len(roots))})")
            where.append(f"r.id IN ({of_actor}{' AND a.quotes > 0' if quoted else ''})")
            params.extend(roots)
        return where, params

    def articles(self, *, text: str | None = None, actor: int | Sequence[int] | None = None,
                 quoted: bool = False, limit: int = PAGE,
                 after: LibraryEntry | None = None) -> list[LibraryEntry]:
        """A page of articles, newest first; ``after`` the last one of the previous page."""
        where, params = self._filters(text, actor, quoted)
        if after is not None:
            where.append("(r.date, r.id) < (?, ?)")
            params += [after.date, after.id]
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self.conn.execute(f"SELECT {ENTRY_COLUMNS} FROM library_articles r {clause} "
                                 f"{NEWEST_FIRST} LIMIT ?", (*params, limit)).fetchall()
        return [entry_of(row) for row in rows]

    def count(self, *, text: str | None = None, actor: int | Sequence[int] | None = None,
              quoted: bool = False) -> int:
        where, params = self._filters(text, actor, quoted)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return self.conn.execute(f"SELECT COUNT(*) FROM library_articles r {clause}", params).fetchone()[0]

    def text_of(self, source: str) -> str | None:
        row = self.conn.execute("SELECT t.text FROM library_text t JOIN library_articles r "
                                "ON t.rowid = r.id WHERE r.source = ?", (source,)).fetchone()
        return row[0] if row else None

    def position(self, source: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT position FROM library_articles WHERE source = ?",
                                (source,)).fetchone()
        if not row or not row[0]:
            return None
        try:
            found = json.loads(row[0])
        except ValueError:
            return None
        return found if isinstance(found, dict) else None

    def orphaned(self) -> list[tuple[str, str, int]]:
        """Articles with live annotations (or corrections) that are not in the library:
        (source, title, how many), so none is dropped silently."""
        return self.conn.execute(
            "SELECT n.source, MAX(n.title), COUNT(*) FROM annotations n WHERE n.deleted IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM library_articles r WHERE r.source = n.source) "
            "GROUP BY n.source ORDER BY n.source").fetchall()

    # ------------------------------------------------------------ actors

    def _root(self, identity: int) -> int:
        row = self.conn.execute("SELECT root FROM library_identities WHERE id = ?", (identity,)).fetchone()
        return row[0] if row else identity

    def actor(self, identity: int) -> LibraryActor | None:
        root = self._root(identity)
        row = self.conn.execute("SELECT id, name, kind, corrected FROM library_identities WHERE id = ?",
                                (root,)).fetchone()
        if row is None:
            return None
        aliases = [spelling for (spelling,) in self.conn.execute(
            "SELECT MIN(l.spelling) FROM library_aliases l JOIN library_identities i "
            "ON i.id = l.identity WHERE i.root = ? GROUP BY l.alias ORDER BY l.alias", (root,))]
        articles, mentions = self.conn.execute(
            "SELECT COUNT(DISTINCT a.article), COALESCE(SUM(a.mentions), 0) FROM library_actors a "
            "JOIN library_identities i ON i.id = a.identity WHERE i.root = ?", (root,)).fetchone()
        return LibraryActor(row[0], row[1], row[2], tuple(aliases), articles, mentions, bool(row[3]))

    def _actors(self, roots: Iterable[int]) -> list[LibraryActor]:
        found = [a for a in (self.actor(root) for root in dict.fromkeys(roots)) if a is not None]
        return sorted(found, key=lambda a: (-a.mentions, a.name))

    def find_actors(self, name: str) -> list[LibraryActor]:
        """The identities named ``name`` (canonical name or alias, case ignored), most
        mentioned first."""
        rows = self.conn.execute(
            "SELECT i.root FROM library_aliases l JOIN library_identities i ON i.id = l.identity "
            "WHERE l.alias = ?", (fold(name),)).fetchall()
        return self._actors(root for (root,) in rows)

    def actors_named_like(self, prefix: str, limit: int = PAGE) -> list[LibraryActor]:
        """Identities with a name or alias starting with ``prefix``: completion as the user types."""
        key = fold(prefix)
        rows = self.conn.execute(
            "SELECT DISTINCT i.root FROM library_aliases l JOIN library_identities i "
            "ON i.id = l.identity WHERE l.alias >= ? AND l.alias < ? LIMIT ?",
            (key, key + TOP, limit * 4)).fetchall()
        return self._actors(root for (root,) in rows)[:limit]

    def actor_in(self, source: str, actor_id: str) -> LibraryActor | None:
        """The library identity of actor ``actor_id`` ("a3") of the article filed under ``source``."""
        row = self.conn.execute(
            "SELECT a.identity FROM library_actors a JOIN library_articles r ON r.id = a.article "
            "WHERE r.source = ? AND a.actor = ?", (source, actor_id)).fetchone()
        return self.actor(row[0]) if row else None

    def appearances(self, identity: int, *, limit: int | None = PAGE, offset: int = 0) -> list[Appearance]:
        """The actor's mentions and quotes, one ``Appearance`` per article, newest first."""
        root = self._root(identity)
        rows = self.conn.execute(
            f"SELECT {ENTRY_COLUMNS} FROM library_articles r WHERE r.id IN ({ARTICLES_OF_ACTOR}) "
            f"{NEWEST_FIRST} LIMIT ? OFFSET ?", (root, -1 if limit is None else limit, offset)).fetchall()
        entries = [entry_of(row) for row in rows]
        if not entries:
            return []
        marks = ", ".join("?" * len(entries))
        found: dict[int, list[tuple[str, str, str, str]]] = {}
        for article, actor, name, spans, said in self.conn.execute(
                f"SELECT a.article, a.actor, a.name, a.spans, a.said FROM library_actors a "
                f"JOIN library_identities i ON i.id = a.identity "
                f"WHERE i.root = ? AND a.article IN ({marks}) ORDER BY a.article, a.first",
                (root, *(e.id for e in entries))):
            found.setdefault(article, []).append((actor, name, spans, said))
        out = []
        for entry in entries:
            parts = found.get(entry.id, [])
            mentions = sorted((m for p in parts for m in json.loads(p[2])), key=lambda m: m["start"])
            quotes = sorted((q for p in parts for q in json.loads(p[3])), key=lambda q: q["start"])
            out.append(Appearance(entry, tuple(p[0] for p in parts), tuple(p[1] for p in parts),
                                  mentions, quotes))
        return out

    def mentions_over_time(self, identity: int, period: int = 7) -> list[tuple[str, int]]:
        """Named mentions per period of the articles' dates, oldest first: ``period`` is how
        much of the ISO day to keep (4 a year, 7 a month, 10 a day)."""
        return self.conn.execute(
            "SELECT substr(r.date, 1, ?) AS p, SUM(a.mentions) FROM library_actors a "
            "JOIN library_identities i ON i.id = a.identity JOIN library_articles r "
            "ON r.id = a.article WHERE i.root = ? GROUP BY p ORDER BY p",
            (period, self._root(identity))).fetchall()

    def next_article(self, identity: int, source: str, backwards: bool = False) -> LibraryEntry | None:
        """The next article by date (or the previous one) that mentions the actor, wrapping
        round; never the article filed under ``source`` itself."""
        root = self._root(identity)
        here = self.conn.execute("SELECT date, id FROM library_articles WHERE source = ?",
                                 (source,)).fetchone()
        order = "DESC" if backwards else "ASC"
        query = (f"SELECT {ENTRY_COLUMNS} FROM library_articles r WHERE r.id IN ({ARTICLES_OF_ACTOR}) "
                 "AND r.source != ? {beyond} ORDER BY r.date " + order + ", r.id " + order + " LIMIT 1")
        if here is not None:
            beyond = "AND (r.date, r.id) " + ("<" if backwards else ">") + " (?, ?)"
            row = self.conn.execute(query.format(beyond=beyond), (root, source, *here)).fetchone()
            if row:
                return entry_of(row)
        row = self.conn.execute(query.format(beyond=""), (root, source)).fetchone()
        return entry_of(row) if row else None
