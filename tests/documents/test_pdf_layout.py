"""The layout step on its own (no PDF library): lines as a PDF's text layer gives them."""

from __future__ import annotations

from tui.sources.documents.pdf_layout import Line, Page, build

WIDTH, HEIGHT, SIZE, PITCH = 595.0, 842.0, 10.0, 13.0


def page(*rows: str, header: str | None = None, footer: str | None = None, first_indent: set[int] = frozenset(),
         short: set[int] = frozenset()) -> Page:
    """Body lines from the top of the text area; ``short`` rows end early (a paragraph's last line)."""
    lines = []
    if header:
        lines.append(Line(header, 200, 800, 400, 808, 8.0))
    for i, text in enumerate(rows):
        top = 760 - i * PITCH
        left = 72 + (20 if i in first_indent else 0)
        right = 300 if i in short else 523
        lines.append(Line(text, left, top - SIZE, right, top, SIZE))
    if footer:
        lines.append(Line(footer, 290, 30, 305, 38, 8.0))
    return Page(WIDTH, HEIGHT, tuple(lines))


def test_compound_kept_when_the_document_writes_it_with_a_hyphen():
    doc = build([page("The well-known analyst spoke first and the well-",
                      "known rule held, while the inter-",
                      "national talks went on.", short={2})], None)
    assert doc.text == ("The well-known analyst spoke first and the well-known rule held, "
                        "while the international talks went on.")


def test_hyphen_before_a_capital_or_a_number_is_kept():
    doc = build([page("The Putin-", "Kim summit of the COVID-", "19 era ended -", "as planned.", short={3})], None)
    assert doc.text == "The Putin-Kim summit of the COVID-19 era ended - as planned."


def test_alternating_running_headers_and_bare_numbers_are_dropped():
    pages = [page(f"Body line {n} of the report text goes here", "and on the next line", "to its end.", short={2},
                  header="Annual Report" if n % 2 else "Chapter 2: Trade", footer=f"- {n} -")
             for n in range(1, 7)]
    doc = build(pages, None)
    assert "Annual Report" not in doc.text and "Chapter 2" not in doc.text and "-" not in doc.text
    assert len(doc.pages) == 6


def test_a_first_line_indent_starts_a_paragraph():
    doc = build([page("First paragraph runs to the margin and", "ends on a full line.",
                      "Second paragraph begins indented", "and goes on here.", first_indent={2})], None)
    assert doc.text.split("\n\n") == ["First paragraph runs to the margin and ends on a full line.",
                                      "Second paragraph begins indented and goes on here."]


def test_a_short_line_ending_a_sentence_ends_the_paragraph_across_pages():
    doc = build([page("A paragraph that ends on the last", "line of the page.", short={1}),
                 page("A new one starts on the next page", "and ends.", short={1}),
                 page("A paragraph that runs on across", "the page break", short={1}),
                 page("and continues here.", short={0})], None)
    assert doc.text.split("\n\n") == [
        "A paragraph that ends on the last line of the page.",
        "A new one starts on the next page and ends.",
        "A paragraph that runs on across the page break and continues here."]
    assert [doc.text[s:s + 5] for s in doc.pages] == ["A par", "A new", "A par", "and c"]


def test_ligatures_and_pdfium_hyphen_marks():
    doc = build([page("The o\ufb03cial \ufb01gures were re\ufffe", "leased today.", short={1})], None)
    assert doc.text == "The official figures were released today."


def test_headers_that_change_by_chapter_but_carry_the_page_number():
    """Book-style headers: "12 Title" on even pages, "Chapter N: Name 13" on odd ones."""
    headers = [f"{n} Libtasn1" if n % 2 == 0 else f"Chapter {n // 4 + 1}: Part {n // 4 + 1} {n}"
               for n in range(3, 11)]
    pages = [page(f"Text of page {i} goes on and on and on", "over lines that fill the page", "to its end.",
                  header=h, short={2}) for i, h in enumerate(headers)]
    doc = build(pages, None)
    assert "Libtasn1" not in doc.text and "Chapter" not in doc.text
    assert doc.text.count("Text of page") == 8


def test_a_numbered_heading_at_a_page_top_is_kept():
    rows = ("Body text of the page that runs to the margin", "and further down the page", "to its end.")
    pages = [Page(WIDTH, HEIGHT, (Line(f"{n}. Section", 72, 790, 200, 804, 14.0),) + page(*rows, short={2}).lines)
             for n in range(1, 7)]
    assert build(pages, None).text.count(". Section") == 6


def test_list_items_are_paragraphs_and_heading_levels_follow_size():
    title = Line("Report", 72, 800, 200, 820, 20.0)
    section = Line("1. Scope", 72, 780, 200, 794, 14.0)
    body = page("The plan covers:", "• ports and the bridge that runs to the margin of the", "column,",
                "• rail lines.", short={0, 2, 3})
    doc = build([Page(WIDTH, HEIGHT, (title, section) + body.lines)], None)
    assert doc.text.split("\n\n") == ["Report", "1. Scope", "The plan covers:",
                                      "• ports and the bridge that runs to the margin of the column,", "• rail lines."]
    assert [(h.level, h.text) for h in doc.headings] == [(1, "Report"), (2, "1. Scope")]
    assert doc.title == "Report"
