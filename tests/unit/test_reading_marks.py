"""Margin marks and the overview column (tui.core.reading.marks)."""

from __future__ import annotations

from tui.core.anchoring import anchor_span
from tui.core.annotations import BOOKMARK, HIGHLIGHT, TAG, Annotation, Placed
from tui.core.reading.marks import KIND_ICONS, margin_marks, overview_marked
from tui.core.reading.units import PARAGRAPH, SENTENCE, WORD, TextUnits

TEXT = "One two. Three four.\n\nFive six."


def placed(start: int, end: int, kind: str, note: str = "", tags: tuple[str, ...] = ()) -> Placed:
    ann = Annotation(f"{kind}{start}", "src", kind, anchor_span(TEXT, start, end), "d", note=note, tags=tags)
    return Placed(ann, start, end, "position")


def test_a_note_wins_over_a_bookmark_which_wins_over_tags_on_a_line():
    line_of = lambda offset: 0 if offset < 22 else 1  # noqa: E731 - two display lines
    marks = margin_marks([placed(0, 3, TAG, tags=("x",)), placed(4, 7, BOOKMARK), placed(22, 26, HIGHLIGHT)],
                         line_of)
    assert marks == {0: KIND_ICONS[BOOKMARK]}  # a plain highlight has no mark
    marks = margin_marks([placed(0, 3, BOOKMARK), placed(4, 7, HIGHLIGHT, note="n")], line_of)
    assert marks == {0: "✎"}


def test_overview_rows_stand_for_equal_shares_of_the_text():
    # 100 lines on 10 rows: a mention on line 55 marks row 5 only.
    assert [r for r in range(10) if overview_marked(r, 10, 100, [55])] == [5]
    # More rows than lines: each line marks at least one row.
    assert [r for r in range(10) if overview_marked(r, 10, 5, [2])] == [4, 5]
    assert not overview_marked(0, 10, 100, [])


def test_text_units():
    units = TextUnits(TEXT)
    assert [TEXT[s:e] for s, e in units(WORD)][:3] == ["One", "two", "Three"]
    assert [TEXT[s:e] for s, e in units(SENTENCE)] == ["One two.", "Three four.", "Five six."]
    assert [TEXT[s:e] for s, e in units(PARAGRAPH)] == ["One two. Three four.", "Five six."]
