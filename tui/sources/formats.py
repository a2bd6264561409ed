"""From bytes to an Article, by content first, then by content type: the one place a format plugs in.

Documents (PDF, EPUB, DOCX, saved web pages) are recognised by their bytes
(``tui.sources.documents.sniff_bytes``) whatever they are called or served as. Other bytes go
to the reader of their content type: a file's comes from its suffix (``SUFFIX_TYPES``), a
URL's from the server. A reader takes the ``Raw`` bytes and returns the Article.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from tui.core.article import Article, ArticleError
from tui.sources.documents import MEDIA_TYPES, SUFFIX_FORMATS, Document, extract, sniff_bytes

MAX_BYTES = 50 * 1024 * 1024  # a book is ~1 MB of text; documents have their own, larger limit

PLAIN, MARKDOWN, HTML = "text/plain", "text/markdown", "text/html"
# A file named like a document (.pdf, .epub, .docx, .html…): ``extract`` checks the name against
# the content and says what the file really is when they differ.
DOCUMENT_FILE = "x-byline/document-file"

# The suffixes a folder is searched for; a file named explicitly is read whatever its suffix
# (as the document its content shows, else as text).
SUFFIX_TYPES = {".txt": PLAIN, ".text": PLAIN, ".md": MARKDOWN, ".markdown": MARKDOWN,
                **dict.fromkeys(SUFFIX_FORMATS, DOCUMENT_FILE)}
WEB_PAGE_TYPES = (HTML, "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class Raw:
    """Bytes read from somewhere, and what is known about them."""

    source: str  # the Article's source: a path, "-" or a URL
    where: str  # how messages name it ("standard input", the path, the URL)
    data: bytes
    content_type: str
    fallback_title: str  # used when the content has no title of its own
    charset: str | None = None  # as the server declared it
    title: str | None = None  # known before reading (a feed entry's title)
    name: str = ""  # a file's name: a document's suffix is checked against its content
    date: str | None = None  # ISO day, known before reading (a file's, a feed entry's)


Reader = Callable[[Raw], Article]


def decode(data: bytes, where: str) -> str:
    """Decode bytes as UTF-8 (or UTF-16 with a BOM) without normalising anything."""
    if not data.strip():
        raise ArticleError(f"{where}: the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ArticleError(f"{where}: not valid UTF-16 text (byte {exc.start})") from None
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{where}: this is a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{where}: not UTF-8 text (undecodable byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def heading(text: str) -> str | None:
    """The Markdown heading the text starts with, if any."""
    first = text.lstrip("\ufeff").split("\n", 1)[0].strip()
    if first.startswith("#"):
        return first.lstrip("#").strip() or None
    return None


def read_text(raw: Raw) -> Article:
    if raw.charset and raw.charset.lower() not in ("utf-8", "utf8"):
        try:
            text = raw.data.decode(raw.charset)
        except (LookupError, UnicodeDecodeError):
            raise ArticleError(f"{raw.where}: not {raw.charset} text as the server says") from None
    else:
        text = decode(raw.data, raw.where)
    return Article(raw.source, raw.title or heading(text) or raw.fallback_title, text, date=raw.date)


def from_document(raw: Raw, document: Document) -> Article:
    """The Article of an extracted document: its title (metadata or first heading), pages, headings."""
    return Article(raw.source, raw.title or document.title or raw.fallback_title, document.text,
                   pages=document.pages, headings=document.headings, date=raw.date)


def read_document(raw: Raw) -> Article:
    """A document (by content, or claimed by its name's suffix: ``extract`` says what it really is)."""
    return from_document(raw, extract(raw.data, raw.where, raw.name))


def read_html(raw: Raw) -> Article:
    from tui.sources.web import article_from_html  # imports trafilatura (lxml)

    return article_from_html(raw.source, raw.data, raw.title, raw.fallback_title, raw.date)


READERS: dict[str, Reader] = {
    PLAIN: read_text,
    MARKDOWN: read_text,
    "text/x-markdown": read_text,
    HTML: read_html,
    "application/xhtml+xml": read_html,
    DOCUMENT_FILE: read_document,
    **dict.fromkeys(MEDIA_TYPES, read_document),
}


def to_article(raw: Raw) -> Article:
    """The Article in ``raw``: a document if its bytes are one, else read by its content type's reader.
    A URL's web page stays with ``read_html`` (its article text, the URL as the base)."""
    kind = sniff_bytes(raw.data)
    if kind is not None and not (kind == "html" and raw.content_type in WEB_PAGE_TYPES):
        return read_document(raw)
    reader = READERS.get(raw.content_type)
    if reader is None and raw.data.lstrip()[:1] == b"<":
        reader = read_html  # a server that does not say what it sends HTML as
    if reader is None:
        raise ArticleError(f"{raw.where}: not an article ({raw.content_type})")
    return reader(raw)
