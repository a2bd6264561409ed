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
    pages = [page(f"Body line {n} of the report text goes here.",
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
