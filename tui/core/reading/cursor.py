"""Where the cursor is: a span of the text and what kind of stop it sits on."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class CursorKind(StrEnum):
    MENTION = "mention"
    QUOTE = "quote"
    MATCH = "match"
    ANNOTATION = "annotation"


@dataclass(frozen=True, slots=True)
class Cursor:
    kind: CursorKind
    start: int
    end: int
    index: int  # among the stops of its kind

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(frozen=True, slots=True)
class Refused:
    """A move that cannot be made: a bell, and ``notice`` for the user if it needs explaining."""

    notice: str = ""
