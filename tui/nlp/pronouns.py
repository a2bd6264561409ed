"""Third-person pronouns linked to a person, only where the text leaves one choice.

Gender comes from honorifics (Mr, Ms) alone, never from first names. A pronoun is
linked when exactly one person mentioned in its paragraph or the one before agrees
with it; otherwise it stays unlinked.
"""

from __future__ import annotations

import bisect

from tui.core.model import PERSON, Actor, Mention
from tui.core.quotemarks import ParagraphIndex, QuotedSpans
from tui.nlp.lexicon import PRONOUN_GENDER

SINGULAR = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}


class PronounLinker:
    """The named people of the whole text, looked up for the pronouns of one part at a time."""

    def __init__(self, actors: list[Actor], gender: dict[str, str | None], quoted: QuotedSpans,
                 paragraphs: ParagraphIndex) -> None:
        people = {a.id for a in actors if a.kind == PERSON}
        self.named = sorted(((m.start, m.actor) for a in actors if a.id in people
                             for m in a.mentions if not m.inferred), key=lambda x: x[0])
        self.named_starts = [s for s, _ in self.named]
        self.gender = gender
        self.quoted = quoted
        self.paragraphs = paragraphs

    def link(self, doc) -> list[Mention]:
        named, named_starts, gender, paragraphs = self.named, self.named_starts, self.gender, self.paragraphs
        found: list[Mention] = []
        for tok in doc:
            low = tok.lower_
            if low not in SINGULAR or tok.pos_ != "PRON":
                continue
            if self.quoted.contains(tok.idx):
                continue  # inside a quote "he" is someone the speaker talks about
            p = paragraphs.of(tok.idx)
            window_start = paragraphs.spans[max(p - 1, 0)][0]
            lo = bisect.bisect_left(named_starts, window_start)
            hi = bisect.bisect_left(named_starts, tok.idx)
            candidates = {aid for _, aid in named[lo:hi]}
            want = PRONOUN_GENDER[low]
            agreeing = {aid for aid in candidates if gender.get(aid) == want}
            unknown = {aid for aid in candidates if gender.get(aid) is None}
            if len(agreeing) == 1 and not unknown:
                choice = next(iter(agreeing))
            elif not agreeing and len(unknown) == 1 and len(candidates) == 1:
                choice = next(iter(unknown))
            else:
                continue
            found.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "PERSON", choice, inferred=True))
        return found
