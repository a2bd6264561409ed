"""Articles from URLs and feeds, served by a real HTTP server on the loopback address."""

from __future__ import annotations

import json

import pytest

from tests.cli.cli_support import call_byline
from tui.core.article import ArticleError
from tui.sources.web import read_url

def test_a_page_gives_its_article_text_without_navigation(site):
    [article], problems = read_url(f"{site}/story.html")
    assert problems == []
    assert article.title == "China stuck in the middle"
    assert "said Christopher Green" in article.text
    assert "Home" not in article.text and "Example News" not in article.text
    assert "\n\n" in article.text  # paragraphs stay apart


def test_a_markdown_file_is_read_as_its_plain_text_and_structure(site):
    [article], _ = read_url(f"{site}/notes.md")
    assert article.text == "Notes\n\nMr Green said it was over.\n"  # issue 9, item 26: no raw markup
    assert [(s.start, s.end, s.kind) for s in article.styles] == [(0, 5, "heading")]
    assert article.title == "Notes"  # the heading, as for a Markdown file on disk


def test_a_feed_becomes_a_library_of_its_entries(site):
    articles, problems = read_url(f"{site}/feed.xml")
    assert problems == []
    assert [a.title for a in articles] == ["Linked story", "Full story"]
    assert articles[0].source == f"{site}/story.html"  # a short entry: the linked page is read
    assert "Christopher Green" in articles[1].text  # a full entry is read from the feed itself


@pytest.mark.parametrize("path, message", [
    ("/missing.html", "the server answered 404"),
    ("/image.png", "not an article (image/png)"),
])
def test_bad_urls_give_one_clear_message(site, path, message):
    with pytest.raises(ArticleError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_url(site + path)


def test_an_unreachable_host_is_reported():
    with pytest.raises(ArticleError, match="cannot be reached"):
        read_url("http://127.0.0.1:9/story.html")  # the discard port: nothing listens


def test_cli_analyses_a_url_and_reports_a_bad_one(site, tmp_path):
    # byline's entry point in this process (the model loaded once per test process)
    run = call_byline(tmp_path, "analyze", "--json", f"{site}/story.html", f"{site}/missing.html")
    assert run.returncode == 1
    assert run.stderr.strip().splitlines() == [f"byline: {site}/missing.html: the server answered 404 File not found"]
    [line] = run.stdout.splitlines()
    result = json.loads(line)
    assert result["source"] == f"{site}/story.html"
    green = next(a for a in result["actors"] if a["name"] == "Christopher Green")
    quote = next(q for q in result["quotes"] if q["text"].startswith("China is unhappy"))
    assert quote["speaker"] == green["id"]
