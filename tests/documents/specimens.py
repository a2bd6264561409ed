"""A folder of real documents, good and bad, for the tests of the loader and the CLI.

Each good one is written by its own library (fpdf2, EbookLib, python-docx); each bad one is
what users meet: an encrypted or scanned PDF, a truncated file, an EPUB with DRM, a .docx
that is not a zip, an extension that lies. Import it after putting tests/documents on sys.path.
"""

from __future__ import annotations

from pathlib import Path

from books import BOOK_TITLE, add_member, encryption_xml, write_docx, write_epub
from makers import encrypted_pdf, sample_blocks, scanned_pdf, write_report

SAVED_PAGE = """<!DOCTYPE html><html><head><title>Saved: the border talks</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Saved: the border talks</h1>
<p>“We will keep talking,” said Li Wei, a spokesperson for the ministry, on Tuesday in Beijing.</p>
<p>Officials in Seoul said the delegation would return next week to settle the remaining questions
about trade across the river and the new bridge.</p></article>
<footer>© Example News</footer></body></html>"""

# What the user gets from each format: the title (from the document) and a phrase of its text.
GOOD = {
    "report.pdf": ("Annual Report 2026", "alliance of convenience"),
    "book.epub": (BOOK_TITLE, "The town of Dandong faces the river."),
    "memo.docx": ("Memo on Border Trade", None),
    "saved.html": ("Saved: the border talks", "said Li Wei"),
    "report-really-a-pdf.txt": ("Annual Report 2026", "alliance of convenience"),  # the name lies
}

# Each bad input, and what its one message must say after "byline: PATH: ".
BAD = {
    "encrypted": ("secret.pdf", "the PDF is encrypted with a password; Byline cannot open it"),
    "scanned": ("scan.pdf", "the PDF has no text to read (it is probably scanned pages without a "
                            "text layer; Byline does not do OCR)"),
    "truncated-pdf": ("half.pdf", "the PDF is truncated"),
    "truncated-docx": ("cut.docx", "the Word file is damaged or truncated (its zip archive cannot be read)"),
    "drm-epub": ("locked.epub", "the EPUB book is protected by DRM; Byline cannot read it"),
    "docx-not-a-zip": ("letter.docx", "named .docx but it is plain text, not a Word (.docx) document"),
    "lying-extension": ("photo.pdf", "named .pdf but it is a PNG image, not a PDF"),
}


def write_good(folder: Path, sample_text: str) -> dict[str, Path]:
    """The good documents in ``folder`` (a PDF of ``sample_text``), by file name."""
    folder.mkdir(parents=True, exist_ok=True)
    write_report(folder / "report.pdf", sample_blocks(sample_text), title="Annual Report 2026")
    write_epub(folder / "book.epub")
    write_docx(folder / "memo.docx")
    (folder / "saved.html").write_text(SAVED_PAGE, encoding="utf-8")
    (folder / "report-really-a-pdf.txt").write_bytes((folder / "report.pdf").read_bytes())
    return {name: folder / name for name in GOOD}


def write_bad(kind: str, folder: Path) -> tuple[Path, str]:
    """The bad input of ``kind`` in ``folder``, and what its message starts with."""
    folder.mkdir(parents=True, exist_ok=True)
    name, message = BAD[kind]
    path = folder / name
    if kind == "encrypted":
        encrypted_pdf(path)
    elif kind == "scanned":
        scanned_pdf(path)
    elif kind == "truncated-pdf":
        write_report(path, sample_blocks("A short report. " * 400))
        data = path.read_bytes()
        path.write_bytes(data[:len(data) // 2])
    elif kind == "truncated-docx":
        write_docx(path)
        data = path.read_bytes()
        path.write_bytes(data[:len(data) // 2])
    elif kind == "drm-epub":
        write_epub(path)
        add_member(path, "META-INF/encryption.xml",
                   encryption_xml("http://www.w3.org/2001/04/xmlenc#aes128-cbc", "EPUB/chap_0.xhtml"))
    elif kind == "docx-not-a-zip":
        path.write_text("Dear colleagues, the meeting moves to Thursday.\n", encoding="utf-8")
    elif kind == "lying-extension":
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    return path, message
