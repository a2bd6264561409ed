"""The progress line's wording: share done and time left at the pace so far."""

from tui.core.reading.progress_estimate import ProgressEstimate, duration


def test_no_estimate_before_any_work_then_the_pace_so_far():
    estimate = ProgressEstimate(started=100.0)
    assert estimate.describe() == "Analysing… 0%"
    estimate.advance(25, 100, now=110.0)  # a quarter in 10 s: 30 s to go
    assert estimate.fraction == 0.25
    assert estimate.seconds_left == 30.0
    assert estimate.describe() == "Analysing… 25% · about 30 s left"


def test_durations_are_rough():
    assert duration(0.4) == "under a second"
    assert duration(42.4) == "about 42 s"
    assert duration(200) == "about 3 min"
