"""What the library stores and returns, and the interface of plain queries it is kept behind.

``LibraryStore`` is the whole contract between the library service and its database: SQLite
in the data folder (``tui.storage.library_store.SqliteLibraryStore``) is the default, and a
server database shared by a team would implement the same methods. Everything crossing it is
a plain dataclass; mentions and quotes stay in the shape ``byline analyze --json`` gives them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol, Sequence

PAGE = 50  # rows a screen asks for at a time


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """An article as it is recorded: who it is filed under, and what it says."""

    source: str  # the annotations' key (``annotation_store.source_key``)
    location: str  # what to read to open it again: the path, the URL, or "-"
    title: str
    date: str  # ISO day: the page's or file's, else the day first recorded
    digest: str
    text: str
    quotes: int


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """One actor of one article, as the library keeps it."""

    actor: str  # its id in the article's analysis ("a3")
    name: str
    kind: str
    aliases: tuple[str, ...]
    mentions: int  # named mentions
    first: int  # offset of the first mention
    spans: list[dict[str, Any]]  # every mention, as ``analyze --json`` gives them
    quotes: list[dict[str, Any]]  # the actor's quotes, likewise


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """One row of the library screen and of ``byline library``."""

    id: int
    source: str
    location: str
    title: str
    date: str
    digest: str
    actors: int
    quotes: int
    annotations: int  # live annotations (not corrections), counted when listed
    added: float
    last_read: float | None


@dataclass(frozen=True, slots=True)
class LibraryActor:
    """An actor across the library: one identity, with the user's merges and corrections."""

    id: int
    name: str
    kind: str
    aliases: tuple[str, ...]
    articles: int
    mentions: int
    corrected: bool = False


@dataclass(frozen=True, slots=True)
class Appearance:
    """An actor in one article: its mentions and quotes there (several of the article's actors
    when the user merged them)."""

    entry: LibraryEntry
    actor_ids: tuple[str, ...]
    names: tuple[str, ...]
    mentions: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Removed:
    """What removing an article did: its annotations stay, filed under ``source``."""

    entry: LibraryEntry
    annotations_kept: int


class LibraryStore(Protocol):
    # -- articles
    def record(self, article: ArticleRecord, actors: Sequence[ActorRecord], *, read: bool,
               now: float) -> LibraryEntry: ...
    def entry(self, source: str) -> LibraryEntry | None: ...
    def articles(self, *, text: str | None = None, actor: int | Sequence[int] | None = None,
                 quoted: bool = False, limit: int = PAGE,
                 after: LibraryEntry | None = None) -> list[LibraryEntry]: ...
    def count(self, *, text: str | None = None, actor: int | Sequence[int] | None = None,
              quoted: bool = False) -> int: ...
    def text_of(self, source: str) -> str | None: ...
    def mark_read(self, source: str, now: float) -> None: ...
    def set_position(self, source: str, anchor: dict[str, Any] | None) -> None: ...
    def position(self, source: str) -> dict[str, Any] | None: ...
    def remove(self, source: str) -> Removed | None: ...
    def orphaned(self) -> list[tuple[str, str, int]]: ...
    # -- actors
    def find_actors(self, name: str) -> list[LibraryActor]: ...
    def actors_named_like(self, prefix: str, limit: int = PAGE) -> list[LibraryActor]: ...
    def actor(self, identity: int) -> LibraryActor | None: ...
    def actor_in(self, source: str, actor_id: str) -> LibraryActor | None: ...
    def appearances(self, identity: int, *, limit: int | None = PAGE,
                    offset: int = 0) -> list[Appearance]: ...
    def mentions_over_time(self, identity: int, period: int) -> list[tuple[str, int]]: ...
    def next_article(self, identity: int, source: str, backwards: bool = False
                     ) -> LibraryEntry | None: ...
    def merge_actors(self, identity: int, into: int) -> LibraryActor: ...
    def split_actor(self, source: str, actor_id: str) -> LibraryActor: ...
    def correct_actor(self, identity: int, *, name: str | None = None,
                      kind: str | None = None) -> LibraryActor: ...
