"""The loader reads PDF, EPUB, DOCX and saved HTML files like text files: by content first,
then by name; each bad document is one message and the other inputs are still read."""

from __future__ import annotations

import io
import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))

from specimens import BAD, GOOD, write_bad, write_good  # noqa: E402

from tui.core.article import ArticleError  # noqa: E402
from tui.sources import load, load_one, sample_paths  # noqa: E402
from tui.sources.documents import read_document  # noqa: E402
from tui.sources.formats import MAX_BYTES  # noqa: E402


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> dict[str, Path]:
    return write_good(tmp_path_factory.mktemp("documents"), sample_paths()[0].read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", list(GOOD))
def test_each_format_opens_like_a_text_file(good, name):
    article = load_one(str(good[name]))
    title, phrase = GOOD[name]
    assert article.source == str(good[name])
    assert article.title == title  # from the document, not the file name
    if phrase:
        assert phrase in article.text
    document = read_document(good[name])
    assert article.text == document.text  # the cache key is the extracted text's digest
    assert article.pages == document.pages and article.headings == document.headings


def test_a_pdf_brings_its_pages_and_a_book_its_chapters(good):
    report = load_one(str(good["report.pdf"]))
    assert report.page_count >= 2 and report.pages[0] == 0
    assert report.page_at(len(report.text) - 1) == report.page_count
    assert report.page_at(report.page_start(2)) == 2
    book = load_one(str(good["book.epub"]))
    assert book.page_count == 0 and book.page_at(0) is None
    assert [h.text for h in book.headings if h.level == 1][:2] == ["Chapter Two: Trade", "Chapter One: The Border"]
    for heading in book.headings:
        assert book.text[heading.start:].startswith(heading.text)


def test_a_folders_documents_join_its_library(good, tmp_path):
    (good["report.pdf"].parent / "notes.md").write_text("# Notes\n\nMr Green said so.\n", encoding="utf-8")
    articles, problems = load([str(good["report.pdf"].parent)])
    assert problems == []
    assert [Path(a.source).name for a in articles] == sorted([*GOOD, "notes.md"])


def test_each_bad_document_is_one_message_and_the_rest_is_read(good, tmp_path):
    bad = [write_bad(kind, tmp_path) for kind in BAD]
    articles, problems = load([str(good["memo.docx"]), *(str(path) for path, _ in bad), str(good["saved.html"])])
    assert [a.title for a in articles] == ["Memo on Border Trade", "Saved: the border talks"]
    assert len(problems) == len(bad)
    for (path, message), problem in zip(bad, problems):
        assert problem.startswith(f"{path}: {message}"), problem
        assert "\n" not in problem


def test_a_pdf_on_standard_input_is_read_as_a_pdf(good, monkeypatch):
    data = good["report.pdf"].read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    article = load_one("-")
    assert article.title == "Annual Report 2026" and article.page_count >= 2


def test_documents_have_their_own_size_limit(tmp_path):
    """A report larger than any text file is not refused as too large; a text file that size is."""
    big = MAX_BYTES + 1024 * 1024
    report, text = tmp_path / "big.pdf", tmp_path / "big.txt"
    for path in (report, text):
        with path.open("wb") as out:
            out.write(b"%PDF-1.7\n" if path is report else b"words ")
            out.truncate(big)  # sparse: nothing is written to the disk
    with pytest.raises(ArticleError) as caught:
        load_one(str(text))
    assert "too large" in str(caught.value)
    with pytest.raises(ArticleError) as caught:
        load_one(str(report))
    assert "too large" not in str(caught.value) and str(caught.value).startswith(f"{report}: the PDF")


@pytest.fixture(scope="module")
def pdf_site(good):
    """A web server on the loopback address that serves the report as application/pdf (.pdf) and
    as application/octet-stream (a download link with no suffix that says what it is)."""
    root = good["report.pdf"].parent / "site"
    root.mkdir()
    (root / "report.pdf").write_bytes(good["report.pdf"].read_bytes())
    (root / "download").write_bytes(good["report.pdf"].read_bytes())
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.mark.parametrize("name", ["report.pdf", "download"])
def test_a_url_that_answers_with_a_pdf_is_read_as_one(pdf_site, name):
    article = load_one(f"{pdf_site}/{name}")
    assert article.title == "Annual Report 2026"
    assert "alliance of convenience" in article.text and article.page_count >= 2
