"""Organisations and places grouped by name: without "the", by acronym, by a short form.

Groups are keyed (kind, key); a country's key is its ISO code, every other key the
lower-cased name. The model labels one name differently from sentence to sentence
(ORG, GPE, LOC, FAC), so the last step joins groups across labels.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.core.model import GROUP, ORG, PLACE
from tui.nlp import countries
from tui.nlp.lexicon import DIRECTIONS, EVENT_WORDS, NAME_DESIGNATORS, STATE_DESIGNATORS
from tui.nlp.mentions import Candidate

_CONNECTORS = {"of", "for", "and", "the", "on", "in", "de", "&"}

Key = tuple[str, str]
Groups = dict[Key, list[tuple[Candidate, str, bool]]]


@lru_cache(maxsize=16384)
def org_key(surface: str) -> str:
    surface = re.sub(r"^(?:the|The|THE)\s+", "", surface.strip())
    surface = re.sub(r"['’]s?$", "", surface)
    surface = re.sub(r"\s+[–—-]\s+", " ", surface)  # "School of Open – Africa"
    return re.sub(r"\s+", " ", surface).lower()


def acronym(surface: str) -> str:
    words = [w for w in re.findall(r"[\w]+", org_key(surface)) if w not in _CONNECTORS]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


def as_acronym(surface: str) -> str | None:
    """"ICG", "U.N." -> "ICG", "UN"; None for anything that is not written as an acronym."""
    bare = surface.strip().replace(".", "")
    return bare.upper() if bare.isupper() and bare.isalpha() and 1 < len(bare) <= 8 else None


def without_designator(key: str, designators: frozenset[str] | set[str] = NAME_DESIGNATORS) -> str | None:
    """"state of texas" -> "texas"; None when the name opens with no designator."""
    m = re.match(r"(\w+(?: \w+)?) of (?:the )?(.+)$", key)
    return m.group(2) if m and m.group(1) in designators else None


def link_orgs(pending, groups: Groups, names: dict[Key, str], org_keys: dict[str, Key]) -> None:
    """Same organisation by name without "the", by acronym, or by a shorter tail."""
    full_by_acronym: dict[str, Key] = {}
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
                if len(known.split()) > 1 and len(key.split()) > 1 and _shorter_tail(key, known) \
                        and (known.endswith(" " + key) or org_key(names[gkey]) == known):
                    # "Red Sox" for Boston Red Sox; a longer name joins a short one only while
                    # that is all the group is called, so two teams ending "Red Sox" stay two.
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


def _shorter_tail(a: str, b: str) -> bool:
    """One name is the other's last words, and not the thing after "of" ("General Assembly
    of the United Nations" is not the United Nations)."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if not long.endswith(" " + short):
        return False
    lead = long[:-len(short)].split()
    return not lead or lead[-1] not in ("of", "the", "for", "at", "in") and "of" not in lead[-2:]


def link_place_prefixes(groups: Groups, names: dict[Key, str]) -> None:
    """"the North" joins North Korea when the article names exactly one place it starts."""
    for key in list(groups):
        if key[0] != PLACE or key not in groups:
            continue
        items = groups[key]
        surface = items[0][1].strip()
        if surface.lower() not in DIRECTIONS:
            continue  # "Oklahoma" is not Oklahoma City
        fits = [k for k in groups if k != key and k[0] == PLACE
                and names[k].split()[0].lower() == surface.lower() and len(names[k].split()) > 1]
        if len(fits) == 1:
            groups[fits[0]].extend(items)
            del groups[key]


def _is_country(key: Key) -> bool:
    return key[0] == PLACE and key[1].isupper()


class _ShortForms:
    """Which longer name a name is a short form of, across labels, with the names indexed once
    (a long text has thousands: comparing each with all others was quadratic)."""

    def __init__(self, others: dict[str, Key]) -> None:
        self.of_heads: dict[str, list[Key]] = {}  # "house" -> groups named "house of ..."
        self.qualified: dict[str, list[Key]] = {}  # "senate" -> groups named "<country> senate"
        self.longer: dict[str, list[tuple[str, Key]]] = {}  # name -> names one word longer
        self.keys_of: dict[Key, list[str]] = {}
        for k, g in others.items():
            self.keys_of.setdefault(g, []).append(k)
            at = k.find(" of ")
            while at >= 0:
                self.of_heads.setdefault(k[:at], []).append(g)
                at = k.find(" of ", at + 1)
            at = k.find(" ")
            while at >= 0:
                lead = k[:at]
                if countries.country_named(lead) or countries.country_of_demonym(lead):
                    self.qualified.setdefault(k[at + 1:], []).append(g)
                at = k.find(" ", at + 1)
            words = k.split()
            if len(words) > 1:
                self.longer.setdefault(" ".join(words[:-1]), []).append((k, g))

    def of(self, key: str, kind: str) -> Key | None:
        # "House" for House of Representatives, "General Assembly" for ... of the United Nations.
        heads = set(self.of_heads.get(key, ()))
        if len(heads) == 1:
            return next(iter(heads))
        # "Senate" for U.S. Senate: the same name after a country's name or demonym.
        qualified = set(self.qualified.get(key, ()))
        if len({_canonical(k) for g in qualified for k in self.keys_of[g]}) == 1:
            return next(iter(qualified))  # "U.S. Congress" and "United States Congress" are one
        # "School of Open" for School of Open Africa: a name of three words or more that one longer
        # name extends by a word that does not make it an event or a prize ("... Baseball Draft").
        # Two words are enough between organisations ("Major League" for Major League Baseball,
        # never "New York" for the New York Times, nor "San Francisco" for San Francisco Bay).
        if len(key.split()) > 1:
            longer = {g for k, g in self.longer.get(" ".join(key.split()), ())
                      if k.startswith(key + " ") and len(k.split()) == len(key.split()) + 1
                      and k.split()[-1] not in EVENT_WORDS and (len(key.split()) > 2 or g[0] == kind == ORG)}
            if len(longer) == 1:
                return next(iter(longer))
        return None


def _canonical(key: str) -> str:
    """The name with a leading country written as its code: "u.s. congress" -> "US congress"."""
    words = key.split()
    for n in (3, 2, 1):
        if len(words) > n and (country := countries.country_named(" ".join(words[:n]))):
            return " ".join([country.code] + words[n:])
    return key


def join_across_labels(groups: Groups, names: dict[Key, str]) -> None:
    """One name under two labels is one actor: "Koinonia" as ORG and as GPE, "KSC" (ORG) for
    Kennedy Space Center (FAC), "State of Texas" for Texas, "House" for House of Representatives."""
    parent: dict[Key, Key] = {k: k for k in groups}

    def root(k: Key) -> Key:
        while parent[k] != k:
            k = parent[k]
        return k

    def join(a: Key, b: Key) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[ra] = rb

    named = {k: org_key(names[k]) for k in groups if not _is_country(k)}
    by_key: dict[str, list[Key]] = {}
    for k, key in named.items():
        by_key.setdefault(_canonical(key), []).append(k)
    for ks in by_key.values():
        for k in ks[1:]:
            join(k, ks[0])
    by_acronym: dict[str, set[Key]] = {}
    for k in named:
        if k[0] != GROUP and acronym(names[k]):
            by_acronym.setdefault(acronym(names[k]), set()).add(k)
    others = {key: k for k, key in named.items() if k[0] != GROUP}
    short_forms = _ShortForms(others)
    for k, key in named.items():
        if k[0] == GROUP:
            continue
        short = as_acronym(names[k])
        fits = by_acronym.get(short or "", set()) - {k}
        if len(fits) == 1:
            join(k, next(iter(fits)))
            continue
        bare = without_designator(key)
        if bare is not None:
            country = countries.country_named(bare) if without_designator(key, STATE_DESIGNATORS) else None
            target = (PLACE, country.code) if country else others.get(bare)
            if target in parent:
                join(k, target)
                continue
        target = short_forms.of(key, k[0])  # a name is never a short form of itself
        if target is not None:
            join(k, target)
    clusters: dict[Key, list[Key]] = {}
    for k in groups:
        clusters.setdefault(root(k), []).append(k)
    for members in clusters.values():
        if len(members) == 1:
            continue
        # The kind most mentions carry; a country keeps its code; the longest name names it.
        countries_in = [k for k in members if _is_country(k)]
        keep = countries_in[0] if countries_in else max(
            members, key=lambda k: (len(groups[k]) if k[0] != GROUP else 0, len(names[k])))
        for k in members:
            if k != keep:
                groups[keep].extend(groups.pop(k))
        if not countries_in:
            names[keep] = max((names[k] for k in members), key=len)
