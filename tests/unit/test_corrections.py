"""Corrections of the analysis, applied on top of an analysis, and again after the text changed."""

from __future__ import annotations

import pytest

from tui.core.annotations import AnnotationError
from tui.core.correction_records import (AddMention, ChangeKind, MergeActor, SetSpeaker, SplitMention, add_mention,
                                         change_kind, correction_from_dict, merge_actor, set_speaker,
                                         split_mention)
from tui.core.corrections import apply_corrections, apply_corrections_detailed
from tui.core.model import ORG, PERSON, PLACE, Actor, Analysis, Mention, Quote

TEXT = ("Maria Lopez met officials from Acme in Paris. \u201cThe deal is done,\u201d Lopez said. "
        "She left early. Acme Corp said: \u201cNo comment.\u201d Jordan Reed agreed with her.")


def at(words: str, text: str = TEXT, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def mention(words: str, label: str, actor: str | None, nth: int = 0, **flags) -> Mention:
    s, e = at(words, nth=nth)
    return Mention(s, e, words, label, actor, **flags)


def analysis() -> Analysis:
    """What a model might make of TEXT, with its mistakes: Acme Corp split from Acme, Paris
    taken for a person, Jordan Reed missed, the second quote given to Lopez."""
    lopez = [mention("Maria Lopez", "PERSON", "a1"), mention("Lopez", "PERSON", "a1", nth=1),
             mention("She", "PERSON", "a1", inferred=True)]
    acme = [mention("Acme", "ORG", "a2")]
    paris = [mention("Paris", "PERSON", "a3")]
    corp = [mention("Acme Corp", "ORG", "a4")]
    actors = [Actor("a1", "Maria Lopez", PERSON, ["Lopez"], lopez), Actor("a2", "Acme", ORG, [], acme),
              Actor("a3", "Paris", PERSON, [], paris), Actor("a4", "Acme Corp", ORG, [], corp)]
    entities = [m for a in actors for m in a.mentions if not m.inferred]
    q1 = Quote(*at("The deal is done,"), "The deal is done,", speaker="a1", speaker_text="Lopez",
               speaker_span=at("Lopez", nth=1), cue="said")
    q2 = Quote(*at("No comment."), "No comment.", speaker="a1", speaker_text="Lopez", cue="said")
    return Analysis(len(TEXT), "test", "1", "t", entities=entities, actors=actors, quotes=[q1, q2])


def actor_at(result: Analysis, words: str, nth: int = 0) -> Actor | None:
    span = at(words, nth=nth)
    for a in result.actors:
        if any((m.start, m.end) == span for m in a.mentions):
            return a
    return None


def test_no_corrections_change_nothing_and_mark_nothing():
    base = analysis()
    result = apply_corrections(base, TEXT, [])
    assert result.to_dict() == base.to_dict()
    assert not any(a.corrected for a in result.actors)


def test_change_kind_relabels_the_actor_and_its_entities():
    base = analysis()
    fix = change_kind(TEXT, base.actor("a3"), PLACE)
    result = apply_corrections(base, TEXT, [fix])
    paris = actor_at(result, "Paris")
    assert paris.kind == PLACE and paris.corrected
    entity = next(e for e in result.entities if (e.start, e.end) == at("Paris"))
    assert entity.label == "GPE" and entity.corrected
    assert base.actor("a3").kind == PERSON  # the input is left alone


def test_merge_moves_mentions_aliases_and_quotes():
    base = analysis()
    fix = merge_actor(TEXT, base.actor("a4"), base.actor("a2"))
    result = apply_corrections(base, TEXT, [fix])
    acme = actor_at(result, "Acme")
    assert actor_at(result, "Acme Corp") is acme
    assert "Acme Corp" in acme.aliases and acme.corrected
    assert len(result.actors) == len(base.actors) - 1
    moved = next(m for m in acme.mentions if (m.start, m.end) == at("Acme Corp"))
    assert moved.corrected and moved.actor == acme.id


def test_merge_takes_the_quotes_of_the_merged_actor():
    base = analysis()
    # Lopez merged into Acme (a silly correction, but a clear check that quotes follow).
    result = apply_corrections(base, TEXT, [merge_actor(TEXT, base.actor("a1"), base.actor("a2"))])
    acme = actor_at(result, "Acme")
    assert [q.text for q in result.quotes_of(acme.id)] == ["The deal is done,", "No comment."]
    assert all(q.corrected for q in result.quotes)


def test_merging_an_actor_into_itself_is_refused():
    base = analysis()
    with pytest.raises(AnnotationError):
        merge_actor(TEXT, base.actor("a1"), base.actor("a1"))


def test_split_makes_a_named_mention_its_own_actor_and_its_quote_follows():
    base = analysis()
    lopez_said = next(m for m in base.actor("a1").mentions if (m.start, m.end) == at("Lopez", nth=1))
    result = apply_corrections(base, TEXT, [split_mention(TEXT, lopez_said)])
    new = actor_at(result, "Lopez", nth=1)
    assert new is not None and new.id != "a1" and new.corrected and new.kind == PERSON
    assert new.name == "Lopez"
    assert actor_at(result, "Maria Lopez").id == "a1"
    quote = next(q for q in result.quotes if q.text == "The deal is done,")
    assert quote.speaker == new.id and quote.corrected


def test_split_of_a_pronoun_unlinks_it():
    base = analysis()
    she = next(m for m in base.actor("a1").mentions if m.text == "She")
    result = apply_corrections(base, TEXT, [split_mention(TEXT, she)])
    assert actor_at(result, "She") is None
    assert len(result.actors) == len(base.actors)


def test_add_mention_links_a_missed_span_to_an_actor():
    base = analysis()
    fix = add_mention(TEXT, *at("her"), actor=base.actor("a1"))
    result = apply_corrections(base, TEXT, [fix])
    lopez = actor_at(result, "her")
    assert lopez.id == "a1" and lopez.corrected
    added = next(m for m in lopez.mentions if m.text == "her")
    assert added.corrected and added.label == "PERSON"


def test_add_mention_of_a_new_actor_and_it_replaces_overlapping_mentions():
    base = analysis()
    result = apply_corrections(base, TEXT, [add_mention(TEXT, *at("Jordan Reed"), kind=PERSON)])
    reed = actor_at(result, "Jordan Reed")
    assert reed.name == "Jordan Reed" and reed.kind == PERSON and reed.corrected
    assert any((e.start, e.end) == at("Jordan Reed") and e.label == "PERSON" for e in result.entities)
    # "Acme" widened to "Acme in Paris" would swallow Paris: Paris's mention gives way.
    widened = apply_corrections(base, TEXT, [add_mention(TEXT, *at("Acme in Paris"), actor=base.actor("a2"))])
    assert actor_at(widened, "Paris") is None
    assert not any((e.start, e.end) == at("Paris") for e in widened.entities)


def test_set_and_clear_a_quote_speaker():
    base = analysis()
    no_comment = next(q for q in base.quotes if q.text == "No comment.")
    result = apply_corrections(base, TEXT, [set_speaker(TEXT, no_comment, base.actor("a4"))])
    fixed = next(q for q in result.quotes if q.text == "No comment.")
    assert fixed.speaker == "a4" and fixed.speaker_text == "Acme Corp" and fixed.corrected
    cleared = apply_corrections(base, TEXT, [set_speaker(TEXT, no_comment, None)])
    fixed = next(q for q in cleared.quotes if q.text == "No comment.")
    assert fixed.speaker is None and fixed.speaker_text is None and fixed.corrected


def test_corrections_apply_in_order_and_refer_to_actors_by_their_words():
    base = analysis()
    fixes = [merge_actor(TEXT, base.actor("a4"), base.actor("a2")),
             # made after the merge, naming Acme by the words "Acme Corp" (now Acme's)
             ChangeKind(change_kind(TEXT, base.actor("a4"), PLACE).actor, PLACE)]
    result = apply_corrections(base, TEXT, fixes)
    assert actor_at(result, "Acme").kind == PLACE


def test_corrections_survive_an_edited_text_and_a_renumbered_analysis():
    base = analysis()
    fixes = [change_kind(TEXT, base.actor("a3"), PLACE),
             set_speaker(TEXT, base.quotes[1], base.actor("a4"))]
    edited = "BREAKING. " + TEXT
    shift = len("BREAKING. ")
    # A later analysis of the edited text: same findings, shifted, ids numbered differently.
    renumber = {"a1": "a4", "a2": "a3", "a3": "a2", "a4": "a1"}
    d = base.to_dict()
    for a in d["actors"]:
        a["id"] = renumber[a["id"]]
        for m in a["mentions"]:
            m["start"] += shift
            m["end"] += shift
    for e in d["entities"]:
        e["start"] += shift
        e["end"] += shift
        e["actor"] = renumber[e["actor"]]
    for q in d["quotes"]:
        q["start"] += shift
        q["end"] += shift
        q["speaker"] = renumber[q["speaker"]]
        q["speaker_span"] = None
    later = Analysis.from_dict(d)
    result, skipped = apply_corrections_detailed(later, edited, fixes)
    assert skipped == []
    assert actor_at_text(result, edited, "Paris").kind == PLACE
    quote = next(q for q in result.quotes if q.text == "No comment.")
    assert result.actor(quote.speaker).name == "Acme Corp"


def actor_at_text(result: Analysis, text: str, words: str) -> Actor | None:
    s = text.index(words)
    return next((a for a in result.actors if any(m.start == s for m in a.mentions)), None)


def test_a_correction_whose_words_are_gone_is_skipped_not_an_error():
    base = analysis()
    fix = change_kind(TEXT, base.actor("a3"), PLACE)
    edited = TEXT.replace("in Paris", "in town")
    trimmed = Analysis.from_dict({**base.to_dict(), "actors": [a.to_dict() for a in base.actors
                                                               if a.id != "a3"]})
    result, skipped = apply_corrections_detailed(trimmed, edited, [fix])
    assert skipped == [fix]
    assert [a.name for a in result.actors] == [a.name for a in trimmed.actors]


def test_corrections_round_trip_through_json():
    base = analysis()
    fixes = [change_kind(TEXT, base.actor("a3"), PLACE), merge_actor(TEXT, base.actor("a4"), base.actor("a2")),
             split_mention(TEXT, base.actor("a1").mentions[1]), add_mention(TEXT, *at("her"), base.actor("a1")),
             add_mention(TEXT, *at("Jordan Reed"), kind=PERSON), set_speaker(TEXT, base.quotes[0], None)]
    for fix in fixes:
        assert correction_from_dict(fix.to_dict()) == fix
    assert {type(f) for f in fixes} == {ChangeKind, MergeActor, SplitMention, AddMention, SetSpeaker}


def test_corrected_flags_survive_the_analysis_json():
    base = analysis()
    result = apply_corrections(base, TEXT, [merge_actor(TEXT, base.actor("a4"), base.actor("a2")),
                                            set_speaker(TEXT, base.quotes[1], None)])
    again = Analysis.from_dict(result.to_dict())
    assert again.to_dict() == result.to_dict()
    assert any(a.corrected for a in again.actors) and any(q.corrected for q in again.quotes)


def test_unknown_kind_is_refused_with_a_message():
    with pytest.raises(AnnotationError, match="unknown kind"):
        change_kind(TEXT, analysis().actor("a1"), "planet")


@pytest.mark.slow
def test_a_correction_is_applied_to_a_fresh_analysis_of_an_edited_article_by_the_real_model():
    from tui.nlp import models
    from tui.nlp.pipeline import analyse_text

    info = models.resolve()
    text = ("The European Commission proposed new rules on Tuesday. Ursula von der Leyen said the "
            "rules would protect consumers. The Commission will vote next month.")
    first = analyse_text(text, info)
    commission = next(a for a in first.actors if "Commission" in a.name)
    fix = change_kind(text, commission, PLACE)
    edited = "Brussels, 4 June. " + text.replace("next month", "in July")
    later = analyse_text(edited, info)
    result, skipped = apply_corrections_detailed(later, edited, [fix])
    assert skipped == []
    start = edited.index("The European Commission") + len("The ")
    fixed = next(a for a in result.actors if any(m.start <= start < m.end for m in a.mentions))
    assert fixed.kind == PLACE and fixed.corrected


def test_split_of_a_demonym_makes_it_a_group_of_its_own_not_a_lost_mention():
    """Issue 9, item 13: ``X`` on "Chinese" (a mention of China) removed it: one actor fewer
    shown, no highlight, yet ``export --format jsonl`` still listed the span."""
    text = "China warned Japan. Chinese officials said so."
    china = [Mention(0, 5, "China", "GPE", "a1"), Mention(20, 27, "Chinese", "NORP", "a1", related=True)]
    base = Analysis(len(text), "test", "1", "t", entities=list(china),
                    actors=[Actor("a1", "China", PLACE, [], china)])
    result = apply_corrections(base, text, [split_mention(text, china[1])])
    new = next(a for a in result.actors if a.id != "a1")
    assert (new.name, new.kind, new.corrected) == ("Chinese", "group", True)
    assert [(m.start, m.end, m.related) for m in new.mentions] == [(20, 27, False)]
    assert new.mention_count == 1 and result.actor("a1").mention_count == 1
    assert any(e.actor == new.id and (e.start, e.end) == (20, 27) for e in result.entities)


def test_one_mention_count_names_and_related_words_not_pronouns():
    """Issue 9, item 7: the sidebar counted 13 for China, the ``analyze`` table 8."""
    text = "China warned. Chinese officials said it would act."
    mentions = [Mention(0, 5, "China", "GPE", "a1"), Mention(14, 21, "Chinese", "NORP", "a1", related=True),
                Mention(39, 41, "it", "GPE", "a1", inferred=True)]
    china = Actor("a1", "China", PLACE, [], mentions)
    assert china.mention_count == 2
    assert china.to_dict()["mention_count"] == 2
    france = Actor("a2", "France", PLACE, [], [Mention(14, 21, "French", "NORP", "a2", related=True)])
    assert france.mention_count == 1  # "France place 0" in a web page's table
    assert Analysis(len(text), "t", "1", "t", actors=[france, china]).actors_by_salience() == [china, france]
