"""Reported speech: what a cue verb reports when it is not in quotation marks.

The content is the verb's clause ("claimed that Pyongyang shipped …"), or for verbs whose class
takes one, a noun object ("denied wrongdoing"), a to-infinitive ("urged Congress to act") or a
prepositional object ("called for an inquiry"). A clause that holds a quoted fragment is a
mixed quote: the clause is the quote and the fragment stays marked as verbatim.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from tui.core.quotemarks import Marked, ParagraphIndex, QuotedSpans
from tui.nlp.lazy_lemmas import lemma_of
from tui.nlp.speech.cue_finding import SUBJECT_DEPS, is_speech_verb
from tui.nlp.speech.cue_words import (BELIEF_VERBS, CLASS_OF, CONTENT_PREPOSITIONS,
                                      INTENTION_VERBS, LIGHT_VERBS, NON_CLAUSAL,
                                      NON_CLAUSAL_FORMS, SPEECH_OBJECTS, STANCE_VERBS)
from tui.nlp.speech.evidence import is_evidence_cue

MIN_CLAUSE_TOKENS = 3
CLAUSE_AS_ADVCL = frozenset({"say", "tell", "add", "claim", "argue", "insist", "write", "note",
                             "explain", "warn", "predict", "acknowledge", "admit", "suggest"})
CONTENT_MARKS = frozenset({"because", "if", "unless", "since"})
WANT_VERBS = frozenset({"want", "seek", "demand"})  # "Republicans want lower taxes"
EVIDENCE_FORMS = frozenset({"dobj", "oprd", "xcomp"})
OBJECT_DEPS = {"dobj", "oprd", "xcomp", "attr"}
# Pronoun objects say nothing on their own ("cited it", "denied this").
EMPTY_OBJECTS = {"it", "this", "that", "them", "him", "her", "these", "those", "so", "something",
                 "anything", "nothing", "everything", "one", "what", "which", "who"}


@dataclass(frozen=True, slots=True)
class Reported:
    start: int
    end: int
    verb: object  # the cue token (a verb, "according", or a cue noun)
    verbatim: tuple[tuple[int, int], ...] = ()  # quoted fragments inside: a mixed quote
    consumed: tuple[Marked, ...] = ()  # the quotes those fragments came from
    noun_cue: bool = False
    belief: bool = False  # a belief, want or plan rather than something said


def _clause_pieces(verb) -> list[list]:
    """What a speech verb reports as a clause: its clause complement split at conjoined
    clauses ("said there was ‘no more money’ and that any increase …"), or, for "…, the
    diplomats said", the clause it interrupts up to the verb."""
    if verb.lower_ == "according":
        head = verb.head if verb.head.i != verb.i else None
        if head is None:
            return []
        skip = {t.i for t in verb.subtree}
        return [[t for t in head.subtree if t.i not in skip]]
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        # "told a meeting of leaders that …": the parser hung the clause on the addressee.
        clauses = [c for d in verb.children if d.dep_ in ("dobj", "dative")
                   for c in d.rights if c.dep_ in ("acl", "relcl", "ccomp") and
                   any(x.dep_ == "mark" and x.lower_ == "that" for x in c.children)][:1]
    if not clauses and lemma_of(verb).lower() in CLAUSE_AS_ADVCL:
        # "Trump said after the convention he would not accept …": the parser hung the clause
        # as an adverbial one; with its own subject and no conjunction it is still the content.
        clauses = [c for c in verb.rights if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")
                   and any(x.dep_ == "nsubj" for x in c.children)
                   and not any(x.dep_ == "mark" or x.tag_ == "WRB" for x in c.children)][:1]
    if not clauses:
        as_aside = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as"
                                                for c in verb.children)
        # "…, the diplomats said, …" and "As Smith noted, …": the clause the cue interrupts.
        if (verb.dep_ == "parataxis" or as_aside) and verb.head.pos_ in ("VERB", "AUX"):
            skip = {t.i for t in verb.subtree}
            return [[t for t in verb.head.subtree if t.i not in skip]]
        return []
    out = []
    for clause in clauses:
        # A conjoined reporting verb ("… and warned: “…”") is a report of its own; other
        # conjuncts ("said that A and that B") belong to the one reported content.
        apart = [c for c in clause.children if c.dep_ == "conj" and is_speech_verb(c)]
        skip = {t.i for c in apart for t in c.subtree}
        # "said that claim smacked of hypocrisy, because …": a reason or condition hung on the
        # reporting verb after its clause belongs to what was said.
        tail = [c for c in verb.rights if c.dep_ == "advcl" and c.i > clause.i and
                any(x.dep_ == "mark" and x.lower_ in CONTENT_MARKS for x in c.children)]
        if clause.i < verb.i:
            # "A paid 8.9 percent, the agency said, and B paid 0.8 percent": after a fronted
            # content, a clause conjoined to the cue goes on with what was said.
            tail += [c for c in verb.rights if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                     and not is_speech_verb(c)]
        out.append([t for t in clause.subtree if t.i not in skip] +
                   [t for c in tail for t in c.subtree])
    return out


def _form(child) -> str | None:
    if child.dep_ in OBJECT_DEPS:
        return "xcomp" if child.dep_ == "xcomp" else "oprd" if child.dep_ == "oprd" else "dobj"
    if child.dep_ == "prep" and child.lower_ in CONTENT_PREPOSITIONS:
        return child.lower_
    return None


def _object_piece(verb, evidence: bool = False) -> list:
    """A noun object, to-infinitive or prepositional object of a verb whose class takes one;
    what a document shows or finds ("polls show a close race") is its object."""
    lemma = lemma_of(verb).lower()
    if CLASS_OF.get(lemma) not in NON_CLAUSAL and lemma not in NON_CLAUSAL_FORMS and not evidence \
            or any(c.dep_ == "ccomp" for c in verb.children):
        return []
    allowed = EVIDENCE_FORMS if evidence else NON_CLAUSAL_FORMS.get(lemma)
    args = []
    for child in verb.rights:
        form = _form(child)
        if form is None:
            continue
        # "called the plan “reckless”": the object goes with an allowed complement after it
        if allowed is not None and form not in allowed and not (
                form == "dobj" and any(_form(c) in allowed for c in verb.rights if c.i > child.i)):
            continue
        args.append(child)
    if not args or all(a.dep_ == "dobj" and a.lower_ in EMPTY_OBJECTS and not list(a.children)
                       for a in args):
        return []
    toks = [t for a in _with_following_phrases(verb, args) for t in a.subtree]
    content = [t for t in toks if not t.is_punct]
    if len(content) < 2 and not any(t.pos_ in ("NOUN", "PROPN") for t in content):
        return []
    return toks


def belief_pieces(verb) -> list[list]:
    """"Trump believes (that) the polls are rigged", "Clinton wants to raise taxes": a belief
    verb's clause with its own subject, or an intention verb's to-infinitive, when the verb has
    an active subject of its own ("is expected to" names no one who expects)."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "neg") for c in verb.children):
        return []  # "did not support Trump": the object is not what he supports
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        return []  # "with Obama expected to visit": others expect it of him
    lemma = lemma_of(verb).lower()
    if not (any(c.dep_ == "nsubj" for c in verb.children) or
            # "seemed to think", "continues to believe": the head verb's subject holds the belief
            verb.dep_ == "xcomp" and any(c.dep_ == "nsubj" for c in verb.head.children)):
        return []
    out = []
    if (lemma in STANCE_VERBS or lemma in WANT_VERBS) and not any(c.dep_ == "prt" for c in verb.children):
        out += [list(c.subtree) for c in verb.children if c.dep_ == "dobj"]
    if lemma in BELIEF_VERBS:
        out += [list(c.subtree) for c in verb.children if c.dep_ == "ccomp"
                and any(x.dep_ in SUBJECT_DEPS for x in c.children)]
    if lemma in INTENTION_VERBS and not out:
        out += [list(c.subtree) for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)]
    return out


def _with_following_phrases(verb, args: list) -> list:
    """"called him a master at bolting deals together", "issued a statement in observance of
    the holiday": a phrase right after the last argument still describes it (not a date: "on
    Monday" says when, not what)."""
    args = list(args)
    last = max(a.i for a in args)
    for child in verb.rights:
        if child.i <= last:
            continue
        end = max(t.i for t in verb.doc[last].subtree)
        if child.dep_ == "prep" and child.i == end + 1 and \
                not any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree) or \
                child.dep_ in ("cc", "punct") and child.i == end + 1 and child.text in (",", "and", "or") or \
                child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN") and child.i <= end + 3:
            # "emphasizing fairness, and a need to raise wages": a noun conjunct the parser
            # hung on the verb continues the object.
            args.append(child)
            last = child.i
        else:
            break
    while args and args[-1].dep_ in ("cc", "punct"):
        args.pop()
    return args


def light_verb_piece(verb) -> list:
    """"offered no evidence that …", "raised concerns about the deal": the speech-act object."""
    if verb.pos_ != "VERB" or lemma_of(verb).lower() not in LIGHT_VERBS:
        return []
    for child in verb.children:
        if child.dep_ == "dobj" and lemma_of(child).lower() in SPEECH_OBJECTS:
            return [t for a in _with_following_phrases(verb, [child]) for t in a.subtree]
    return []


def _to_sentence_end(verb, toks: list) -> list:
    """Content after its cue runs on to the end of the sentence when what is left hangs on
    the cue and holds no report of its own ("pointed to the crime bill, which …, but also led
    to …" parsed with the last clause on the verb)."""
    if not toks or toks[0].i < verb.i:
        return toks
    sent_end = verb.sent.end
    tail = [t for t in verb.doc[toks[-1].i + 1:sent_end]]
    while tail and (tail[-1].is_punct or tail[-1].is_space):
        tail.pop()
    if not tail or len(tail) > 40:
        return toks
    if all(t.is_punct or t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "DET") for t in tail):
        return toks  # "… on Tuesday" says when it was said, not what
    inside = {t.i for t in verb.subtree}
    if any(t.i not in inside or is_speech_verb(t) or t.lower_ in ("--", "—", ";") for t in tail):
        return toks
    return toks + tail


def _trim(toks):
    toks = sorted(toks, key=lambda t: t.i)
    while toks and (toks[0].dep_ in ("mark", "cc") or toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    return toks


def with_verbatim(s: int, e: int, verb, marked: list[Marked], noun_cue: bool = False,
                  belief: bool = False) -> Reported | None:
    """The content as a reported or mixed quote, or None when quotation marks cut across it
    or the clause is no more than the quote in marks (a direct quote, handled as such)."""
    inside = []
    for m in marked:
        lo, hi = m.extent
        if hi <= s or lo >= e + 2:
            continue
        if lo < s - 1:
            return None  # the content starts inside a quote: the parser cut it, not the writer
        inside.append(m)  # a quote that opens inside the content and runs on belongs to it
    if not inside:
        return Reported(s, e, verb, noun_cue=noun_cue, belief=belief)
    s = min([s] + [m.start for m in inside])
    # Ending on a fragment, the span takes its closing mark so the text reads balanced.
    e = max([e] + [m.extent[1] if m.close_mark is not None else m.end for m in inside])
    return Reported(s, e, verb, tuple((m.start, m.end) for m in inside), tuple(inside), noun_cue,
                    belief)


def kept(text: str, r: Reported | None) -> bool:
    """A content that is a quoted fragment with barely a word around it is the quote's own, not
    reported speech."""
    return r is not None and not (r.verbatim and outside_words(text, r) < 2)


def outside_words(text: str, r: Reported) -> int:
    """Words of the content that stand outside its quoted fragments."""
    rest, at = [], r.start
    for vs, ve in r.verbatim:
        rest.append(text[at:max(at, vs - 1)])
        at = ve + 1
    rest.append(text[at:r.end])
    return sum(1 for w in " ".join(rest).split() if any(ch.isalnum() for ch in w))


class MarkIndex:
    """The quotes in marks near a span, and whether an offset is inside one."""

    def __init__(self, marked: list[Marked]):
        self.marked = sorted(marked, key=lambda m: m.open_mark)
        self.starts = [m.open_mark for m in self.marked]
        self.quoted = QuotedSpans(self.marked)

    def near(self, s: int, e: int) -> list[Marked]:
        i = bisect.bisect_left(self.starts, e + 3)
        out = []
        while i > 0:
            i -= 1
            m = self.marked[i]
            if m.extent[1] > s - 1:
                out.append(m)
            elif m.extent[1] < s - 2000:
                break
        return out[::-1]

    def inside(self, offset: int) -> bool:
        return self.quoted.contains(offset)


def reported_contents(doc, text: str, marks: MarkIndex, paragraphs: ParagraphIndex) -> list[Reported]:
    """Contents reported by speech verbs and by evidence ("the poll shows …")."""
    paragraph = paragraphs.of
    found: list[Reported] = []
    for tok in doc:
        if marks.inside(tok.idx):
            continue
        belief = False
        evidence = is_evidence_cue(tok)
        if evidence or is_speech_verb(tok):
            pieces = [(p, MIN_CLAUSE_TOKENS) for p in _clause_pieces(tok)]
            if not pieces:
                obj = _object_piece(tok, evidence)
                pieces = [(obj, 1)] if obj else []
        else:
            light = light_verb_piece(tok)
            pieces = [(light, 1)] if light else []
            if not pieces:
                pieces = [(p, 1) for p in belief_pieces(tok)]
                belief = True
        if not pieces:
            continue
        for toks, least in pieces:
            toks = _trim(toks)
            words = [t for t in toks if not t.is_punct]
            if len(words) < least or \
                    all(t.lower_ in EMPTY_OBJECTS or t.pos_ in ("DET", "PRON") for t in words):
                continue
            toks = _to_sentence_end(tok, toks)
            s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            if not paragraph(s) == paragraph(e - 1) == paragraph(tok.idx):
                continue
            rep = with_verbatim(s, e, tok, marks.near(s, e), belief=belief)
            if not kept(text, rep):
                continue
            found.append(rep)
    return found
