"""``tui.services.session``: the last article, remembered as it can be opened again."""

from __future__ import annotations

import os
from contextlib import closing

import pytest

from tui.core.article import STDIN
from tui.services.connection import open_database
from tui.services.session import last_source, remember_source, remembered_form, reopen_last
from tui.sources import sample_paths


@pytest.fixture
def conn(home):
    with closing(open_database()) as connection:
        yield connection


def test_a_url_stays_a_url_a_path_becomes_absolute_stdin_is_not_kept(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert remembered_form("https://example.org/a/story.html") == "https://example.org/a/story.html"
    assert remembered_form("story.txt") == os.path.join(str(tmp_path), "story.txt")
    assert remembered_form(STDIN) is None


def test_remembered_once_read_back_and_stdin_leaves_it_alone(conn, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Mr Green said it was over.\n", encoding="utf-8")
    remember_source(conn, str(story))
    remember_source(conn, STDIN)
    assert last_source(conn) == str(story)
    [article], notice = reopen_last(conn)
    assert (article.source, notice) == (str(story), None)


def test_a_lost_or_broken_article_falls_back_to_the_samples_and_says_why(conn, tmp_path):
    samples = [str(p) for p in sample_paths()]
    assert [a.source for a in reopen_last(conn)[0]] == samples  # first run
    story = tmp_path / "story.txt"
    story.write_bytes(b"")
    remember_source(conn, str(story))
    articles, notice = reopen_last(conn)
    assert [a.source for a in articles] == samples
    assert notice == f"{story}: the file is empty; opening the samples instead"
    story.unlink()
    articles, notice = reopen_last(conn)  # gone since: said too (issue 9, item 27)
    assert [a.source for a in articles] == samples
    assert notice == f"{story}: the article read last is no longer there; opening the samples instead"
