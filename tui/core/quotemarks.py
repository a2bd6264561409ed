"""Find quoted passages by their marks, tolerating real-world mess.

Marks are judged by their surroundings rather than their glyph, because published
text writes closing marks as opening ones (``return “.``), mixes straight and curly
marks, leaves a paragraph's quote unclosed when the quote goes on in the next
paragraph, uses ’ as an apostrophe, and (in wire and newspaper style) writes a double mark as
two apostrophes ``''…''``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from tui.core.paragraphs import paragraph_spans

DOUBLE_MARKS = "\"“”„‟«»"
OPENERS_BEFORE = "([{—–-/:;"  # a mark right after these opens a quote
CLOSERS_AFTER = ".,;:!?)]}—–-…"  # a mark right before these closes one


@dataclass(frozen=True, slots=True)
class Marked:
    """A passage between quote marks: ``start``/``end`` exclude the marks."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # None when the paragraph ended with the quote still open
    continues: bool = False  # opens a paragraph that continues the previous unclosed quote

    @property
    def extent(self) -> tuple[int, int]:
        """The passage with its marks: from the opening mark past the closing one (or its end)."""
        return self.open_mark, (self.close_mark if self.close_mark is not None else self.end) + 1


class ParagraphIndex:
    """The paragraphs of a text, and which one holds an offset."""

    def __init__(self, text: str) -> None:
        self.spans = paragraph_spans(text)
        self._starts = [s for s, _ in self.spans]

    def of(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) - 1


class QuotedSpans:
    """The extents of quoted passages, for "is this inside a quote?" questions."""

    def __init__(self, marked: list[Marked]) -> None:
        self.spans = [m.extent for m in marked]
        self._starts = [s for s, _ in self.spans]

    def contains(self, offset: int) -> bool:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i >= 0 and self.spans[i][0] <= offset < self.spans[i][1]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, end) - 1
        while i >= 0 and self.spans[i][1] > start:
            if self.spans[i][0] < end:
                return True
            i -= 1
        return False


def _can_open(text: str, i: int, limit: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < limit else " "
    return (before.isspace() or before in OPENERS_BEFORE or before in DOUBLE_MARKS) and not after.isspace()


def _can_close(text: str, i: int, limit: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < limit else " "
    return not before.isspace() or after.isspace() or after in CLOSERS_AFTER


def _double_marks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(offset, width) of every double mark: a glyph, or two apostrophes standing for one."""
    marks = []
    i = start
    while i < end:
        c = text[i]
        if c in DOUBLE_MARKS:
            marks.append((i, 1))
        elif c == "'" and text[i + 1:i + 2] == "'" and i + 1 < end:
            marks.append((i, 2))
            i += 1
        i += 1
    return marks


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _single_quotes(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """British-style ‘…’ quotes: (open mark, close mark) pairs; ’ inside words is an apostrophe."""
    found = []
    i = start
    while True:
        i = text.find("‘", i, end)
        if i < 0:
            return found
        before = text[i - 1] if i > start else " "
        if not (before.isspace() or before in OPENERS_BEFORE):
            i += 1
            continue
        j = i + 1
        close = None
        fallback = None  # a possessive-looking mark, the close if no better one follows
        while j < end:
            j = text.find("’", j, end)
            if j < 0:
                break
            after = text[j + 1] if j + 1 < end else " "
            # "the doctors’ leaders": a plural possessive, not the end of the quote.
            possessive = text[j - 1] == "s" and after == " " and text[j + 2:j + 3].islower()
            if not after.isalnum() and not possessive:
                close = j
                break
            if possessive and fallback is None:
                fallback = j
            j += 1
        if close is None:
            close = fallback
        if close is None:
            return found
        found.append((i, close, 0))
        i = close + 1


def _outermost(passages: list[Marked]) -> list[Marked]:
    """A passage inside another (‘… a “fantasy” …’) is part of it, not a quote of its own."""
    passages.sort(key=lambda m: (m.open_mark, -(m.end - m.start)))
    kept: list[Marked] = []
    for m in passages:
        if kept and m.open_mark < (kept[-1].close_mark if kept[-1].close_mark is not None
                                   else kept[-1].end):
            continue
        kept.append(m)
    return kept


def find_marked(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Marked]:
    """Every quoted passage in the text, in order (``paragraphs``: its paragraph_spans, if known)."""
    found: list[Marked] = []
    carried = False  # the previous paragraph ended inside a quote
    for p_start, p_end in (paragraphs if paragraphs is not None else paragraph_spans(text)):
        open_at: int | None = None
        paragraph_found: list[Marked] = []
        marks = _double_marks(text, p_start, p_end)
        singles = []
        for o, c, _ in _single_quotes(text, p_start, p_end):
            s, e = _trimmed(text, o + 1, c)
            if e > s:
                singles.append(Marked(s, e, o, c))
        open_width = 1
        for i, width in marks:
            if open_at is None:
                if _can_open(text, i, p_end, width):
                    open_at, open_width = i, width
            elif _can_close(text, i, p_end, width):
                s, e = _trimmed(text, open_at + open_width, i)
                if e > s:
                    is_first = not paragraph_found and text[p_start:open_at].strip() == ""
                    # close_mark is the mark's last character, so extent ends just past it
                    paragraph_found.append(Marked(s, e, open_at, i + width - 1, carried and is_first))
                open_at = None
        unclosed = open_at is not None
        if unclosed:
            s, e = _trimmed(text, open_at + open_width, p_end)
            is_first = not paragraph_found and text[p_start:open_at].strip() == ""
            if e > s:
                paragraph_found.append(Marked(s, e, open_at, None, carried and is_first))
        found.extend(_outermost(paragraph_found + singles))
        carried = unclosed
    return found
