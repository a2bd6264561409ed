"""The library across articles, for both front ends: every article opened or analysed is
recorded with its actors, and actors are followed from article to article.

The article's actors are recorded as the reader shows them: the user's corrections of that
article (kept with its annotations) applied on top of the analysis. Storage is behind
``tui.storage.library_records.LibraryStore``; SQLite in the data folder is the default.

    library = LibraryService.on(conn)
    library.record(article, analysis)                        # opened in the reader
    page = library.articles(text="sanctions")                # newest first, 50 at a time
    [xi] = library.find_actors("Xi Jinping")
    for seen in library.appearances(xi.id): seen.entry.title, seen.mentions, seen.quotes
    library.next_article(xi.id, article)                     # the next story that mentions him
"""

from __future__ import annotations

import sqlite3
import time
from datetime import date, datetime, timedelta, timezone
from typing import Sequence

from tui.core.anchoring import Anchor, AnchorError, anchor_span, locate
from tui.core.article import STDIN, Article, ArticleError
from tui.core.corrections import apply_corrections
from tui.core.model import Analysis
from tui.sources import load_one
from tui.storage.annotation_store import AnnotationStore, source_key
from tui.storage.database import DatabaseError
from tui.storage.library_records import (PAGE, ActorRecord, Appearance, ArticleRecord, LibraryActor,
                                         LibraryEntry, LibraryStore, Removed)
from tui.storage.library_store import SqliteLibraryStore

POSITION_CHARS = 40  # how much text at the reading position anchors it


def today(now: float) -> str:
    return datetime.fromtimestamp(now, timezone.utc).date().isoformat()


def periods_between(first: str, last: str, period: str) -> list[str]:
    """Every period label (``2026``, ``2026-03`` or ``2026-03-09``) from ``first`` to ``last``;
    labels that are not dates (an article dated oddly) are left as they are."""
    try:
        if period == "year":
            return [str(y) for y in range(int(first), int(last) + 1)]
        if period == "month":
            (y0, m0), (y1, m1) = (map(int, first.split("-")), map(int, last.split("-")))
            return [f"{n // 12:04d}-{n % 12 + 1:02d}" for n in range(y0 * 12 + m0 - 1, y1 * 12 + m1)]
        start, end = date.fromisoformat(first), date.fromisoformat(last)
        return [(start + timedelta(days=n)).isoformat() for n in range((end - start).days + 1)]
    except ValueError:
        return sorted({first, last} - {""})


def actor_records(analysis: Analysis) -> list[ActorRecord]:
    """The rows the library keeps of an analysis: each actor's mentions and quotes as
    ``analyze --json`` gives them, so nothing needs the analysis again to list them."""
    records = []
    quotes: dict[str | None, list[dict]] = {}  # by speaker, in one pass (``quotes_of`` per actor
    for quote in analysis.quotes:              # was actors x quotes: 1.6 s on a long text)
        quotes.setdefault(quote.speaker, []).append(quote.to_dict())
    for actor in analysis.actors:
        data = actor.to_dict()
        first = min((m.start for m in actor.mentions), default=0)
        records.append(ActorRecord(actor.id, actor.name, actor.kind, tuple(actor.aliases), actor.mention_count,
                                   first, data["mentions"], quotes.get(actor.id, [])))
    return records


class LibraryService:
    def __init__(self, store: LibraryStore, annotations: AnnotationStore | None = None) -> None:
        self.store = store
        self.annotations = annotations

    @classmethod
    def on(cls, conn: sqlite3.Connection) -> "LibraryService":
        """The default library: SQLite, on the connection the annotations use too."""
        return cls(SqliteLibraryStore(conn), AnnotationStore(conn))

    # ------------------------------------------------------------ recording

    def record(self, article: Article, analysis: Analysis, *, read: bool = True,
               now: float | None = None) -> LibraryEntry:
        """Keep the article and its actors in the library (``read``: it was opened in the
        reader, not only analysed). Raises ``DatabaseError`` if the database refuses."""
        now = time.time() if now is None else now
        key = source_key(article)
        if self.annotations is not None:
            corrections = self.annotations.corrections_for(article)
            if corrections:
                analysis = apply_corrections(analysis, article.text, corrections)
        known = self.store.entry(key)
        date = article.date or (known.date if known else today(now))
        location = STDIN if article.source == STDIN else key  # a path made absolute
        record = ArticleRecord(key, location, article.title, date, article.digest, article.text,
                               len(analysis.quotes))
        return self.store.record(record, actor_records(analysis), read=read, now=now)

    def mark_read(self, article: Article, now: float | None = None) -> None:
        self.store.mark_read(source_key(article), time.time() if now is None else now)

    # ------------------------------------------------------------ articles

    def articles(self, *, text: str | None = None, actor: int | Sequence[int] | None = None,
                 quoted: bool = False, limit: int = PAGE,
                 after: LibraryEntry | None = None) -> list[LibraryEntry]:
        """A page of the library, newest first: filtered by words of the title or text (each
        may be the start of a word, as typed) and by an actor (``quoted``: only where it is quoted);
        ``after`` is the last entry of the previous page."""
        return self.store.articles(text=text, actor=actor, quoted=quoted, limit=limit, after=after)

    def count(self, *, text: str | None = None, actor: int | Sequence[int] | None = None,
              quoted: bool = False) -> int:
        return self.store.count(text=text, actor=actor, quoted=quoted)

    def entry_for(self, article: Article) -> LibraryEntry | None:
        return self.store.entry(source_key(article))

    def open_entry(self, entry: LibraryEntry) -> tuple[Article, str | None]:
        """The article to show for ``entry``: read again from where it came from (a file may
        have changed), else the text the library kept, with a sentence saying why."""
        if entry.location != STDIN:
            try:
                return load_one(entry.location), None
            except ArticleError as exc:
                problem = f"{exc}; showing the text kept in the library"
        else:
            problem = None
        text = self.store.text_of(entry.source)
        if text is None:
            raise ArticleError(f"{entry.title}: the library has no text for it")
        return Article(entry.location, entry.title, text, date=entry.date), problem

    def remove(self, article_or_source: Article | str) -> Removed | None:
        """Take an article out of the library. Its annotations are kept (``orphaned`` lists
        them) and ``Removed.annotations_kept`` says how many, for the front end to tell."""
        key = source_key(article_or_source) if isinstance(article_or_source, Article) else article_or_source
        return self.store.remove(key)

    def orphaned(self) -> list[tuple[str, str, int]]:
        """(source, title, count) of annotations whose article is not in the library."""
        return self.store.orphaned()

    # ------------------------------------------------------------ reading position

    def save_position(self, article: Article, offset: int) -> None:
        """Remember where the reader is in the article, by the text there as well as its offset."""
        text = article.text
        if not text:
            return
        start = max(0, min(offset, len(text) - 1))
        try:
            anchor = anchor_span(text, start, min(len(text), start + POSITION_CHARS))
        except AnchorError:
            return
        self.store.set_position(source_key(article), anchor.to_dict())

    def reading_position(self, article: Article) -> int | None:
        """The offset to reopen the article at, re-found by its text if the article changed;
        None when there is none or its text is gone."""
        stored = self.store.position(source_key(article))
        if stored is None:
            return None
        try:
            placed = locate(Anchor.from_dict(stored), article.text)
        except (KeyError, TypeError, ValueError):
            return None
        return placed.start if placed else None

    # ------------------------------------------------------------ actors across articles

    def find_actors(self, name: str) -> list[LibraryActor]:
        """Actors named ``name`` (canonical name or alias, case ignored), most mentioned first."""
        return self.store.find_actors(name)

    def actors_named_like(self, prefix: str, limit: int = PAGE) -> list[LibraryActor]:
        return self.store.actors_named_like(prefix, limit)

    def actor(self, identity: int) -> LibraryActor | None:
        return self.store.actor(identity)

    def actor_of(self, article: Article, actor_id: str) -> LibraryActor | None:
        """The library actor behind actor ``actor_id`` of the article (as recorded)."""
        return self.store.actor_in(source_key(article), actor_id)

    def appearances(self, identity: int, *, limit: int | None = PAGE,
                    offset: int = 0) -> list[Appearance]:
        """The actor's mentions and quotes across the library, by article, newest first."""
        return self.store.appearances(identity, limit=limit, offset=offset)

    def mentions_over_time(self, identity: int, period: str = "month") -> list[tuple[str, int]]:
        """(period, named mentions), oldest first, every period from the first mention to the
        last (none left out, so a chart's x axis is time): ``period`` is year, month or day."""
        width = {"year": 4, "month": 7, "day": 10}.get(period)
        if width is None:
            raise ValueError(f"unknown period {period!r}: year, month or day")
        counts = dict(self.store.mentions_over_time(identity, width))
        return [(p, counts.get(p, 0)) for p in periods_between(min(counts, default=""),
                                                                max(counts, default=""), period)]

    def next_article(self, identity: int, article: Article,
                     backwards: bool = False) -> LibraryEntry | None:
        """The next article by date (``backwards``: the previous) that mentions the actor,
        wrapping round, never the article itself."""
        return self.store.next_article(identity, source_key(article), backwards)

    def merge_actors(self, identity: int, into: int) -> LibraryActor:
        return self.store.merge_actors(identity, into)

    def split_actor(self, article: Article, actor_id: str) -> LibraryActor:
        return self.store.split_actor(source_key(article), actor_id)

    def correct_actor(self, identity: int, *, name: str | None = None,
                      kind: str | None = None) -> LibraryActor:
        return self.store.correct_actor(identity, name=name, kind=kind)


def record_opened(conn: sqlite3.Connection, article: Article, analysis: Analysis) -> str | None:
    """The reader's one call: keep the article just opened and analysed in the library, and
    mark it read. Never raises for the database: returns the sentence to show instead."""
    try:
        LibraryService.on(conn).record(article, analysis, read=True)
    except (DatabaseError, sqlite3.Error) as exc:
        return f"The article is not kept in the library: {exc}"
    return None
