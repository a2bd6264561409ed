"""The mention cursor's moves over sorted spans."""

from __future__ import annotations

from tui.core import navigation as nav

STOPS = [(1, 3), (5, 8), (5, 9), (10, 12)]


def test_following_and_preceding_do_not_wrap():
    assert nav.following(STOPS, (1, 3)) == 1
    assert nav.following(STOPS, (5, 8)) == 2  # same start, longer span comes after
    assert nav.following(STOPS, (10, 12)) is None
    assert nav.preceding(STOPS, (5, 9)) == 1
    assert nav.preceding(STOPS, (1, 3)) is None


def test_origin_lets_a_stop_at_the_offset_come_next():
    assert nav.following(STOPS, nav.origin(5)) == 1
    assert nav.following(STOPS, nav.origin(0)) == 0
    assert nav.preceding(STOPS, nav.origin(5)) == 0


def test_cycles_wrap_at_the_ends():
    assert nav.cycle_next(STOPS, (10, 12)) == 0
    assert nav.cycle_prev(STOPS, (1, 3)) == 3
    assert nav.cycle_next([], (0, 0)) is None
    assert nav.cycle_prev([], (0, 0)) is None


def test_containing_prefers_the_innermost_span():
    assert nav.containing(STOPS, 6) == 1
    assert nav.containing([(0, 20), (4, 6)], 5) == 1
    assert nav.containing(STOPS, 4) is None
    assert nav.containing(STOPS, 12) is None


def test_position_label():
    assert nav.position_label(1, 6) == "2/6"


def test_find_all_is_case_insensitive_on_the_original_offsets():
    text = "Putin and PUTIN, putinism"
    assert nav.find_all(text, "putin") == [(0, 5), (10, 15), (17, 22)]
    assert nav.find_all(text, "") == []
    assert nav.find_all("a.b", ".") == [(1, 2)]


def test_density_strip():
    assert nav.density_strip([0, 1, 2, 50, 99], 100, 10) == "█    ▃   ▃"
    assert nav.density_strip([], 100, 4) == "    "
    assert len(nav.density_strip([5], 10, 16)) == 16
