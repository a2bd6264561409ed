"""The analysis of one article as plain data: mentions, actors and quotes.

Everything here is independent of spaCy and Textual so the UI, the cache and the
CLI share one vocabulary, and an analysis can be rebuilt from JSON without a model.
Offsets are Python ``str`` indices into the article text, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

# The kinds (of actor, quote and source) are this vocabulary's too: their home is light, for
# what is drawn before an analysis exists.
from tui.core.analysis_kinds import (BELIEF, DIRECT, EVIDENCE, GROUP, INDIRECT, KIND_TITLES, KINDS,  # noqa: F401
                                     MIXED, ORG, PERSON, PLACE, QUOTE_KINDS, SOURCE_CLASSES, SPEECH)

# spaCy's entity labels and the kinds they are; each kind's first label is the one a
# correction gives a mention it relabels ("GPE" for a place, whatever the model said).
LABEL_KIND = {
    "PERSON": PERSON,
    "ORG": ORG,
    "GPE": PLACE,
    "LOC": PLACE,
    "FAC": PLACE,
    "NORP": GROUP,
}
KIND_LABEL = {kind: next(label for label, k in LABEL_KIND.items() if k == kind) for kind in KINDS}


def kind_of_label(label: str) -> str | None:
    return LABEL_KIND.get(label)


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the text that names (or, if ``inferred``, refers to) an actor."""

    start: int
    end: int
    text: str
    label: str
    actor: str | None = None
    inferred: bool = False  # pronouns and descriptions linked by inference
    related: bool = False  # demonyms such as "Chinese": about the actor, not naming it
    corrected: bool = False  # set or moved by the reader's correction, not by the model

    @property
    def kind(self) -> str | None:
        return kind_of_label(self.label)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text,
                             "label": self.label, "actor": self.actor}
        if self.inferred:
            d["inferred"] = True
        if self.related:
            d["related"] = True
        if self.corrected:
            d["corrected"] = True
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Mention":
        return cls(d["start"], d["end"], d["text"], d.get("label", ""), d.get("actor"),
                   bool(d.get("inferred", False)), bool(d.get("related", False)),
                   bool(d.get("corrected", False)))


@dataclass(slots=True, eq=False)
class Actor:
    """Someone or something the story is about, with every mention merged."""

    id: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    corrected: bool = False  # kind, mentions or identity changed by the reader's correction

    @property
    def named_mentions(self) -> list[Mention]:
        return [m for m in self.mentions if not m.inferred and not m.related]

    @property
    def counted_mentions(self) -> list[Mention]:
        """The mentions that count: names and related words ("Chinese" for China), the stops of
        the mention cursor; not the pronouns and descriptions linked by inference (he, his)."""
        return [m for m in self.mentions if not m.inferred]

    @property
    def mention_count(self) -> int:
        """The one mention count shown everywhere (sidebar, ``analyze`` tables and ``--json``,
        library): ``counted_mentions``, inferred mentions left out."""
        return len(self.counted_mentions)

    @property
    def salience(self) -> float:
        """More mentions (``mention_count``) first; among equals, the one mentioned earlier."""
        counted = self.counted_mentions
        if not counted:
            return 0.0
        return len(counted) + 1.0 / (2 + min(m.start for m in counted))

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "mention_count": self.mention_count,
            "mentions": [
                {"start": m.start, "end": m.end, "text": m.text, "label": m.label,
                 **({"inferred": True} if m.inferred else {}),
                 **({"related": True} if m.related else {}),
                 **({"corrected": True} if m.corrected else {})}
                for m in self.mentions
            ],
        }
        if self.corrected:
            d["corrected"] = True
        return d


@dataclass(frozen=True, slots=True)
class Quote:
    """Direct, reported or mixed speech, or evidence; the span covers the words without the
    outer quote marks. A mixed quote spans the reported clause; ``verbatim`` holds the quoted
    fragments inside it (offsets into the article, marks excluded)."""

    start: int
    end: int
    text: str
    kind: str = DIRECT
    speaker: str | None = None  # actor id
    speaker_text: str | None = None
    speaker_span: tuple[int, int] | None = None
    cue: str | None = None
    corrected: bool = False  # speaker set or cleared by the reader's correction
    source_class: str = SPEECH
    verbatim: tuple[tuple[int, int], ...] = ()

    @property
    def is_evidence(self) -> bool:
        return self.source_class == EVIDENCE

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_text": self.speaker_text,
            "speaker_span": list(self.speaker_span) if self.speaker_span else None,
            "cue": self.cue,
            "source_class": self.source_class,
        }
        if self.verbatim:
            d["verbatim"] = [list(v) for v in self.verbatim]
        if self.corrected:
            d["corrected"] = True
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Quote":
        """Reads older analyses too: no ``source_class`` is speech, no ``verbatim`` is none."""
        span = d.get("speaker_span")
        return cls(d["start"], d["end"], d["text"], d.get("kind", DIRECT), d.get("speaker"),
                   d.get("speaker_text"), tuple(span) if span else None, d.get("cue"),
                   bool(d.get("corrected", False)), d.get("source_class") or SPEECH,
                   tuple(tuple(v) for v in d.get("verbatim") or ()))


@dataclass
class Analysis:
    """Everything the reader knows about one article's text."""

    text_length: int
    model_name: str
    model_version: str
    analyser_version: str
    entities: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.entities.sort(key=lambda m: (m.start, m.end))
        self.quotes.sort(key=lambda q: (q.start, q.end))
        self._by_id = {a.id: a for a in self.actors}

    def actor(self, actor_id: str | None) -> Actor | None:
        return self._by_id.get(actor_id) if actor_id else None

    def actors_by_salience(self, kind: str | None = None) -> list[Actor]:
        chosen = [a for a in self.actors if kind is None or a.kind == kind]
        return sorted(chosen, key=lambda a: (-a.salience, a.name))

    def quotes_of(self, actor_id: str) -> list[Quote]:
        return [q for q in self.quotes if q.speaker == actor_id]

    def mentions(self, include_inferred: bool = False) -> list[Mention]:
        """Every actor mention in text order: the stops of the mention cursor."""
        out = [m for a in self.actors for m in a.mentions
               if include_inferred or not m.inferred]
        out.sort(key=lambda m: (m.start, m.end))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "text_length": self.text_length,
            "model": {"name": self.model_name, "version": self.model_version},
            "analyser_version": self.analyser_version,
            "entities": [m.to_dict() for m in self.entities],
            "actors": [a.to_dict() for a in self.actors],
            "quotes": [q.to_dict() for q in self.quotes],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Analysis":
        actors = []
        for a in d.get("actors", []):
            kind_label = {PERSON: "PERSON", ORG: "ORG", PLACE: "GPE", GROUP: "NORP"}.get(a["kind"], "")
            mentions = [
                Mention(m["start"], m["end"], m["text"], m.get("label", kind_label), a["id"],
                        bool(m.get("inferred", False)), bool(m.get("related", False)),
                        bool(m.get("corrected", False)))
                for m in a.get("mentions", [])
            ]
            actors.append(Actor(a["id"], a["name"], a["kind"], list(a.get("aliases", [])), mentions,
                                bool(a.get("corrected", False))))
        return cls(
            text_length=d["text_length"],
            model_name=d["model"]["name"],
            model_version=d["model"]["version"],
            analyser_version=d.get("analyser_version", ""),
            entities=[Mention.from_dict(m) for m in d.get("entities", [])],
            actors=actors,
            quotes=[Quote.from_dict(q) for q in d.get("quotes", [])],
        )


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def first_at(items: Iterable[Any], offset: int) -> Any | None:
    """The first item (with ``start``/``end``) that contains ``offset``."""
    for item in items:
        if item.start <= offset < item.end:
            return item
    return None
