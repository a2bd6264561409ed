"""Pages and chapters of a document in the reader: the status line's ``p. 12/40`` and the
targets of "Go to page…" and "Go to chapter…"."""

from __future__ import annotations

from tui.core.article import Article, Heading


def page_label(article: Article | None, offset: int) -> str:
    """``p. 12/40`` for the page holding ``offset``; empty for text without pages."""
    if article is None or not article.pages:
        return ""
    return f"p. {article.page_at(offset)}/{article.page_count}"


def requested_page(typed: str, count: int) -> int | None:
    """The page a user typed (``12``, ``p12``, ``p. 12``, ``page 12``) if the document has it."""
    digits = typed.strip().lower().removeprefix("page").removeprefix("p").lstrip(". ").strip()
    if not digits.isdigit():
        return None
    page = int(digits)
    return page if 1 <= page <= count else None


def chapter_label(heading: Heading, article: Article) -> str:
    """A heading as a palette choice: indented by level, with its page when there are pages."""
    indent = "  " * max(0, heading.level - 1)
    page = article.page_at(heading.start)
    return f"{indent}{heading.text}" + (f" (p. {page})" if page else "")
