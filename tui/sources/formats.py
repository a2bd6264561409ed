"""From bytes to an Article, by content first, then by content type: the one place a format plugs in.

Documents (PDF, EPUB, DOCX, saved web pages) are recognised by their bytes
(``tui.sources.documents.sniff_bytes``) whatever they are called or served as. Other bytes go
to the reader of their content type: a file's comes from its suffix (``SUFFIX_TYPES``), a
URL's from the server. A reader takes the ``Raw`` bytes and returns the Article.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from tui.core.article import STDIN, Article, ArticleError, is_url
from tui.sources.decoding import decode_text
from tui.sources.documents import MEDIA_TYPES, SUFFIX_FORMATS, Document, extract, sniff_bytes
from tui.sources.titles import title_of_text

MAX_BYTES = 50 * 1024 * 1024  # a book is ~1 MB of text; documents have their own, larger limit

PLAIN, MARKDOWN, HTML = "text/plain", "text/markdown", "text/html"
MARKDOWN_TYPES = (MARKDOWN, "text/x-markdown")
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
    charset: str | None = None  # as the server declared it, or the user named it (--encoding)
    title: str | None = None  # known before reading (a feed entry's title)
    name: str = ""  # a file's name: a document's suffix is checked against its content
    date: str | None = None  # ISO day, known before reading (a file's, a feed entry's)


Reader = Callable[[Raw], Article]


def read_text(raw: Raw) -> Article:
    """Text or Markdown (a ``.md`` file, a server's ``text/markdown``, piped text that looks like
    Markdown): Markdown becomes plain text with its structure in ``Article.styles``."""
    declared_by = "the server" if is_url(raw.source) else "--encoding"
    text, notices = decode_text(raw.data, raw.where, raw.charset, declared_by)
    if raw.content_type in MARKDOWN_TYPES or raw.source == STDIN:
        # Imported here: a .txt file, the usual case, does not pay for it before the first paint.
        from tui.sources.markdown_text import looks_like_markdown, render_markdown

        if raw.content_type in MARKDOWN_TYPES or looks_like_markdown(text):
            rendered = render_markdown(text)
            if rendered.text.strip():
                return Article(raw.source, raw.title or rendered.title or raw.fallback_title, rendered.text,
                               headings=rendered.headings, styles=rendered.styles, date=raw.date,
                               notices=tuple(notices))
    return Article(raw.source, raw.title or title_of_text(text) or raw.fallback_title, text,
                   date=raw.date, notices=tuple(notices))


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
