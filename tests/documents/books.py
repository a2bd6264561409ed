"""EPUB and Word files written by their own libraries (EbookLib, python-docx) for the tests."""

from __future__ import annotations

import zipfile
from pathlib import Path

CHAPTERS = [
    ("Chapter One: The Border", "<h1>Chapter One: The Border</h1><p>The town of Dandong faces the river.</p>"
     "<p>“We watch the boats,” said a fisherman, <em>pointing</em> north.</p>"),
    ("Chapter Two: Trade", "<h1>Chapter Two: Trade</h1><h2>Exports</h2><p>Coal and seafood crossed "
     "the bridge.</p><ul><li>First item</li><li>Second item</li></ul>"),
    ("An Untitled Interlude", "<p>This chapter has no heading of its own; the table of contents names it.</p>"),
]
BOOK_TITLE = "Across the River"


def write_epub(path: Path, order: tuple[int, ...] = (1, 0, 2)) -> None:
    """A book whose spine order (``order``) differs from the order the chapters were added in."""
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("byline-test-book")
    book.set_title(BOOK_TITLE)
    book.set_language("en")
    items = []
    for i, (title, body) in enumerate(CHAPTERS):
        item = epub.EpubHtml(title=title, file_name=f"chap_{i}.xhtml", lang="en")
        item.content = f"<html><body>{body}</body></html>"
        book.add_item(item)
        items.append(item)
    book.toc = [items[i] for i in order]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav"] + [items[i] for i in order]
    epub.write_epub(str(path), book)


def add_member(path: Path, name: str, data: str) -> None:
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(name, data)


def encryption_xml(algorithm: str, uri: str) -> str:
    return f"""<?xml version="1.0"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
            xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
  <enc:EncryptedData>
    <enc:EncryptionMethod Algorithm="{algorithm}"/>
    <enc:CipherData><enc:CipherReference URI="{uri}"/></enc:CipherData>
  </enc:EncryptedData>
</encryption>"""


def write_docx(path: Path, core_title: str | None = "Memo on Border Trade") -> None:
    import docx

    document = docx.Document()
    if core_title:
        document.core_properties.title = core_title
    document.add_heading("Border Trade", level=0)  # the Title style
    document.add_paragraph("Trade across the river fell by a third, officials said.")
    document.add_heading("Background", level=1)
    document.add_paragraph("“The bridge is quiet now,” said Li Wei, a trader in Dandong.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Year"
    table.cell(0, 1).text = "Tonnes"
    table.cell(1, 0).text = "2025"
    table.cell(1, 1).text = "1200"
    document.add_heading("Outlook", level=2)
    document.add_paragraph("Nobody expects a recovery this year.")
    document.save(str(path))


def write_epub2_by_hand(path: Path) -> None:
    """An EPUB 2 book as older tools write it: an NCX table of contents and no EPUB 3 nav."""
    container = ('<?xml version="1.0"?><container version="1.0" '
                 'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                 '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
                 '</rootfiles></container>')
    opf = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0">'
           '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Old Book</dc:title></metadata>'
           '<manifest><item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
           '<item id="a" href="text/part%201.html" media-type="application/xhtml+xml"/></manifest>'
           '<spine toc="ncx"><itemref idref="a"/></spine></package>')
    ncx = ('<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">'
           '<navMap><navPoint id="p1"><navLabel><text>Part One</text></navLabel>'
           '<content src="text/part%201.html#start"/></navPoint></navMap></ncx>')
    chapter = ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
               '<head><title>x</title></head><body><div><p>Old text, first paragraph.</p>'
               'Loose text in a div.<p>Second <b>bold</b> paragraph.</p></div></body></html>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        archive.writestr("META-INF/container.xml", container)
        archive.writestr("OEBPS/content.opf", opf)
        archive.writestr("OEBPS/toc.ncx", ncx)
        archive.writestr("OEBPS/text/part 1.html", chapter)
