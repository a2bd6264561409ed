"""Span repairs for the model's entity mentions, and names it did not tag at all.

The small model cuts names badly at line breaks (a heading runs into the next line),
reads caption words and role nouns into them ("Ahmed Mohamed Image", "State
Department Spokesperson"), tags two coordinated names as one ("North and South Korea")
and leaves some proper-noun runs untagged ("Aner Shalev"). Each repair works on
character offsets and the parse, and returns plain candidates.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tui.nlp import countries
from tui.nlp.lexicon import (CAPTION_WORDS, DIRECTIONS, HONORIFIC_GENDER, ORG_HEADS, TEMPORAL_WORDS, TITLE_HEADS,
                             TITLES)

if TYPE_CHECKING:
    from tui.nlp.mentions import Candidate

_DATE_WORDS = TEMPORAL_WORDS - {"the", "this", "last", "next", "early", "late", "mid", "end", "new",
                                "beginning", "recent", "independence", "memorial", "labor", "labour",
                                "election", "spring", "summer", "autumn", "fall", "winter"}
# Subject, possessor, agent: the roles in which a place name stands for those who act for it.
_ACTING_DEPS = {"nsubj", "poss", "agent"}
_SHARED_HEAD = re.compile(r"^([A-Z][\w'’-]*) (?:and|&) ([A-Z][\w'’-]*) ([A-Z][\w'’-]*)$")
_SEPARATOR = re.compile(r"\s*/\s*|\s+[–—-]\s+")
_QUOTES = "\"“”‘’'"


def split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A name never runs across a line break: "Brock Holt" over a heading and "Holt" below it."""
    parts = []
    pos = start
    for piece in text[start:end].split("\n"):
        s = pos + len(piece) - len(piece.lstrip())
        e = pos + len(piece.rstrip())
        if e > s:
            parts.append((s, e))
        pos += len(piece) + 1
    return parts


def _words(text: str, c: Candidate) -> list[tuple[int, int]]:
    return [(m.start() + c.start, m.end() + c.start) for m in re.finditer(r"\S+", text[c.start:c.end])]


def cut_at_verb(doc, c: Candidate) -> Candidate:
    """A name holds no verb: "Byron composed Thyrza" is Byron, "Bill Green have" is Bill Green."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return c
    for tok in span[1:]:
        if tok.pos_ in ("VERB", "AUX") and tok.text.islower():
            prev = doc[tok.i - 1]
            c.end = max(c.start, prev.idx + len(prev.text))
            break
    return c


def trim_words(doc, text: str, c: Candidate) -> Candidate:
    """Cut caption words, a trailing date and a role noun off a name."""
    words = _words(text, c)
    while len(words) > 1:
        last = text[slice(*words[-1])].rstrip(".,:;").lower()
        before = text[slice(*words[-2])].lower()
        if last in CAPTION_WORDS or (c.label != "PERSON" and last in _DATE_WORDS) \
                or (c.label == "PERSON" and last.isdigit()):
            words.pop()
        elif c.label in ("ORG", "GPE", "FAC", "LOC") and last in TITLE_HEADS \
                and before not in ("of", "the", "for", "and"):
            words.pop()  # "State Department Spokesperson" is the department's
        else:
            break
    if words:
        c.end = words[-1][1]
    return c


def coordinated(text: str, c: Candidate) -> list[Candidate]:
    """Two names in one span: "North and South Korea", "Bill and Hillary Clinton", "Army / Navy"."""
    from tui.nlp.mentions import Candidate

    span = text[c.start:c.end]
    m = _SHARED_HEAD.match(span)
    if m and (c.label in ("PERSON", "GPE", "LOC") or m.group(1).lower() in DIRECTIONS):
        first, second, head = m.groups()
        return [Candidate(c.start, c.start + len(first), c.label, name=f"{first} {head}"),
                Candidate(c.start + m.start(2), c.end, c.label)]
    pieces = [(p.start(), p.end()) for p in _SEPARATOR.finditer(span)]
    if pieces:
        out, pos = [], 0
        for s, e in pieces + [(len(span), len(span))]:
            part = span[pos:s]
            if not part[:1].isupper():
                return [c]  # "Smith-Jones", "pro-Kremlin": a word, not two names
            out.append(Candidate(c.start + pos, c.start + s, c.label, c.honorific))
            pos = e
        return out
    return [c]


def acting(doc, start: int, end: int) -> bool:
    """Whether the name at [start, end) is a subject, possessor or agent (or joined to one)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    if tok.dep_ == "compound" and tok.head.dep_ in _ACTING_DEPS:
        return False  # "a Moscow court ruled": the court acts
    return tok.dep_ in _ACTING_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ == "by")


def _namelike(tok) -> bool:
    word = tok.text
    return (tok.pos_ == "PROPN" and tok.is_alpha and word[:1].isupper() and not word.isupper()
            and tok.ent_type_ == "" and word.lower() not in TEMPORAL_WORDS
            and word.lower() not in CAPTION_WORDS)


def _camel_case(tok) -> bool:
    """"wikiHow", "eBay", "SiriusXM": a capital after a lower-case letter is a name's spelling."""
    word = tok.text
    return (tok.is_alpha and len(word) > 3 and tok.ent_type_ == "" and not word.isupper()
            and re.search(r"[a-z][A-Z]", word) is not None)


def untagged_names(doc, text: str, cands: list[Candidate]) -> list[Candidate]:
    """Runs of two or three capitalised proper nouns the model left untagged: a person's name,
    or an organisation's when its last word says so ("Heaven Sent Gaming")."""
    from tui.nlp.mentions import Candidate

    taken = sorted((c.start, c.end) for c in cands)
    found: list[Candidate] = []
    i = 0
    n = len(doc)
    while i < n:
        if not _namelike(doc[i]):
            if _camel_case(doc[i]) and not any(ts < doc[i].idx + len(doc[i]) and doc[i].idx < te
                                               for ts, te in taken):
                found.append(Candidate(doc[i].idx, doc[i].idx + len(doc[i]), "ORG"))
            i += 1
            continue
        j = i
        while j + 1 < n and _namelike(doc[j + 1]) and doc[j].whitespace_ == " " \
                and doc[j + 1].sent == doc[i].sent:
            j += 1
        run = [t for t in doc[i:j + 1]]
        i = j + 1
        while run and run[0].lower_ in TITLES | set(HONORIFIC_GENDER):
            run = run[1:]
        if not 2 <= len(run) <= 3:
            continue
        s, e = run[0].idx, run[-1].idx + len(run[-1].text)
        if any(ts < e and s < te for ts, te in taken):
            continue
        before, after = text[max(0, s - 1):s], text[e:e + 1]
        if (before and before in _QUOTES) or (after and after in _QUOTES):
            continue  # a title of a work
        words = [t.lower_ for t in run]
        if any(countries.country_named(t.text) or countries.country_of_demonym(t.text) for t in run):
            continue
        label = "ORG" if words[-1] in ORG_HEADS else "PERSON"
        found.append(Candidate(s, e, label))
    return found
