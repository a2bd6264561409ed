"""PDF: the text layer, read with PDFium (pypdfium2), laid out by ``pdf_layout``.

PDFium was measured against pdfminer.six (tests/bench_documents.py), both feeding the same layout
step: PDFium is 9–16 times faster on generated reports and real manuals, rebuilds as many
paragraphs on one-column pages and more on two-column ones (114 against 108 of 116, pdfminer
tuned; 51 with its defaults), and needs no layout parameters. ``pdf_layout`` makes paragraphs.
"""

from __future__ import annotations

import re
import threading

from tui.sources.documents.document import Document, DocumentError
from tui.sources.documents.pdf_layout import Line, Page, build
from tui.sources.documents.pdf_lines import merge_fragments

ERR_PASSWORD = 4  # PDFium's FPDF_ERR_PASSWORD
ERR_SECURITY = 5  # an unsupported security handler
HYPHEN_MARKS = "\x02\ufffe"  # PDFium's mark for a hyphen at a line end (then no line break follows)
LINE_END = re.compile(r"\r\n|\r|\n|[\x02\ufffe]")
MIN_CHARS = 20  # fewer characters than this in the whole file: a scan with no text layer
PDFIUM_LOCK = threading.Lock()  # PDFium is not thread-safe; the reader may load files from workers
NOT_TITLES = ("untitled", "title", "document", "microsoft word", "slide 1", "powerpoint presentation")


def read_pdf(data: bytes, where: str) -> Document:
    if b"%%EOF" not in data[-2048:]:
        raise DocumentError(f"{where}: the PDF is truncated (it ends before its last part; "
                            "was the download complete?)")
    with PDFIUM_LOCK:
        pages, title = _read_pages(data, where)
    if sum(len(ln.text.strip()) for p in pages for ln in p.lines) < MIN_CHARS:
        raise DocumentError(f"{where}: the PDF has no text to read (it is probably scanned pages "
                            "without a text layer; Byline does not do OCR)")
    return build(pages, title)


def _read_pages(data: bytes, where: str) -> tuple[list[Page], str | None]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code == ERR_PASSWORD:
            raise DocumentError(f"{where}: the PDF is encrypted with a password; "
                                "Byline cannot open it") from None
        if exc.err_code == ERR_SECURITY:
            raise DocumentError(f"{where}: the PDF is protected by a security handler "
                                "Byline cannot open (DRM)") from None
        raise DocumentError(f"{where}: the PDF is damaged and cannot be read") from None
    try:
        pages = [_page(pdf[i]) for i in range(len(pdf))]
        title = _metadata_title(pdf)
    except pdfium.PdfiumError:
        raise DocumentError(f"{where}: the PDF is damaged and cannot be read") from None
    finally:
        pdf.close()
    return pages, title


def _metadata_title(pdf) -> str | None:
    title = " ".join((pdf.get_metadata_value("Title") or "").split())
    lowered = title.lower()
    if (len(title) < 3 or lowered.startswith(NOT_TITLES)
            or lowered.endswith((".doc", ".docx", ".pdf", ".indd", ".tex", ".dvi", ".qxd"))):
        return None  # a placeholder or a file name left by the authoring tool
    return title


def _page(page) -> Page:
    import pypdfium2.raw as raw

    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        if len(text) != count:  # PDFium left out or added characters: index them one by one
            text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i)) for i in range(count))
        lines = []
        for start, end in _line_spans(text):
            size = raw.FPDFText_GetFontSize(textpage, start)
            left, bottom, _, top = textpage.get_charbox(start, loose=True)
            _, last_bottom, right, last_top = textpage.get_charbox(end - 1, loose=True)
            lines.append(Line(text[start:end], left, min(bottom, last_bottom), right,
                              max(top, last_top), size))
        return Page(width, height, tuple(merge_fragments(lines)))
    finally:
        textpage.close()
        page.close()


def _line_spans(text: str):
    """(start, end) of each line of the page's text without the spaces around it. PDFium ends a
    line with CR LF, or with \x02 where it saw a hyphen at the line end (then no line break)."""
    start = 0
    for match in LINE_END.finditer(text + "\r\n"):
        end = match.start() + (1 if match.group() in HYPHEN_MARKS else 0)
        first = start
        while first < end and text[first].isspace():
            first += 1
        last = end
        while last > first and text[last - 1].isspace():
            last -= 1
        if last > first:
            yield first, last
        start = match.end()
