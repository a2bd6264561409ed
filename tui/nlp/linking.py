"""Group mentions into actors: people by name parts (tui.nlp.people), countries by name,
capital and short form (tui.nlp.countries), organisations and places by name, acronym and
short form (tui.nlp.orgs).

Works on plain candidates and strings only (no spaCy objects), so every rule can
be tested with a line of text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.model import GROUP, ORG, PERSON, PLACE, Actor, Mention
from tui.nlp import countries
from tui.nlp.lexicon import GENERIC_ORG_WORDS, ORG_HEADS, STATE_DESIGNATORS, TITLES
from tui.nlp.mentions import Candidate
from tui.nlp.orgs import (acronym, as_acronym, join_across_labels, link_orgs, link_place_prefixes, org_key,
                          without_designator)
from tui.nlp.people import PersonLinker, fold, follows_alias, name_parts

__all__ = ["Linked", "is_locative", "link", "name_parts"]

# After these a capital is where something happens, not the government acting.
_LOCATIVE = re.compile(r"\b(?:in|at|from|near|outside|inside|into|around|across|via|of)\s+$", re.IGNORECASE)


def is_locative(text: str, start: int, end: int) -> bool:
    return bool(_LOCATIVE.search(text[max(0, start - 12):start])) or text[end:end + 1] == "-"


@dataclass(slots=True)
class Linked:
    actors: list[Actor]
    gender: dict[str, str | None]  # actor id -> "m"/"f"/None, from honorifics only


def link(text: str, cands: list[Candidate]) -> Linked:
    """Actors with ids in order of first mention."""
    cands = _relabel(text, cands)
    people = PersonLinker()
    for c in cands:
        if c.label == "PERSON":
            people.add(c, c.surface(text))
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
        words = c.surface(text).split()
        if c.label == "ORG" and len(words) > 1 and words[0].lower() not in GENERIC_ORG_WORDS:
            firsts.setdefault(words[0], set()).add(org_key(c.surface(text)))
    for c in cands:
        if c.label == "PERSON":
            continue
        surface = c.surface(text)
        if c.label in ("ORG", "NORP", "GPE", "LOC") and len(firsts.get(surface.strip(), ())) == 1 \
                and not countries.country_named(surface) and not countries.country_of_demonym(surface):
            pending_orgs.append((Candidate(c.start, c.end, "ORG"), surface))
            continue
        if _names_a_person(surface, c.label, people, person_words):
            people.add(Candidate(c.start, c.end, "PERSON", name=c.name, place=c.place), surface)
            continue
        if all(w.lower().rstrip(".") in TITLES for w in surface.split()):
            continue  # "State" of "Secretary of State"
        demonym = countries.country_of_demonym(surface)
        if demonym is not None and _plural(surface):
            # "Americans" are people, a group of their own; "American officials" are about the US.
            put((GROUP, org_key(surface)), c, surface, False, surface.strip())
            continue
        if demonym is not None:
            put((PLACE, demonym.code), c, surface, True, demonym.name)
            continue
        country = countries.country_named(surface)
        if country is None and c.label in ("GPE", "ORG") \
                and (bare := without_designator(org_key(surface), STATE_DESIGNATORS)):
            country = countries.country_named(bare)  # "the Republic of Albania"
        if country is not None and c.label != "NORP":
            put((PLACE, country.code), c, surface, False, country.name)
            continue
        if c.label in ("GPE", "LOC", "FAC", "ORG"):
            seat = countries.country_seated(surface)
            # A capital or seat stands for its government where it acts ("Ottawa said", "talks
            # between Moscow and Kyiv"), not where it is a place ("an Ottawa street", "in Ottawa").
            if seat is not None and not c.place and not is_locative(text, c.start, c.end):
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

    link_orgs(pending_orgs, groups, names, org_keys)
    link_place_prefixes(groups, names)
    join_across_labels(groups, names)
    people.join_aliases(text, cands)
    people.finish()
    _names_the_model_took_for_people(people, groups, names)

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
            (Mention(c.start, c.end, text[c.start:c.end], c.label if kind != PERSON else "PERSON", aid, related=rel)
             for c, s, rel in items), key=lambda m: m.start)
        if kind == PERSON:
            name = max((" ".join(name_parts(s)) for _, s, _ in items), key=len, default=name) or name
        aliases = sorted({m.text.strip() for m in mentions if not m.related} - {name})
        actors.append(Actor(aid, name, kind, aliases, mentions))
        gender[aid] = g
        del label
    return Linked(actors, gender)




def _relabel(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Labels the model gets wrong and the text settles: a name after an alias cue is the person
    before it ("Margaret Ellison, better known as Tilly Rowe"); an acronym of an organisation or
    place named in full is that organisation ("VSFB" for Vandenberg Space Force Base)."""
    acronyms = {acronym(c.surface(text)) for c in cands if c.label not in ("PERSON", "NORP")} - {""}
    last_person = None
    out = []
    for c in cands:
        label = c.label
        if label not in ("PERSON", "NORP") and last_person is not None \
                and follows_alias(text, last_person.end, c.start):
            label = "PERSON"
        elif label == "PERSON" and as_acronym(c.surface(text)) in acronyms:
            label = "ORG"
        if label != c.label:
            c = Candidate(c.start, c.end, label, c.honorific, c.name, c.place)
        if label == "PERSON":
            last_person = c
        out.append(c)
    return out


def _plural(surface: str) -> bool:
    word = surface.strip().split()[-1]
    return word.endswith("s") and not word.endswith("ss")


def _names_a_person(surface: str, label: str, people: PersonLinker, person_words: set[str]) -> bool:
    """A person's name the model took for a place or organisation: a known surname ("Holt"),
    a saint's or official's name ("St. Jerome"), or a known full name ("Higuchi Natsuko")."""
    if label not in ("ORG", "GPE", "LOC", "NORP", "FAC") or countries.country_named(surface) \
            or countries.country_of_demonym(surface):
        return False
    parts = name_parts(surface)
    words = surface.split()
    if not parts or not all(w[:1].isupper() for w in parts):
        return False
    if len(parts) == 1:
        titled = len(words) > 1 and words[0].lower().rstrip(".") in TITLES
        return (" " not in surface.strip() or titled) and fold(parts[0]) in person_words
    if people.named(parts) is not None and len(words) - len(parts) <= 1:
        return True  # "George Floyd Justice" (ORG) after George Floyd: the name and one role word
    if len(parts) != len(words):
        return False
    # "Britney Spears" as ORG after "Britney" as a person: a known one-word name and a surname.
    return label == "ORG" and len(parts) == 2 and parts[1].lower() not in ORG_HEADS \
        and fold(parts[0]) in people.single_names()


def _names_the_model_took_for_people(people: PersonLinker, groups, names) -> None:
    """A one-word "person" that is the name of an organisation or place the article names
    ("Harrow" tagged ORG elsewhere), and no person's name part, joins that actor."""
    by_key: dict[str, set] = {}
    for key in groups:
        if key[0] in (ORG, PLACE):
            name = org_key(names[key])
            by_key.setdefault(name, set()).add(key)
    full_words = {w.lower() for p in people.people if len(p.parts) > 1 for w in p.parts}
    for p in list(people.people):
        if len(p.parts) != 1 or p.parts[0].lower() in full_words:
            continue
        fits = by_key.get(p.parts[0].lower(), set())
        if len(fits) == 1:
            groups[next(iter(fits))].extend((c, s, False) for c, s in p.mentions)
            people.people.remove(p)
