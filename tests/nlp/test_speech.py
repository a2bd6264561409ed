"""Quote extraction and attribution rules on short texts, with the real model."""

from tui.core.model import DIRECT, INDIRECT
from tests.nlp.conftest import quote_with, speaker_name


def test_curly_and_straight_marks(analyse):
    text = ('“The deal is done,” said Maria Lopez, a spokeswoman. '
            '"We will sign it next week," Tom Baker said.')
    a = analyse(text)
    assert speaker_name(a, quote_with(a, "The deal is done")) == "Maria Lopez"
    assert speaker_name(a, quote_with(a, "We will sign")) == "Tom Baker"


def test_quote_span_excludes_the_marks(analyse):
    text = '“The deal is done,” said Maria Lopez.'
    q = quote_with(analyse(text), "deal")
    assert text[q.start:q.end] == "The deal is done,"


def test_mismatched_closing_mark(analyse):
    text = 'Jane Smith said that “the next step would be a call upon his return “. Then she left.'
    a = analyse(text)
    q = quote_with(a, "the next step")
    assert q.text == "the next step would be a call upon his return"
    assert speaker_name(a, q) == "Jane Smith"


def test_split_quote_shares_its_speaker(analyse):
    text = '“China is unhappy,” Mr Green says, “but they are keeping quiet.”'
    a = analyse(text)
    assert speaker_name(a, quote_with(a, "China is unhappy")) == "Green"
    assert speaker_name(a, quote_with(a, "keeping quiet")) == "Green"


def test_quote_over_two_paragraphs_and_floating_follow_on(analyse):
    text = ('“The first part runs on,” said Sarah Jones, the director. “And it goes on\n\n'
            '“into a second paragraph that opens with a mark.”\n\n'
            '“A floating quote with no attribution at all follows here.”')
    a = analyse(text)
    assert speaker_name(a, quote_with(a, "into a second paragraph")) == "Sarah Jones"
    assert speaker_name(a, quote_with(a, "A floating quote")) == "Sarah Jones"


def test_mixed_quote_and_colon_introduced(analyse):
    text = ("Christopher Green is an analyst. But now, he adds, Russia “is offering an alternative”. "
            "He said: “That could even benefit Moscow.”")
    a = analyse(text)
    assert speaker_name(a, quote_with(a, "is offering an alternative")) == "Christopher Green"
    assert speaker_name(a, quote_with(a, "That could even benefit")) == "Christopher Green"


def test_reported_speech_with_reporting_verbs(analyse):
    text = ("The National Security Council claimed that Pyongyang shipped 1,000 containers. "
            "Officials warned that the sanctions would fail. "
            "Prices will rise next year, according to the central bank.")
    a = analyse(text)
    claim = quote_with(a, "Pyongyang shipped")
    assert claim.kind == INDIRECT and speaker_name(a, claim) == "National Security Council"
    warn = quote_with(a, "the sanctions would fail")
    assert warn.kind == INDIRECT and warn.speaker is None and "Officials" in warn.speaker_text
    according = quote_with(a, "Prices will rise")
    assert according.kind == INDIRECT and "central bank" in (according.speaker_text or
                                                             speaker_name(a, according) or "")


def test_scare_quotes_are_not_speech(analyse):
    text = "He amended the constitution to label Seoul the “primary enemy,” and dismantled groups."
    a = analyse(text)
    assert not [q for q in a.quotes if q.kind == DIRECT]


def test_apostrophes_are_not_quote_marks(analyse):
    text = "It’s the company’s plan, and the Smiths’ house isn’t for sale, Mr O’Neill said."
    a = analyse(text)
    assert not [q for q in a.quotes if q.kind == DIRECT]


def test_british_single_quotes(analyse):
    text = "‘We’re not going to back down on this,’ Ms Okafor said."
    a = analyse(text)
    q = quote_with(a, "back down")
    assert q.text == "We’re not going to back down on this,"
    assert speaker_name(a, q) == "Okafor"


def test_unnamed_source_keeps_its_description(analyse):
    text = "“We are deeply concerned about the missile tests,” a senior official said."
    q = quote_with(analyse(text), "deeply concerned")
    assert q.speaker is None and q.speaker_text == "a senior official"


def test_pronoun_speaker_follows_the_titled_person(analyse):
    text = ("Ms Lee met Mr Park in Seoul. “The talks went well,” she said. "
            "“We agreed on nothing,” he said.")
    a = analyse(text)
    assert speaker_name(a, quote_with(a, "The talks went well")) == "Lee"
    assert speaker_name(a, quote_with(a, "We agreed on nothing")) == "Park"


def test_speaker_span_points_at_the_cue(analyse):
    text = "“It is over,” Mr Green says."
    q = quote_with(analyse(text), "It is over")
    assert text[q.speaker_span[0]:q.speaker_span[1]] == "Mr Green"


def test_cue_ending_the_previous_paragraph_with_a_colon(analyse):
    text = ("The minister, Dr Amina Yusuf, spoke to reporters after the vote. She added:\n\n"
            "“We will not accept any deal that leaves our farmers behind.”")
    a = analyse(text)
    assert speaker_name(a, quote_with(a, "We will not accept")) == "Amina Yusuf"


def test_next_sentence_reporting_its_own_clause_is_not_the_cue(analyse):
    text = ('Sen. Maria Lopez, D-Calif., said the bill "does not go far enough." '
            'Tom Baker added that the vote would be close.')
    a = analyse(text)
    q = quote_with(a, "does not go far enough")
    assert speaker_name(a, q) == "Maria Lopez" and q.cue == "said"
    assert speaker_name(a, quote_with(a, "the vote would be close")) == "Tom Baker"


def test_dateline_is_not_the_subject(analyse):
    text = "GENEVA (Reuters) - The World Health Organization warned on Tuesday that cases had doubled."
    a = analyse(text)
    assert speaker_name(a, quote_with(a, "cases had doubled")) == "World Health Organization"


def test_short_full_sentence_quote_after_an_attributed_one_is_speech(analyse):
    text = ('"We are seeing a rise in cases," Dr. Helen Marsh told reporters. "Every child matters."')
    a = analyse(text)
    assert speaker_name(a, quote_with(a, "Every child matters")) == "Helen Marsh"


def test_participle_cue_takes_its_head_verbs_subject(analyse):
    text = ("The Prime Minister, Sir Keir Starmer, has defended the plan, "
            "saying it was ‘the right thing to do’.")
    a = analyse(text)
    assert speaker_name(a, quote_with(a, "the right thing")) == "Keir Starmer"


def test_trailing_attribution_with_a_quantified_source(analyse):
    text = "Russia had demanded that its own officials lead the inspections, two of the diplomats said."
    a = analyse(text)
    q = quote_with(a, "its own officials lead")
    assert q.kind == INDIRECT and "diplomats" in q.speaker_text


def test_coordinated_reporting_verbs_share_the_subject(analyse):
    text = ("Sen. Richard Hale voted against the bill. He said the measure amounted to "
            '"the government setting prices by fiat" and predicted that it would not survive the Senate.')
    a = analyse(text)
    assert speaker_name(a, quote_with(a, "it would not survive")) == "Richard Hale"
    assert speaker_name(a, quote_with(a, "setting prices by fiat")) == "Richard Hale"


def test_report_and_conjoined_quote_are_both_found(analyse):
    text = ("The CFDT said it would seek an urgent meeting with management and warned: "
            "“Our members will not be sacrificed for a share price.”")
    a = analyse(text)
    assert quote_with(a, "seek an urgent meeting").kind == INDIRECT
    assert speaker_name(a, quote_with(a, "Our members will not")) == "CFDT"


def test_institution_speaks_for_its_owner(analyse):
    text = "Turkey hosted the talks. Turkey's foreign ministry said Ankara would host the next meeting."
    a = analyse(text)
    q = quote_with(a, "Ankara would host")
    assert speaker_name(a, q) == "Turkey" and "foreign ministry" in q.speaker_text


def test_she_is_not_a_plural_description(analyse):
    text = ("Patient advocates said they were cautiously optimistic. Laura Kim-Patterson testified "
            'last month. She said families had been "waiting for years" for Congress to act.')
    a = analyse(text)
    assert speaker_name(a, quote_with(a, "waiting for years")) == "Laura Kim-Patterson"
