"""Every place the cursor can stop, and every move between them, as one immutable value.

``Stops`` is built from what the reader shows: the analysis (with the reader's corrections),
the hidden kinds, whether linked pronouns are stops, the annotations' placements and the search
matches. Each change makes a new ``Stops`` (``replace``); the view keeps one and a ``Cursor``.
Moves return the new ``Cursor`` or ``Refused``: the view never decides where a key goes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING

from tui.core import navigation as nav
from tui.core.layout import SpanIndex
from tui.core.placements import Placements
from tui.core.reading.cursor import Cursor, CursorKind, Refused

if TYPE_CHECKING:
    from tui.core.annotations import Placed
    from tui.core.model import Analysis, Mention, Quote

Span = tuple[int, int]

# The moves of the cursor keys: a name and a direction (+1 / -1).
MENTION_MOVE, SAME_ACTOR, QUOTE_MOVE, ANNOTATION_MOVE, MATCH_MOVE, ACTOR_QUOTE = (
    "mention", "same_actor", "quote", "annotation", "match", "actor_quote")
MOVES = (MENTION_MOVE, SAME_ACTOR, QUOTE_MOVE, ANNOTATION_MOVE, MATCH_MOVE, ACTOR_QUOTE)

NO_ACTOR = "Put the cursor on a mention first (press ] or choose an actor)."
NO_ANNOTATIONS = "No annotations in this article yet (v selects, h highlights)."
HIDDEN_ACTOR = "This actor's mentions are hidden (see the palette's kind toggles)."
NO_QUOTES = "No quotes are attributed to {name} in this article."


@dataclass(frozen=True, eq=False)
class Stops:
    analysis: Analysis | None = None
    hidden_kinds: frozenset[str] = frozenset()
    include_inferred: bool = False  # linked pronouns as stops, when the reader asks
    placements: Placements = field(default_factory=Placements)
    query: str = ""
    matches: tuple[Span, ...] = ()

    def replace(self, **changes) -> "Stops":
        return replace(self, **changes)

    def searched(self, text: str, query: str) -> "Stops":
        return replace(self, query=query, matches=tuple(nav.find_all(text, query)))

    # ------------------------------------------------------------------ the stops

    def kind_of(self, mention: Mention) -> str | None:
        """The kind a mention is drawn and hidden as: its actor's (corrections may change it)."""
        actor = self.analysis.actor(mention.actor) if self.analysis else None
        return actor.kind if actor is not None else mention.kind

    @cached_property
    def mentions(self) -> list[Mention]:
        if self.analysis is None:
            return []
        return [m for m in self.analysis.mentions(include_inferred=self.include_inferred)
                if self.kind_of(m) not in self.hidden_kinds]

    @cached_property
    def mention_spans(self) -> list[Span]:
        return [(m.start, m.end) for m in self.mentions]

    @cached_property
    def quotes(self) -> list[Quote]:
        return list(self.analysis.quotes) if self.analysis else []

    @cached_property
    def quote_spans(self) -> list[Span]:
        return [(q.start, q.end) for q in self.quotes]

    @cached_property
    def annotation_spans(self) -> list[Span]:
        return [(p.start, p.end) for p in self.placements.placed]

    @cached_property
    def _by_actor(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for index, mention in enumerate(self.mentions):
            out.setdefault(mention.actor or "", []).append(index)
        return out

    def actor_spans(self, actor_id: str | None) -> list[Span]:
        """The stops of an actor, in text order (``2/6`` counts among these)."""
        if actor_id is None or self.analysis is None or self.analysis.actor(actor_id) is None:
            return []
        return [self.mention_spans[i] for i in self._by_actor.get(actor_id, [])]

    def inferred_spans(self, actor_id: str | None) -> list[Span]:
        """The actor's linked pronouns, stops or not: underlined while the actor is current."""
        actor = self.analysis.actor(actor_id) if self.analysis and actor_id else None
        return [(m.start, m.end) for m in actor.mentions if m.inferred] if actor else []

    def spans(self, kind: CursorKind) -> list[Span]:
        return {CursorKind.MENTION: self.mention_spans, CursorKind.QUOTE: self.quote_spans,
                CursorKind.MATCH: list(self.matches), CursorKind.ANNOTATION: self.annotation_spans}[kind]

    def entity_spans(self) -> list[Span]:
        """Mentions and quotes together: the unit a selection grows by with ] and [."""
        return sorted(set(self.mention_spans) | set(self.quote_spans))

    # Span indexes for drawing: which stops overlap a display line.
    @cached_property
    def mention_index(self) -> SpanIndex:
        return SpanIndex(self.mention_spans)

    @cached_property
    def corrected_index(self) -> SpanIndex:
        return SpanIndex([(m.start, m.end) for m in self.mentions if m.corrected])

    @cached_property
    def quote_index(self) -> SpanIndex:
        return SpanIndex(self.quote_spans)

    @cached_property
    def annotation_index(self) -> SpanIndex:
        return SpanIndex(self.annotation_spans)

    @cached_property
    def match_index(self) -> SpanIndex:
        return SpanIndex(list(self.matches))

    # ------------------------------------------------------------------ what the cursor is on

    def mention(self, cursor: Cursor | None) -> Mention | None:
        return self.mentions[cursor.index] if cursor and cursor.kind == CursorKind.MENTION else None

    def quote(self, cursor: Cursor | None) -> Quote | None:
        return self.quotes[cursor.index] if cursor and cursor.kind == CursorKind.QUOTE else None

    def actor_id(self, cursor: Cursor | None) -> str | None:
        """The current actor: the mention's, or the quote's speaker."""
        mention = self.mention(cursor)
        if mention is not None:
            return mention.actor
        quote = self.quote(cursor)
        return quote.speaker if quote is not None else None

    def annotation(self, cursor: Cursor | None) -> Placed | None:
        """The annotation cursor's annotation, else the innermost one holding the cursor's start."""
        if cursor is None:
            return None
        if cursor.kind == CursorKind.ANNOTATION:
            return self.placements.placed[cursor.index]
        holding = self.placements.at(cursor.start)
        return min(holding, key=lambda p: p.end - p.start) if holding else None

    # ------------------------------------------------------------------ moves

    def move(self, move: str, step: int, cursor: Cursor | None, top: int = 0,
             bottom: int = 0) -> Cursor | Refused:
        """Where ``move`` (one of ``MOVES``) takes the cursor, ``step`` +1 forward or -1 back.
        Without a cursor a forward move starts at ``top`` (the first character on screen) and a
        backward one at ``bottom``."""
        forward = step > 0
        origin = cursor.span if cursor is not None else nav.origin(top if forward else bottom)
        if move == MENTION_MOVE:
            return self._at(CursorKind.MENTION, (nav.following if forward else nav.preceding)(
                self.mention_spans, origin))
        if move == QUOTE_MOVE:
            return self._at(CursorKind.QUOTE, (nav.following if forward else nav.preceding)(
                self.quote_spans, origin))
        if move == MATCH_MOVE:
            return self._at(CursorKind.MATCH, (nav.cycle_next if forward else nav.cycle_prev)(
                list(self.matches), origin))
        if move == SAME_ACTOR:
            actor_id = self.actor_id(cursor)
            if actor_id is None:
                return Refused(NO_ACTOR)
            own = self.actor_spans(actor_id)
            index = (nav.cycle_next if forward else nav.cycle_prev)(own, origin)
            if index is None:
                return Refused()
            return self._at(CursorKind.MENTION, self.mention_spans.index(own[index]))
        if move == ACTOR_QUOTE:
            return self._actor_quote(cursor, origin, forward)
        if move == ANNOTATION_MOVE:
            spans = self.annotation_spans
            if not spans:
                return Refused(NO_ANNOTATIONS)
            if cursor is not None and cursor.kind == CursorKind.ANNOTATION:
                index = cursor.index + step
                return self._at(CursorKind.ANNOTATION, index if 0 <= index < len(spans) else None)
            return self._at(CursorKind.ANNOTATION, (nav.following if forward else nav.preceding)(
                spans, origin))
        raise ValueError(f"unknown cursor move {move!r}")

    def _actor_quote(self, cursor: Cursor | None, origin: Span, forward: bool) -> Cursor | Refused:
        """The current actor's next (or previous) quote, wrapping round: from a mention of an
        actor to what the actor said, in one key."""
        actor_id = self.actor_id(cursor)
        if actor_id is None:
            return Refused(NO_ACTOR)
        own = [i for i, q in enumerate(self.quotes) if q.speaker == actor_id]
        if not own:
            actor = self.analysis.actor(actor_id) if self.analysis else None
            return Refused(NO_QUOTES.format(name=actor.name if actor else "this actor"))
        spans = [self.quote_spans[i] for i in own]
        index = (nav.cycle_next if forward else nav.cycle_prev)(spans, origin)
        return self._at(CursorKind.QUOTE, None if index is None else own[index])

    def _at(self, kind: CursorKind, index: int | None) -> Cursor | Refused:
        if index is None:
            return Refused()
        start, end = self.spans(kind)[index]
        return Cursor(kind, start, end, index)

    def to_actor(self, actor_id: str) -> Cursor | Refused:
        """The actor's first mention."""
        own = self.actor_spans(actor_id)
        if not own:
            return Refused(HIDDEN_ACTOR)
        return self._at(CursorKind.MENTION, self.mention_spans.index(own[0]))

    def to_quote(self, index: int) -> Cursor | Refused:
        return self._at(CursorKind.QUOTE, index if 0 <= index < len(self.quote_spans) else None)

    def to_annotation(self, annotation_id: str) -> Cursor | Refused:
        ids = [p.annotation.id for p in self.placements.placed]
        return self._at(CursorKind.ANNOTATION, ids.index(annotation_id) if annotation_id in ids else None)

    def at_offset(self, offset: int) -> Cursor | Refused:
        """The mention covering ``offset`` (a click)."""
        return self._at(CursorKind.MENTION, nav.containing(self.mention_spans, offset))

    def reseat(self, cursor: Cursor | None, annotation_id: str | None = None) -> Cursor | None:
        """The same cursor after the stops changed: on the same words if they are still a stop
        of its kind (a mention cursor falls back to the mention now covering its start), on the
        same annotation (``annotation_id``) for an annotation cursor; else no cursor."""
        if cursor is None:
            return None
        if cursor.kind == CursorKind.ANNOTATION:
            found = self.to_annotation(annotation_id) if annotation_id else None
            return found if isinstance(found, Cursor) else None
        spans = self.spans(cursor.kind)
        index = _index_of(spans, cursor.span)
        if index is None and cursor.kind == CursorKind.MENTION:
            index = nav.containing(spans, cursor.start)
        found = self._at(cursor.kind, index)
        return found if isinstance(found, Cursor) else None


def _index_of(spans: list[Span], span: Span) -> int | None:
    try:
        return spans.index(span)
    except ValueError:
        return None
