"""The quote-mark scanner, which needs no model."""

from tui.core.quotemarks import find_marked, paragraph_spans


def spans(text):
    return [text[m.start:m.end] for m in find_marked(text)]


def test_curly_straight_and_mixed_marks():
    text = 'A “curly one,” a "straight one," and a "mixed one” here.'
    assert spans(text) == ["curly one,", "straight one,", "mixed one"]


def test_opening_mark_used_as_a_closing_mark():
    text = "he said that “the next step would be a call upon his return “. Then"
    assert spans(text) == ["the next step would be a call upon his return"]


def test_unclosed_paragraph_continues_in_the_next():
    text = "“First paragraph runs on\n\n“and closes here.”\n\nNo quote."
    found = find_marked(text)
    assert [text[m.start:m.end] for m in found] == ["First paragraph runs on", "and closes here."]
    assert found[0].close_mark is None and found[1].continues


def test_apostrophes_are_not_marks():
    assert spans("It’s the company’s plan; the Smiths’ house isn’t ‘theirs’ yet.") == ["theirs"]


def test_single_curly_quotes_when_no_double_marks():
    assert spans("‘We’re not going to back down,’ she said.") == ["We’re not going to back down,"]


def test_paragraphs_by_blank_lines_or_lines():
    assert paragraph_spans("a\n\nb\n \nc") == [(0, 1), (3, 4), (7, 8)]
    assert paragraph_spans("a\nb\nc\nd") == [(0, 1), (2, 3), (4, 5), (6, 7)]


def test_double_marks_nested_in_single_quotes_belong_to_them():
    text = "‘The government calls our claim a “fantasy”. It is not,’ he said."
    assert spans(text) == ["The government calls our claim a “fantasy”. It is not,"]


def test_plural_possessive_inside_single_quotes():
    text = "‘We back the doctors’ leaders on this,’ she said."
    assert spans(text) == ["We back the doctors’ leaders on this,"]


def test_two_apostrophes_stand_for_a_double_mark():
    text = "''It's more tinkering at the edges,'' said an economist. The ''reform'' isn't one."
    found = find_marked(text)
    assert [text[m.start:m.end] for m in found] == ["It's more tinkering at the edges,", "reform"]
    assert text[found[0].extent[0]:found[0].extent[1]] == "''It's more tinkering at the edges,''"
