"""Issue 7 rules, one class per test, on short sentences written for the tests (real model)."""

from tui.core.model import DIRECT, EVIDENCE, INDIRECT, MIXED, SPEECH, BELIEF
from tests.nlp.conftest import quote_with, speaker_name


def test_noun_object_to_infinitive_and_prepositional_content(analyse):
    text = ("Senator Paula Grant denied any wrongdoing. "
            "Governor Tom Reyes urged the legislature to pass the budget quickly. "
            "Mayor Ann Cole called for an independent inquiry into the contract.")
    a = analyse(text)
    assert speaker_name(a, quote_with(a, "wrongdoing")) == "Paula Grant"
    assert speaker_name(a, quote_with(a, "the legislature to pass the budget")) == "Tom Reyes"
    inquiry = quote_with(a, "an independent inquiry")
    assert inquiry.kind == INDIRECT and speaker_name(a, inquiry) == "Ann Cole"


def test_speech_act_verbs_beyond_say(analyse):
    text = ("Representative Dana Wells criticized the tax plan as a giveaway to landlords. "
            "Dr. Omar Haddad warned that hospitals would run out of beds.")
    a = analyse(text)
    assert speaker_name(a, quote_with(a, "the tax plan as a giveaway")) == "Dana Wells"
    assert speaker_name(a, quote_with(a, "hospitals would run out of beds")) == "Omar Haddad"


def test_mixed_quote_spans_the_clause_and_keeps_the_verbatim_words(analyse):
    text = "Laura Brent said the proposal was “dead on arrival” in the Senate."
    a = analyse(text)
    q = quote_with(a, "the proposal was")
    assert q.kind == MIXED and speaker_name(a, q) == "Laura Brent"
    assert [text[s:e] for s, e in q.verbatim] == ["dead on arrival"]
    assert not [x for x in a.quotes if x.kind == DIRECT]  # the fragment is inside, not apart


def test_evidence_from_polls_and_documents(analyse):
    text = ("A survey released Monday shows that most renters oppose the new fees. "
            "The audit found that the agency overpaid its contractors.")
    a = analyse(text)
    poll = quote_with(a, "most renters oppose")
    assert poll.source_class == EVIDENCE and "survey" in poll.speaker_text
    audit = quote_with(a, "overpaid its contractors")
    assert audit.source_class == EVIDENCE and "audit" in audit.speaker_text


def test_noun_cues(analyse):
    text = ("Carla Moss repeated her threat to sue the county over the zoning rules. "
            "Allegations that the coach hid injuries surfaced last spring.")
    a = analyse(text)
    assert speaker_name(a, quote_with(a, "sue the county")) == "Carla Moss"
    assert quote_with(a, "the coach hid injuries").kind == INDIRECT


def test_relative_who_names_the_noun_it_modifies(analyse):
    text = "The museum hired Nina Patel, who said the collection would travel to Asia next year."
    a = analyse(text)
    assert speaker_name(a, quote_with(a, "the collection would travel")) == "Nina Patel"


def test_it_stands_for_the_institution(analyse):
    text = ("The Federal Aviation Administration reviewed the crash. "
            "It said the pilots had followed the checklist.")
    a = analyse(text)
    q = quote_with(a, "the pilots had followed")
    assert speaker_name(a, q) == "Federal Aviation Administration"


def test_numeral_and_indefinite_subjects(analyse):
    text = ("Three nurses spoke to reporters outside the clinic. "
            "One said the night shift had been cut in half.")
    q = quote_with(analyse(text), "the night shift had been cut")
    assert q.speaker_text == "One"


def test_passive_asked_names_the_addressee_not_the_speaker(analyse):
    text = "Governor Ellen Park was asked whether the state would raise fuel taxes this year."
    a = analyse(text)
    assert not [q for q in a.quotes if speaker_name(a, q) == "Ellen Park"]


def test_transcript_label_names_the_speaker(analyse):
    text = ("Senator Ruth Adler joined the program on Sunday.\n\n"
            "ADLER: We are not going to vote for a bill that nobody has read.")
    a = analyse(text)
    assert speaker_name(a, quote_with(a, "nobody has read")) == "Ruth Adler"


def test_quote_without_a_cue_takes_its_right_neighbour(analyse):
    text = ("Coach Mark Ellis sat next to the captain at the press conference. "
            "“We lost our focus.” “We will fix it by Sunday,” the captain said.")
    a = analyse(text)
    q = quote_with(a, "We lost our focus")
    assert q.speaker_text == "the captain"


def test_two_apostrophes_as_quote_marks(analyse):
    text = "''The vote is a disgrace,'' said Senator Hugo Lindqvist."
    a = analyse(text)
    q = quote_with(a, "The vote is a disgrace")
    assert q.kind == DIRECT and speaker_name(a, q) == "Hugo Lindqvist"


def test_beliefs_and_plans_are_their_own_source_class(analyse):
    text = "Rachel Stone believes the merger will fail. She plans to sell her shares."
    a = analyse(text)
    belief = quote_with(a, "the merger will fail")
    assert belief.source_class == BELIEF and speaker_name(a, belief) == "Rachel Stone"
    assert quote_with(a, "to sell her shares").source_class == BELIEF


def test_speech_is_the_default_source_class(analyse):
    text = "“We will appeal,” said Jonas Weber."
    assert quote_with(analyse(text), "We will appeal").source_class == SPEECH
