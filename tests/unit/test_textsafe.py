"""Untrusted text is neutralised one character for one character, so offsets still hold."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from tui.core.textsafe import neutralise, one_line


def test_escape_sequences_and_controls_become_visible():
    text = "a\x1b[31mred\x07\x00b\x7f\x9b"
    safe = neutralise(text)
    assert safe == "a\u241b[31mred\u2407\u2400b\u2421\ufffd"
    assert "\x1b" not in safe


def test_tabs_and_carriage_returns_become_spaces_newlines_stay():
    assert neutralise("a\tb\r\nc") == "a b \nc"
    assert neutralise("a\nb", keep_newlines=False) == "a b"


def test_markup_is_left_alone_for_the_ui_to_draw_literally():
    assert neutralise("[bold red]x[/]") == "[bold red]x[/]"


def test_bidi_overrides_and_lone_surrogates_are_replaced():
    assert neutralise("a\u202eb\u2066c") == "a\ufffdb\ufffdc"
    assert neutralise("x\udcff") == "x\ufffd"


def test_one_line_collapses_whitespace_and_shortens():
    assert one_line("  Mr\n\tGreen  says ") == "Mr Green says"
    assert one_line("abcdefghij", 5) == "abcd…"


@given(st.text())
def test_length_is_kept_and_nothing_is_a_control(text):
    safe = neutralise(text)
    assert len(safe) == len(text)
    assert all(ch == "\n" or ord(ch) >= 0x20 and not 0x7F <= ord(ch) < 0xA0 for ch in safe)
    safe.encode("utf-8")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x3000, exclude_categories=("Cs",)), max_size=40))
def test_every_character_of_the_table_is_replaced_and_nothing_else(text):
    from tui.core.textsafe import _TABLE

    assert neutralise(text) == text.translate(_TABLE)
