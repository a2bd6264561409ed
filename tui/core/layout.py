"""The article wrapped into display lines: pure, so it can be tested without a terminal.

A display line is a ``(start, end)`` pair of character offsets into the article text (end
exclusive), so the view can map a screen row back to the text and a mention forward to a
row. Widths are measured in terminal cells (``rich.cells``), so wide characters wrap right.

Paragraphs are separated by blank lines. In a text that has blank lines, a single newline is
a soft break inside a paragraph (hard-wrapped text is reflowed); a text without any blank
line has one paragraph per line. Paragraphs are shown with exactly one blank line between.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Sequence

from rich.cells import cell_len, get_character_cell_size

from tui.core.paragraphs import paragraph_spans as paragraphs  # one rule with the analysis

Line = tuple[int, int]

_TOKEN = re.compile(r"\S+|\s+")

# Characters one cell wide that are not whitespace (checked against rich in the tests), and the
# whitespace one cell wide (ASCII's, and the no-break space that news text is full of): a
# paragraph made only of these (most prose, curly quotes and dashes included) is wrapped by
# ``_wrap_narrow`` with string searches instead of a token at a time: a 300k-word text was 0.5 s
# of layout before the first paint.
NARROW = "\x20-\x7e\xa1-\xac\xae-\u02ff\u0370-\u0482\u2010-\u2027\u2030-\u205e\u20a0-\u20c0"
_NARROW_PARAGRAPH = re.compile(f"[{NARROW}\t\n\x0b\x0c\r\x1c-\x1f\xa0]*")
_ONE_CELL_SPACE = re.compile(r"[\t\n\x0b\x0c\r\x1c-\x1f\xa0]")


def wrap_paragraph(text: str, start: int, end: int, width: int) -> list[Line]:
    """Greedy word wrap of ``text[start:end]`` into lines at most ``width`` cells wide.

    Whitespace at a break belongs to no line; a word wider than the line is broken
    between characters.
    """
    width = max(width, 1)
    if _NARROW_PARAGRAPH.fullmatch(text, start, end):
        return _wrap_narrow(text, start, end, width)
    return wrap_tokens(text, start, end, width)


def wrap_tokens(text: str, start: int, end: int, width: int) -> list[Line]:
    """The general rule of ``wrap_paragraph``, a token at a time, for any characters."""
    lines: list[Line] = []
    line_start: int | None = None
    line_end = start
    used = 0
    pending_space = 0  # cells of whitespace between the last word and the next
    for match in _TOKEN.finditer(text, start, end):
        token_start, token_end = match.span()
        token = match.group()
        if token[0].isspace():
            if line_start is not None:
                # Controls that are whitespace and the no-break space are drawn a cell each (the fast rule's count).
                pending_space = len(token) if token.isascii() else cell_len(_ONE_CELL_SPACE.sub(" ", token))
            continue
        token_cells = cell_len(token)
        if line_start is not None and used + pending_space + token_cells <= width:
            used += pending_space + token_cells
            line_end = token_end
            pending_space = 0
            continue
        if line_start is not None:
            lines.append((line_start, line_end))
            line_start = None
        pending_space = 0
        pos = token_start
        while token_cells > width:
            cut, cut_cells = _fit(text, pos, token_end, width)
            lines.append((pos, cut))
            pos = cut
            token_cells -= cut_cells
        if pos < token_end:
            line_start, used, line_end = pos, token_cells, token_end
    if line_start is not None:
        lines.append((line_start, line_end))
    return lines


def _wrap_narrow(text: str, start: int, end: int, width: int) -> list[Line]:
    """``wrap_paragraph`` where every character is one cell: a line runs from a word's start to
    the end of the last word that ends within ``width`` characters (a longer word is cut)."""
    flat = _ONE_CELL_SPACE.sub(" ", text[start:end])  # same length: every whitespace is one space
    size = len(flat)
    lines: list[Line] = []
    pos = size - len(flat.lstrip(" "))
    while pos < size:
        limit = pos + width
        if limit >= size:
            lines.append((start + pos, start + len(flat.rstrip(" "))))
            break
        if flat[limit] == " ":
            line_end = pos + len(flat[pos:limit].rstrip(" "))
        else:
            space = flat.rfind(" ", pos, limit)
            line_end = limit if space < 0 else pos + len(flat[pos:space].rstrip(" "))
        lines.append((start + pos, start + line_end))
        pos = line_end
        while pos < size and flat[pos] == " ":
            pos += 1
    return lines


def _fit(text: str, start: int, end: int, width: int) -> tuple[int, int]:
    """The end of the longest run from ``start`` that fits ``width`` cells (at least one char)."""
    used = 0
    pos = start
    while pos < end:
        size = get_character_cell_size(text[pos])
        if used + size > width and pos > start:
            break
        used += size
        pos += 1
    return pos, used


def wrap(text: str, width: int) -> list[Line]:
    """Display lines of the whole text: wrapped paragraphs with one empty line between them.

    An empty line is ``(offset, offset)`` where ``offset`` is the end of the paragraph above,
    so the starts of all lines never decrease.
    """
    lines: list[Line] = []
    for start, end in paragraphs(text):
        if lines:
            gap = lines[-1][1]
            lines.append((gap, gap))
        lines.extend(wrap_paragraph(text, start, end, width))
    return lines


@dataclass
class Layout:
    """The wrapped article at one width, with lookups both ways."""

    text: str
    width: int
    lines: list[Line] = field(init=False)
    starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.lines = wrap(self.text, self.width)
        self.starts = [start for start, _ in self.lines]

    def __len__(self) -> int:
        return len(self.lines)

    def line_of(self, offset: int) -> int:
        """The display line that shows the character at ``offset`` (or the nearest one before)."""
        if not self.lines:
            return 0
        index = bisect_right(self.starts, offset) - 1
        index = max(index, 0)
        # Several lines may start at the same offset (an empty separator and the next line).
        while index + 1 < len(self.lines) and self.lines[index][0] == self.lines[index][1] \
                and self.starts[index + 1] <= offset:
            index += 1
        return index

    def offset_at(self, line: int, cell: int) -> int | None:
        """The character drawn at cell ``cell`` of display line ``line``, if any."""
        if not 0 <= line < len(self.lines) or cell < 0:
            return None
        start, end = self.lines[line]
        used = 0
        for pos in range(start, end):
            size = get_character_cell_size(self.text[pos]) if self.text[pos] != "\n" else 1
            if used <= cell < used + size:
                return pos
            used += size
        return None


class SpanIndex:
    """Spans sorted by start, with a fast query for those that overlap a range."""

    def __init__(self, spans: Sequence[Line]) -> None:
        self.spans = sorted(spans)
        # Running maximum of the ends: a span before index i cannot reach past max_ends[i-1].
        self.max_ends = list(accumulate((end for _, end in self.spans), max))
        self.starts = [start for start, _ in self.spans]

    def __len__(self) -> int:
        return len(self.spans)

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indexes of the spans that share at least one character with ``[start, end)``."""
        first = bisect_right(self.max_ends, start)
        last = bisect_left(self.starts, end)
        return [i for i in range(first, last) if self.spans[i][1] > start]
