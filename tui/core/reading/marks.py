"""The marks beside the text: annotation icons in the right margin and the overview column."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Callable, Iterable

from tui.core.annotation_kinds import BOOKMARK, CORRECTION, HIGHLIGHT, NOTE, TAG

if TYPE_CHECKING:
    from tui.core.annotations import Placed

KIND_ICONS = {HIGHLIGHT: "▍", NOTE: "✎", TAG: "#", BOOKMARK: "⚑", CORRECTION: "✓"}
KIND_NAMES = {HIGHLIGHT: "Highlight", NOTE: "Note", TAG: "Tags", BOOKMARK: "Bookmark",
              CORRECTION: "Correction"}
# On a line where several start, a note wins over a bookmark, which wins over tags.
_MARK_ORDER = (KIND_ICONS[NOTE], KIND_ICONS[BOOKMARK], KIND_ICONS[TAG])


def annotation_mark(placed: Placed) -> str | None:
    """The margin mark of a line where an annotation starts: notes and bookmarks stand out."""
    ann = placed.annotation
    if ann.note:
        return KIND_ICONS[NOTE]
    if ann.kind == BOOKMARK:
        return KIND_ICONS[BOOKMARK]
    if ann.kind == TAG or ann.tags:
        return KIND_ICONS[TAG]
    return None


def margin_marks(placed: Iterable[Placed], line_of: Callable[[int], int]) -> dict[int, str]:
    """Display line -> the mark shown in the margin beside it."""
    marks: dict[int, str] = {}
    for p in placed:
        mark = annotation_mark(p)
        if mark is None:
            continue
        line = line_of(p.start)
        held = marks.get(line)
        if held is None or _MARK_ORDER.index(mark) < _MARK_ORDER.index(held):
            marks[line] = mark
    return marks


def overview_marked(row: int, height: int, total_lines: int, actor_lines: list[int]) -> bool:
    """Whether screen ``row`` of the overview column (each row stands for an equal share of the
    ``total_lines``) holds one of the sorted ``actor_lines``."""
    if not actor_lines:
        return False
    height, total = max(height, 1), max(total_lines, 1)
    first = row * total // height
    last = max((row + 1) * total // height, first + 1)
    i = bisect_left(actor_lines, first)
    return i < len(actor_lines) and actor_lines[i] < last


def contains(sorted_values: list[int], value: int) -> bool:
    i = bisect_left(sorted_values, value)
    return i < len(sorted_values) and sorted_values[i] == value
