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
GAP_SCALE = 1.45  # a gap this much over the usual line pitch starts a paragraph
SHORT_LINE = 0.85  # a line ending before 85 % of the column width may end a paragraph
PARAGRAPH_END = tuple(".!?:;\"”’)»…")

PAGE_NUMBER = re.compile(
    r"^\s*(?:page|p\.|seite|pág\.?|página)?\s*[-–—(\[]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)\]]?"
    r"\s*(?:(?:of|/|von|de)\s*\d{1,4})?\s*$", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                           "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
SOFT_HYPHENS = ("\u00ad", "\x02")  # PDFium reports a hyphen it judged soft as \x02


def clean(text: str) -> str:
    text = text.translate(LIGATURES).replace("\u00a0", " ")
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
    kept = []
    for page, candidates in zip(pages, edges):
        drop = {id(ln) for ln in candidates
                if PAGE_NUMBER.match(ln.text) or seen[running_key(ln.text)] >= threshold}
        kept.append([ln for ln in page.lines if id(ln) not in drop])
    return kept


def body_height(pages: list[list[Line]]) -> float:
    """The height of the body text: the most common line height, weighted by characters."""
    weights: Counter = Counter()
    for lines in pages:
        for ln in lines:
            weights[round(ln.height, 1)] += len(ln.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def line_pitch(pages: list[list[Line]], body: float) -> float:
    """The usual distance between the tops of two consecutive body lines."""
    pitches = [a.top - b.top for lines in pages for a, b in zip(lines, lines[1:])
               if abs(a.height - body) < 0.2 * body and abs(b.height - body) < 0.2 * body
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
        if not before or not after or not after.group(1)[0].islower():
            return head + tail if head.endswith("-") and tail[:1].isdigit() else head + " " + tail
        whole = (before.group(1) + after.group(1)).lower()
        compound = f"{before.group(1)}-{after.group(1)}".lower()
        if self.words[compound] > self.words[whole]:
            return head + tail  # the compound is written so elsewhere in the document
        return head[:-1] + tail


@dataclass
class _Paragraph:
    lines: list[tuple[str, int]]  # each line's text and its page (0-based)
    heading: bool


def paragraphs(pages: list[list[Line]], widths: list[float]) -> list[_Paragraph]:
    body = body_height(pages)
    pitch = line_pitch(pages, body)
    found: list[_Paragraph] = []
    prev: Line | None = None
    for number, (lines, width) in enumerate(zip(pages, widths)):
        body_lines = [ln for ln in lines if abs(ln.height - body) < 0.2 * body]
        column_left = min((ln.left for ln in body_lines), default=0.0)
        column_right = max((ln.right for ln in body_lines), default=width)
        for i, line in enumerate(lines):
            heading = line.height >= body * HEADING_SCALE and len(line.text.split()) <= HEADING_MAX_WORDS
            if found and _continues(found[-1], prev, line, heading, i == 0, pitch, body,
                                    column_left, column_right):
                found[-1].lines.append((line.text, number))
            else:
                found.append(_Paragraph([(line.text, number)], heading))
            prev = line
    return found


def _continues(para: _Paragraph, prev: Line | None, line: Line, heading: bool, first_on_page: bool,
               pitch: float, body: float, column_left: float, column_right: float) -> bool:
    if prev is None or heading != para.heading:
        return False
    if heading:  # a heading set on two lines
        return not first_on_page and 0 < prev.top - line.top < 2 * line.height
    if not first_on_page and not (0 < prev.top - line.top <= pitch * GAP_SCALE):
        return False  # a blank line, or a jump (a new column, a figure)
    if column_left + 1.2 * body < line.left < column_left + 6 * body:
        return False  # a first-line indent
    short = prev.right < column_left + SHORT_LINE * (column_right - column_left)
    return not (short and prev.text.rstrip().endswith(PARAGRAPH_END))


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
    kept = [[Line(clean(ln.text), ln.left, ln.bottom, ln.right, ln.top) for ln in lines]
            for lines in drop_running(pages)]
    kept = [[ln for ln in lines if ln.text] for lines in kept]
    hyphens = Hyphens(kept)
    out = TextBuilder()
    starts: list[int | None] = [None] * len(pages)
    for para in paragraphs(kept, [p.width for p in pages]):
        text, breaks = join_lines(para, hyphens)
        start = out.next_start()
        if para.heading:
            out.heading(text)
        else:
            out.paragraph(text)
        for page, offset in breaks.items():
            if starts[page] is None:
                starts[page] = start + offset
    title = metadata_title or (out.headings[0].text if out.headings else None)
    return Document(out.text(), title, "pdf", tuple(_fill(starts, out.length)), tuple(out.headings))


def _fill(starts: list[int | None], length: int) -> list[int]:
    """A page without text starts where the next page's text does."""
    filled: list[int] = []
    following = length
    for value in reversed(starts):
        following = value if value is not None else following
        filled.append(following)
    return filled[::-1]
