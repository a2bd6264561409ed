"""What every format's extractor returns, and the one error they raise.

The extracted ``text`` is what the analysis indexes: offsets in ``pages`` and ``headings``
point into it, so the reader can show ``p. 12/40`` and jump to a page or a chapter.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.core.article import ArticleError, Heading, page_at, page_start

# Heading and the page arithmetic live in tui.core.article: Articles carry them to the reader.

FORMATS = ("pdf", "epub", "docx", "html")


class DocumentError(ArticleError):
    """A document that cannot be read; the message (one sentence) is shown to the user as is.
    An ArticleError, so every place that reports unreadable articles reports these too."""


@dataclass(frozen=True, slots=True)
class Document:
    text: str  # plain text, paragraphs separated by one blank line
    title: str | None  # from the metadata or the first heading
    format: str  # one of FORMATS
    pages: tuple[int, ...] = ()  # PDF only: the offset in ``text`` where each page starts
    headings: tuple[Heading, ...] = field(default=())

    def page_at(self, offset: int) -> int | None:
        """The 1-based page that holds ``offset`` (None when the format has no pages)."""
        return page_at(self.pages, offset)

    def page_start(self, page: int) -> int:
        """The offset where 1-based ``page`` starts (clamped to the document's pages)."""
        return page_start(self.pages, page) or 0


class TextBuilder:
    """Joins paragraphs with blank lines and records where pages and headings start."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.headings: list[Heading] = []

    @property
    def length(self) -> int:
        return self._length

    def paragraph(self, text: str) -> int:
        """Append one paragraph (whitespace collapsed); returns its start offset (-1 if empty)."""
        text = " ".join(text.split())
        if not text:
            return -1
        if self._parts:
            self._parts.append("\n\n")
            self._length += 2
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        return start

    def heading(self, text: str, level: int = 1) -> None:
        start = self.paragraph(text)
        if start >= 0:
            self.headings.append(Heading(start, level, " ".join(text.split())))

    def next_start(self) -> int:
        """The offset the next paragraph will start at."""
        return self._length + 2 if self._parts else 0

    def text(self) -> str:
        return "".join(self._parts)
