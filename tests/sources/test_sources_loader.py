"""``tui.sources``: every kind of input becomes Articles through one loader, each problem one
message; a new format plugs in by content type."""

from __future__ import annotations

import io
import sys

import pytest

from tui.core.article import STDIN, Article, ArticleError
from tui.sources import formats, load, load_one

TEXT = "Angela Merkel met Emmanuel Macron in Paris. \u201cWe agree,\u201d she said.\n"


def test_files_folders_and_stdin_in_command_line_order(tmp_path, monkeypatch):
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "b-second.md").write_text("# The second\n\n" + TEXT, encoding="utf-8")
    (folder / "a_first.txt").write_text(TEXT, encoding="utf-8")
    (folder / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    (folder / "cover.png").write_bytes(b"\x89PNG\r\n")
    single = tmp_path / "notes"  # no suffix: a file named on the command line is read as text
    single.write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-16")), encoding="utf-8"))
    articles, problems = load([str(folder), "-", str(single)])
    assert problems == []
    assert [a.source for a in articles] == [str(folder / "a_first.txt"), str(folder / "b-second.md"),
                                            STDIN, str(single)]
    assert [a.title for a in articles] == ["A first", "The second", "Standard input", "Notes"]
    assert all(a.text.endswith("she said.\n") for a in articles)  # UTF-16 with a BOM too


def test_each_problem_is_one_message_and_the_rest_is_read(tmp_path):
    empty_folder = tmp_path / "nothing"
    empty_folder.mkdir()
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00" + bytes(range(256)))
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    articles, problems = load([str(tmp_path / "missing.txt"), str(empty_folder), str(binary), str(good)])
    assert [a.source for a in articles] == [str(good)]
    assert problems == [f"{tmp_path / 'missing.txt'}: no such file",
                        f"{empty_folder}: no .txt, .md, .pdf, .epub, .docx or .html files in this folder",
                        f"{binary}: this is a binary file, not text"]


def test_urls_and_feeds_through_the_same_loader(site):
    articles, problems = load([f"{site}/story.html", f"{site}/feed.xml", f"{site}/missing.html"])
    assert [a.title for a in articles] == ["China stuck in the middle", "Linked story", "Full story"]
    assert problems == [f"{site}/missing.html: the server answered 404 File not found"]


def test_load_one_reads_a_file_or_a_page_and_says_why_not(tmp_path, site):
    assert "Christopher Green" in load_one(f"{site}/story.html").text
    with pytest.raises(ArticleError, match="is a folder"):
        load_one(str(tmp_path))
    with pytest.raises(ArticleError, match="no such file"):
        load_one(str(tmp_path / "gone.txt"))


def test_a_new_format_plugs_in_by_content_type(tmp_path, monkeypatch):
    """What a PDF or EPUB reader will do: one reader, one suffix; folders pick it up too."""
    def read_shouting(raw: formats.Raw):
        return Article(raw.source, raw.fallback_title, raw.data.decode().lower())

    monkeypatch.setitem(formats.READERS, "application/x-shouting", read_shouting)
    monkeypatch.setitem(formats.SUFFIX_TYPES, ".loud", "application/x-shouting")
    (tmp_path / "news.loud").write_text("MR GREEN SAID IT WAS OVER.", encoding="utf-8")
    [article], problems = load([str(tmp_path)])
    assert problems == []
    assert (article.title, article.text) == ("News", "mr green said it was over.")
