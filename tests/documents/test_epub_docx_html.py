"""EPUB, Word and saved web pages: text in order, headings, titles."""

from __future__ import annotations

from books import BOOK_TITLE, CHAPTERS, add_member, encryption_xml, write_docx, write_epub

from tui.sources.documents import read_document, sniff


def test_epub_chapters_in_spine_order_with_titles(tmp_path):
    path = tmp_path / "book.epub"
    write_epub(path, order=(1, 0, 2))
    document = read_document(path)
    assert document.format == "epub" and sniff(path) == "epub"
    assert document.title == BOOK_TITLE
    assert document.text.split("\n\n") == [
        "Chapter Two: Trade", "Exports", "Coal and seafood crossed the bridge.", "First item", "Second item",
        "Chapter One: The Border", "The town of Dandong faces the river.",
        "“We watch the boats,” said a fisherman, pointing north.",
        "An Untitled Interlude",  # from the table of contents: the chapter has no heading
        "This chapter has no heading of its own; the table of contents names it.",
    ]
    assert [(h.level, h.text) for h in document.headings] == [
        (1, "Chapter Two: Trade"), (2, "Exports"), (1, "Chapter One: The Border"), (1, CHAPTERS[2][0])]
    assert document.pages == ()


def test_epub_with_only_obfuscated_fonts_is_read(tmp_path):
    path = tmp_path / "fonts.epub"
    write_epub(path)
    add_member(path, "META-INF/encryption.xml",
               encryption_xml("http://www.idpf.org/2008/embedding", "EPUB/fonts/serif.otf"))
    assert "Dandong" in read_document(path).text


def test_docx_paragraphs_headings_and_table(tmp_path):
    path = tmp_path / "memo.docx"
    write_docx(path)
    document = read_document(path)
    assert document.format == "docx" and sniff(path) == "docx"
    assert document.title == "Memo on Border Trade"
    assert document.text.split("\n\n") == [
        "Border Trade", "Trade across the river fell by a third, officials said.", "Background",
        "“The bridge is quiet now,” said Li Wei, a trader in Dandong.", "Year", "Tonnes", "2025", "1200",
        "Outlook", "Nobody expects a recovery this year."]
    assert [(h.level, h.text) for h in document.headings] == [
        (1, "Border Trade"), (1, "Background"), (2, "Outlook")]


def test_docx_title_from_title_style_without_metadata(tmp_path):
    path = tmp_path / "memo.docx"
    write_docx(path, core_title=None)
    assert read_document(path).title == "Border Trade"


PAGE = """<!DOCTYPE html><html><head><title>Fishing boats seized | The Daily</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Fishing boats seized</h1>
<p>North Korean patrols seized three Chinese fishing boats on Tuesday, officials in Dandong said,
in the latest sign of strained relations between the two neighbours.</p>
<p>“We have never seen anything like this,” said Wang Lei, a boat owner whose crew was detained
for two days before being released without their catch.</p>
<p>Beijing has not commented publicly on the incidents, which analysts say reflect Pyongyang's
growing confidence as its ties with Moscow deepen.</p></article>
<footer>Copyright The Daily. All rights reserved.</footer></body></html>"""


def test_saved_html_gives_the_article_text(tmp_path):
    path = tmp_path / "saved.html"
    path.write_text(PAGE, encoding="utf-8")
    document = read_document(path)
    assert document.format == "html" and sniff(path) == "html"
    assert document.title.startswith("Fishing boats seized")
    paragraphs = document.text.split("\n\n")
    assert any(p.startswith("North Korean patrols seized three Chinese fishing boats") for p in paragraphs)
    assert "“We have never seen anything like this,” said Wang Lei" in document.text
    assert "Copyright" not in document.text and "Home" not in document.text
