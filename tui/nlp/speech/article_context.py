"""Lookups over one parsed article that the attribution rules share (read-only).

The mentions, kinds, names and paragraphs are the whole text's; the Doc is the part being read
(``use``): a long text is read one part at a time, each Doc with the whole text's offsets."""

from __future__ import annotations

import bisect

from tui.core.model import PERSON, Actor, Mention
from tui.core.quotemarks import ParagraphIndex


class ArticleContext:
    def __init__(self, doc, text: str, actors: list[Actor], gender: dict[str, str | None],
                 paragraphs: ParagraphIndex):
        self.text = text
        self.use(doc)
        self.mentions = sorted((m for a in actors for m in a.mentions if not m.related),
                               key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self.kind = {a.id: a.kind for a in actors}
        self.names = {a.id: a.name for a in actors}
        self.gender = gender
        self.paragraph_index = paragraphs
        self.paragraphs = paragraphs.spans

    def use(self, doc) -> None:
        """Read ``doc`` (the whole text, or the part of it now being read) from now on."""
        self.doc = doc
        self.starts = [t.idx for t in doc] if doc is not None else []

    def token_at(self, offset: int):
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.doc[max(i, 0)]

    def tokens_between(self, start: int, end: int):
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return self.doc[i:j]

    def paragraph_of(self, offset: int) -> int:
        return self.paragraph_index.of(offset)

    def mention_at(self, start: int, end: int) -> Mention | None:
        i = bisect.bisect_right(self.mention_starts, end) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.start < end and start < m.end:
                return m
            if m.end < start - 200:
                break
            i -= 1
        return None

    def actor_before(self, offset: int, kinds: tuple[str, ...], gender: str | None = None,
                     within: int = 1500) -> Mention | None:
        """The nearest named mention before ``offset`` of an actor of one of ``kinds``."""
        i = bisect.bisect_left(self.mention_starts, offset) - 1
        while i >= 0:
            m = self.mentions[i]
            if offset - m.start > within:
                return None
            if m.actor and self.kind.get(m.actor) in kinds and not m.inferred:
                g = self.gender.get(m.actor)
                if self.kind.get(m.actor) != PERSON or gender is None or g is None or g == gender:
                    return m
            i -= 1
        return None

    def people_before(self, offset: int, gender: str | None, within: int = 1500) -> set[str]:
        """The distinct people a he/she before ``offset`` could stand for."""
        found = set()
        i = bisect.bisect_left(self.mention_starts, offset) - 1
        while i >= 0 and offset - self.mentions[i].start <= within:
            m = self.mentions[i]
            if m.actor and self.kind.get(m.actor) == PERSON and not m.inferred:
                g = self.gender.get(m.actor)
                if gender is None or g is None or g == gender:
                    found.add(m.actor)
            i -= 1
        return found
