"""Evidence attributions: what a poll, report or document shows ("a poll released Tuesday
shows …", "the report found …", "according to FBI notes …"). They are quotes whose source is
the document, marked as evidence rather than speech."""

from __future__ import annotations

from tui.nlp.lazy_lemmas import lemma_of
from tui.nlp.speech.cue_finding import subject
from tui.nlp.speech.cue_words import EVIDENCE_NOUNS, EVIDENCE_VERBS


def is_evidence_noun(tok) -> bool:
    """"the poll", "FBI notes"; not a capitalised word inside a name ("… International Studies")."""
    return tok.pos_ == "NOUN" and lemma_of(tok).lower() in EVIDENCE_NOUNS and \
        tok.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") and \
        (tok.is_sent_start or not tok.text[:1].isupper())


def is_evidence_cue(verb) -> bool:
    """An evidence verb ("show", "find") whose subject is a document or measurement."""
    if verb.pos_ not in ("VERB", "AUX") or lemma_of(verb).lower() not in EVIDENCE_VERBS:
        return False
    subj = subject(verb)
    return subj is not None and is_evidence_noun(subj)


def is_evidence_source(tok) -> bool:
    """A speaker token that names a document rather than someone speaking."""
    return tok is not None and is_evidence_noun(tok)
