"""Selection units (words, sentences) and growing/shrinking a selection by them."""

from tui.core.reading.units import sentence_spans, unit_at, word_at, word_spans
from tui.core.selection import Selection

TEXT = "Mr. Green said no. George W. Bush agreed! “Fine,” she said.\n\nA new paragraph here."


def spans(text, found):
    return [text[s:e] for s, e in found]


def test_sentences_skip_abbreviations_and_initials_and_stop_at_paragraphs():
    assert spans(TEXT, sentence_spans(TEXT)) == [
        "Mr. Green said no.", "George W. Bush agreed!", "“Fine,” she said.", "A new paragraph here."]


def test_words_and_the_word_at_an_offset():
    assert spans("it’s a well-known fact", word_spans("it’s a well-known fact"))[:2] == ["it’s", "a"]
    text = "one  two"
    assert text[slice(*word_at(text, 4))] == "two"  # between words: the next one


def test_unit_at_falls_forward_then_back():
    units = [(0, 3), (5, 8)]
    assert unit_at(units, 1) == (0, 3)
    assert unit_at(units, 4) == (5, 8)
    assert unit_at(units, 20) == (5, 8)
    assert unit_at([], 0) is None


def test_selection_grows_by_units_and_takes_moves_back():
    words = word_spans(TEXT)
    start = Selection.on(*words[1])  # "Green"
    grown = start.extend(words, forward=True)
    assert TEXT[grown.start:grown.end] == "Green said"
    assert grown.extend(words, forward=False).span == start.span  # the opposite key takes it back
    back = start.extend(words, forward=False)
    assert TEXT[back.start:back.end].startswith("Mr")
    assert Selection.on(*words[-1]).extend(words, forward=True) is None  # nothing further
