"""Reports as well as news: the text of PDF, EPUB, Word (.docx) and saved web page (.html) files.

    document = read_document(Path("report.pdf"))    # DocumentError with one clear sentence
    document.text, document.title, document.pages, document.headings, document.format
    sniff(Path("report.pdf")) -> "pdf" | "epub" | "docx" | "html" | None   # by content

The format is judged by content, not by the name: a file whose extension lies is read as what
it is, or refused with a message saying what it really holds.
"""

from __future__ import annotations

from pathlib import Path

from tui.sources.documents.document import FORMATS, Document, DocumentError, Heading
from tui.sources.documents.file_bytes import read_limited
from tui.sources.documents.sniffing import (FORMAT_NAMES, MEDIA_TYPES, SUFFIX_FORMATS, describe, sniff,
                                            sniff_bytes)

__all__ = ["Document", "DocumentError", "FORMATS", "Heading", "MAX_DOCUMENT_BYTES", "MEDIA_TYPES",
           "SUFFIX_FORMATS", "extract", "read_document", "sniff", "sniff_bytes"]

MAX_DOCUMENT_BYTES = 200 * 1024 * 1024  # reports with many images are large; their text is not


def read_document(path: Path) -> Document:
    """The document in the file at ``path``."""
    return extract(read_limited(path, MAX_DOCUMENT_BYTES, DocumentError), str(path), path.name)


def extract(data: bytes, where: str, name: str = "") -> Document:
    """The document in ``data`` (named ``name``, whose extension is checked against the content);
    ``where`` names it in messages."""
    if not data.strip():
        raise DocumentError(f"{where}: the file is empty")
    kind = sniff_bytes(data)
    claimed = SUFFIX_FORMATS.get(Path(name).suffix.lower())
    if kind is None and claimed == "html" and b"<" in data[:8192] and describe(data) == "plain text":
        kind = "html"  # a fragment saved without <html>: trafilatura copes
    if kind is None:
        what = describe(data)
        if claimed is not None:
            raise DocumentError(f"{where}: named {Path(name).suffix} but it is {what}, "
                                f"not {FORMAT_NAMES[claimed]}")
        raise DocumentError(f"{where}: not a document Byline can read (it is {what})")
    return _reader(kind)(data, where)


def _reader(kind: str):
    # Each format's library is imported only when a file of that format is read.
    if kind == "pdf":
        from tui.sources.documents.pdf import read_pdf
        return read_pdf
    if kind == "epub":
        from tui.sources.documents.epub import read_epub
        return read_epub
    if kind == "docx":
        from tui.sources.documents.word import read_docx
        return read_docx
    from tui.sources.documents.saved_html import read_html
    return read_html
