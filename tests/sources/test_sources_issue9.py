"""Issue 9, the sources items: byte-order marks, stray NULs and other encodings, titles from the
text, Markdown as plain text with its structure, feed entries whose page fails, and the one
loader behind the reader's "Open file…"."""

from __future__ import annotations

import io
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tui.core.article import EMPHASIS, HEADING, LINK, LIST_ITEM, STRONG
from tui.sources import load, load_one, looks_openable, open_typed
from tui.sources.markdown_text import render_markdown

TEXT = "Angela Merkel met Emmanuel Macron in Paris. \u201cWe agree,\u201d she said.\n"


def test_a_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode())
    assert load_one(str(path)).text == TEXT


def test_stray_nuls_are_replaced_and_said_a_binary_file_is_still_refused(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(TEXT.replace("met", "m\x00et").encode())
    article = load_one(str(path))
    assert article.text == TEXT.replace("met", "m\ufffdet")
    assert article.notices == (f"{path}: 1 NUL byte replaced with \ufffd",)
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00" + bytes(range(256)) * 4)
    assert load([str(binary)])[1] == [f"{binary}: this is a binary file, not text"]


def test_latin1_detected_with_a_notice_or_read_as_named(tmp_path):
    words = "Fran\u00e7ois Hollande a d\u00e9clar\u00e9 \u00e0 Paris que la r\u00e9union \u00e9tait termin\u00e9e.\n"
    path = tmp_path / "latin.txt"
    path.write_bytes(words.encode("latin-1"))
    guessed = load_one(str(path))
    assert "Fran\u00e7ois" in guessed.text and "read as" in guessed.notices[0]
    named = load_one(str(path), encoding="latin-1")
    assert (named.text, named.notices) == (words, ())


@pytest.mark.parametrize("text, title", [
    ("Merkel and Macron agree on a plan\n\nAngela Merkel met Emmanuel Macron.\n", "Merkel and Macron agree on a plan"),
    ("Who will pay for the grain deal?\n\nTalks resumed.\n", "Who will pay for the grain deal?"),
    ("China faces a dilemma over what to do, some analysts say.\n\nMore.\n", None),  # a sentence
    ("A single line with no more text after it\n", None),
])
def test_a_first_line_that_reads_as_a_title_is_the_title(tmp_path, text, title):
    """Item 27: titles came from file names ("China dilemma putin kim")."""
    path = tmp_path / "story-file_name.txt"
    path.write_text(text, encoding="utf-8")
    assert load_one(str(path)).title == (title or "Story file name")


def test_markdown_becomes_plain_text_with_styled_spans():
    """Item 26: ``**bold**``, ``[link](…)`` and list items were shown raw, run together."""
    rendered = render_markdown("# The **big** story\n\nAngela *Merkel* met [Macron](https://x.org/m).\n\n"
                               "- first item\n- second item\n")
    text = rendered.text
    assert text == "The big story\n\nAngela Merkel met Macron.\n\n\u2022 first item\n\u2022 second item\n"
    spans = {(text[s.start:s.end], s.kind, s.level, s.target) for s in rendered.styles}
    assert {("The big story", HEADING, 1, None), ("big", STRONG, 0, None), ("Merkel", EMPHASIS, 0, None),
            ("Macron", LINK, 0, "https://x.org/m"), ("\u2022 first item", LIST_ITEM, 1, None)} <= spans
    assert rendered.title == "The big story"
    assert [(h.start, h.text) for h in rendered.headings] == [(0, "The big story")]


def test_piped_markdown_takes_its_heading_as_title(monkeypatch):
    piped = "# Merkel in Berlin\n\n**Angela Merkel** met Emmanuel Macron.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(piped.encode()), encoding="utf-8"))
    article = load_one("-")
    assert (article.title, article.text) == ("Merkel in Berlin",
                                             "Merkel in Berlin\n\nAngela Merkel met Emmanuel Macron.\n")


# ---------------------------------------------------------------- feeds (item 11)

SHORT = ("<p>Angela Merkel met Emmanuel Macron in Paris on Monday, and the two leaders said "
         "they agreed on the budget.</p><p>Talks resume next week in Berlin, officials said.</p>")
FEED = """<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example</title>
<item><title>Content only</title><link>{base}/gone-1.html</link>
<content:encoded><![CDATA[{short}]]></content:encoded></item>
<item><title>Summary only</title><link>{base}/gone-2.html</link>
<description>Angela Merkel met Emmanuel Macron in Paris.</description></item>
<item><title>Nothing</title><link>{base}/gone-3.html</link></item>
</channel></rss>"""


class Handler(SimpleHTTPRequestHandler):
    def guess_type(self, path):
        return "application/rss+xml" if str(path).endswith(".xml") else super().guess_type(path)

    def log_message(self, *args):
        pass


@pytest.fixture
def feed_site(tmp_path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(tmp_path)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (tmp_path / "feed.xml").write_text(FEED.format(base=base, short=SHORT), encoding="utf-8")
    (tmp_path / "story.txt").write_text(TEXT, encoding="utf-8")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield base
    server.shutdown()


def test_a_feed_entry_whose_page_fails_is_read_from_the_feed_saying_so(feed_site):
    articles, problems = load([f"{feed_site}/feed.xml"])
    assert [a.title for a in articles] == ["Content only", "Summary only"]
    content, summary = articles
    assert "Talks resume next week in Berlin" in content.text  # ~200 characters, still read
    assert content.notices == (f"{feed_site}/gone-1.html: the server answered 404 File not found; "
                               "read the feed's content instead",)
    assert summary.text == "Angela Merkel met Emmanuel Macron in Paris."
    assert "read the feed's summary instead" in summary.notices[0]
    assert problems == [f"{feed_site}/gone-3.html: the server answered 404 File not found"]


# ---------------------------------------------------------------- Open file… (item 12)


def test_what_is_typed_opens_like_the_command_line(tmp_path, monkeypatch, feed_site):
    monkeypatch.setenv("HOME", str(tmp_path))
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.md").write_text("# B\n\n" + TEXT, encoding="utf-8")
    articles, problems = open_typed("  '~/news'  ")
    assert ([a.source for a in articles], problems) == ([str(folder / "a.txt"), str(folder / "b.md")], [])
    assert looks_openable("~/news/a.txt") and looks_openable(f"{feed_site}/story.txt")
    assert not looks_openable("~/news/missing.txt") and not looks_openable("-")
    [article], problems = open_typed(f"{feed_site}/story.txt")
    assert (article.text, problems) == (TEXT, [])


def test_what_cannot_be_opened_gives_no_article_only_a_message(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert open_typed(str(tmp_path / "empty.txt")) == ([], [f"{tmp_path / 'empty.txt'}: the file is empty"])
    assert open_typed(str(tmp_path / "missing.txt")) == ([], [f"{tmp_path / 'missing.txt'}: no such file"])
    assert open_typed("-")[0] == [] and open_typed("  ")[0] == []


def test_utf8_with_a_damaged_byte_stays_utf8_with_a_notice(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes("Le pr\u00e9sident a d\u00e9clar\u00e9 \u00e0 Z\u00fcrich: ".encode() + b"caf\xc3\x28.\n")
    article = load_one(str(path))
    assert article.text == "Le pr\u00e9sident a d\u00e9clar\u00e9 \u00e0 Z\u00fcrich: caf\ufffd(.\n"
    assert article.notices == (f"{path}: 1 byte that is not UTF-8 replaced with \ufffd",)
