"""Span repairs for the model's entity mentions, and names it did not tag at all.

The small model cuts names badly at line breaks (a heading runs into the next line),
reads caption words and role nouns into them ("Ahmed Mohamed Image", "State
Department Spokesperson"), tags two coordinated names as one ("North and South Korea")
and leaves some proper-noun runs untagged ("Aner Shalev"). Each repair works on
character offsets and the parse, and returns plain candidates.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tui.nlp import countries
from tui.nlp.lazy_lemmas import lemma_of
from tui.nlp.lexicon import (CAPTION_WORDS, DIRECTIONS, HONORIFIC_GENDER, LOCATIVE_PREPOSITIONS,
                             MOTION_PREPOSITIONS, MOTION_VERBS, ORG_HEADS, PLACE_HEADS, PLACE_NOUNS,
                             ROLE_NOUNS, TEMPORAL_WORDS, TITLES)

if TYPE_CHECKING:
    from tui.nlp.mentions import Candidate

# Weekdays and months the model reads into a name ("Wikinews Saturday"); not "USA Today".
_DATE_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "january", "february", "march", "april", "june", "july", "august", "september",
               "october", "november", "december"}
_SHARED_HEAD = re.compile(r"^([A-Z][\w'’-]*) (?:and|&) ([A-Z][\w'’-]*) ([A-Z][\w'’-]*)$")
_TWO_NAMES = re.compile(r"^([A-Z][\w'’-]+) (?:and|et|und|y|&) ([A-Z][\w'’-]+)$")  # "Jules et Jim"
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
        if tok.pos_ in ("VERB", "AUX") and tok.text.islower() and tok.lower_ != "to":
            prev = doc[tok.i - 1]
            c.end = max(c.start, prev.idx + len(prev.text))
            break
    return c


def given_names_before(doc, ent, lower_words: set[str]) -> int:
    """Where a person's name starts when the model left its first given name out of a full name
    ("Antonín [Leopold Dvořák]"): up to two capitalised proper nouns on the same line that are no
    title or role ("Activist", "Rival") and no word the text writes in lower case."""
    i = ent.start
    while len(ent) > 1 and i > 0 and ent.start - i < 2:
        tok = doc[i - 1]
        if not (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()
                and tok.ent_type_ in ("", "PERSON") and tok.whitespace_ == " "
                and tok.lower_ not in TITLES | ROLE_NOUNS | set(HONORIFIC_GENDER)
                and tok.lower_ not in lower_words):
            break
        i -= 1
    return doc[i].idx


def trim_words(doc, text: str, c: Candidate) -> Candidate:
    """Cut caption words, a trailing date and a role noun off a name."""
    words = _words(text, c)
    while len(words) > 1:
        last = text[slice(*words[-1])].rstrip(".,:;").lower()
        before = text[slice(*words[-2])].lower()
        if last in CAPTION_WORDS or (c.label != "PERSON" and last in _DATE_WORDS) \
                or (c.label == "PERSON" and last.isdigit()):
            words.pop()
        elif c.label in ("ORG", "GPE", "FAC", "LOC") and last in ROLE_NOUNS \
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
    if c.label == "PERSON" and (both := _TWO_NAMES.match(span)):
        return [Candidate(c.start, c.start + both.end(1), "PERSON"),
                Candidate(c.start + both.start(2), c.end, "PERSON")]
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


def as_place(doc, text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is used as a place rather than for those who act for it:
    a modifier ("an Ottawa street", "the Prague area"), a place's possessor ("Tokyo's district"),
    a place in a place ("Paris, France"), or where someone goes ("moved to London", "left Damascus")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    head = tok.head
    if re.match(r",\s*[A-Z]", text[end:end + 3]):
        nxt = re.match(r",\s*([A-Z][\w.]*(?: [A-Z][\w.]*)?)", text[end:end + 40])
        after = nxt and doc.char_span(end + nxt.start(1), end + nxt.end(1), alignment_mode="expand")
        if nxt and (countries.country_named(nxt.group(1)) or (after and after.root.ent_type_ == "GPE")):
            return True
    if tok.dep_ in ("compound", "nmod", "npadvmod", "amod"):
        return True
    if tok.dep_ == "poss":
        return head.ent_type_ in ("ORG", "FAC", "GPE", "LOC") or lemma_of(head) in PLACE_HEADS | PLACE_NOUNS
    if tok.dep_ == "dobj":
        return lemma_of(head) in MOTION_VERBS
    if tok.dep_ == "pobj":
        return head.lower_ in LOCATIVE_PREPOSITIONS or (
            head.lower_ in MOTION_PREPOSITIONS and lemma_of(head.head) in MOTION_VERBS)
    return False


def _titlecase(tok) -> bool:
    word = tok.text
    return (tok.is_alpha and word[:1].isupper() and (not word.isupper() or len(word) == 1)
            and tok.ent_type_ == "" and word.lower() not in TEMPORAL_WORDS
            and word.lower() not in CAPTION_WORDS)


def _camel_case(tok) -> bool:
    """"wikiHow", "eBay", "SiriusXM": a capital after a lower-case letter is a name's spelling."""
    word = tok.text
    if len(word) < 4 or word[1:].islower() or word.isupper():
        return False  # the common case, decided without a regular expression
    return tok.is_alpha and tok.ent_type_ == "" and re.search(r"[a-z][A-Z]", word) is not None


def _opens_sentence(tok) -> bool:
    return tok.is_sent_start or tok.i == 0 or doc_prev(tok).is_space or "\n" in doc_prev(tok).whitespace_


def doc_prev(tok):
    return tok.doc[tok.i - 1] if tok.i > 0 else tok


def _runs(doc):
    """Maximal runs of capitalised, untagged words within a sentence, one space apart."""
    i, n = 0, len(doc)
    while i < n:
        if not _titlecase(doc[i]):
            i += 1
            continue
        j = i
        while j + 1 < n and _titlecase(doc[j + 1]) and doc[j].whitespace_ == " " \
                and not doc[j + 1].is_sent_start:
            j += 1
        yield doc[i:j + 1]
        i = j + 1


def _single(tok, lower_words: set[str], the_names: dict[str, int]) -> str | None:
    """The label of a lone untagged proper noun that is a name by its syntax, or None."""
    if tok.pos_ != "PROPN" or _opens_sentence(tok) or len(tok.text) < 3 or tok.lower_ in lower_words:
        return None
    prev = doc_prev(tok)
    if prev.text == "The" and not _opens_sentence(prev) and the_names.get(tok.text, 0) > 1:
        return "ORG"  # "writes for The Onion", more than once: a capitalised "The" opens a title
    if countries.country_named(tok.text):
        return "GPE"
    head = tok.head
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.dep_ == "pobj" and not any(c.dep_ == "det" for c in tok.children) \
            and not (nxt is not None and nxt.lower_ == "of") \
            and (head.lower_ in LOCATIVE_PREPOSITIONS or (
                head.lower_ in MOTION_PREPOSITIONS and lemma_of(head.head) in MOTION_VERBS)):
        return "GPE"  # "settled near Ellon", "returned to Bohemia"
    return None


def _person_run(names, lower_words: set[str]) -> bool | tuple[str, ...]:
    """Two or three proper nouns are a person's name when none is a word the text also writes in
    lower case, and the text names them by one part elsewhere, the first is an initial, or they
    stand in a list with a person the model tagged ("Jerry Sands, Stolmy Pimentel, Mark ...").
    Whether the text names them by one part elsewhere is the whole text's to say: the words to
    look up in ``NameStats.alone`` are returned when only that decides."""
    if any(t.lower_ in lower_words or t.lower_ in ORG_HEADS for t in names):
        return False
    root = names[-1]
    listed = [root.head] if root.dep_ in ("conj", "appos") else []
    listed += [c for c in root.children if c.dep_ in ("conj", "appos")]
    if len(names[0].text) == 1 or any(t.ent_type_ == "PERSON" for t in listed):
        return True
    return (names[0].text, names[-1].text)


@dataclass(slots=True)
class NameStats:
    """What the whole parse says about proper nouns, summed part by part: the capitalised words
    used alone, outside a longer capitalised run ("Shalev" for Aner Shalev), and how often each
    proper noun occurs."""

    alone: set[str] = field(default_factory=set)
    recurring: dict[str, int] = field(default_factory=dict)

    def add(self, other: "NameStats") -> None:
        self.alone |= other.alone
        for word, n in other.recurring.items():
            self.recurring[word] = self.recurring.get(word, 0) + n


def name_stats(doc) -> NameStats:
    words = [t.text for t in doc]
    propn = [t.i for t in doc if t.pos_ == "PROPN"]
    alone = {words[i] for i in propn if words[i][:1].isupper()
             and not (i > 0 and words[i - 1][:1].isupper() and not doc[i - 1].is_sent_start)
             and not (i + 1 < len(words) and words[i + 1][:1].isupper())}
    recurring: dict[str, int] = {}
    for i in propn:
        recurring[words[i]] = recurring.get(words[i], 0) + 1
    return NameStats(alone, recurring)


@dataclass(frozen=True, slots=True)
class TextWords:
    """What the whole text says about its words, read once: the words it writes in lower case
    and the names it writes after a capitalised "The"."""

    lower: frozenset[str]
    the_names: dict[str, int]

    @classmethod
    def of(cls, text: str) -> "TextWords":
        the_names: dict[str, int] = {}
        for m in re.finditer(r"(?<=[a-z,;:] )The ([A-Z][a-z]+)\b", text):
            the_names[m.group(1)] = the_names.get(m.group(1), 0) + 1
        return cls(frozenset(re.findall(r"\b[a-z][a-z'-]*\b", text)), the_names)


@dataclass(frozen=True, slots=True)
class Unless:
    """A name found by the parse of one part that the counts over the whole text decide: kept
    when one of ``alone`` is used alone somewhere, or ``recurring`` occurs more than once."""

    alone: tuple[str, ...] = ()
    recurring: str | None = None

    def holds(self, stats: NameStats) -> bool:
        if self.recurring is not None:
            return stats.recurring.get(self.recurring, 0) > 1
        return any(w in stats.alone for w in self.alone)


def untagged_names(doc, text: str, cands: list[Candidate], words: TextWords,
                   lo: int = 0) -> list[tuple[Candidate, Unless | None]]:
    """Names the model left untagged: camel-case names ("wikiHow"); runs of capitalised words
    that end in an organisation's head word ("Heaven Sent Gaming"); runs of two or three proper
    nouns, or one after a title ("Major General Lafayette"), that are people; a lone proper
    noun that is a place by its preposition ("near Ellon") or a title by its "The". Each comes
    with the condition on the whole text's counts that still decides it (None: found).
    Tokens before ``lo`` (the padding of a part, see ``streaming``) are not the part's."""
    from tui.nlp.mentions import Candidate

    taken = sorted((c.start, c.end) for c in cands)
    starts = [ts for ts, _ in taken]
    reach = list(itertools.accumulate((te for _, te in taken), max))  # the furthest end so far

    def free(s: int, e: int) -> bool:
        # A span that starts before ``e`` and reaches past ``s`` overlaps: one bisection, not a
        # scan of every name (a book has thousands).
        i = bisect.bisect_left(starts, e) - 1
        return i < 0 or reach[i] <= s

    lower_words = words.lower
    found: list[tuple[Candidate, Unless | None]] = []
    for tok in doc:
        if tok.idx < lo:
            continue
        if _camel_case(tok) and free(tok.idx, tok.idx + len(tok)):
            found.append((Candidate(tok.idx, tok.idx + len(tok), "ORG"), None))
        elif tok.is_upper and tok.is_alpha and tok.ent_type_ == "" and _recurring(tok, lower_words) is True \
                and free(tok.idx, tok.idx + len(tok)):
            label = "GPE" if countries.country_named(tok.text) else "ORG"  # "JPL", "US"
            found.append((Candidate(tok.idx, tok.idx + len(tok), label), None))
    for run in _runs(doc):
        if run[0].idx < lo:
            continue
        lowers = [t.lower_ for t in run]
        s, e = run[0].idx, run[-1].idx + len(run[-1].text)
        if not free(s, e):
            continue
        before, after = text[max(0, s - 1):s], text[e:e + 1]
        if (before and before in _QUOTES) or (after and after in _QUOTES):
            continue  # a title of a work
        if any(countries.country_of_demonym(t.text) for t in run):
            continue
        if 2 <= len(run) <= 4 and lowers[-1] in ORG_HEADS | PLACE_HEADS \
                and any(t.pos_ == "PROPN" for t in run[:-1]) \
                and not (_opens_sentence(run[0]) and run[0].pos_ != "PROPN"):
            found.append((Candidate(s, e, "FAC" if lowers[-1] in PLACE_HEADS else "ORG"), None))
            continue
        names = [t for t in run if t.pos_ == "PROPN"]
        if len(names) != len(run):
            continue
        titled = False
        while names and names[0].lower_ in TITLES | set(HONORIFIC_GENDER):
            names, titled = names[1:], True
        if any(countries.country_named(t.text) for t in names):
            continue
        person = _person_run(names, lower_words) if 2 <= len(names) <= 3 else False
        if person is not False or (titled and len(names) == 1 and len(names[0].text) > 2):
            label = "ORG" if names[-1].lower_ in ORG_HEADS else "PERSON"
            cand = Candidate(names[0].idx, names[-1].idx + len(names[-1].text), label)
            found.append((cand, Unless(alone=person) if isinstance(person, tuple) else None))
        elif len(run) == 1 and (label := _single(run[0], lower_words, words.the_names)) is not None:
            found.append((Candidate(s, e, label), None))
        elif len(run) == 1 and (recurring := _recurring(run[0], lower_words)) is not False:
            cand = Candidate(s, e, "GPE" if countries.country_named(run[0].text) else "ORG")
            found.append((cand, None if recurring is True else Unless(recurring=recurring)))
    return found


def _recurring(tok, lower_words) -> bool | str:
    """A proper noun the text uses more than once, never in lower case, is a name ("Wikinews");
    so is an acronym ("JPL") the parser reads as a proper noun, outside an all-capitals line.
    How often the text uses it is the whole text's to say: the word is returned when only its
    count (``NameStats.recurring``) decides."""
    word = tok.text
    if tok.pos_ != "PROPN" or tok.lower_ in lower_words or len(word) < 2 \
            or tok.lower_ in TITLES or tok.lower_.rstrip("s") in TITLES:
        return False
    doc = tok.doc
    near = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    if word.isupper():
        return len(word) <= 6 and not any(t.text.isupper() and len(t) > 1 and t.is_alpha for t in near)
    # Alone between lower-case words: not a word of a title ("Pride and Prejudice", "Wild 2").
    if len(word) > 3 and not any(t.text[:1].isupper() or t.like_num for t in near if t.is_alpha or t.like_num):
        return word
    return False
