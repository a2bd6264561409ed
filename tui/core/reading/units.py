"""The spans a selection grows by: words, sentences, paragraphs (of the text) and entities.

Pure (no Textual): spans are ``(start, end)`` offsets into the article text, end exclusive."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Sequence

from tui.core.layout import paragraphs

Span = tuple[int, int]

WORD, SENTENCE, PARAGRAPH, ENTITY = "word", "sentence", "paragraph", "entity"

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


class TextUnits:
    """Word, sentence and paragraph spans of one text, computed once on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._spans: dict[str, list[Span]] = {}

    def __call__(self, unit: str) -> list[Span]:
        if unit not in self._spans:
            split = {WORD: word_spans, SENTENCE: sentence_spans, PARAGRAPH: paragraphs}[unit]
            self._spans[unit] = split(self.text)
        return self._spans[unit]
