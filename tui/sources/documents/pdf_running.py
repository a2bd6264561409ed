"""Running headers, footers and page numbers: the lines a PDF repeats at the edges of its pages."""

from __future__ import annotations

import re
from collections import Counter

from tui.sources.documents.pdf_lines import Line, Page, body_size

EDGE_BAND = 0.12  # headers and footers live in the top and bottom 12 % of a page
EDGE_LINES = 2  # …and are among the first or last two lines
RUNNING_SHARE = 0.4  # a line on 40 % of pages is running (alternating left/right headers are on 50 %)
PAGE_NUMBER = re.compile(
    r"^\s*(?:page|p\.|seite|pág\.?|página)?\s*[-–—(\[]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)\]]?"
    r"\s*(?:(?:of|/|von|de)\s*\d{1,4})?\s*$", re.IGNORECASE)


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
