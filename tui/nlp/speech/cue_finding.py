"""Finding cues: which tokens report speech, whose subject names the speaker, and which cue
belongs to a quote in quotation marks."""

from __future__ import annotations

from tui.core.quotemarks import Marked, QuotedSpans
from tui.nlp.lazy_lemmas import lemma_of
from tui.nlp.speech.article_context import ArticleContext
from tui.nlp.speech.cue_words import ADDRESSEE_VERBS, BEFORE_ONLY, EVIDENCE_NOUNS, SPEECH_VERBS

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
RELATIVE_WORDS = {"who", "which", "that", "whom"}
MAX_CUE_TOKENS = 30
CHAIN_DEPS = {"xcomp", "acomp", "pcomp", "prep", "advcl", "conj"}


def is_speech_verb(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") and (lemma_of(tok).lower() in SPEECH_VERBS or _puts_it(tok)) \
        or is_according(tok)


def _puts_it(tok) -> bool:
    """"As Ms. Simonyan put it, …": "put it" reports how something was said."""
    return lemma_of(tok).lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)


def is_according(tok) -> bool:
    return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)


def cue_text(verb) -> str:
    return verb.text if verb.lower_ != "according" else "according to"


def subject(verb):
    """The token that names who reported, or None (passive addressees, no subject)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects:
        # A dateline ("GENEVA (Reuters) - The WHO warned") can parse as a second subject.
        subj = min(subjects, key=lambda c: abs(c.i - verb.i))
        if subj.dep_ == "nsubjpass":
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            if pobj is not None:
                return pobj
            # "Trump was asked …": the subject is spoken to; "it was announced": no one named.
            if lemma_of(verb).lower() in ADDRESSEE_VERBS or subj.lower_ == "it":
                return None
        return subj
    if verb.dep_ == "conj":
        # "He said the measure amounted to … and predicted that …": the parser often hangs the
        # second reporting verb inside the first one's clause; it shares the reporter's subject.
        node = verb.head
        while node.head.i != node.i and node.dep_ != "ccomp":
            node = node.head
        if node.dep_ == "ccomp" and is_speech_verb(node.head):
            return subject(node.head)
        if verb.head.pos_ in ("VERB", "AUX"):
            return subject(verb.head)
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and (
            lemma_of(verb.head).lower() in EVIDENCE_NOUNS or
            verb.tag_ == "VBG" and (verb.head.pos_ == "PROPN" or verb.head.ent_type_ in ("PERSON", "ORG"))):
        # "a report released Thursday suggesting …": the document reports; "footage of Trump
        # saying …": the named one speaks.
        return verb.head
    # "defended the plan, saying …": a participle shares its head verb's subject;
    # "released an analysis claiming …": so does one that modifies the verb's object.
    if verb.dep_ in ("advcl", "xcomp") and verb.tag_ in ("VBG", "VBN", "VB") and \
            verb.head.pos_ in ("VERB", "AUX"):
        return subject(verb.head)
    if verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        # "began by saying …", "responded by telling …"
        return subject(verb.head.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.head.pos_ in ("VERB", "AUX"):
        return subject(verb.head.head)
    if verb.lower_ == "according":
        for child in verb.children:
            if child.lower_ == "to":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
        return None
    # "stopped short of calling …", "is determined to warn …", "avoids condemning …": climb the
    # non-finite chain to the clause that has the subject.
    node = verb
    for _ in range(4):
        if node.dep_ not in CHAIN_DEPS or node.head.i == node.i:
            return None
        node = node.head
        found = [c for c in node.children if c.dep_ == "nsubj"]
        if found:
            return found[0]
    return None


def _documents(tok) -> bool:
    """"“…,” the letter reads": a document's verb cues a quote too."""
    from tui.nlp.speech.evidence import is_evidence_cue  # evidence builds on subject() above

    return is_evidence_cue(tok)


class CueFinder:
    """The reporting verb that introduces or follows each quote in quotation marks."""

    def __init__(self, ctx: ArticleContext, quoted: QuotedSpans):
        self.ctx = ctx
        self.quoted = quoted

    def after(self, q: Marked, limit: int):
        """The first reporting verb after the quote, before the sentence ends."""
        if q.close_mark is None:
            return None
        toks = self.ctx.tokens_between(q.close_mark + 1, limit)
        ended = self.ctx.text[q.start:q.end].rstrip().endswith((".", "!", "?"))
        for n, tok in enumerate(toks):
            if n > MAX_CUE_TOKENS:
                break
            if (is_speech_verb(tok) or _documents(tok)) and lemma_of(tok).lower() not in BEFORE_ONLY and \
                    not (ended and tok.lower_ == "according"):  # "“….” According to X, …" is news
                # "… enough." Lopez added that …: a verb reporting its own clause is not this cue,
                # nor, after a quote that ended its sentence, one with an object of its own
                # ("…?” Trump has pledged to ban …").
                own = ("ccomp",) if not ended else ("ccomp", "xcomp", "dobj")
                if any(c.dep_ in own and c.i > tok.i and not self.quoted.contains(c.idx)
                       for c in tok.children):
                    return None
                return tok
            if tok.text in (".", "!", "?") and n > 0 and not toks[n - 1].text in ("Mr", "Ms", "Dr"):
                break
        return None

    def last_in(self, start: int, end: int):
        toks = list(self.ctx.tokens_between(start, end))[-MAX_CUE_TOKENS:]
        return next((t for t in reversed(toks) if is_speech_verb(t)), None)

    def before(self, q: Marked, limit: int):
        """The last reporting verb between the sentence start (or an earlier quote) and the quote."""
        sent_start = self.ctx.token_at(q.open_mark).sent.start_char
        # A quote opening a sentence has no cue before it.
        toks = self.ctx.tokens_between(max(limit, sent_start), q.open_mark)
        for tok in reversed(list(toks)[-MAX_CUE_TOKENS:]):
            if is_speech_verb(tok) or _documents(tok):
                return tok
        return None
