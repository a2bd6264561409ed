"""Where an article's annotations are in its current text: ``Placements``.

``tui.core.annotations.place`` finds them (anchoring each annotation, which needs the anchoring
rules, and making a ``Placed`` for each); this type only holds the result, so the reader's empty
state before the annotations are read builds none of that.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.annotations import Annotation, Placed


@dataclass(slots=True)
class Placements:
    """The annotations of one article: those placed in its current text (in text order), and
    the orphans that could not be placed (oldest first), which are kept and listed, not lost."""

    placed: list[Placed] = field(default_factory=list)
    orphans: list[Annotation] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.placed) + len(self.orphans)

    def at(self, offset: int) -> list[Placed]:
        return [p for p in self.placed if p.start <= offset < p.end]

    def next_after(self, offset: int) -> Placed | None:
        return next((p for p in self.placed if p.start > offset), None)

    def previous_before(self, offset: int) -> Placed | None:
        return next((p for p in reversed(self.placed) if p.start < offset), None)
