"""Noun cues: a noun that reports an act of speech, with its content as a complement clause
or to-infinitive ("Comey's announcement that …", "allegations that …", "his threat to sue")."""

from __future__ import annotations

from tui.core.quotemarks import ParagraphIndex
from tui.nlp.lazy_lemmas import lemma_of
from tui.nlp.speech.cue_words import NOUN_CUES
from tui.nlp.speech.reported import MarkIndex, Reported, kept, with_verbatim

MIN_TOKENS = 2
FOR_NOUNS = frozenset({"call", "demand", "plea", "appeal", "request", "push", "campaign"})
# Speech acts whose topic is what was said ("his comment about the 47 percent").
TOPIC_NOUNS = NOUN_CUES | {"discussion", "talk", "debate", "question", "answer", "concern",
                           "speech", "story", "article", "interview", "testimony", "remark",
                           "conversation", "tweet", "post", "op-ed", "editorial", "essay"}
# Speech acts whose "of" object is what was said ("criticism of the plan", "denial of it").
OF_NOUNS = frozenset({"criticism", "accusation", "denial", "acknowledgment", "acknowledgement",
                      "admission", "condemnation", "praise", "defense", "defence", "rejection",
                      "endorsement", "warning", "dismissal", "mockery"})


def _complement(noun):
    """The noun's complement clause or to-infinitive (not a relative clause), or what a call
    or demand is for ("a call for the United States to accept more refugees")."""
    lemma = lemma_of(noun).lower()
    for child in noun.rights:
        if child.dep_ == "prep" and not any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree) \
                and (child.lower_ == "for" and lemma in FOR_NOUNS or
                     child.lower_ in ("about", "on", "over") and lemma in TOPIC_NOUNS or
                     child.lower_ == "of" and lemma in OF_NOUNS):
            return child
        if child.dep_ not in ("acl", "ccomp") or child.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            return child
        if child.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return child
    return None


def source_of(noun):
    """Who made the statement: "his threat", "Comey's announcement", "a claim by the campaign",
    or the subject of the verb that made it ("the campaign issued a denial that …")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if noun.dep_ == "ROOT" and noun.tag_ in ("NNS", "NNPS"):
        # "Trump claims that …" parsed as a compound noun: the name is the one claiming.
        names = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names:
            return names[-1]
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
        # "Democrats persisted in arguments that …"
        return next((c for c in noun.head.head.children if c.dep_ == "nsubj"), None)
    return None


def noun_cue_contents(doc, text: str, marks: MarkIndex, paragraphs: ParagraphIndex) -> list[Reported]:
    found = []
    for tok in doc:
        if tok.pos_ != "NOUN" or lemma_of(tok).lower() not in NOUN_CUES or marks.inside(tok.idx):
            continue
        clause = _complement(tok)
        if clause is None:
            continue
        toks = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)
                and not (clause.dep_ == "prep" and t.i == clause.i)]
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks = toks[:-1]
        if len([t for t in toks if not t.is_punct]) < MIN_TOKENS:
            continue
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if paragraphs.of(s) != paragraphs.of(e - 1):
            continue
        rep = with_verbatim(s, e, tok, marks.near(s, e), noun_cue=True)
        if not kept(text, rep):
            continue
        found.append(rep)
    return found
