"""Group mentions into actors: people by name parts, countries by name, capital and
short form, organisations by name and acronym.

Works on plain candidates and strings only (no spaCy objects), so every rule can
be tested with a line of text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.core.model import GROUP, ORG, PERSON, PLACE, Actor, Mention
from tui.nlp import countries
from tui.nlp.lexicon import GENERIC_ORG_WORDS, HONORIFIC_GENDER, TITLES
from tui.nlp.mentions import Candidate

_WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?\.?", re.UNICODE)
_CONNECTORS = {"of", "for", "and", "the", "on", "in", "de", "&"}
# After these a capital is where something happens, not the government acting.
_LOCATIVE = re.compile(r"\b(?:in|at|from|near|outside|inside|into|around|across|via|of)\s+$", re.IGNORECASE)


def is_locative(text: str, start: int, end: int) -> bool:
    return bool(_LOCATIVE.search(text[max(0, start - 12):start])) or text[end:end + 1] == "-"


def name_parts(surface: str) -> list[str]:
    """The words of a person's name, without titles, brackets and possessive."""
    surface = re.sub(r"['’]s?$", "", surface.replace("[", " ").replace("]", " ").strip())
    words = _WORD.findall(surface)
    while words and words[0].lower().rstrip(".") in TITLES and len(words) > 1:
        words = words[1:]
    return [w.rstrip(".") if w.lower().rstrip(".") in TITLES else w for w in words]


def org_key(surface: str) -> str:
    surface = re.sub(r"^(?:the|The|THE)\s+", "", surface.strip())
    surface = re.sub(r"['’]s?$", "", surface)
    return re.sub(r"\s+", " ", surface).lower()


def acronym(surface: str) -> str:
    words = [w for w in re.findall(r"[\w]+", org_key(surface)) if w not in _CONNECTORS]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


def as_acronym(surface: str) -> str | None:
    """"ICG", "U.N." -> "ICG", "UN"; None for anything that is not written as an acronym."""
    bare = surface.strip().replace(".", "")
    return bare.upper() if bare.isupper() and bare.isalpha() and 1 < len(bare) <= 8 else None


@dataclass(slots=True)
class _Person:
    parts: list[str]
    first_seen: int
    gender: str | None = None
    short_forms: set[str] = field(default_factory=set)
    mentions: list[tuple[Candidate, str]] = field(default_factory=list)


@dataclass(slots=True)
class Linked:
    actors: list[Actor]
    gender: dict[str, str | None]  # actor id -> "m"/"f"/None, from honorifics only


class _PersonLinker:
    def __init__(self) -> None:
        self.people: list[_Person] = []

    def _compatible(self, word: str, before: int) -> list[_Person]:
        low = word.lower()
        return [p for p in self.people if len(p.parts) > 1 and p.first_seen <= before
                and low in (p.parts[0].lower(), p.parts[-1].lower())]

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

    def _full(self, parts: list[str], at: int) -> _Person:
        low = [w.lower() for w in parts]
        for p in self.people:
            plow = [w.lower() for w in p.parts]
            if plow == low:
                return p
        for p in self.people:
            plow = [w.lower() for w in p.parts]
            # A bare surname seen first, or a shorter full form ("Jong Un"), grows into the full name.
            if len(plow) == 1 and plow[0] in (low[0], low[-1]):
                p.parts = parts
                return p
            if len(plow) < len(low) and plow == low[-len(plow):]:
                p.parts = parts
                return p
            if len(low) < len(plow) and low == plow[-len(low):]:
                return p
        person = _Person(parts, at)
        self.people.append(person)
        return person

    def _short(self, word: str, at: int) -> _Person:
        low = word.lower()
        matches = self._compatible(word, at)
        if matches:
            # A short form once used for someone stays theirs ("Kim" for Kim Jong Un even
            # after his father Kim Jong Il is named); otherwise the most recent full name.
            established = [p for p in matches if low in p.short_forms]
            person = established[0] if established else max(matches, key=lambda p: p.first_seen)
            person.short_forms.add(low)
            return person
        for p in self.people:
            if len(p.parts) == 1 and p.parts[0].lower() == low:
                return p
        person = _Person([word], at)
        person.short_forms.add(low)
        self.people.append(person)
        return person

    def words(self) -> set[str]:
        return {w.lower() for p in self.people for w in (p.parts[0], p.parts[-1])}

    def finish(self) -> None:
        """A bare name seen before any full name joins the one full name it fits, if unique."""
        singles = [p for p in self.people if len(p.parts) == 1]
        for single in singles:
            low = single.parts[0].lower()
            fits = [p for p in self.people if len(p.parts) > 1
                    and low in (p.parts[0].lower(), p.parts[-1].lower())]
            if len(fits) == 1:
                fits[0].mentions.extend(single.mentions)
                fits[0].first_seen = min(fits[0].first_seen, single.first_seen)
                self.people.remove(single)


def link(text: str, cands: list[Candidate]) -> Linked:
    """Actors with ids in order of first mention."""
    people = _PersonLinker()
    for c in cands:
        if c.label == "PERSON":
            people.add(c, text[c.start:c.end])
    person_words = people.words()

    groups: dict[tuple[str, str], list[tuple[Candidate, str, bool]]] = {}
    names: dict[tuple[str, str], str] = {}
    org_keys: dict[str, tuple[str, str]] = {}
    pending_orgs: list[tuple[Candidate, str]] = []

    def put(key: tuple[str, str], cand: Candidate, surface: str, related: bool, name: str) -> None:
        groups.setdefault(key, []).append((cand, surface, related))
        names.setdefault(key, name)

    # "Meridian" alone, whatever the model calls it, is Meridian Freight Systems.
    firsts: dict[str, set[str]] = {}  # first word -> the organisations whose names it opens
    for c in cands:
        words = text[c.start:c.end].split()
        if c.label == "ORG" and len(words) > 1 and words[0].lower() not in GENERIC_ORG_WORDS:
            firsts.setdefault(words[0], set()).add(org_key(text[c.start:c.end]))
    for c in cands:
        if c.label == "PERSON":
            continue
        surface = text[c.start:c.end]
        if c.label in ("ORG", "NORP", "GPE", "LOC") and len(firsts.get(surface.strip(), ())) == 1 \
                and not countries.country_named(surface) and not countries.country_of_demonym(surface):
            pending_orgs.append((Candidate(c.start, c.end, "ORG"), surface))
            continue
        if c.label in ("ORG", "GPE", "LOC", "NORP") and " " not in surface.strip() \
                and name_parts(surface) and name_parts(surface)[0].lower() in person_words \
                and not (c.label == "GPE" and countries.country_named(surface)):
            # A surname the model took for a place or organisation.
            people.add(Candidate(c.start, c.end, "PERSON"), surface)
            continue
        if all(w.lower().rstrip(".") in TITLES for w in surface.split()):
            continue  # "State" of "Secretary of State"
        demonym = countries.country_of_demonym(surface)
        if demonym is not None:
            put((PLACE, demonym.code), c, surface, True, demonym.name)
            continue
        country = countries.country_named(surface)
        if country is not None and c.label != "NORP":
            put((PLACE, country.code), c, surface, False, country.name)
            continue
        if c.label in ("GPE", "LOC", "FAC", "ORG"):
            seat = countries.country_seated(surface)
            if seat is not None and not is_locative(text, c.start, c.end):
                put((PLACE, seat.code), c, surface, False, seat.name)
                continue
        if c.label == "NORP":
            if country is not None:
                put((PLACE, country.code), c, surface, True, country.name)
            else:
                put((GROUP, org_key(surface)), c, surface, False, surface.strip())
            continue
        if c.label == "ORG":
            pending_orgs.append((c, surface))
            continue
        put((PLACE, org_key(surface)), c, surface, False, surface.strip())

    _link_orgs(pending_orgs, groups, names, org_keys)
    _link_place_prefixes(groups, names)
    people.finish()

    actors: list[Actor] = []
    gender: dict[str, str | None] = {}
    pending: list[tuple[int, str, str, list[tuple[Candidate, str, bool]], str | None]] = []
    for p in people.people:
        pending.append((min(c.start for c, _ in p.mentions), PERSON, " ".join(p.parts),
                        [(c, s, False) for c, s in p.mentions], p.gender))
    for key, items in groups.items():
        named = [c.start for c, _, related in items if not related]
        first = min(named) if named else min(c.start for c, _, _ in items) + len(text)
        pending.append((first, key[0], names[key], items, None))
    pending.sort(key=lambda x: x[0])
    for n, (_, kind, name, items, g) in enumerate(pending, start=1):
        aid = f"a{n}"
        label = {PERSON: "PERSON", ORG: "ORG", PLACE: "GPE", GROUP: "NORP"}[kind]
        mentions = sorted(
            (Mention(c.start, c.end, s, c.label if kind != PERSON else "PERSON", aid, related=rel)
             for c, s, rel in items), key=lambda m: m.start)
        if kind == PERSON:
            name = max((" ".join(name_parts(s)) for _, s, _ in items), key=len, default=name) or name
        aliases = sorted({m.text.strip() for m in mentions if not m.related} - {name})
        actors.append(Actor(aid, name, kind, aliases, mentions))
        gender[aid] = g
        del label
    return Linked(actors, gender)


def _link_orgs(pending, groups, names, org_keys) -> None:
    """Same organisation by name without "the", by acronym, or by a shorter tail."""
    full_by_acronym: dict[str, tuple[str, str]] = {}
    for c, surface in pending:
        key = org_key(surface)
        if key in org_keys:
            continue
        target = None
        short = as_acronym(surface)
        if short and short in full_by_acronym:
            target = full_by_acronym[short]
        elif " " not in key and len(starting := {g for k, g in org_keys.items()
                                                  if len(k.split()) > 1 and k.split()[0] == key}) == 1:
            target = next(iter(starting))  # "Meridian" for Meridian Freight Systems
        else:
            for known, gkey in org_keys.items():
                if len(known.split()) > 1 and (key.endswith(" " + known) or known.endswith(" " + key)) \
                        and len(key.split()) > 1:
                    target = gkey
                    break
        if target is None:
            target = (ORG, key)
            names[target] = re.sub(r"^(?:the|The)\s+", "", surface.strip())
        org_keys[key] = target
        if acronym(surface):
            full_by_acronym.setdefault(acronym(surface), target)
    # Acronyms that came before their full name.
    for key, target in list(org_keys.items()):
        short = as_acronym(key.upper())
        if short in full_by_acronym and full_by_acronym[short] != target:
            org_keys[key] = full_by_acronym[short]
    for c, surface in pending:
        target = org_keys[org_key(surface)]
        groups.setdefault(target, []).append((c, surface, False))
        names.setdefault(target, surface.strip())
        if len(names[target]) < len(surface.strip()) and target[1] != org_key(surface):
            names[target] = re.sub(r"^(?:the|The)\s+", "", surface.strip())


def _link_place_prefixes(groups, names) -> None:
    """"the North" joins North Korea when the article names exactly one place it starts."""
    for key in list(groups):
        if key[0] != PLACE or key not in groups:
            continue
        items = groups[key]
        surface = items[0][1].strip()
        if " " in surface or "-" in surface:
            continue
        fits = [k for k in groups if k != key and k[0] == PLACE
                and names[k].split()[0].lower() == surface.lower() and len(names[k].split()) > 1]
        if len(fits) == 1:
            groups[fits[0]].extend(items)
            del groups[key]
