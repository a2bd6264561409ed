"""People grouped by the parts of their names.

"Mr Green", "Green's" and "Christopher Green" are one person; so are "Joshua Norton" and
"Joshua Abraham Norton" (a middle name left out), "Higuchi Natsuko" and "Natsuko Higuchi"
(family name first), and "Peter Charles L'Enfant" and "Pierre Charles L'Enfant" (a
spelling variant of one part while the others match exactly).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field

from rapidfuzz.fuzz import ratio

from tui.nlp.lexicon import ALIAS_CUES, HONORIFIC_GENDER, POSTNOMINALS, TITLE_HEADS, TITLES
from tui.nlp.mentions import Candidate

_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?\.?", re.UNICODE)
# Two spellings of one name part: "Jespersen"/"Jesperson", "Pierre"/"Peter" beside equal parts.
_VARIANT_RATIO = 50
# "better known by her pseudonym", "also known as", "pen name", "née": what follows names the same person.
# A short description may stand between the cue and the name ("a pen name of Japanese author X").
# After the name come brackets and commas only, or a predicate of the name ("was a Latin priest, ...").
_ALIAS = re.compile(r"^[\s,;:–—-]*(?:(?:who )?(?:is|was|are|were) [^.;]*?)?\b(?:"
                    + "|".join(sorted(ALIAS_CUES, key=len, reverse=True))
                    + r")[\s,:]*(?:(?:the|an?|[A-Za-z][a-z]+)\s+){0,2}$", re.IGNORECASE)
_CONNECTORS = {"of", "the", "and", "for", "de", "von", "van", "du", "da", "di"}
_SURNAME_VARIANT_RATIO = 80


def name_parts(surface: str) -> list[str]:
    """The words of a person's name, without titles, honours, brackets and possessive."""
    surface = re.sub(r"['’]s?$", "", surface.replace("[", " ").replace("]", " ").strip())
    words = [w for token in surface.split() if not token[:1].isdigit() for w in _WORD.findall(token)]
    while words and words[-1].lower() in _CONNECTORS:
        words = words[:-1]  # "Patrick Leopold Gordon of"
    while len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    while words and words[0].lower().rstrip(".") in TITLES and len(words) > 1:
        words = words[1:]
    if len(words) > 2 and words[-1].lower().rstrip(".") in TITLE_HEADS:
        words = words[:-1]  # "George Floyd Justice", "Ahmed Mohamed Spokesperson": a role after a full name
    while len(words) > 1 and words[-1].rstrip(".") in POSTNOMINALS:
        words = words[:-1]
    return [w.rstrip(".") if w.lower().rstrip(".") in TITLES else w for w in words]


@lru_cache(maxsize=16384)
def fold(word: str) -> str:
    """Lower case without accents: "Ichiyō" and "Ichiyo" are one spelling."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(ch))


def folded(parts: list[str]) -> list[str]:
    return [fold(w) for w in parts]


def follows_alias(text: str, prev_end: int, start: int) -> bool:
    """Whether an alias cue ("better known as") stands between a name ending at ``prev_end`` and
    one starting at ``start``, in one sentence."""
    between = text[prev_end:start]
    if len(between) > 200 or re.search(r"[.!?]\s+[A-Z]|\n", between):
        return False
    # Brackets (dates, native spellings) may stand between; a noun may not ("..., a team known as").
    between = re.sub(r"\([^()]*\)", "", between).split(")")[-1]
    return _ALIAS.match(between) is not None


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _variant(a: list[str], b: list[str]) -> bool:
    """Equal parts but one, and that one a spelling variant with the same initial."""
    if len(a) != len(b) or len(a) < 2:
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(differ) != 1:
        return False
    i = differ[0]
    x, y = a[i], b[i]
    if x[:1] != y[:1] or min(len(x), len(y)) < 4:
        return False
    if i == len(a) - 1:
        return ratio(x, y) >= _SURNAME_VARIANT_RATIO
    # A first name differs between people who share a surname: only with two equal parts more.
    return len(a) >= 3 and ratio(x, y) >= _VARIANT_RATIO


def same_person(a: list[str], b: list[str]) -> bool:
    """Two full names (two parts or more, lower case) that name one person."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if short == long[-len(short):]:
        return True  # "Jong Un" in "Kim Jong Un"
    if short[-1] == long[-1] and _subsequence(short, long):
        return True  # a middle name left out
    if len(short) >= 2 and len(long) >= 3 and short == long[:len(short)]:
        return True  # given names without the family name: "Pierre Charles"
    if len(a) == 2 and a == b[::-1]:
        return True  # family name first
    return _variant(a, b)


@dataclass(slots=True)
class Person:
    parts: list[str]
    first_seen: int
    gender: str | None = None
    short_forms: set[str] = field(default_factory=set)
    mentions: list[tuple[Candidate, str]] = field(default_factory=list)


class PersonLinker:
    def __init__(self) -> None:
        self.people: list[Person] = []
        self._of: dict[int, Person] = {}  # candidate start -> the person it was added to
        # People by the folded first and last parts they have had, so that a long text's
        # thousands of names are not each compared with every other: two names can only name
        # one person (``same_person``) if they share a first or last part. Rebuilt when the list
        # changed behind the linker's back (a person removed).
        self._by_word: dict[str, list[Person]] = {}
        self._order: dict[int, int] = {}
        self._indexed = -1

    def _index_one(self, person: Person) -> None:
        for word in {fold(person.parts[0]), fold(person.parts[-1])}:
            self._by_word.setdefault(word, []).append(person)

    def _near(self, words: set[str]) -> list[Person]:
        """The people whose first or last part is one of ``words``, in the list's order
        (the order every rule below depends on)."""
        if self._indexed != len(self.people):
            self._by_word, self._order = {}, {}
            for i, person in enumerate(self.people):
                self._order[id(person)] = i
                self._index_one(person)
            self._indexed = len(self.people)
        found = {id(p): p for w in words for p in self._by_word.get(w, ())}
        return sorted(found.values(), key=lambda p: self._order[id(p)])

    def _append(self, person: Person) -> Person:
        self.people.append(person)
        if self._indexed == len(self.people) - 1:
            self._order[id(person)] = self._indexed
            self._index_one(person)
            self._indexed += 1
        else:
            self._indexed = -1  # someone was removed meanwhile: rebuild at the next look-up
        return person

    def _rename(self, person: Person, parts: list[str]) -> None:
        person.parts = parts
        if self._indexed == len(self.people):
            self._index_one(person)  # its old words stay listed: every rule checks the parts again

    def _compatible(self, word: str, before: int) -> list[Person]:
        low = fold(word)
        return [p for p in self._near({low}) if len(p.parts) > 1 and p.first_seen <= before
                and low in (fold(p.parts[0]), fold(p.parts[-1]))]

    def add(self, cand: Candidate, surface: str) -> None:
        parts = name_parts(surface)
        if not parts:
            return
        gender = HONORIFIC_GENDER.get(cand.honorific or "")
        if len(parts) > 1:
            person = self._full(parts, cand.start)
        else:
            person = self._short(parts[0], cand.start)
        if gender and person.gender is None:
            person.gender = gender
        person.mentions.append((cand, surface))
        self._of[cand.start] = person

    def _full(self, parts: list[str], at: int) -> Person:
        low = folded(parts)
        near = self._near({low[0], low[-1]})
        for p in near:
            if folded(p.parts) == low:
                return p
        for p in near:
            plow = folded(p.parts)
            # A bare surname seen first grows into the full name.
            if len(plow) == 1 and plow[0] in (low[0], low[-1]):
                self._rename(p, parts)
                return p
        for p in near:
            plow = folded(p.parts)
            if len(plow) > 1 and same_person(plow, low):
                if len(low) > len(plow):
                    self._rename(p, parts)  # the fullest form names the actor
                return p
        return self._append(Person(parts, at))

    def _short(self, word: str, at: int) -> Person:
        low = fold(word)
        matches = self._compatible(word, at)
        if matches:
            # A short form once used for someone stays theirs ("Kim" for Kim Jong Un even
            # after his father Kim Jong Il is named); otherwise the most recent full name.
            established = [p for p in matches if low in p.short_forms]
            person = established[0] if established else max(matches, key=lambda p: p.first_seen)
            person.short_forms.add(low)
            return person
        for p in self._near({low}):
            if len(p.parts) == 1 and fold(p.parts[0]) == low:
                return p
        person = Person([word], at)
        person.short_forms.add(low)
        return self._append(person)

    def join_aliases(self, text: str, cands: list[Candidate]) -> None:
        """"Jenna Mourey, better known by her pseudonym Jenna Marbles": one person. The person
        after an alias cue joins the nearest person before it in the same sentence."""
        people = sorted((c.start, c.end) for c in cands if c.start in self._of)
        for i, (start, _) in enumerate(people):
            if i == 0:
                continue
            prev_start, prev_end = people[i - 1]
            if not follows_alias(text, prev_end, start):
                continue
            keep, other = self._of[prev_start], self._of[start]
            if keep is other or other not in self.people:
                continue
            keep.mentions.extend(other.mentions)
            keep.first_seen = min(keep.first_seen, other.first_seen)
            keep.short_forms |= other.short_forms
            for c, _ in other.mentions:
                self._of[c.start] = keep
            self.people.remove(other)
            self._indexed = -1

    def words(self) -> set[str]:
        return {fold(w) for p in self.people for w in (p.parts[0], p.parts[-1])}

    def single_names(self) -> set[str]:
        return {fold(p.parts[0]) for p in self.people if len(p.parts) == 1}

    def named(self, parts: list[str]) -> Person | None:
        """The one person a full name of two parts or more names, if any."""
        if len(parts) < 2:
            return None
        low = folded(parts)
        fits = [p for p in self._near({low[0], low[-1]})
                if len(p.parts) > 1 and same_person(folded(p.parts), low)]
        return fits[0] if len(fits) == 1 else None

    def finish(self) -> None:
        """A bare name seen before any full name joins the one full name it fits, if unique."""
        singles = [p for p in self.people if len(p.parts) == 1]
        full: dict[str, list[Person]] = {}  # only bare names leave the list below
        for p in self.people:
            if len(p.parts) > 1:
                for word in {fold(p.parts[0]), fold(p.parts[-1])}:
                    full.setdefault(word, []).append(p)
        joined: set[int] = set()
        for single in singles:
            fits = full.get(fold(single.parts[0]), [])
            if len(fits) == 1:
                fits[0].mentions.extend(single.mentions)
                fits[0].first_seen = min(fits[0].first_seen, single.first_seen)
                joined.add(id(single))
        if joined:
            self.people = [p for p in self.people if id(p) not in joined]
            self._indexed = -1
