"""The entry points: formats judged by content, EPUB 2 books, and a light import."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from books import write_docx, write_epub, write_epub2_by_hand
from makers import generated_blocks, write_report

from tui.sources.documents import Document, extract, read_document, sniff


def test_sniff_by_content_not_by_name(tmp_path):
    write_report(tmp_path / "a", generated_blocks(1))
    write_epub(tmp_path / "b")
    write_docx(tmp_path / "c")
    (tmp_path / "d").write_text("\ufeff<!-- saved from url=(0014)about:internet -->\n<!DOCTYPE html><p>x",
                                encoding="utf-8")
    (tmp_path / "e").write_text("Plain words, no markup.", encoding="utf-8")
    assert [sniff(tmp_path / n) for n in "abcde"] == ["pdf", "epub", "docx", "html", None]
    assert sniff(tmp_path / "missing") is None


def test_epub2_with_ncx_table_of_contents(tmp_path):
    path = tmp_path / "old.epub"
    write_epub2_by_hand(path)
    document = read_document(path)
    assert document.title == "Old Book"
    assert document.text.split("\n\n") == ["Part One", "Old text, first paragraph.", "Loose text in a div.",
                                            "Second bold paragraph."]


def test_extract_from_bytes_names_the_source_in_messages(tmp_path):
    write_docx(tmp_path / "memo.docx")
    document = extract((tmp_path / "memo.docx").read_bytes(), "https://example.org/memo", "memo.docx")
    assert isinstance(document, Document) and document.format == "docx"


def test_page_lookup_without_pages():
    document = Document("text", None, "epub")
    assert document.page_at(3) is None and document.page_start(5) == 0


def test_importing_the_package_loads_no_format_library():
    probe = ("import json, sys, tui.sources.documents; "
             "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    loaded = set(json.loads(proc.stdout))
    assert "tui" in loaded
    assert not loaded & {"pypdfium2", "docx", "lxml", "trafilatura", "spacy", "textual"}


def test_document_errors_are_article_errors(tmp_path):
    """Every caller that reports an unreadable article reports an unreadable document too."""
    from tui.core.article import ArticleError

    (tmp_path / "x.pdf").write_bytes(b"not a pdf")
    with pytest.raises(ArticleError, match="named .pdf but it is plain text, not a PDF$"):
        read_document(tmp_path / "x.pdf")


def test_epub_with_an_empty_chapter_and_an_empty_nav(tmp_path):
    import zipfile

    path = tmp_path / "book.epub"
    write_epub(path)
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(tmp_path / "emptied.epub", "w") as target:
        for info in source.infolist():
            empty = info.filename.endswith(("chap_1.xhtml", "nav.xhtml"))
            target.writestr(info, b"" if empty else source.read(info))
    text = read_document(tmp_path / "emptied.epub").text
    assert "Dandong" in text and "Coal" not in text
