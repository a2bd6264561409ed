"""Wrapping the article into display lines: spans of the text, at most ``width`` cells."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st
from rich.cells import cell_len

from tui.sources import sample_paths
from tui.core.layout import Layout, SpanIndex, paragraphs, wrap


def shown(text, lines):
    return [text[s:e].replace("\n", " ") for s, e in lines]


def test_paragraphs_are_separated_by_one_blank_line():
    text = "One two three.\n\n\n\nFour five.\n"
    assert shown(text, wrap(text, 80)) == ["One two three.", "", "Four five."]


def test_single_newlines_are_soft_when_the_text_has_blank_lines():
    text = "a hard\nwrapped line\n\nnext"
    assert shown(text, wrap(text, 80)) == ["a hard wrapped line", "", "next"]


def test_without_blank_lines_each_line_is_a_paragraph():
    text = "First paragraph.\nSecond one.\r\nThird."
    assert [text[s:e] for s, e in paragraphs(text)] == ["First paragraph.", "Second one.", "Third."]
    assert shown(text, wrap(text, 80)) == ["First paragraph.", "", "Second one.", "", "Third."]


def test_words_wrap_at_the_width_and_long_words_are_broken():
    text = "aaa bbb ccc dddddddddd"
    assert shown(text, wrap(text, 7)) == ["aaa bbb", "ccc", "ddddddd", "ddd"]


def test_wide_characters_count_two_cells():
    text = "日本語 日本語"
    lines = wrap(text, 6)
    assert shown(text, lines) == ["日本語", "日本語"]
    assert all(cell_len(text[s:e]) <= 6 for s, e in lines)


def test_rewrap_at_another_width_keeps_every_word():
    text = sample_paths()[0].read_text(encoding="utf-8")
    for width in (20, 57, 80):
        layout = Layout(text, width)
        assert all(cell_len(text[s:e]) <= width for s, e in layout.lines)
        assert " ".join(t for t in shown(text, layout.lines) if t).split() == text.split()


def test_line_of_and_offset_at_are_inverse():
    text = "alpha beta gamma\n\ndelta epsilon"
    layout = Layout(text, 11)
    assert shown(text, layout.lines) == ["alpha beta", "gamma", "", "delta", "epsilon"]
    offset = text.index("epsilon")
    line = layout.line_of(offset)
    assert layout.lines[line][0] == offset
    assert layout.offset_at(line, 0) == offset
    assert layout.offset_at(line, 3) == offset + 3
    assert layout.offset_at(line, 40) is None
    assert layout.line_of(text.index("gamma") + 2) == 1


def test_span_index_finds_overlaps_even_when_spans_nest():
    index = SpanIndex([(0, 100), (10, 12), (50, 60), (120, 130)])
    assert [index.spans[i] for i in index.overlapping(55, 58)] == [(0, 100), (50, 60)]
    assert [index.spans[i] for i in index.overlapping(100, 120)] == []
    assert [index.spans[i] for i in index.overlapping(11, 125)] == [(0, 100), (10, 12), (50, 60), (120, 130)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n日\t"), max_size=120), st.integers(1, 30))
def test_lines_are_ordered_spans_within_width(text, width):
    lines = wrap(text, width)
    starts = [s for s, _ in lines]
    assert starts == sorted(starts)
    for start, end in lines:
        assert 0 <= start <= end <= len(text)
        assert cell_len(text[start:end].replace("\n", " ").replace("\t", " ")) <= max(width, 2)
    # every visible character is on some line
    covered = {i for s, e in lines for i in range(s, e)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def test_the_narrow_characters_are_one_cell_and_no_whitespace():
    import re

    from rich.cells import get_character_cell_size

    from tui.core.layout import NARROW

    narrow = re.compile(f"[{NARROW}]")
    chars = [chr(c) for c in range(0x3000) if narrow.match(chr(c)) and chr(c) != " "]
    assert len(chars) > 1000
    assert all(get_character_cell_size(c) == 1 and not c.isspace() for c in chars)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab  \n\t\x1c.\u201ce\u0301\u65e5\xa0\u2028", max_size=60), st.integers(1, 12))
def test_prose_is_wrapped_as_the_token_by_token_rule_does(text, width):
    # The fast path for paragraphs of one-cell characters against the general rule.
    from tui.core.layout import wrap_paragraph, wrap_tokens

    for start, end in paragraphs(text):
        assert wrap_paragraph(text, start, end, width) == wrap_tokens(text, start, end, width)
    assert wrap_paragraph(text, 0, len(text), width) == wrap_tokens(text, 0, len(text), width)
