"""Word (.docx): paragraphs and tables' text in body order, heading styles as headings."""

from __future__ import annotations

import re

from tui.sources.documents.archive import DAMAGED, open_zip, read_member
from tui.sources.documents.document import Document, DocumentError, TextBuilder

KIND = "Word"
HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|título|titolo)\s*(\d)$", re.IGNORECASE)


def read_docx(data: bytes, where: str) -> Document:
    import io

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    with open_zip(data, where, KIND) as archive:  # checks the sizes before python-docx unpacks
        read_member(archive, "word/document.xml", where, KIND)
    try:
        document = docx.Document(io.BytesIO(data))
        return _read(document, where)
    except DocumentError:
        raise
    except (PackageNotFoundError, KeyError, SyntaxError, *DAMAGED):  # SyntaxError: lxml's XML errors
        raise DocumentError(f"{where}: the Word file is damaged and cannot be read") from None


def _read(document, where: str) -> Document:
    out = TextBuilder()
    title_style = None
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):  # a table: each cell's text is a paragraph
            for row in block.rows:
                for cell in _unique_cells(row):
                    out.paragraph(cell.text)
            continue
        style = (block.style.name if block.style is not None else "") or ""
        text = block.text
        level = _heading_level(style)
        if level is None:
            out.paragraph(text)
            continue
        if level == 0 and title_style is None and text.strip():
            title_style = " ".join(text.split())
        out.heading(text, max(level, 1))
    text = out.text()
    if not text.strip():
        raise DocumentError(f"{where}: the Word document has no text to read")
    core_title = " ".join((document.core_properties.title or "").split())
    title = core_title or title_style or (out.headings[0].text if out.headings else None)
    return Document(text, title, "docx", (), tuple(out.headings))


def _heading_level(style: str) -> int | None:
    """0 for the Title style, 1–9 for Heading 1–9, None for body text."""
    if style.strip().lower() == "title":
        return 0
    match = HEADING_STYLE.match(style.strip())
    return int(match.group(1)) if match else None


def _unique_cells(row):
    """A merged cell appears once per grid column it spans; its text is kept once."""
    seen = set()
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            yield cell
