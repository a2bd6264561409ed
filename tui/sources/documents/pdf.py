"""PDF: the text layer, read with PDFium (pypdfium2), laid out by ``pdf_layout``.

PDFium was measured against pdfminer.six (tests/bench_documents.py): it is many times faster
and gives the same reading order on the reports tried; see the module ``pdf_layout`` for how
lines become paragraphs.
"""

from __future__ import annotations

from tui.sources.documents.document import Document, DocumentError
from tui.sources.documents.pdf_layout import Line, Page, build

ERR_PASSWORD = 4  # PDFium's FPDF_ERR_PASSWORD
ERR_SECURITY = 5  # an unsupported security handler
MIN_CHARS = 20  # fewer characters than this in the whole file: a scan with no text layer
NOT_TITLES = ("untitled", "title", "document", "microsoft word", "slide 1", "powerpoint presentation")


def read_pdf(data: bytes, where: str) -> Document:
    import pypdfium2 as pdfium

    if b"%%EOF" not in data[-2048:]:
        raise DocumentError(f"{where}: the PDF is truncated (it ends before its last part; "
                            "was the download complete?)")
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
    if sum(len(ln.text.strip()) for p in pages for ln in p.lines) < MIN_CHARS:
        raise DocumentError(f"{where}: the PDF has no text to read (it is probably scanned pages "
                            "without a text layer; Byline does not do OCR)")
    return build(pages, title)


def _metadata_title(pdf) -> str | None:
    title = " ".join((pdf.get_metadata_value("Title") or "").split())
    lowered = title.lower()
    if (len(title) < 3 or lowered.startswith(NOT_TITLES)
            or lowered.endswith((".doc", ".docx", ".pdf", ".indd", ".tex", ".dvi", ".qxd"))):
        return None  # a placeholder or a file name left by the authoring tool
    return title


def _page(page) -> Page:
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        lines: list[Line] = []
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            text = textpage.get_text_bounded(left, bottom, right, top)
            if not text.strip():
                continue
            last = lines[-1] if lines else None
            if last is not None and _same_line(last, bottom, top, left):
                gap = " " if left - last.right > 0.15 * (top - bottom) and not last.text.endswith(" ") else ""
                lines[-1] = Line(last.text + gap + text, last.left, min(last.bottom, bottom),
                                 max(last.right, right), max(last.top, top))
            else:
                lines.append(Line(text, left, bottom, right, top))
        return Page(width, height, tuple(lines))
    finally:
        textpage.close()
        page.close()


def _same_line(last: Line, bottom: float, top: float, left: float) -> bool:
    """A rectangle continues the line before when they overlap vertically and it lies to the right."""
    overlap = min(last.top, top) - max(last.bottom, bottom)
    return overlap > 0.5 * min(last.height, top - bottom) and left >= last.right - 1.0
