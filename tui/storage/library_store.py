"""The library in SQLite: recording articles and their actors, removing them, the reading
position, and the user's merges and corrections of actors across articles.

Each change is one transaction (``BEGIN IMMEDIATE``). An article's actor finds its library
identity by kind and name; failing that (people and organisations only), by an identity whose
alias is its name, or whose name is one of its aliases ("Xi" and "Xi Jinping"), when exactly one
such identity exists. A merge
points one identity's ``root`` at another, so it also holds for articles recorded later.

    store = SqliteLibraryStore(connect())
    entry = store.record(ArticleRecord(...), [ActorRecord(...), ...], read=True, now=time.time())
    page = store.articles(text="sanctions", limit=50)
    [xi] = store.find_actors("xi jinping"); store.appearances(xi.id)
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any, Sequence

from tui.storage.database import transaction
from tui.storage.library_queries import LibraryQueries, fold
from tui.storage.library_records import ActorRecord, ArticleRecord, LibraryActor, LibraryEntry, Removed


# Kinds whose other names are the same actor in another article ("Xi" for Xi Jinping, "UN" for
# the United Nations). A place's or group's aliases include its capital or demonym ("Beijing",
# "Chinese"), which another article may rightly keep apart: those are joined only by the user.
NAMED_ALIKE = ("person", "org")



class SqliteLibraryStore(LibraryQueries):
    """``LibraryStore`` on one SQLite connection (``tui.storage.database.connect()``)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # ------------------------------------------------------------ articles

    def record(self, article: ArticleRecord, actors: Sequence[ActorRecord], *, read: bool,
               now: float) -> LibraryEntry:
        """Add the article, or bring its row up to date (text, title, actors); reading it
        sets ``last_read``. Its reading position is kept."""
        with transaction(self.conn, "the library"):
            row = self.conn.execute("SELECT id, digest, title FROM library_articles WHERE source = ?",
                                    (article.source,)).fetchone()
            if row is None:
                article_id = self.conn.execute(
                    "INSERT INTO library_articles (source, location, title, date, digest, actors, "
                    "quotes, added, last_read) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (article.source, article.location, article.title, article.date, article.digest,
                     len(actors), article.quotes, now, now if read else None)).lastrowid
                self._index_text(article_id, article)
            else:
                article_id, digest, title = row
                self.conn.execute(
                    "UPDATE library_articles SET location = ?, title = ?, date = ?, digest = ?, "
                    "actors = ?, quotes = ?, last_read = CASE WHEN ? THEN ? ELSE last_read END "
                    "WHERE id = ?",
                    (article.location, article.title, article.date, article.digest, len(actors),
                     article.quotes, read, now, article_id))
                if (digest, title) != (article.digest, article.title):
                    self.conn.execute("DELETE FROM library_text WHERE rowid = ?", (article_id,))
                    self._index_text(article_id, article)
                self.conn.execute("DELETE FROM library_actors WHERE article = ?", (article_id,))
            for actor in actors:
                identity = self._identity_for(actor)
                self.conn.execute(
                    "INSERT INTO library_actors (article, actor, identity, name, mentions, quotes, "
                    "first, spans, said) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (article_id, actor.actor, identity, actor.name, actor.mentions, len(actor.quotes),
                     actor.first, json.dumps(actor.spans, ensure_ascii=False),
                     json.dumps(actor.quotes, ensure_ascii=False)))
        found = self.entry(article.source)
        assert found is not None
        return found

    def _index_text(self, article_id: int, article: ArticleRecord) -> None:
        self.conn.execute("INSERT INTO library_text (rowid, title, text) VALUES (?, ?, ?)",
                          (article_id, article.title, article.text))

    def _identity_for(self, actor: ActorRecord) -> int:
        """The identity the actor is filed under, made if it is new; its aliases added."""
        key = f"{actor.kind}:{fold(actor.name)}"
        row = self.conn.execute("SELECT id FROM library_identities WHERE key = ?", (key,)).fetchone()
        if row is not None:
            identity = row[0]
        else:
            root = self._known_by_another_name(actor)
            if root is not None:
                self._prefer_fuller_name(root, actor.name)
            identity = self.conn.execute(
                "INSERT INTO library_identities (key, name, kind, root) VALUES (?, ?, ?, 0)",
                (key, actor.name, actor.kind)).lastrowid
            self.conn.execute("UPDATE library_identities SET root = ? WHERE id = ?",
                              (root if root is not None else identity, identity))
        for spelling in (actor.name, *actor.aliases):
            self._add_alias(identity, spelling)
        return identity

    def _known_by_another_name(self, actor: ActorRecord) -> int | None:
        if actor.kind not in NAMED_ALIKE:
            return None
        names = {fold(alias) for alias in actor.aliases} - {fold(actor.name)}
        keys = [f"{actor.kind}:{name}" for name in names]
        roots = {root for (root,) in self.conn.execute(
            "SELECT i.root FROM library_aliases l JOIN library_identities i ON i.id = l.identity "
            "WHERE l.alias = ? AND i.kind = ?", (fold(actor.name), actor.kind))}
        if keys:
            roots |= {root for (root,) in self.conn.execute(
                f"SELECT root FROM library_identities WHERE key IN ({', '.join('?' * len(keys))})", keys)}
        return roots.pop() if len(roots) == 1 else None

    def _prefer_fuller_name(self, root: int, name: str) -> None:
        """"Xi" met first, then "Xi Jinping": the identity is named by the fuller name, unless
        the user named it."""
        self.conn.execute("UPDATE library_identities SET name = ? WHERE id = ? AND corrected = 0 "
                          "AND length(name) < length(?)", (name, root, name))

    def _add_alias(self, identity: int, spelling: str) -> None:
        if spelling.strip():
            self.conn.execute("INSERT OR IGNORE INTO library_aliases (alias, identity, spelling) "
                              "VALUES (?, ?, ?)", (fold(spelling), identity, " ".join(spelling.split())))

    def mark_read(self, source: str, now: float) -> None:
        with transaction(self.conn, "the library"):
            self.conn.execute("UPDATE library_articles SET last_read = ? WHERE source = ?", (now, source))

    def set_position(self, source: str, anchor: dict[str, Any] | None) -> None:
        with transaction(self.conn, "the library"):
            self.conn.execute("UPDATE library_articles SET position = ? WHERE source = ?",
                              (json.dumps(anchor, ensure_ascii=False) if anchor else None, source))

    def remove(self, source: str) -> Removed | None:
        """Take the article out of the library; its annotations stay where they are (listed by
        ``orphaned`` until the article is recorded again)."""
        entry = self.entry(source)
        if entry is None:
            return None
        with transaction(self.conn, "the library"):
            kept = self.conn.execute("SELECT COUNT(*) FROM annotations WHERE source = ? AND deleted IS NULL",
                                     (source,)).fetchone()[0]
            self.conn.execute("DELETE FROM library_text WHERE rowid = ?", (entry.id,))
            self.conn.execute("DELETE FROM library_articles WHERE id = ?", (entry.id,))
        return Removed(entry, kept)

    # ------------------------------------------------------------ the user's view of actors

    def _existing(self, identity: int) -> LibraryActor:
        found = self.actor(identity)
        if found is None:
            raise LookupError(f"no actor {identity} in the library")
        return found

    def merge_actors(self, identity: int, into: int) -> LibraryActor:
        """``identity`` (and everything merged into it) is the same actor as ``into``."""
        source, target = self._existing(identity).id, self._existing(into).id
        if source != target:
            with transaction(self.conn, "the library"):
                self.conn.execute("UPDATE library_identities SET root = ? WHERE root = ?", (target, source))
        return self._existing(target)

    def split_actor(self, source: str, actor_id: str) -> LibraryActor:
        """The actor ``actor_id`` of that article is not who it was merged with: its name
        (in every article) becomes an identity of its own again."""
        row = self.conn.execute(
            "SELECT a.identity FROM library_actors a JOIN library_articles r ON r.id = a.article "
            "WHERE r.source = ? AND a.actor = ?", (source, actor_id)).fetchone()
        if row is None:
            raise LookupError(f"no actor {actor_id} in that article of the library")
        (identity,) = row
        with transaction(self.conn, "the library"):
            old_root = self.conn.execute("SELECT root FROM library_identities WHERE id = ?",
                                         (identity,)).fetchone()[0]
            if old_root == identity:  # it was the root: the others keep their own
                successor = self.conn.execute(
                    "SELECT MIN(id) FROM library_identities WHERE root = ? AND id != ?",
                    (identity, identity)).fetchone()[0]
                if successor is not None:
                    self.conn.execute("UPDATE library_identities SET root = ? WHERE root = ? AND id != ?",
                                      (successor, identity, identity))
            self.conn.execute("UPDATE library_identities SET root = id WHERE id = ?", (identity,))
        return self._existing(identity)

    def correct_actor(self, identity: int, *, name: str | None = None,
                      kind: str | None = None) -> LibraryActor:
        """The user's canonical name or kind for the actor, across the library."""
        root = self._existing(identity).id
        with transaction(self.conn, "the library"):
            if name is not None and name.strip():
                self.conn.execute("UPDATE library_identities SET name = ?, corrected = 1 WHERE id = ?",
                                  (" ".join(name.split()), root))
                self._add_alias(root, name)
            if kind is not None:
                self.conn.execute("UPDATE library_identities SET kind = ?, corrected = 1 WHERE id = ?",
                                  (kind, root))
        return self._existing(root)
