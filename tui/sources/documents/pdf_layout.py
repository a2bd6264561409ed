"""From the positioned lines of a PDF's pages to paragraphs: pure logic, no PDF library.

After running headers, footers and page numbers are dropped (``pdf_running``), lines are joined
into paragraphs where the layout shows no break (no extra vertical gap, no indent, the line
before ran to the margin, no bullet); a word hyphenated across a line end is joined; a line set
larger than the body text is a heading; footnotes wait until the paragraph they cut has ended.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from tui.sources.documents.document import Document, TextBuilder
from tui.sources.documents.pdf_lines import Line, Page, body_size, line_pitch
from tui.sources.documents.pdf_running import drop_running

__all__ = ["Line", "Page", "build"]


HEADING_SCALE = 1.18  # a line this much taller than the body text is a heading
HEADING_MAX_WORDS = 20
COLUMN_JUMP = 8  # body lines whose left edges differ by more (in line heights) are in two columns
GAP_SCALE = 1.45  # a gap this much over the usual line pitch starts a paragraph
SHORT_LINE = 0.85  # a line ending before 85 % of the column width may end a paragraph
PARAGRAPH_END = tuple(".!?:;\"”’)»…")

NOTE_MARK = re.compile(r"(?:\d{1,3}|[*†‡§¶])[.)]?\s")  # how a footnote starts: "12 See…", "* Data…"
BULLET = re.compile(r"[•◦▪▫‣∙●○■□➢►✓✗]\s")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                           "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
SOFT_HYPHENS = ("\u00ad",)


def clean(text: str) -> str:
    # PDFium marks a hyphen at a line end (\x02, \ufffe); whether it joins a word is decided later.
    text = text.translate(LIGATURES).replace("\u00a0", " ").replace("\x02", "-").replace("\ufffe", "-")
    return "".join(ch for ch in text if ch >= " " or ch in SOFT_HYPHENS).strip()


class Hyphens:
    """Whether ``inter-`` + ``national`` is one word broken by a line end or a compound."""

    def __init__(self, pages: list[list[Line]]) -> None:
        self.words = Counter(w.lower() for lines in pages for ln in lines for w in WORD.findall(ln.text))

    def join(self, head: str, tail: str) -> str:
        """``head`` ends with "-", ``tail`` is the next line."""
        before = re.search(r"([^\W\d_]+)-$", head)
        after = re.match(r"([^\W\d_]+)", tail)
        if head[-2:-1].isspace():
            return head + " " + tail  # a dash set as " -", not a hyphen
        if not before or not after or not after.group(1)[0].islower():
            return head + tail  # Putin-Kim, COVID-19, 10-12: a hyphen before a capital or a digit stays
        whole = (before.group(1) + after.group(1)).lower()
        compound = f"{before.group(1)}-{after.group(1)}".lower()
        if self.words[compound] > self.words[whole]:
            return head + tail  # the compound is written so elsewhere in the document
        return head[:-1] + tail


@dataclass
class _Paragraph:
    lines: list[tuple[str, int]]  # each line's text and its page (0-based)
    heading: bool
    size: float


def columns(lines: list[Line], body: float, width: float) -> list[tuple[float, float]]:
    """The (left, right) of each column of body text on a page, left to right."""
    body_lines = sorted((ln for ln in lines if abs(ln.size - body) < 0.2 * body), key=lambda ln: ln.left)
    found: list[list[Line]] = []
    for line in body_lines:
        if found and line.left - found[-1][0].left < COLUMN_JUMP * body:
            found[-1].append(line)
        else:
            found.append([line])
    spans = [(group[0].left, max(ln.right for ln in group)) for group in found]
    return spans or [(0.0, width)]


def column_of(line: Line, spans: list[tuple[float, float]]) -> tuple[float, float]:
    return next((span for span in reversed(spans) if line.left >= span[0] - 2.0), spans[0])


def text_floor(pages: list[list[Line]], body: float) -> float | None:
    """How low body text goes on a full page: a column that ends well above it ended a paragraph."""
    bottoms = [min(ln.bottom for ln in lines if abs(ln.size - body) < 0.2 * body)
               for lines in pages if sum(abs(ln.size - body) < 0.2 * body for ln in lines) >= 10]
    return min(bottoms) if bottoms else None  # no full page to learn from


class _Flow:
    """Decides, line by line, whether a line continues the paragraph before it."""

    def __init__(self, pages: list[list[Line]]) -> None:
        self.body = body_size(pages)
        self.pitch = line_pitch(pages, self.body)
        self.floor = text_floor(pages, self.body)

    def is_heading(self, line: Line) -> bool:
        return line.size >= self.body * HEADING_SCALE and len(line.text.split()) <= HEADING_MAX_WORDS

    def continues(self, para: _Paragraph, prev: Line, prev_column: tuple[float, float] | None,
                  line: Line, column: tuple[float, float]) -> bool:
        # A new page or column: no gap to judge by, only the indent and how the line before ended.
        jumped = prev_column is None or column != prev_column or line.top > prev.top
        heading = self.is_heading(line)
        if heading != para.heading:
            return False
        if heading:  # a heading set on two lines
            return (not jumped and abs(line.size - prev.size) < 0.05 * prev.size
                    and 0 < prev.top - line.top < 2 * line.height)
        if jumped and self.floor is not None and prev.bottom - self.floor > 1.0 * self.pitch:
            return False  # the column before ended early: its paragraph ended there
        if not jumped and not (0 < prev.top - line.top <= self.pitch * GAP_SCALE):
            return False  # a blank line, or a figure between
        if column[0] + 1.2 * self.body < line.left < column[0] + 6 * self.body:
            return False  # a first-line indent
        if BULLET.match(line.text):
            return False  # a list item
        left, right = prev_column or column
        short = prev.right < left + SHORT_LINE * (right - left)
        return not (short and prev.text.rstrip().endswith(PARAGRAPH_END))


def footnote_lines(lines: list[Line], body: float) -> set[int]:
    """Small type below all the text of a page: footnotes (ids of their lines)."""
    lowest = min((ln.bottom for ln in lines if abs(ln.size - body) < 0.2 * body), default=None)
    if lowest is None:
        return set()
    return {id(ln) for ln in lines if ln.size < 0.9 * body and ln.top <= lowest}


def _note_continues(prev: Line, line: Line) -> bool:
    return not NOTE_MARK.match(line.text) and 0 <= prev.bottom - line.top < 0.8 * line.size


def paragraphs(pages: list[list[Line]], widths: list[float]) -> list[_Paragraph]:
    flow = _Flow(pages)
    found: list[_Paragraph] = []
    notes: list[_Paragraph] = []  # footnotes wait until the paragraph they interrupt has ended
    prev: Line | None = None
    for number, (lines, width) in enumerate(zip(pages, widths)):
        spans = columns(lines, flow.body, width)
        note_ids = footnote_lines(lines, flow.body)
        prev_column = prev_note = None
        for line in lines:
            if id(line) in note_ids:
                if prev_note is not None and _note_continues(prev_note, line):
                    notes[-1].lines.append((line.text, number))
                else:
                    notes.append(_Paragraph([(line.text, number)], False, line.size))
                prev_note = line
                continue
            column = column_of(line, spans)
            if found and prev is not None and flow.continues(found[-1], prev, prev_column, line, column):
                found[-1].lines.append((line.text, number))
            else:
                found.extend(notes)
                notes.clear()
                found.append(_Paragraph([(line.text, number)], flow.is_heading(line), line.size))
            prev, prev_column = line, column
    return found + notes


def join_lines(para: _Paragraph, hyphens: Hyphens) -> tuple[str, dict[int, int]]:
    """The paragraph's text and the offset in it of the first line of each of its pages."""
    text = ""
    breaks: dict[int, int] = {}
    for raw, page in para.lines:
        piece = " ".join(raw.split())
        if not text:
            text = piece
        elif text.endswith(SOFT_HYPHENS):
            text = text[:-1] + piece
        elif text.endswith("-"):
            text = hyphens.join(text, piece)
        else:
            text = text + " " + piece
        breaks.setdefault(page, len(text) - len(piece))
    return text, breaks


def build(pages: list[Page], metadata_title: str | None) -> Document:
    """The document's text, pages and headings; ``metadata_title`` wins over the first heading."""
    kept = [[Line(clean(ln.text), ln.left, ln.bottom, ln.right, ln.top, ln.size) for ln in lines]
            for lines in drop_running(pages)]
    kept = [[ln for ln in lines if ln.text] for lines in kept]
    hyphens = Hyphens(kept)
    out = TextBuilder()
    starts: list[int | None] = [None] * len(pages)
    found = paragraphs(kept, [p.width for p in pages])
    # Heading levels follow type size: the largest headings are level 1.
    sizes = sorted({round(p.size) for p in found if p.heading}, reverse=True)
    for para in found:
        text, breaks = join_lines(para, hyphens)
        start = out.next_start()
        if para.heading:
            out.heading(text, min(sizes.index(round(para.size)) + 1, 3))
        else:
            out.paragraph(text)
        for page, offset in breaks.items():
            if starts[page] is None:
                starts[page] = start + offset
    page_starts = _fill(starts, out.length)
    # A heading deep in the document is a section's, not the document's title.
    early = page_starts[2] if len(page_starts) > 2 else out.length
    first = next((h.text for h in out.headings if h.start < early), None)
    return Document(out.text(), metadata_title or first, "pdf", tuple(page_starts), tuple(out.headings))


def _fill(starts: list[int | None], length: int) -> list[int]:
    """A page without text starts where the next page's text does."""
    filled: list[int] = []
    following = length
    for value in reversed(starts):
        following = value if value is not None else following
        filled.append(following)
    return filled[::-1]
