"""The mention cursor's moves, as pure functions over sorted ``(start, end)`` spans.

The reader has one cursor, which sits on a span of the text: an actor's mention, a quote or
a search match. Every move is "the first stop after the cursor" or "the last stop before it"
in text order, so a cursor on a quote can move to the next mention and vice versa.
Without a cursor the origin is a plain offset (the top of the screen), written as the
span ``(offset, -1)`` so that a stop starting exactly there counts as "after".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Sequence

Span = tuple[int, int]

DENSITY_BLOCKS = " ▁▂▃▄▅▆▇█"


def origin(offset: int) -> Span:
    """A cursor position just before ``offset``: the next stop may start at ``offset``."""
    return (offset, -1)


def following(stops: Sequence[Span], cursor: Span) -> int | None:
    """Index of the first stop after ``cursor`` (no wrapping), or None at the end."""
    index = bisect_right(stops, cursor)
    return index if index < len(stops) else None


def preceding(stops: Sequence[Span], cursor: Span) -> int | None:
    """Index of the last stop before ``cursor`` (no wrapping), or None at the start."""
    index = bisect_left(stops, cursor) - 1
    return index if index >= 0 else None


def cycle_next(stops: Sequence[Span], cursor: Span) -> int | None:
    """The next stop after ``cursor``, back to the first one after the last."""
    if not stops:
        return None
    index = following(stops, cursor)
    return 0 if index is None else index


def cycle_prev(stops: Sequence[Span], cursor: Span) -> int | None:
    """The previous stop before ``cursor``, round to the last one before the first."""
    if not stops:
        return None
    index = preceding(stops, cursor)
    return len(stops) - 1 if index is None else index


def containing(stops: Sequence[Span], offset: int) -> int | None:
    """Index of the stop that covers ``offset`` (the innermost one if they nest)."""
    index = bisect_right(stops, (offset, float("inf"))) - 1
    best = None
    while index >= 0:
        start, end = stops[index]
        if start <= offset < end:
            if best is None or end - start < stops[best][1] - stops[best][0]:
                best = index
        if offset - start > 10_000:  # no mention is that long; stop scanning
            break
        index -= 1
    return best


def position_label(index: int, count: int) -> str:
    """``"2/6"``: the 1-based place of a stop among ``count``."""
    return f"{index + 1}/{count}"


def find_all(text: str, query: str) -> list[Span]:
    """Case-insensitive, non-overlapping matches of ``query`` as spans of ``text``."""
    if not query:
        return []
    return [m.span() for m in re.finditer(re.escape(query), text, re.IGNORECASE)]


def density_strip(starts: Sequence[int], length: int, cells: int = 16) -> str:
    """Where in a text of ``length`` characters the offsets fall, as ``cells`` block characters.

    Each cell covers an equal share of the text; its block is as tall as the cell's count
    relative to the fullest cell, and any cell with a mention shows at least the lowest block.
    """
    if cells <= 0:
        return ""
    counts = [0] * cells
    for start in starts:
        cell = min(cells - 1, max(0, start * cells // max(length, 1)))
        counts[cell] += 1
    peak = max(counts)
    if peak == 0:
        return DENSITY_BLOCKS[0] * cells
    top = len(DENSITY_BLOCKS) - 1
    return "".join(DENSITY_BLOCKS[0] if c == 0 else DENSITY_BLOCKS[max(1, round(c * top / peak))]
                   for c in counts)
