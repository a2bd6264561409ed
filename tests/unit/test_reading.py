"""The reader's cursor logic without a terminal: every move of ] [ * # } { . , n N, re-seating
after a change, and the status line's wording (tui.core.reading)."""

from __future__ import annotations

import pytest

from tui.core.anchoring import anchor_span
from tui.core.annotations import HIGHLIGHT, NOTE, Annotation, Placed, Placements
from tui.core.model import Actor, Analysis, Mention, Quote
from tui.core.reading import Cursor, CursorKind, Refused, Stops
from tui.core.reading.stops import HIDDEN_ACTOR, NO_ACTOR, NO_ANNOTATIONS
from tui.core.reading.status import ANALYSING, cursor_status, idle_status, selection_status

TEXT = ("Anna Berg met Bob Lund in Oslo. She said “we agree”. "
        "Bob Lund left Oslo. Anna Berg stayed; she told Reuters “no comment”.")


def span(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return (start, start + len(word))


def mention(word: str, nth: int, label: str, actor: str, inferred: bool = False) -> Mention:
    s, e = span(word, nth)
    return Mention(s, e, word, label, actor, inferred=inferred)


ANNA = [mention("Anna Berg", 0, "PERSON", "anna"), mention("She", 0, "", "anna", inferred=True),
        mention("Anna Berg", 1, "PERSON", "anna"), mention("she", 0, "", "anna", inferred=True)]
BOB = [mention("Bob Lund", 0, "PERSON", "bob"), mention("Bob Lund", 1, "PERSON", "bob")]
OSLO = [mention("Oslo", 0, "GPE", "oslo"), mention("Oslo", 1, "GPE", "oslo")]
REUTERS = [mention("Reuters", 0, "ORG", "reuters")]


def analysis() -> Analysis:
    actors = [Actor("anna", "Anna Berg", "person", mentions=ANNA), Actor("bob", "Bob Lund", "person", mentions=BOB),
              Actor("oslo", "Oslo", "place", mentions=OSLO), Actor("reuters", "Reuters", "org", mentions=REUTERS)]
    quotes = [Quote(*span("we agree"), "we agree", speaker="anna"),
              Quote(*span("no comment"), "no comment", speaker=None)]
    return Analysis(len(TEXT), "test", "0", "0", actors=actors, quotes=quotes)


def named_spans() -> list[tuple[int, int]]:
    return sorted((m.start, m.end) for m in ANNA + BOB + OSLO + REUTERS if not m.inferred)


def placed(word: str, ident: str, kind: str = HIGHLIGHT, note: str = "", colour: str | None = "green") -> Placed:
    s, e = span(word)
    ann = Annotation(ident, "src", kind, anchor_span(TEXT, s, e), "digest", colour=colour, note=note)
    return Placed(ann, s, e, "position")


def walk(stops: Stops, move: str, step: int, cursor: Cursor | None = None, limit: int = 50) -> list:
    """Every stop a key visits from ``cursor`` until it refuses (or ``limit`` presses)."""
    seen = []
    for _ in range(limit):
        where = stops.move(move, step, cursor, top=0, bottom=len(TEXT))
        if isinstance(where, Refused):
            break
        cursor = where
        seen.append(where.span)
    return seen


def test_brackets_walk_every_named_mention_in_text_order_both_ways():
    stops = Stops(analysis())
    assert walk(stops, "mention", 1) == named_spans()
    assert walk(stops, "mention", -1) == named_spans()[::-1]


def test_without_a_cursor_moves_start_at_the_screen():
    stops = Stops(analysis())
    oslo = span("Oslo", 1)
    forward = stops.move("mention", 1, None, top=oslo[0], bottom=len(TEXT))
    assert forward.span == oslo  # a stop starting at the top of the screen is next
    backward = stops.move("mention", -1, None, top=0, bottom=span("Bob Lund")[1])
    assert backward.span == span("Bob Lund")


def test_ends_refuse_with_a_bell_only():
    stops = Stops(analysis())
    last = stops.move("mention", -1, None, top=0, bottom=len(TEXT))
    assert stops.move("mention", 1, last) == Refused()


def test_same_actor_wraps_both_ways_and_counts_only_the_actors_stops():
    stops = Stops(analysis())
    first = stops.to_actor("anna")
    assert first.span == span("Anna Berg")
    assert cursor_status(stops, first, {}) == "Anna Berg · 1/2"
    second = stops.move("same_actor", 1, first)
    assert second.span == span("Anna Berg", 1)
    assert cursor_status(stops, second, {}) == "Anna Berg · 2/2"
    assert stops.move("same_actor", 1, second).span == first.span  # round to the first
    assert stops.move("same_actor", -1, first).span == second.span  # round to the last


def test_same_actor_needs_an_actor():
    stops = Stops(analysis())
    assert stops.move("same_actor", 1, None) == Refused(NO_ACTOR)
    unattributed = stops.to_quote(1)
    assert stops.move("same_actor", 1, unattributed) == Refused(NO_ACTOR)


def test_from_a_quote_star_goes_to_the_speakers_next_mention():
    stops = Stops(analysis())
    quote = stops.move("quote", 1, None, top=0)
    assert quote.span == span("we agree")
    assert cursor_status(stops, quote, {}) == "Quote 1/2 · Anna Berg"
    assert stops.move("same_actor", 1, quote).span == span("Anna Berg", 1)
    assert cursor_status(stops, stops.to_quote(1), {}) == "Quote 2/2 · unattributed"


def test_quote_keys_and_mentions_interleave_in_text_order():
    stops = Stops(analysis())
    quote = stops.to_quote(0)
    assert stops.move("mention", 1, quote).span == span("Bob Lund", 1)
    assert stops.move("quote", -1, quote) == Refused()
    assert walk(stops, "quote", 1) == [span("we agree"), span("no comment")]


def test_pronouns_are_stops_only_on_request():
    stops = Stops(analysis(), include_inferred=True)
    own = walk(stops, "same_actor", 1, stops.to_actor("anna"), limit=4)
    assert own == [span("She"), span("Anna Berg", 1), span("she"), span("Anna Berg")]
    assert len(walk(stops, "mention", 1)) == len(named_spans()) + 2
    assert cursor_status(stops, stops.to_actor("anna"), {}) == "Anna Berg · 1/4"


def test_hidden_kinds_are_skipped_and_their_actors_cannot_be_reached():
    stops = Stops(analysis(), hidden_kinds=frozenset({"place"}))
    assert span("Oslo") not in walk(stops, "mention", 1)
    assert stops.to_actor("oslo") == Refused(HIDDEN_ACTOR)
    assert stops.entity_spans() == sorted(set(stops.mention_spans) | set(stops.quote_spans))


def test_a_corrected_kind_hides_by_the_actors_kind():
    data = analysis()
    data.actor("reuters").kind = "place"
    stops = Stops(data, hidden_kinds=frozenset({"place"}))
    assert span("Reuters") not in stops.mention_spans


def test_search_matches_cycle_and_are_counted():
    stops = Stops(analysis()).searched(TEXT, "oslo")
    assert list(stops.matches) == [span("Oslo"), span("Oslo", 1)]
    assert cursor_status(stops, None, {}) == "“oslo” · 2 matches"
    first = stops.move("match", 1, None, top=0)
    assert cursor_status(stops, first, {}) == "“oslo” · 1/2"
    assert stops.move("match", -1, first).span == span("Oslo", 1)  # wraps
    assert Stops(analysis()).searched(TEXT, "").matches == ()
    assert Stops().searched(TEXT, "Oslo").move("match", 1, None).span == span("Oslo")  # no analysis yet


def test_annotation_keys_step_through_annotations_without_wrapping():
    placements = Placements([placed("met", "a1"), placed("left", "a2", NOTE, note="why?", colour=None)])
    stops = Stops(analysis(), placements=placements)
    first = stops.move("annotation", 1, None, top=0)
    assert first.kind == CursorKind.ANNOTATION and first.span == span("met")
    assert cursor_status(stops, first, {}) == "Highlight 1/2 · green"
    second = stops.move("annotation", 1, first)
    assert cursor_status(stops, second, {}) == "Note 2/2 · “why?”"
    assert stops.move("annotation", 1, second) == Refused()
    assert Stops(analysis()).move("annotation", 1, None) == Refused(NO_ANNOTATIONS)
    # A mention inside an annotation: the annotation under the cursor is that one.
    assert stops.annotation(stops.at_offset(span("Bob Lund")[0])) is None
    assert stops.to_annotation("a2").span == span("left")
    assert stops.to_annotation("gone") == Refused()


def test_reseat_keeps_the_same_words_or_the_mention_covering_them():
    stops = Stops(analysis())
    bob = stops.to_actor("bob")
    merged = analysis()
    merged.actor("bob").mentions = [Mention(bob.start, bob.end + 3, "Bob Lund in", "PERSON", "bob")] + BOB[1:]
    again = Stops(merged)
    reseated = again.reseat(bob)
    assert reseated.span == (bob.start, bob.end + 3)  # the mention now covering its start
    assert Stops(analysis()).reseat(bob) == bob
    assert stops.reseat(None) is None
    quote = stops.to_quote(1)
    assert Stops(analysis()).reseat(quote) == quote


def test_reseat_follows_an_annotation_by_id():
    a1, a2 = placed("met", "a1"), placed("left", "a2")
    stops = Stops(analysis(), placements=Placements([a1, a2]))
    on_second = stops.to_annotation("a2")
    fewer = stops.replace(placements=Placements([a2]))
    assert fewer.reseat(on_second, "a2") == Cursor(CursorKind.ANNOTATION, *span("left"), 0)
    assert fewer.reseat(stops.to_annotation("a1"), "a1") is None


def test_status_hints_use_the_live_keys():
    keys = {"next-mention": "x", "next-quote": "}", "help": "?"}
    assert idle_status(analysis(), False, keys) == "4 actors · 2 quotes — x next mention, } next quote, ? help"
    assert idle_status(None, True, keys) == ANALYSING
    assert idle_status(None, False, keys) == ""
    status = selection_status(TEXT, span("Anna Berg"), {"select-word-forward": "w", "select-word-back": "B"})
    assert status.startswith("Selecting “Anna Berg” (9 characters) — w B word · ")


@pytest.mark.parametrize("move", ["mention", "same_actor", "quote", "annotation", "match"])
def test_every_move_works_on_an_empty_article(move):
    assert isinstance(Stops().move(move, 1, None), Refused)
    assert isinstance(Stops().move(move, -1, None), Refused)


def test_reseat_after_other_stops_keeps_quote_match_and_annotation_cursors():
    a1 = placed("met", "a1")
    stops = Stops(analysis(), placements=Placements([a1])).searched(TEXT, "Oslo")
    fewer_kinds = stops.replace(hidden_kinds=frozenset({"place"}), include_inferred=True)
    for cursor in (stops.to_quote(1), stops.move("match", 1, None), stops.to_annotation("a1")):
        held = stops.annotation(cursor)
        assert fewer_kinds.reseat(cursor, held.annotation.id if held else None) == cursor


def test_the_actors_quotes_are_one_key_from_any_of_its_mentions():
    base = analysis()
    quotes = [*base.quotes, Quote(*span("Bob Lund left Oslo"), "Bob Lund left Oslo", kind="indirect",
                                  speaker="anna")]
    stops = Stops(Analysis(len(TEXT), "test", "0", "0", actors=base.actors,
                           quotes=sorted(quotes, key=lambda q: q.start)))
    on_bob = stops.to_actor("bob")
    assert stops.move("actor_quote", 1, on_bob) == Refused("No quotes are attributed to Bob Lund in this article.")
    on_anna = stops.to_actor("anna")
    first = stops.move("actor_quote", 1, on_anna)
    assert (first.kind, first.span) == (CursorKind.QUOTE, span("we agree"))
    second = stops.move("actor_quote", 1, first)
    assert second.span == span("Bob Lund left Oslo")
    assert stops.move("actor_quote", 1, second).span == span("we agree")  # wraps round
    assert stops.move("actor_quote", -1, first).span == span("Bob Lund left Oslo")
    assert stops.move("actor_quote", 1, None) == Refused(NO_ACTOR)
