"""The date an article carries into the library: the file's last change, the page's
publication day, a feed entry's; none for standard input."""

from __future__ import annotations

import os
import time

from tui.sources import load_one
from tui.sources.web import article_from_html, iso_day

STORY = ("<p>Angela Merkel met Emmanuel Macron in Paris on Monday to talk about the budget, and "
         "both said afterwards that they had agreed on most of it.</p>" * 4)


def test_a_file_is_dated_by_its_last_change(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Angela Merkel spoke.", encoding="utf-8")
    stamp = time.mktime((2024, 3, 5, 12, 0, 0, 0, 0, -1))
    os.utime(path, (stamp, stamp))
    assert load_one(str(path)).date == "2024-03-05"


def test_a_page_is_dated_by_its_publication_day():
    page = ("<html><head><title>Budget talks</title>"
            "<meta property='article:published_time' content='2023-11-07T08:00:00Z'></head>"
            f"<body><article><h1>Budget talks</h1>{STORY}</article></body></html>")
    article = article_from_html("https://example.org/budget", page)
    assert (article.title, article.date) == ("Budget talks", "2023-11-07")
    assert article_from_html("https://example.org/budget", page, date="2020-01-02").date == "2020-01-02"


def test_feed_and_odd_dates():
    assert iso_day(time.strptime("2022-06-30", "%Y-%m-%d")) == "2022-06-30"
    assert iso_day("2022-06-30T10:00:00+02:00") == "2022-06-30"
    assert iso_day("last Tuesday") is None and iso_day(None) is None
