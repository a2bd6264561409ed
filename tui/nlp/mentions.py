"""Entity mentions from a parsed doc, with the small model's usual errors repaired.

Each repair is a separate function over plain (start, end, label) candidates, so
they can be tested, reordered or replaced one by one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from tui.nlp import countries
from tui.nlp.lexicon import HONORIFIC_GENDER, TEMPORAL_WORDS, TITLE_HEADS
from tui.nlp.spans import (NameStats, TextWords, Unless, as_place, coordinated, cut_at_verb, given_names_before,
                           name_stats, split_lines, trim_words, untagged_names)

KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
_TRIM_LEFT = re.compile(r"^(?:the|The|THE)\s+")
_TRIM_RIGHT = re.compile(r"(?:['’]s?|[\s,;:!?)\](\[/–—-]+|(?<![A-Z])\.|\s+\d+[-–]\d+)$")


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    label: str
    honorific: str | None = None  # "mr", "ms", ... when the text gives one
    name: str | None = None  # the full name when the text leaves part of it out ("North" and ...)
    place: bool = False  # used as a place ("an Ottawa street"), not for those who act for it

    def surface(self, text: str) -> str:
        return self.name or text[self.start:self.end]


def _trim(text: str, c: Candidate) -> Candidate:
    s, e = c.start, c.end
    span = text[s:e]
    m = _TRIM_LEFT.match(span)
    if m and (c.label != "PERSON" or span.startswith("the ")):
        s += m.end()  # a person's name may open with "The" ("The Rock"), never with "the"
    while True:
        span = text[s:e]
        m = _TRIM_RIGHT.search(span)
        if not m or m.start() == 0:
            break
        e = s + m.start()
    c.start, c.end = s, e
    return c


def _misread_date(doc, ent) -> Candidate | None:
    """spaCy reads some capitalised names as dates ("News week Tuesday"): keep the name part."""
    words = [t for t in ent if not t.is_punct]
    if not words or not words[0].is_title or words[0].lower_ in TEMPORAL_WORDS or words[0].like_num:
        return None
    keep = []
    for t in words:
        if t.lower_ in TEMPORAL_WORDS - {"week", "day"} or t.like_num:
            break
        keep.append(t)
    if not keep or all(t.lower_ in TEMPORAL_WORDS for t in keep):
        return None
    if any(t.is_title for t in keep[1:]) or len(keep) > 1:
        return Candidate(keep[0].idx, keep[-1].idx + len(keep[-1].text), "ORG")
    return None


def _title_before_person(doc, ent) -> bool:
    """"US National Security Advisor" before "Jake Sullivan" is a title, not an organisation."""
    last = ent[-1]
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return (last.lower_ in TITLE_HEADS and nxt is not None and nxt.ent_type_ == "PERSON"
            and nxt.ent_iob_ == "B")


def _honorific_names(doc) -> list[Candidate]:
    """"Mr Green", "Ms. Okafor", "Dr [Aidan] Foster-Carter": an honorific and capitalised words."""
    found = []
    for tok in doc:
        key = tok.lower_.rstrip(".")
        if key not in HONORIFIC_GENDER or not tok.text[:1].isupper():
            continue
        j = tok.i + 1
        if j < len(doc) and doc[j].text == ".":
            j += 1
        last = None
        while j < len(doc) and j - tok.i <= 6:
            word = doc[j]
            if word.is_space or word.text == "-":
                j += 1
                continue
            if not word.text[:1].isupper() or word.lower_.rstrip(".") in HONORIFIC_GENDER:
                break
            last = word
            j += 1
        if last is not None and (last.is_alpha or "-" in last.text):
            found.append(Candidate(tok.idx, last.idx + len(last.text), "PERSON", key))
    return found


def _number_led_orgs(doc, cands: list[Candidate]) -> None:
    """"38 North": a bare number right before an organisation is part of its name."""
    by_start = {c.start: c for c in cands}
    for tok in doc:
        if tok.ent_type_ == "CARDINAL" and tok.is_digit and tok.i + 1 < len(doc):
            nxt = doc[tok.i + 1]
            c = by_start.get(nxt.idx)
            if c is not None and c.label == "ORG" and tok.whitespace_:
                c.start = tok.idx


def _split_parenthetical(text: str, cands: list[Candidate]) -> list[Candidate]:
    """"Institute for Fiscal Studies (IFS)": the name, and the acronym as a mention of its own."""
    out = []
    for c in cands:
        span = text[c.start:c.end]
        cut = span.find(" (")
        if cut > 0:
            inner = re.match(r"\s*\(\s*([A-Z][A-Za-z.&]{1,9})\s*\)?", span[cut:])
            out.append(Candidate(c.start, c.start + cut, c.label, c.honorific))
            if inner:
                s = c.start + cut + inner.start(1)
                out.append(Candidate(s, s + len(inner.group(1)), c.label))
            continue
        out.append(c)
    return out


def _seats_of_government(text: str, lo: int, hi: int) -> list[Candidate]:
    """"Downing Street", "the White House": seats the model rarely tags, found by name."""
    pattern = countries.seat_pattern()
    return [Candidate(m.start(1), m.end(1), "GPE") for m in pattern.finditer(text, lo, hi)]


@dataclass(slots=True)
class PartCandidates:
    """The candidates of one part of the text, before the counts over the whole text decide the
    untagged names that depend on them (``spans.Unless``); plain data, kept once the part's Doc
    is gone."""

    tagged: list[Candidate]  # from the model's entities and the text, overlaps resolved
    untagged: list[tuple[Candidate, Unless | None]]
    stats: NameStats  # this part's share of the whole text's proper-noun counts

    def decided(self, stats: NameStats) -> list[Candidate]:
        """The part's candidates, in text order, once ``stats`` covers the whole text."""
        found = [c for c, unless in self.untagged if unless is None or unless.holds(stats)]
        return _resolve_overlaps(self.tagged + found)


def part_candidates(doc, text: str, words: TextWords, lo: int = 0, hi: int | None = None) -> PartCandidates:
    """The candidates of ``doc``, the part ``text[lo:hi]`` (its offsets are the text's, see
    ``streaming``); ``words`` are read from the whole text."""
    hi = len(text) if hi is None else hi
    cands: list[Candidate] = []
    lower_words = words.lower
    for ent in doc.ents:
        if ent.label_ == "DATE":
            c = _misread_date(doc, ent)
            if c is not None:
                cands.append(c)
            continue
        if ent.label_ not in KEPT_LABELS:
            continue
        if ent.label_ == "ORG" and _title_before_person(doc, ent):
            first = ent[0]
            if countries.country_named(first.text):
                cands.append(Candidate(first.idx, first.idx + len(first.text), "GPE"))
            continue
        label = ent.label_
        if label == "PERSON" and len(ent) == 1 and (countries.country_named(ent.text)
                                                    or countries.country_seated(ent.text)):
            label = "GPE"  # "a condition Kyiv has called unacceptable"
        start = ent.start_char
        if label == "PERSON":
            start = given_names_before(doc, ent, lower_words)
        for s, e in split_lines(text, start, ent.end_char):
            cands.append(Candidate(s, e, label))
    _number_led_orgs(doc, cands)
    cands = [_trim(text, c) for c in _split_parenthetical(text, cands)]
    cands = [trim_words(doc, text, cut_at_verb(doc, c)) for c in cands]
    cands = [part for c in cands for part in coordinated(text, c)]
    # Names are capitalised: the model's "foreign ministry" is a description, not an organisation.
    cands = [c for c in cands if c.label in ("PERSON", "NORP") or _capitalised(text[c.start:c.end])
             or text[c.start:c.start + 1].isdigit()]
    cands.extend(_honorific_names(doc))
    cands.extend(_seats_of_government(text, lo, hi))
    cands = _resolve_overlaps([c for c in cands if c.end > c.start])
    untagged = untagged_names(doc, text, cands, words, lo)
    for c in cands + [c for c, _ in untagged]:
        c.place = as_place(doc, text, c.start, c.end)
    return PartCandidates(cands, untagged, name_stats(doc))


def _capitalised(span: str) -> bool:
    """"Reuters", "wikiHow", "eBay": a capital first, or inside the first word."""
    first = span.split(" ", 1)[0]
    return span[:1].isupper() or (first[:1].isalpha() and any(ch.isupper() for ch in first[1:]))


def _resolve_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Honorific names first (the surest reading of their words), then longest first."""
    cands.sort(key=lambda c: (c.honorific is None, -(c.end - c.start), c.start))
    starts: list[int] = []  # kept spans, sorted and non-overlapping
    kept: list[Candidate] = []
    for c in cands:
        i = bisect.bisect_left(starts, c.start)
        clash = None
        if i < len(kept) and kept[i].start < c.end:
            clash = kept[i]
        elif i > 0 and kept[i - 1].end > c.start:
            clash = kept[i - 1]
        if clash is None:
            starts.insert(i, c.start)
            kept.insert(i, c)
        elif c.honorific and clash.label == "PERSON" and not clash.honorific:
            clash.honorific = c.honorific
    return kept
