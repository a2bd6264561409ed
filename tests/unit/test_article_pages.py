"""``Article``'s pages and headings: what the reader's status line (``p. 12/40``) and "go to page"
are computed from. Pure data, so plain unit tests."""

from __future__ import annotations

import pytest

from tui.core.article import Article, Heading

TEXT = "Page one.\n\nPage two starts here.\n\nPage three."
PAGES = (0, 11, 34)  # where each page starts in TEXT


def test_an_article_made_as_before_has_no_pages_nor_headings():
    article = Article("story.txt", "Story", "Some text.")
    assert article.pages == () and article.headings == ()
    assert article.page_count == 0
    assert article.page_at(3) is None
    assert article.page_start(2) is None


@pytest.mark.parametrize(("offset", "page"), [(0, 1), (10, 1), (11, 2), (33, 2), (34, 3),
                                              (len(TEXT) - 1, 3), (len(TEXT), 3)])
def test_page_at_an_offset(offset, page):
    article = Article("report.pdf", "Report", TEXT, pages=PAGES)
    assert TEXT[PAGES[1]:].startswith("Page two") and TEXT[PAGES[2]:].startswith("Page three")
    assert article.page_count == 3
    assert article.page_at(offset) == page


def test_go_to_page_is_clamped_to_the_pages_there_are():
    article = Article("report.pdf", "Report", TEXT, pages=PAGES)
    assert [article.page_start(page) for page in (1, 2, 3)] == list(PAGES)
    assert article.page_start(0) == 0 and article.page_start(-5) == 0
    assert article.page_start(99) == PAGES[-1]
    for page in (1, 2, 3):
        assert article.page_at(article.page_start(page)) == page


def test_a_cover_page_without_text_still_counts():
    """An empty first page starts where the second does: an offset there is on the later page."""
    article = Article("report.pdf", "Report", TEXT, pages=(0, 0, 11))
    assert article.page_count == 3
    assert article.page_at(0) == 2
    assert article.page_at(11) == 3


def test_headings_travel_with_the_article_and_count_in_equality():
    heading = Heading(0, 1, "Page one.")
    article = Article("book.epub", "Book", TEXT, headings=(heading,))
    assert article.headings[0].text == "Page one."
    assert article != Article("book.epub", "Book", TEXT)
    assert article.digest == Article("book.epub", "Book", TEXT).digest  # the cache key is the text's
