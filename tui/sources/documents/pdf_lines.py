"""The lines of a PDF page as the layout step sees them, and the measures all its rules use."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text on a page; PDF coordinates: y grows upwards, in points."""

    text: str
    left: float
    bottom: float
    right: float
    top: float
    size: float  # the font size, in points

    @property
    def height(self) -> float:
        return self.top - self.bottom


@dataclass(frozen=True, slots=True)
class Page:
    width: float
    height: float
    lines: tuple[Line, ...]


def body_size(pages: list[list[Line]]) -> float:
    """The font size of the body text: the most common one, weighted by characters."""
    weights: Counter = Counter()
    for lines in pages:
        for ln in lines:
            weights[round(ln.size, 1)] += len(ln.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def line_pitch(pages: list[list[Line]], body: float) -> float:
    """The usual distance between the tops of two consecutive body lines."""
    pitches = [a.top - b.top for lines in pages for a, b in zip(lines, lines[1:])
               if abs(a.size - body) < 0.2 * body and abs(b.size - body) < 0.2 * body
               and 0 < a.top - b.top < 3 * body]
    return statistics.median(pitches) if pitches else body * 1.2


def merge_fragments(lines: list[Line]) -> list[Line]:
    """Join pieces of one visual line that PDFium broke apart (a raised footnote mark or a change of
    font shifts the baseline, and PDFium starts a new line there)."""
    merged: list[Line] = []
    for line in lines:
        last = merged[-1] if merged else None
        if last is not None and line.left >= last.right - 1.0 and _same_row(last, line):
            gap = " " if line.left - last.right > 0.15 * min(last.size, line.size) else ""
            merged[-1] = Line(last.text + gap + line.text, last.left, min(last.bottom, line.bottom),
                              line.right, max(last.top, line.top), max(last.size, line.size))
        else:
            merged.append(line)
    return merged


def _same_row(a: Line, b: Line) -> bool:
    overlap = min(a.top, b.top) - max(a.bottom, b.bottom)
    return overlap > 0.5 * min(a.height, b.height)
