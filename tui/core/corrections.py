"""The reader's corrections, applied on top of any analysis of the same article.

Each correction is re-anchored against the current text first, so corrections made on an
earlier version of the article (or with another model) still land on the right words. The
result is a new ``Analysis`` whose changed mentions, actors and quotes carry ``corrected=True``;
the input is not modified. A correction whose words are gone, or whose actor cannot be found,
is skipped (and reported by ``apply_corrections_detailed``), never an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterable

from tui.core.anchoring import Anchor, locate
from tui.core.annotations import Annotation
from tui.core.correction_records import (ActorRef, AddMention, ChangeKind, Correction, MergeActor, SetSpeaker,
                                         SplitMention)
from tui.core.model import KIND_LABEL, Actor, Analysis, Mention, Quote, spans_overlap


@dataclass
class _Working:
    """A mutable copy of an analysis while corrections are applied."""

    text: str
    actors: dict[str, Actor]
    entities: list[Mention]
    quotes: list[Quote]
    new_ids: int = 0
    skipped: list[Correction] = field(default_factory=list)

    @classmethod
    def of(cls, analysis: Analysis, text: str) -> "_Working":
        actors = {a.id: Actor(a.id, a.name, a.kind, list(a.aliases), list(a.mentions), a.corrected)
                  for a in analysis.actors}
        return cls(text, actors, list(analysis.entities), list(analysis.quotes))

    def span(self, anchor: Anchor) -> tuple[int, int] | None:
        placed = locate(anchor, self.text)
        return (placed.start, placed.end) if placed else None

    def actor_at(self, span: tuple[int, int]) -> Actor | None:
        """The actor with a mention at ``span``: the exact span first, else the largest overlap."""
        best, best_overlap = None, 0
        for actor in self.actors.values():
            for m in actor.mentions:
                if (m.start, m.end) == span:
                    return actor
                overlap = min(m.end, span[1]) - max(m.start, span[0])
                if overlap > best_overlap:
                    best, best_overlap = actor, overlap
        return best

    def resolve(self, ref: ActorRef) -> Actor | None:
        span = self.span(ref.anchor)
        found = self.actor_at(span) if span else None
        if found is not None:
            return found
        # The mention is gone; the same name and kind is the same actor.
        for actor in self.actors.values():
            if actor.name == ref.name and actor.kind == ref.kind:
                return actor
        return None

    def fresh_id(self, hint: int) -> str:
        while True:
            self.new_ids += 1
            candidate = f"c{hint}-{self.new_ids}"
            if candidate not in self.actors:
                return candidate

    def relink_entities(self, span: tuple[int, int], mention: Mention | None) -> None:
        """Make the entity list agree with ``mention`` now at ``span``, or with no actor there."""
        if mention is None:
            self.entities = [replace(e, actor=None, corrected=True) if (e.start, e.end) == span else e
                             for e in self.entities]
            return
        self.entities = [e for e in self.entities if not spans_overlap((e.start, e.end), span)]
        if not mention.inferred:
            self.entities.append(mention)

    def analysis(self, original: Analysis) -> Analysis:
        actors = [a for a in self.actors.values() if a.mentions]
        for a in actors:
            a.mentions.sort(key=lambda m: (m.start, m.end))
        return Analysis(original.text_length, original.model_name, original.model_version,
                        original.analyser_version, entities=self.entities, actors=actors,
                        quotes=self.quotes)


def apply_corrections(analysis: Analysis, text: str,
                      corrections: Iterable[Correction | Annotation]) -> Analysis:
    """``analysis`` with ``corrections`` applied in order (annotations of kind correction are
    accepted as they come from the store)."""
    return apply_corrections_detailed(analysis, text, corrections)[0]


def apply_corrections_detailed(analysis: Analysis, text: str,
                               corrections: Iterable[Correction | Annotation]
                               ) -> tuple[Analysis, list[Correction]]:
    """The corrected analysis, and the corrections that could not be applied to this text."""
    work = _Working.of(analysis, text)
    for item in corrections:
        correction = item.correction if isinstance(item, Annotation) else item
        if correction is None:
            continue
        if not _apply(work, correction):
            work.skipped.append(correction)
    return work.analysis(analysis), work.skipped


def _apply(work: _Working, c: Correction) -> bool:
    if isinstance(c, ChangeKind):
        return _change_kind(work, c)
    if isinstance(c, MergeActor):
        return _merge(work, c)
    if isinstance(c, SplitMention):
        return _split(work, c)
    if isinstance(c, AddMention):
        return _add_mention(work, c)
    if isinstance(c, SetSpeaker):
        return _set_speaker(work, c)
    return False


def _change_kind(work: _Working, c: ChangeKind) -> bool:
    actor = work.resolve(c.actor)
    if actor is None:
        return False
    actor.kind = c.kind
    actor.corrected = True
    label = KIND_LABEL[c.kind]
    # Demonyms stay what they are ("Chinese" is NORP whatever China is taken for).
    relabelled = {(m.start, m.end): replace(m, label=label, corrected=True) if not m.related else m
                  for m in actor.mentions}
    actor.mentions = list(relabelled.values())
    work.entities = [relabelled.get((e.start, e.end), e) if e.actor == actor.id else e
                     for e in work.entities]
    return True


def _merge(work: _Working, c: MergeActor) -> bool:
    source, target = work.resolve(c.actor), work.resolve(c.into)
    if source is None or target is None:
        return False
    if source is target:
        return True  # already one actor (the model agrees now)
    moved = [replace(m, actor=target.id, corrected=True) for m in source.mentions]
    target.mentions.extend(moved)
    target.aliases = sorted((set(target.aliases) | set(source.aliases) | {source.name}) - {target.name})
    target.corrected = True
    source.mentions = []
    del work.actors[source.id]
    work.entities = [replace(e, actor=target.id, corrected=True) if e.actor == source.id else e
                     for e in work.entities]
    work.quotes = [replace(q, speaker=target.id, corrected=True) if q.speaker == source.id else q
                   for q in work.quotes]
    return True


def _split(work: _Working, c: SplitMention) -> bool:
    span = work.span(c.mention)
    if span is None:
        return False
    for actor in list(work.actors.values()):
        mention = next((m for m in actor.mentions if (m.start, m.end) == span), None)
        if mention is None:
            continue
        actor.mentions = [m for m in actor.mentions if m is not mention]
        if not actor.mentions:
            del work.actors[actor.id]
        if mention.inferred:
            # A pronoun on its own is no actor: it is simply unlinked.
            work.relink_entities(span, None)
            new_id = None
        else:
            # A name, or a demonym ("Chinese" split off China), becomes an actor of its own: a
            # demonym of the kind its label says (a group), a name of its actor's kind.
            new_id = work.fresh_id(span[0])
            kind = (mention.kind or actor.kind) if mention.related else actor.kind
            own = replace(mention, actor=new_id, related=False, corrected=True)
            work.actors[new_id] = Actor(new_id, " ".join(mention.text.split()), kind, [], [own],
                                        corrected=True)
            work.relink_entities(span, own)
        work.quotes = [replace(q, speaker=new_id, speaker_text=q.speaker_text if new_id else None,
                               corrected=True)
                       if q.speaker == actor.id and q.speaker_span == span else q
                       for q in work.quotes]
        return True
    return False


def _add_mention(work: _Working, c: AddMention) -> bool:
    span = work.span(c.span)
    if span is None:
        return False
    if c.actor is not None:
        target = work.resolve(c.actor)
        if target is None:
            return False
    else:
        if c.kind not in KIND_LABEL:
            return False
        new_id = work.fresh_id(span[0])
        target = Actor(new_id, c.name or " ".join(work.text[span[0]:span[1]].split()), c.kind, [], [],
                       corrected=True)
        work.actors[new_id] = target
    # The span now belongs to the target alone: overlapping mentions elsewhere give way.
    for actor in list(work.actors.values()):
        actor.mentions = [m for m in actor.mentions if not spans_overlap((m.start, m.end), span)]
        if not actor.mentions and actor is not target:
            del work.actors[actor.id]
    mention = Mention(span[0], span[1], work.text[span[0]:span[1]], KIND_LABEL[target.kind],
                      target.id, corrected=True)
    target.mentions.append(mention)
    target.corrected = True
    work.relink_entities(span, mention)
    return True


def _set_speaker(work: _Working, c: SetSpeaker) -> bool:
    span = work.span(c.quote)
    if span is None:
        return False
    overlapping = [q for q in work.quotes if spans_overlap((q.start, q.end), span)]
    if not overlapping:
        return False
    quote = max(overlapping, key=lambda q: min(q.end, span[1]) - max(q.start, span[0]))
    if c.speaker is None:
        fixed = replace(quote, speaker=None, speaker_text=None, speaker_span=None, corrected=True)
    else:
        speaker = work.resolve(c.speaker)
        if speaker is None:
            return False
        fixed = replace(quote, speaker=speaker.id, speaker_text=speaker.name, speaker_span=None,
                        corrected=True)
    work.quotes = [fixed if q is quote else q for q in work.quotes]
    return True
