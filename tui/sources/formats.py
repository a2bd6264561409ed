"""From bytes to an Article, by content type: the one place a new format plugs in.

A file's content type comes from its suffix (``SUFFIX_TYPES``), a URL's from the server.
A reader takes the ``Raw`` bytes and returns the Article; PDF, EPUB or DOCX would each add
one entry to ``READERS`` (and their suffixes to ``SUFFIX_TYPES``) and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from tui.core.article import Article, ArticleError

MAX_BYTES = 50 * 1024 * 1024  # a book is ~1 MB; more than this is not an article

PLAIN, MARKDOWN, HTML = "text/plain", "text/markdown", "text/html"

# The suffixes a folder is searched for; a file named explicitly is read as text whatever its suffix.
SUFFIX_TYPES = {".txt": PLAIN, ".text": PLAIN, ".md": MARKDOWN, ".markdown": MARKDOWN}


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
    return Article(raw.source, raw.title or heading(text) or raw.fallback_title, text, raw.date)


def read_html(raw: Raw) -> Article:
    from tui.sources.web import article_from_html  # imports trafilatura (lxml)

    return article_from_html(raw.source, raw.data, raw.title, raw.fallback_title, raw.date)


READERS: dict[str, Reader] = {
    PLAIN: read_text,
    MARKDOWN: read_text,
    "text/x-markdown": read_text,
    HTML: read_html,
    "application/xhtml+xml": read_html,
}


def to_article(raw: Raw) -> Article:
    """The Article in ``raw``, read by the reader of its content type."""
    reader = READERS.get(raw.content_type)
    if reader is None and raw.data.lstrip()[:1] == b"<":
        reader = read_html  # a server that does not say what it sends HTML as
    if reader is None:
        raise ArticleError(f"{raw.where}: not an article ({raw.content_type})")
    return reader(raw)
