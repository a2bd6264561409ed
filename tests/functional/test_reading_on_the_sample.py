"""The cursor logic on the real model's analysis of a sample, without a terminal: what the
Pilot walks that pressed ] dozens of times used to check, in milliseconds."""

from __future__ import annotations

from app_support import expected_status
from tui.core.reading import Refused, Stops
from tui.core.reading.status import cursor_status


def walk(stops: Stops, move: str, step: int, cursor=None, limit: int = 10_000) -> list:
    seen = []
    for _ in range(limit):
        where = stops.move(move, step, cursor, top=0, bottom=10**9)
        if isinstance(where, Refused):
            break
        cursor = where
        seen.append(where.span)
    return seen


def test_brackets_visit_every_mention_and_the_status_names_its_actor(sample_analysis):
    stops = Stops(sample_analysis)
    expected = [(m.start, m.end) for m in sample_analysis.mentions()]
    assert walk(stops, "mention", 1) == expected
    assert walk(stops, "mention", -1) == expected[::-1]
    cursor = None
    for span in expected:
        cursor = stops.move("mention", 1, cursor)
        assert cursor_status(stops, cursor, {}) == expected_status(sample_analysis, span)


def test_a_click_finds_the_innermost_mention_under_it(sample_analysis):
    stops = Stops(sample_analysis)
    for start, end in stops.mention_spans:
        found = stops.at_offset(start)
        assert found.start <= start < found.end and found.end - found.start <= end - start


def test_star_cycles_through_each_actors_mentions(sample_analysis):
    stops = Stops(sample_analysis)
    for actor in sample_analysis.actors:
        own = [(m.start, m.end) for m in sample_analysis.mentions() if m.actor == actor.id]
        if not own:
            continue
        first = stops.to_actor(actor.id)
        assert walk(stops, "same_actor", 1, first, limit=len(own)) == own[1:] + own[:1]
        assert walk(stops, "same_actor", -1, first, limit=len(own)) == (own[::-1])


def test_pronoun_stops_add_exactly_the_linked_pronouns(sample_analysis):
    named = walk(Stops(sample_analysis), "mention", 1)
    every = walk(Stops(sample_analysis, include_inferred=True), "mention", 1)
    pronouns = set(every) - set(named)
    assert pronouns and set(named) <= set(every)
    inferred = {(m.start, m.end) for m in sample_analysis.mentions(include_inferred=True) if m.inferred}
    assert pronouns == inferred


def test_quotes_in_order_and_hidden_kinds_skipped(sample_analysis):
    stops = Stops(sample_analysis)
    assert walk(stops, "quote", 1) == [(q.start, q.end) for q in sample_analysis.quotes]
    no_places = Stops(sample_analysis, hidden_kinds=frozenset({"place"}))
    shown = walk(no_places, "mention", 1)
    assert shown and all(sample_analysis.actor(m.actor).kind != "place"
                         for m in sample_analysis.mentions() if (m.start, m.end) in shown)
    assert len(shown) == sum(sample_analysis.actor(m.actor).kind != "place" for m in sample_analysis.mentions())
