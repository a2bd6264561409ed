"""The reader's selection and the units it grows by (words, sentences, paragraphs, spans).

Pure (no Textual): spans are ``(start, end)`` offsets into the article text, end exclusive.

A selection keeps the span it started on (its anchor: the mention under the cursor, or a
word) and a head that moves unit by unit. Moving forward first takes back what a backward
move added, then grows past the anchor's end; moving backward does the opposite. The anchor
is therefore always selected, and any move can be undone by the opposite move.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Sequence

from tui.core.layout import paragraphs

Span = tuple[int, int]

_WORD = re.compile(r"\w+(?:[’'\-.]\w+)*")
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’')\]]*\s+")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col",
                  "sgt", "capt", "jr", "sr", "vs", "etc", "mt", "ft", "inc", "ltd", "co", "corp"}
_BEFORE_NUMBERS = {"no", "nos", "vol", "p", "pp", "art"}  # "No. 10", "p. 4": abbreviations only there


def word_spans(text: str) -> list[Span]:
    return [m.span() for m in _WORD.finditer(text)]


def word_at(text: str, offset: int) -> Span:
    """The word at ``offset`` or the first one after it; a one-character span if there is none."""
    for match in _WORD.finditer(text, max(0, offset - 64)):
        if match.end() > offset:
            return match.span()
    offset = min(max(offset, 0), max(len(text) - 1, 0))
    return (offset, min(offset + 1, len(text)))


def _ends_sentence(text: str, stop: int, after: int) -> bool:
    """Whether the punctuation at ``stop`` ends a sentence whose next one starts at ``after``."""
    if after >= len(text):
        return True
    following = text[after]
    if not (following.isupper() or following.isdigit() or following in "“\"‘'([—–-"):
        return False
    if text[stop] != ".":
        return True
    before = re.search(r"(\w+)\.*$", text[max(0, stop - 12):stop + 1])
    word = before.group(1) if before else ""
    if word.casefold() in _ABBREVIATIONS:
        return False
    if word.casefold() in _BEFORE_NUMBERS and following.isdigit():
        return False
    return not (len(word) == 1 and word.isupper())  # an initial: "George W. Bush"


def sentence_spans(text: str) -> list[Span]:
    """Sentences inside paragraphs, without the whitespace between them."""
    out: list[Span] = []
    for start, end in paragraphs(text):
        begin = start
        for match in _SENTENCE_END.finditer(text, start, end):
            after = match.end()
            if _ends_sentence(text, match.start(), after):
                stop = match.start() + len(match.group().rstrip())
                out.append((begin, stop))
                begin = after
        if begin < end:
            out.append((begin, end))
    return [(s, e) for s, e in out if e > s]


def unit_at(units: Sequence[Span], offset: int) -> Span | None:
    """The unit that holds ``offset``, else the next one, else the last."""
    if not units:
        return None
    index = bisect_right([s for s, _ in units], offset) - 1
    if index >= 0 and units[index][0] <= offset < units[index][1]:
        return units[index]
    following = index + 1
    return units[following] if following < len(units) else units[-1]


@dataclass(frozen=True, slots=True)
class Selection:
    anchor_start: int
    anchor_end: int
    head: int  # anchor_end while nothing has been added to either side

    @classmethod
    def on(cls, start: int, end: int) -> "Selection":
        return cls(start, end, end)

    @property
    def span(self) -> Span:
        return (min(self.anchor_start, self.head), max(self.anchor_end, self.head))

    @property
    def start(self) -> int:
        return self.span[0]

    @property
    def end(self) -> int:
        return self.span[1]

    def extend(self, units: Sequence[Span], forward: bool) -> "Selection | None":
        """The selection one unit further (None if there is no unit that way)."""
        a_start, a_end, head = self.anchor_start, self.anchor_end, self.head
        if forward:
            if head < a_start:  # take back a backward extension
                starts = [s for s, _ in units if head < s < a_start]
                return Selection(a_start, a_end, min(starts) if starts else a_end)
            ends = [e for _, e in units if e > max(head, a_end)]
            return Selection(a_start, a_end, min(ends)) if ends else None
        if head > a_end:  # take back a forward extension
            ends = [e for _, e in units if a_end < e < head]
            return Selection(a_start, a_end, max(ends) if ends else a_end)
        starts = [s for s, _ in units if s < min(head, a_start)]
        return Selection(a_start, a_end, max(starts)) if starts else None

    @property
    def moving_end(self) -> int:
        """Where the last move left the head: the offset to keep on screen."""
        return self.head if self.head != self.anchor_end else self.anchor_start
