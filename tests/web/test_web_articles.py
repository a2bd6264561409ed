"""Articles from URLs and feeds, served by a real HTTP server on the loopback address."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tui.core.article import ArticleError
from tui.web.pages import read_url

STORY = ("<p>“China is unhappy with the way things are going,” said Christopher Green, an analyst "
         "at the International Crisis Group. “But they are trying to keep it quiet.”</p>"
         "<p>Beijing has protested to Moscow, officials said. Mr Green said the alliance would last."
         " Analysts in Seoul and Tokyo agree that the relationship has grown much closer this year,"
         " and that Pyongyang stands to gain most from it.</p>")
PAGE = (f"<html><head><title>China stuck in the middle</title></head><body><nav><a href='/'>Home</a>"
        f"</nav><article><h1>China stuck in the middle</h1>{STORY}</article>"
        "<footer>© Example News</footer></body></html>")
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example</title>
<item><title>Linked story</title><link>{base}/story.html</link><description>Short.</description></item>
<item><title>Full story</title><link>{base}/full</link>
<description><![CDATA[{body}]]></description></item>
</channel></rss>"""


class Handler(SimpleHTTPRequestHandler):
    def guess_type(self, path):
        if str(path).endswith(".xml"):
            return "application/rss+xml"
        if str(path).endswith(".md"):
            return "text/markdown"
        return super().guess_type(path)

    def log_message(self, *args):  # keep the test output clean
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (root / "story.html").write_text(PAGE, encoding="utf-8")
    (root / "notes.md").write_text("# Notes\n\nMr Green said it was over.\n", encoding="utf-8")
    (root / "feed.xml").write_text(FEED.format(base=base, body=STORY * 2), encoding="utf-8")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()


def test_a_page_gives_its_article_text_without_navigation(site):
    [article], problems = read_url(f"{site}/story.html")
    assert problems == []
    assert article.title == "China stuck in the middle"
    assert "said Christopher Green" in article.text
    assert "Home" not in article.text and "Example News" not in article.text
    assert "\n\n" in article.text  # paragraphs stay apart


def test_a_markdown_file_is_read_as_is(site):
    [article], _ = read_url(f"{site}/notes.md")
    assert article.text == "# Notes\n\nMr Green said it was over.\n"


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
    env = dict(os.environ, BYLINE_HOME=str(tmp_path))
    run = subprocess.run([sys.executable, "-m", "tui", "analyze", "--json", f"{site}/story.html",
                          f"{site}/missing.html"], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert run.stderr.strip().splitlines() == [f"byline: {site}/missing.html: the server answered 404 File not found"]
    [line] = run.stdout.splitlines()
    result = json.loads(line)
    assert result["source"] == f"{site}/story.html"
    green = next(a for a in result["actors"] if a["name"] == "Christopher Green")
    quote = next(q for q in result["quotes"] if q["text"].startswith("China is unhappy"))
    assert quote["speaker"] == green["id"]
