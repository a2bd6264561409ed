"""Anchors in the manner of the W3C Web Annotation model, and finding them again in changed text.

An anchor keeps two selectors for one span of an article: a text-quote selector (the exact
text with up to ``CONTEXT`` characters either side) and a text-position selector (offsets,
Python ``str`` indices, end exclusive). When the text has changed, ``locate`` tries, in order:

1. the old position, if the text there is still ``exact`` with the same context around it;
2. every occurrence of ``exact``: the one whose prefix and suffix agree best, the nearest to
   the old position among equals;
3. a fuzzy match of context + quote (rapidfuzz), accepted only if the text found for the quote
   is still close to ``exact``.

Whatever none of these places is an orphan (``None``): callers keep it, never drop it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


CONTEXT = 32  # characters of prefix and suffix kept with each quote

POSITION = "position"
QUOTE = "quote"
FUZZY = "fuzzy"

# A fuzzy placement must keep this much of the quote (rapidfuzz ratio, 0..100): lower, and a
# rewritten sentence would be passed off as the one the reader annotated.
FUZZY_QUOTE_MIN = 75.0
# ...and the context + quote must be at least this recognisable where it is searched for.
FUZZY_REGION_MIN = 60.0
# How far from the old position the fuzzy search looks before trying the whole text.
FUZZY_WINDOW = 4096


class AnchorError(ValueError):
    """A span that cannot be anchored (empty, or outside the text)."""


@dataclass(frozen=True, slots=True)
class TextQuoteSelector:
    exact: str
    prefix: str = ""
    suffix: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"type": "TextQuoteSelector", "exact": self.exact, "prefix": self.prefix,
                "suffix": self.suffix}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "TextQuoteSelector":
        return cls(str(d["exact"]), str(d.get("prefix", "")), str(d.get("suffix", "")))


@dataclass(frozen=True, slots=True)
class TextPositionSelector:
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"type": "TextPositionSelector", "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "TextPositionSelector":
        return cls(int(d["start"]), int(d["end"]))


@dataclass(frozen=True, slots=True)
class Anchor:
    quote: TextQuoteSelector
    position: TextPositionSelector

    @property
    def exact(self) -> str:
        return self.quote.exact

    @property
    def start(self) -> int:
        return self.position.start

    @property
    def end(self) -> int:
        return self.position.end

    def selectors(self) -> list[dict[str, Any]]:
        """Both selectors, as W3C Web Annotation JSON."""
        return [self.quote.to_dict(), self.position.to_dict()]

    def to_dict(self) -> dict[str, Any]:
        return {"quote": self.quote.to_dict(), "position": self.position.to_dict()}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Anchor":
        return cls(TextQuoteSelector.from_dict(d["quote"]),
                   TextPositionSelector.from_dict(d["position"]))


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an anchor lies in the current text, and which step found it."""

    start: int
    end: int
    method: str  # POSITION, QUOTE or FUZZY


def anchor_span(text: str, start: int, end: int, context: int = CONTEXT) -> Anchor:
    """The anchor of ``text[start:end]``; an empty or out-of-range span is an ``AnchorError``."""
    if not (0 <= start < end <= len(text)):
        raise AnchorError(f"span {start}..{end} is not a non-empty part of a text of {len(text)} characters")
    quote = TextQuoteSelector(text[start:end], text[max(0, start - context):start],
                              text[end:end + context])
    return Anchor(quote, TextPositionSelector(start, end))


def locate(anchor: Anchor, text: str) -> Placement | None:
    """Where ``anchor`` is in ``text`` now, or ``None`` for an orphan."""
    exact = anchor.quote.exact
    if not exact:
        return None
    start, end = anchor.position.start, anchor.position.end
    if (0 <= start and end == start + len(exact) and text[start:end] == exact
            and _context_score(anchor.quote, text, start, end) == _full_context(anchor.quote)):
        return Placement(start, end, POSITION)
    found = _by_quote(anchor, text)
    if found is not None:
        return found
    return _by_fuzzy_match(anchor, text)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b)):
        if x != y:
            break
        n += 1
    return n


def _context_score(quote: TextQuoteSelector, text: str, start: int, end: int) -> int:
    """How many characters of the stored prefix and suffix agree with the text around a span."""
    before = text[max(0, start - len(quote.prefix)):start]
    after = text[end:end + len(quote.suffix)]
    return _common_suffix(quote.prefix, before) + _common_prefix(quote.suffix, after)


def _full_context(quote: TextQuoteSelector) -> int:
    return len(quote.prefix) + len(quote.suffix)


def _occurrences(needle: str, text: str) -> list[int]:
    found = []
    at = text.find(needle)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _by_quote(anchor: Anchor, text: str) -> Placement | None:
    exact = anchor.quote.exact
    starts = _occurrences(exact, text)
    if not starts:
        return None
    old = anchor.position.start
    best = max(starts, key=lambda s: (_context_score(anchor.quote, text, s, s + len(exact)), -abs(s - old)))
    return Placement(best, best + len(exact), QUOTE)


def _by_fuzzy_match(anchor: Anchor, text: str) -> Placement | None:
    quote = anchor.quote
    needle = quote.prefix + quote.exact + quote.suffix
    if not text or not needle:
        return None
    lo = max(0, anchor.position.start - FUZZY_WINDOW)
    hi = min(len(text), anchor.position.end + FUZZY_WINDOW)
    placed = _fuzzy_in(quote, needle, text, lo, hi)
    if placed is None and (lo > 0 or hi < len(text)):
        placed = _fuzzy_in(quote, needle, text, 0, len(text))
    return placed


def _fuzzy_in(quote: TextQuoteSelector, needle: str, text: str, lo: int, hi: int) -> Placement | None:
    from rapidfuzz import fuzz  # only when an annotation's text changed: not before the first paint

    haystack = text[lo:hi]
    if len(haystack) < len(needle):
        region_start, region_end = 0, len(haystack)
        if fuzz.ratio(needle, haystack) < FUZZY_REGION_MIN:
            return None
    else:
        found = fuzz.partial_ratio_alignment(needle, haystack, score_cutoff=FUZZY_REGION_MIN)
        if found is None:
            return None
        # The alignment has the needle's length; leave room for text inserted into the quote.
        slack = len(needle) // 4 + 8
        region_start = max(0, found.dest_start - slack)
        region_end = min(len(haystack), found.dest_end + slack)
    region = haystack[region_start:region_end]
    start = _map_offset(needle, region, len(quote.prefix), is_start=True)
    end = _map_offset(needle, region, len(quote.prefix) + len(quote.exact), is_start=False)
    # Whitespace gained at the edges is not part of what the reader selected.
    while start < end and region[start].isspace() and not quote.exact[:1].isspace():
        start += 1
    while end > start and region[end - 1].isspace() and not quote.exact[-1:].isspace():
        end -= 1
    if end <= start or fuzz.ratio(quote.exact, region[start:end]) < FUZZY_QUOTE_MIN:
        return None
    offset = lo + region_start
    return Placement(offset + start, offset + end, FUZZY)


def _map_offset(source: str, dest: str, offset: int, is_start: bool) -> int:
    """Carry an offset in ``source`` over to ``dest`` along their Levenshtein alignment.

    Text inserted exactly at the offset is left outside the span: after a start, before an end.
    """
    from rapidfuzz.distance import Levenshtein

    mapped = None
    for op in Levenshtein.opcodes(source, dest):
        if op.tag == "insert":
            if op.src_start == offset:
                mapped = op.dest_end if is_start else op.dest_start
                if not is_start:
                    return mapped
            continue
        if op.src_start <= offset < op.src_end:
            if op.tag == "equal":
                return op.dest_start + (offset - op.src_start)
            if op.tag == "replace":
                return op.dest_start + min(offset - op.src_start, op.dest_end - op.dest_start)
            return op.dest_start if mapped is None else mapped  # deleted text maps to where it was
        if offset == op.src_end == len(source):
            mapped = op.dest_end
    return mapped if mapped is not None else len(dest)
