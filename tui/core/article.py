"""The article as plain data: where it came from, its title, its text, and for documents
where each page and heading starts in that text.

Reading articles (files, standard input, folders, URLs, feeds, PDF/EPUB/DOCX documents) is
``tui.sources``'s job; this module has no I/O so every layer can share the type.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import KW_ONLY, dataclass, field

STDIN = "-"  # the source of an article read from standard input


class ArticleError(Exception):
    """An article that cannot be read; the message is shown to the user as is."""


@dataclass(frozen=True, slots=True)
class Heading:
    start: int  # offset of the heading's paragraph in the text
    level: int  # 1 for a chapter or a document's top headings, 2… below
    text: str


# The kinds of styled span of a text whose markup was turned into plain text (Markdown).
HEADING, EMPHASIS, STRONG, LINK, LIST_ITEM, CODE, BLOCK_QUOTE = (
    "heading", "emphasis", "strong", "link", "list_item", "code", "quote")


@dataclass(frozen=True, slots=True)
class Styled:
    """A span of the plain text that the markup styled: offsets index ``Article.text``."""

    start: int
    end: int
    kind: str  # HEADING, EMPHASIS, STRONG, LINK, LIST_ITEM, CODE or BLOCK_QUOTE
    level: int = 0  # a heading's level (1-6), a list item's nesting depth (1 at the top)
    target: str | None = None  # a link's URL


@dataclass(frozen=True, slots=True)
class Article:
    source: str  # a path, "-" for standard input, or a URL
    title: str
    text: str
    _: KW_ONLY  # what documents and pages add is named at each call, never taken by position
    pages: tuple[int, ...] = ()  # paged documents (PDF): the offset in ``text`` where each page starts
    headings: tuple[Heading, ...] = ()  # documents' headings and chapters, in text order
    # ISO 8601 day the page says it was published, or the file was last changed; None when
    # unknown (standard input). Not part of equality: the same text read on another day is
    # the same article.
    date: str | None = field(default=None, compare=False)
    # The structure the source's markup gave the text (Markdown: headings, emphasis, links…).
    styles: tuple[Styled, ...] = field(default=(), compare=False)
    # What the reading had to say though it succeeded (stray NULs replaced, an encoding guessed,
    # a feed entry read from its summary): shown as notices, not failures.
    notices: tuple[str, ...] = field(default=(), compare=False)

    @property
    def digest(self) -> str:
        return text_digest(self.text)

    @property
    def page_count(self) -> int:
        """How many pages the document has; 0 for text without pages."""
        return len(self.pages)

    def page_at(self, offset: int) -> int | None:
        """The 1-based page that holds ``offset`` (None when the article has no pages)."""
        return page_at(self.pages, offset)

    def page_start(self, page: int) -> int | None:
        """The offset where 1-based ``page`` starts, clamped to the pages there are (None when
        the article has no pages): where "go to page" moves the cursor."""
        return page_start(self.pages, page)


def page_at(pages: tuple[int, ...], offset: int) -> int | None:
    if not pages:
        return None
    return max(1, bisect.bisect_right(pages, offset))


def page_start(pages: tuple[int, ...], page: int) -> int | None:
    if not pages:
        return None
    return pages[min(max(page, 1), len(pages)) - 1]


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))
