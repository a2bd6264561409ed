"""From the positioned lines of a PDF's pages to paragraphs: pure logic, no PDF library.

Running headers and footers (lines repeated at the top or bottom of many pages) and bare page
numbers are dropped; lines are joined into paragraphs where the layout shows no break (no
extra vertical gap, no indent, the line before ran to the margin); a word hyphenated across a
line end is joined; a line set larger than the body text is a heading.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from tui.sources.documents.document import Document, TextBuilder


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


EDGE_BAND = 0.12  # headers and footers live in the top and bottom 12 % of a page
EDGE_LINES = 2  # …and are among the first or last two lines
RUNNING_SHARE = 0.4  # a line on 40 % of pages is running (alternating left/right headers are on 50 %)
HEADING_SCALE = 1.18  # a line this much taller than the body text is a heading
HEADING_MAX_WORDS = 20
COLUMN_JUMP = 8  # body lines whose left edges differ by more (in line heights) are in two columns
GAP_SCALE = 1.45  # a gap this much over the usual line pitch starts a paragraph
SHORT_LINE = 0.85  # a line ending before 85 % of the column width may end a paragraph
PARAGRAPH_END = tuple(".!?:;\"”’)»…")

PAGE_NUMBER = re.compile(
    r"^\s*(?:page|p\.|seite|pág\.?|página)?\s*[-–—(\[]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)\]]?"
    r"\s*(?:(?:of|/|von|de)\s*\d{1,4})?\s*$", re.IGNORECASE)
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


def running_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def edge_lines(page: Page) -> list[Line]:
    """The lines that could be a header or a footer: first/last ones, inside the edge bands."""
    ordered = sorted(page.lines, key=lambda ln: -ln.top)
    top = [ln for ln in ordered[:EDGE_LINES] if ln.bottom >= page.height * (1 - EDGE_BAND)]
    bottom = [ln for ln in ordered[-EDGE_LINES:] if ln.top <= page.height * EDGE_BAND]
    return top + [ln for ln in bottom if ln not in top]


def drop_running(pages: list[Page]) -> list[list[Line]]:
    """Each page's lines without running headers, footers and bare page numbers."""
    edges = [edge_lines(p) for p in pages]
    seen = Counter(key for lines in edges for key in {running_key(ln.text) for ln in lines})
    threshold = max(2, RUNNING_SHARE * len(pages))
    body = body_size([list(p.lines) for p in pages])
    # Headers are set no larger than the text: "1. Introduction" at a page's top is a heading.
    small = [[ln for ln in lines if ln.size <= body * 1.05] for lines in edges]
    numbered = _numbering(small, threshold)
    kept = []
    for index, (page, candidates) in enumerate(zip(pages, edges)):
        drop = {id(ln) for ln in candidates if _set_apart(ln, page, candidates) and (
                PAGE_NUMBER.match(ln.text) or _lone_header(ln, page, body) or ln.size <= body * 1.05 and (
                    seen[running_key(ln.text)] >= threshold
                    or numbered is not None and index + numbered in _edge_numbers(ln.text)
                    and seen[running_key(ln.text)] >= 2))}  # a footnote numbered like its page is unique
        kept.append([ln for ln in page.lines if id(ln) not in drop])
    return kept


def _edge_numbers(text: str) -> set[int]:
    """The numbers a line starts or ends with ("4 Libtasn1", "Chapter 2: Syntax 3")."""
    found = re.findall(r"^\s*(\d{1,4})\b(?![.)])|\b(\d{1,4})\s*$", text)
    return {int(n) for pair in found for n in pair if n}


def _numbering(edges: list[list[Line]], threshold: float) -> int | None:
    """The offset between page index and printed page number, if edge lines carry page numbers
    (a header that changes with the chapter still carries the page's number)."""
    offsets = Counter(number - index for index, lines in enumerate(edges)
                      for number in set().union(*(_edge_numbers(ln.text) for ln in lines)))
    if not offsets:
        return None
    offset, count = offsets.most_common(1)[0]
    return offset if count >= threshold else None


def _set_apart(line: Line, page: Page, candidates: list[Line]) -> bool:
    """Headers and footers stand apart from the text: the gap to the nearest body line is more
    than the gap between lines (a table's first row repeated on each page is not a header)."""
    others = [ln for ln in page.lines if all(ln is not c for c in candidates)]
    if line.bottom >= page.height / 2:
        below = [ln.top for ln in others if ln.top <= line.bottom]
        return not below or line.bottom - max(below) > 0.8 * line.size
    above = [ln.bottom for ln in others if ln.bottom >= line.top]
    return not above or min(above) - line.top > 0.8 * line.size


def _lone_header(line: Line, page: Page, body: float) -> bool:
    """A header seen once (a short document): small type alone at the very top, well above the text."""
    if line.size >= 0.9 * body or line.bottom < page.height * (1 - EDGE_BAND):
        return False
    below = [ln.top for ln in page.lines if ln.top < line.bottom]
    return not below or line.bottom - max(below) > 2 * body


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
