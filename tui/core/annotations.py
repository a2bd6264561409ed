"""The reader's annotations and corrections, as plain data.

An ``Annotation`` marks one span of an article (its ``Anchor``) as a highlight, a note, a set
of tags or a bookmark; one annotation may carry a colour, a note and tags together, and its
``kind`` says what the reader meant first (the W3C motivation). A ``Correction`` fixes the
analysis (an entity's kind, which actor a mention belongs to, who said a quote); it is kept as
an annotation of kind ``correction`` so it is stored, listed, deleted and undone the same way.

Actors are referred to through one of their mentions (``ActorRef``), not their analysis id:
ids are renumbered whenever the text or the model changes, the words on the page are not.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Union

from tui.core.anchoring import POSITION, Anchor, Placement, anchor_span, locate
from tui.core.model import KINDS, Actor, Mention, Quote

HIGHLIGHT = "highlight"
NOTE = "note"
TAG = "tag"
BOOKMARK = "bookmark"
CORRECTION = "correction"
KINDS_OF_ANNOTATION = (HIGHLIGHT, NOTE, TAG, BOOKMARK, CORRECTION)

# W3C Web Annotation motivations (https://www.w3.org/TR/annotation-vocab/#motivation).
MOTIVATIONS = {
    HIGHLIGHT: "highlighting",
    NOTE: "commenting",
    TAG: "tagging",
    BOOKMARK: "bookmarking",
    CORRECTION: "editing",
}

# Highlight colours in the order the number keys pick them (1 = the first).
COLOURS = ("yellow", "green", "blue", "pink", "orange", "purple")
DEFAULT_COLOUR = COLOURS[0]


class AnnotationError(ValueError):
    """An annotation that cannot be made as asked; the message is shown to the reader."""


def parse_tags(raw: str | Iterable[str]) -> tuple[str, ...]:
    """Tags from ``"a, b ,c"`` (or a list): trimmed, inner spaces collapsed, no empties, no
    repeats (ignoring case; the first spelling wins)."""
    items = raw.split(",") if isinstance(raw, str) else list(raw)
    seen: set[str] = set()
    tags: list[str] = []
    for item in items:
        tag = " ".join(str(item).split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tuple(tags)


def check_colour(colour: str | None) -> str | None:
    if colour is not None and colour not in COLOURS:
        raise AnnotationError(f"unknown colour {colour!r}; choose one of {', '.join(COLOURS)}")
    return colour


# ---------------------------------------------------------------- corrections


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor named by one of its mentions, with its name and kind as a fallback."""

    anchor: Anchor
    name: str
    kind: str

    @classmethod
    def of(cls, text: str, actor: Actor) -> "ActorRef":
        """A reference to ``actor`` through its first mention that names it."""
        chosen = actor.named_mentions or actor.mentions
        if not chosen:
            raise AnnotationError(f"{actor.name} has no mention in the text to refer to")
        m = chosen[0]
        return cls(anchor_span(text, m.start, m.end), actor.name, actor.kind)

    def to_dict(self) -> dict[str, Any]:
        return {"anchor": self.anchor.to_dict(), "name": self.name, "kind": self.kind}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ActorRef":
        return cls(Anchor.from_dict(d["anchor"]), str(d.get("name", "")), str(d.get("kind", "")))


def _check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise AnnotationError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")
    return kind


@dataclass(frozen=True, slots=True)
class ChangeKind:
    """The actor is of another kind (a person, not an organisation...)."""

    actor: ActorRef
    kind: str
    op = "change_kind"

    @property
    def anchor(self) -> Anchor:
        return self.actor.anchor

    def describe(self) -> str:
        return f"{self.actor.name}: kind {self.actor.kind} → {self.kind}"

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "actor": self.actor.to_dict(), "kind": self.kind}


@dataclass(frozen=True, slots=True)
class MergeActor:
    """``actor`` and ``into`` are the same one: every mention and quote of ``actor`` moves."""

    actor: ActorRef
    into: ActorRef
    op = "merge"

    @property
    def anchor(self) -> Anchor:
        return self.actor.anchor

    def describe(self) -> str:
        return f"{self.actor.name} merged into {self.into.name}"

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "actor": self.actor.to_dict(), "into": self.into.to_dict()}


@dataclass(frozen=True, slots=True)
class SplitMention:
    """This mention is not of the actor it was linked to."""

    mention: Anchor
    op = "split"

    @property
    def anchor(self) -> Anchor:
        return self.mention

    def describe(self) -> str:
        return f"“{self.mention.exact}” split off its actor"

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "mention": self.mention.to_dict()}


@dataclass(frozen=True, slots=True)
class AddMention:
    """A span the model missed mentions ``actor`` (or, with no actor, a new one of ``kind``)."""

    span: Anchor
    actor: ActorRef | None = None
    kind: str | None = None
    name: str | None = None  # the new actor's name, when not the span's own words
    op = "add_mention"

    @property
    def anchor(self) -> Anchor:
        return self.span

    def describe(self) -> str:
        who = self.actor.name if self.actor else f"a new {self.kind}" + (f" named {self.name}" if self.name else "")
        return f"“{self.span.exact}” is a mention of {who}"

    def to_dict(self) -> dict[str, Any]:
        out = {"op": self.op, "span": self.span.to_dict(),
               "actor": self.actor.to_dict() if self.actor else None, "kind": self.kind}
        if self.name:
            out["name"] = self.name
        return out


@dataclass(frozen=True, slots=True)
class SetSpeaker:
    """The quote was said by ``speaker``; ``None`` clears a wrong attribution."""

    quote: Anchor
    speaker: ActorRef | None
    op = "set_speaker"

    @property
    def anchor(self) -> Anchor:
        return self.quote

    def describe(self) -> str:
        return f"speaker: {self.speaker.name}" if self.speaker else "speaker cleared"

    def to_dict(self) -> dict[str, Any]:
        return {"op": self.op, "quote": self.quote.to_dict(),
                "speaker": self.speaker.to_dict() if self.speaker else None}


Correction = Union[ChangeKind, MergeActor, SplitMention, AddMention, SetSpeaker]


def correction_from_dict(d: dict[str, Any]) -> Correction:
    op = d.get("op")
    if op == ChangeKind.op:
        return ChangeKind(ActorRef.from_dict(d["actor"]), str(d["kind"]))
    if op == MergeActor.op:
        return MergeActor(ActorRef.from_dict(d["actor"]), ActorRef.from_dict(d["into"]))
    if op == SplitMention.op:
        return SplitMention(Anchor.from_dict(d["mention"]))
    if op == AddMention.op:
        return AddMention(Anchor.from_dict(d["span"]),
                          ActorRef.from_dict(d["actor"]) if d.get("actor") else None, d.get("kind"),
                          d.get("name") or None)
    if op == SetSpeaker.op:
        return SetSpeaker(Anchor.from_dict(d["quote"]),
                          ActorRef.from_dict(d["speaker"]) if d.get("speaker") else None)
    raise ValueError(f"unknown correction {op!r}")


# Constructors for the UI: from what is on screen to a correction.

def change_kind(text: str, actor: Actor, kind: str) -> ChangeKind:
    return ChangeKind(ActorRef.of(text, actor), _check_kind(kind))


def merge_actor(text: str, actor: Actor, into: Actor) -> MergeActor:
    if actor.id == into.id:
        raise AnnotationError(f"{actor.name} cannot be merged into itself")
    return MergeActor(ActorRef.of(text, actor), ActorRef.of(text, into))


def split_mention(text: str, mention: Mention) -> SplitMention:
    if mention.actor is None:
        raise AnnotationError(f"“{mention.text}” is not linked to an actor")
    return SplitMention(anchor_span(text, mention.start, mention.end))


def add_mention(text: str, start: int, end: int, actor: Actor | None = None,
                kind: str | None = None, name: str | None = None) -> AddMention:
    if actor is None and kind is None:
        raise AnnotationError("say which actor the span mentions, or the kind of a new one")
    return AddMention(anchor_span(text, start, end), ActorRef.of(text, actor) if actor else None,
                      None if actor else _check_kind(kind or ""),
                      None if actor or not name or not name.strip() else " ".join(name.split()))


def set_speaker(text: str, quote: Quote, speaker: Actor | None) -> SetSpeaker:
    return SetSpeaker(anchor_span(text, quote.start, quote.end),
                      ActorRef.of(text, speaker) if speaker else None)


# ---------------------------------------------------------------- annotations


@dataclass(frozen=True, slots=True)
class Annotation:
    id: str
    source: str  # the article's storage key (see tui.storage.annotation_store.source_key)
    kind: str  # one of KINDS_OF_ANNOTATION
    anchor: Anchor
    text_digest: str  # of the article text the anchor was made on
    colour: str | None = None
    note: str = ""
    tags: tuple[str, ...] = ()
    created: float = 0.0
    updated: float = 0.0
    title: str = ""  # the article's title when annotated, for exports of a vanished file
    correction: Correction | None = None
    deleted: float | None = None

    @property
    def motivation(self) -> str:
        return MOTIVATIONS[self.kind]

    @property
    def exact(self) -> str:
        return self.anchor.exact

    def colour_with(self, tag_colours: dict[str, str]) -> str | None:
        """Its own colour, else that of its first tag linked to a colour."""
        if self.colour:
            return self.colour
        for tag in self.tags:
            if tag in tag_colours:
                return tag_colours[tag]
        return DEFAULT_COLOUR if self.kind == HIGHLIGHT else None

    def edited(self, **changes: Any) -> "Annotation":
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Placed:
    """An annotation found in the current text."""

    annotation: Annotation
    start: int
    end: int
    method: str  # how it was found: anchoring.POSITION, QUOTE or FUZZY

    @property
    def moved(self) -> bool:
        a = self.annotation.anchor
        return (self.start, self.end) != (a.start, a.end)


@dataclass(slots=True)
class Placements:
    """The annotations of one article: those placed in its current text (in text order), and
    the orphans that could not be placed (oldest first), which are kept and listed, not lost."""

    placed: list[Placed] = field(default_factory=list)
    orphans: list[Annotation] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.placed) + len(self.orphans)

    def at(self, offset: int) -> list[Placed]:
        return [p for p in self.placed if p.start <= offset < p.end]

    def next_after(self, offset: int) -> Placed | None:
        return next((p for p in self.placed if p.start > offset), None)

    def previous_before(self, offset: int) -> Placed | None:
        return next((p for p in reversed(self.placed) if p.start < offset), None)


def place(annotations: Iterable[Annotation], text: str, digest: str | None = None) -> Placements:
    """Place each annotation in ``text``; ``digest`` (of ``text``) lets unchanged texts skip
    the search."""
    out = Placements()
    for ann in annotations:
        where: Placement | None
        a = ann.anchor
        if digest is not None and ann.text_digest == digest and text[a.start:a.end] == a.exact:
            where = Placement(a.start, a.end, POSITION)
        else:
            where = locate(a, text)
        if where is None:
            out.orphans.append(ann)
        else:
            out.placed.append(Placed(ann, where.start, where.end, where.method))
    out.placed.sort(key=lambda p: (p.start, p.end, p.annotation.created))
    out.orphans.sort(key=lambda a: a.created)
    return out
