"""PDF: a generated multi-page report comes back paragraph for paragraph, without its running
header, footers and page numbers, with hyphenated words joined and pages indexed."""

from __future__ import annotations

import re

from makers import HEADER, generated_blocks, sample_blocks, write_report

from tui.sources import sample_paths
from tui.sources.documents import read_document, sniff


def test_report_paragraphs_come_back_exactly(report):
    path, laid = report
    document = read_document(path)
    assert laid.pages >= 5 and len(laid.hyphenated) >= 10  # the file really has what is tested
    assert document.format == "pdf"
    assert document.text.split("\n\n") == laid.paragraphs


def test_running_header_and_page_numbers_are_dropped(report):
    document = read_document(report[0])
    assert HEADER not in document.text
    assert "Annual Report 2026" not in document.text
    assert not re.search(r"(?m)^\d+$", document.text)


def test_words_hyphenated_across_lines_are_joined(report):
    path, laid = report
    text = read_document(path).text
    for head, tail in laid.hyphenated:
        assert f"{head}-" not in text
        assert re.search(rf"\b{head}{tail}\b", text)


def test_title_from_metadata_and_headings_recorded(report):
    path, laid = report
    document = read_document(path)
    assert document.title == "Annual Report 2026"
    assert [h.text for h in document.headings] == laid.headings
    for heading in document.headings:
        assert document.text[heading.start:].startswith(heading.text)


def test_pages_index_the_text(report):
    path, laid = report
    document = read_document(path)
    assert len(document.pages) == laid.pages
    assert document.pages[0] == 0
    assert list(document.pages) == sorted(document.pages)
    assert all(0 <= start < len(document.text) for start in document.pages)
    for page in range(1, laid.pages + 1):
        assert document.page_at(document.page_start(page)) == page
    assert document.page_at(len(document.text) - 1) == laid.pages


def test_page_starts_at_its_first_line(tmp_path):
    """Each page's offset is where that page's first line begins, even inside a paragraph."""
    path = tmp_path / "one-paragraph.pdf"
    words = " ".join(f"word{i}" for i in range(1200))  # one paragraph over several pages
    laid = write_report(path, [("p", words)], hyphenate=False)
    document = read_document(path)
    assert laid.pages >= 2
    assert document.text == words
    for start in document.pages[1:]:
        assert document.text[start - 1] == " " and document.text[start:start + 4] == "word"


def test_title_from_first_heading_without_metadata(tmp_path):
    path = tmp_path / "untitled.pdf"
    write_report(path, [("h", "Border Security in 2026")] + generated_blocks(1)[1:])
    assert read_document(path).title == "Border Security in 2026"


def test_page_of_footers_and_two_columns(tmp_path):
    path = tmp_path / "columns.pdf"
    laid = write_report(path, generated_blocks(4, seed=5), columns=2, footer_style="page-of")
    document = read_document(path)
    assert "Page " not in document.text
    got = set(document.text.split("\n\n"))
    exact = sum(p in got for p in laid.paragraphs)
    # A paragraph whose last line fills the column's last line cannot be told from one that goes on.
    assert exact >= len(laid.paragraphs) - 2, exact


def test_a_news_sample_comes_back_as_its_text(tmp_path):
    source = sample_paths()[0].read_text(encoding="utf-8")
    path = tmp_path / "sample.pdf"
    write_report(path, sample_blocks(source))
    document = read_document(path)
    assert sniff(path) == "pdf"
    assert document.text == "\n\n".join(p for _, p in sample_blocks(source))


def test_footnotes_do_not_break_a_paragraph_that_runs_on(tmp_path):
    path = tmp_path / "notes.pdf"
    notes = {1: "1 Figures from the customs office of Dandong, as published in March.",
             2: "2 The ministry did not answer requests for comment on the figures, which were "
                "disputed by several trade associations and by an independent group of economists "
                "who had studied the border trade for a decade."}
    laid = write_report(path, generated_blocks(3, seed=7), notes=notes)
    document = read_document(path)
    paragraphs = document.text.split("\n\n")
    assert laid.pages >= 3
    assert [p for p in paragraphs if p not in laid.paragraphs] == list(notes.values())
    assert all(p in paragraphs for p in laid.paragraphs)


def test_a_raised_footnote_mark_does_not_break_the_line(tmp_path):
    """PDFium starts a new line where the baseline rises for a superscript; the layout rejoins it."""
    from fpdf import FPDF

    words = "The ministry said trade fell by a third in the year to March, according to figures.".split()
    pdf = FPDF()
    pdf.add_page()
    for row in range(8):
        x, y = 20.0, 30 + row * 5.5
        for i, word in enumerate(words):
            pdf.set_font("Times", "", 11)
            pdf.text(x, y, word)
            x += pdf.get_string_width(word)
            if row == 3 and i == 5:
                pdf.set_font("Times", "", 7)
                pdf.text(x, y - 1.8, "12")
                x += pdf.get_string_width("12")
            pdf.set_font("Times", "", 11)
            x += pdf.get_string_width(" ")
    pdf.output(str(tmp_path / "marks.pdf"))
    sentence = " ".join(words)
    expected = " ".join([sentence] * 3 + [sentence.replace("fell by", "fell by12")] + [sentence] * 4)
    assert read_document(tmp_path / "marks.pdf").text == expected
