"""The reader's selection, grown and shrunk by units (words, sentences, paragraphs, spans:
``tui.core.reading.units``).

Pure (no Textual): spans are ``(start, end)`` offsets into the article text, end exclusive.

A selection keeps the span it started on (its anchor: the mention under the cursor, or a
word) and a head that moves unit by unit. Moving forward first takes back what a backward
move added, then grows past the anchor's end; moving backward does the opposite. The anchor
is therefore always selected, and any move can be undone by the opposite move.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

Span = tuple[int, int]


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
