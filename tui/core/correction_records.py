"""What a correction of the analysis says, as plain data: an entity's kind, which actor a mention
belongs to, a span that mentions an actor, who said a quote (``tui.core.corrections`` applies them).

Actors are referred to through one of their mentions (``ActorRef``), not their analysis id:
ids are renumbered whenever the text or the model changes, the words on the page are not.
Kept apart from ``annotations`` (which carries them) so the reader's first paint, which needs
annotations but no correction, does not build these classes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Union

from tui.core.anchoring import Anchor, anchor_span
from tui.core.annotations import AnnotationError
from tui.core.model import KINDS, Actor, Mention, Quote


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
