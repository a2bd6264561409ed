"""The library screen's filter syntax, its row labels, the actor page's snippets and chart
period, and the reader's page labels."""

from __future__ import annotations

from tui.core.article import Article, Heading
from tui.core.library_filter import (LibraryFilter, chart_period, matching_actor, parse_filter, snippet,
                                     source_label, with_actor)
from tui.core.reading.pages import chapter_label, page_label, requested_page


def test_the_filter_is_words_or_an_actor_then_words():
    assert parse_filter("  sanctions  ") == LibraryFilter("sanctions")
    assert parse_filter("") == LibraryFilter() and parse_filter("").empty
    assert parse_filter("@Xi Jinping") == LibraryFilter(None, "Xi Jinping", False)
    assert parse_filter("actor: Xi Jinping, tariffs") == LibraryFilter("tariffs", "Xi Jinping", False)
    assert parse_filter("@@xi") == LibraryFilter(None, "xi", True)
    assert parse_filter("Quoted:Xi Jinping,") == LibraryFilter(None, "Xi Jinping", True)
    assert parse_filter("@") == LibraryFilter(None, None, False)


def test_completing_the_actor_keeps_the_prefix_and_the_words():
    assert with_actor("@xi j", "Xi Jinping") == "@Xi Jinping"
    assert with_actor("@@xi, trade", "Xi Jinping") == "@@Xi Jinping, trade"
    assert with_actor("trade", "Xi Jinping") == "trade"


def test_source_labels():
    assert source_label("https://www.example.org/news/1?x=2") == "example.org"
    assert source_label("/home/me/news/story.txt") == "story.txt"
    assert source_label("-") == "standard input"


def test_snippet_keeps_the_span_whole_and_marks_the_cuts():
    text = "word " * 40 + "Vladimir Putin said so. " + "more " * 40
    start = text.index("Vladimir")
    shown = snippet(text, start, start + len("Vladimir Putin"), width=40)
    assert "Vladimir Putin" in shown and shown.startswith("…") and shown.endswith("…")
    assert snippet("Putin.", 0, 5) == "Putin."
    assert snippet(None, 0, 5) == "" and snippet("abc", 2, 9) == ""


def test_chart_period_follows_the_span_of_dates():
    assert chart_period("2026-03-01", "2026-03-20") == "day"
    assert chart_period("2025-01", "2026-03") == "month"
    assert chart_period("2001-01", "2026-03") == "year"


def test_an_actor_is_found_again_by_name_or_alias():
    actors = [("a1", "Xi", ["Xi"]), ("a2", "Vladimir Putin", ["Putin", "Mr Putin"])]
    assert matching_actor(["Putin"], actors) == "a2"
    assert matching_actor(["xi jinping", "xi"], actors) == "a1"
    assert matching_actor(["Kim"], actors) is None


def test_page_labels_and_requested_pages():
    report = Article("r.pdf", "Report", "a" * 300, pages=(0, 100, 200),
                     headings=(Heading(150, 2, "Costs"),))
    assert page_label(report, 0) == "p. 1/3" and page_label(report, 250) == "p. 3/3"
    assert page_label(Article("a.txt", "A", "text"), 0) == "" and page_label(None, 0) == ""
    assert [requested_page(t, 3) for t in ("2", "p3", "p. 1", "page 2", "4", "0", "two")] == \
        [2, 3, 1, 2, None, None, None]
    assert chapter_label(report.headings[0], report) == "  Costs (p. 2)"
