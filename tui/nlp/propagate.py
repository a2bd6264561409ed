"""Names the model found once are names everywhere: other occurrences become mentions.

The small model misses a name it tagged elsewhere ("Fallon said" after "Theresa
Fallon"); every unambiguous form of an actor's name is looked up again across the
text. A one-word form counts where the parser reads it as a proper noun, or where the
text never writes the word in lower case (then "Holt" tagged as a noun is still the name).
"""

from __future__ import annotations

import bisect
import re
from array import array

from tui.core.model import ORG, PERSON, Actor, Mention
from tui.nlp import countries
from tui.nlp.lexicon import GENERIC_ORG_WORDS, ORG_HEADS, TEAM_TAIL_EXCLUDED, TITLES
from tui.nlp.people import name_parts


def _capitalised(form: str) -> bool:
    return form[:1].isupper() or any(ch.isupper() for ch in form[1:])


def _forms(actor: Actor) -> set[str]:
    forms = set()
    for m in actor.named_mentions:
        surface = m.text.strip()
        if actor.kind == PERSON:
            parts = name_parts(surface)
            if parts:
                forms.add(" ".join(parts))
                forms.add(parts[-1])
                forms.add(parts[0])  # "Isabel" for Isabel Ruiz, where no one else is Isabel
        else:
            forms.add(surface)
            words = surface.split()
            # "Meridian" for Meridian Freight Systems; not "National" or "World".
            if actor.kind == ORG and len(words) > 1 and words[0].lower() not in GENERIC_ORG_WORDS \
                    and words[0].isalpha() and not countries.country_named(words[0]) \
                    and not countries.country_of_demonym(words[0]):
                forms.add(words[0])
            # "the Owls" for the Rice Owls: a team's plural name, not "Nations" or "Studies".
            last = words[-1]
            if actor.kind == ORG and len(words) > 1 and last.endswith("s") and last.isalpha() \
                    and last.lower() not in GENERIC_ORG_WORDS | ORG_HEADS | TEAM_TAIL_EXCLUDED \
                    and last.lower().rstrip("s") not in TITLES \
                    and not countries.country_of_demonym(last):
                forms.add(last)
    return {f for f in forms if len(f) > 1 and _capitalised(f)}


def _trie_pattern(forms: list[str]) -> str:
    """One alternation of ``forms`` as a tree of shared prefixes, longer continuations tried before
    a form ends: the match is the longest form that fits, as with the forms longest first, but a
    long text's thousands of forms cost one walk down the tree at each place, not one try each."""
    tree: dict = {}
    for form in forms:
        node = tree
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in node.items() if ch != ""]
        if not branches:
            return ""
        if len(branches) == 1 and not ends:
            return branches[0]
        return "(?:" + "|".join(branches) + ("|" if ends else "") + ")"

    return walk(tree)


class TokenIndex:
    """Where tokens start and which are proper nouns: all propagation asks of the parse, kept
    compact (two arrays) so a long text's parts need not stay alive until the actors are known."""

    def __init__(self) -> None:
        self.starts = array("q")
        self.propn = bytearray()

    def add(self, doc, lo: int = 0) -> None:
        """The tokens of ``doc`` from offset ``lo`` on (a part's padding is not its own)."""
        for t in doc:
            if t.idx >= lo:
                self.starts.append(t.idx)
                self.propn.append(t.pos_ == "PROPN")

    def proper_noun_at(self, offset: int) -> bool | None:
        """Whether the token starting at ``offset`` is a proper noun; None when none starts there."""
        i = bisect.bisect_left(self.starts, offset)
        if i >= len(self.starts) or self.starts[i] != offset:
            return None
        return bool(self.propn[i])


def propagate(tokens: TokenIndex, text: str, actors: list[Actor], lower_words: frozenset[str] | None = None) -> None:
    owners: dict[str, set[str]] = {}
    for a in actors:
        for form in _forms(a):
            owners.setdefault(form, set()).add(a.id)
    taken = sorted((m.start, m.end) for a in actors for m in a.mentions)
    starts = [s for s, _ in taken]
    by_id = {a.id: a for a in actors}
    people = [a for a in actors if a.kind == PERSON and a.named_mentions]
    first_person = min(people, key=lambda a: a.named_mentions[0].start).id if people else None
    if lower_words is None:
        lower_words = frozenset(re.findall(r"\b[a-z][a-z'-]*\b", text))

    def free(s: int, e: int) -> bool:
        i = bisect.bisect_right(starts, e) - 1
        while i >= 0 and taken[i][1] > s - 200:
            if taken[i][0] < e and s < taken[i][1]:
                return False
            i -= 1
        return True

    chosen: dict[str, Actor] = {}
    for form, ids in owners.items():
        if len(ids) != 1:
            # A form two actors share says nothing about either, unless the text already used it
            # alone for one of them ("L'Enfant" for the son, not his parents), or one of them is
            # the story's subject: named first, and at least twice as often as any other.
            used = {i for i in ids if any(m.text.strip() == form for m in by_id[i].named_mentions)}
            counts = sorted(((len(by_id[i].named_mentions), i) for i in ids), reverse=True)
            if len(used) == 1:
                ids = used
            elif not used and counts[0][0] >= 2 * counts[1][0] and counts[0][1] == first_person:
                ids = {counts[0][1]}
            else:
                continue
        chosen[form] = by_id[next(iter(ids))]
    if not chosen:
        return
    # One pass over the text for every form, the longest first where two start at one place.
    pattern = re.compile(r"(?<![\w-])(?:" + _trie_pattern(sorted(chosen)) + r")(?![\w-])")
    for m in pattern.finditer(text):
        s, e = m.span()
        form = m.group()
        actor = chosen[form]
        if not free(s, e):
            continue
        if " " not in form:
            proper = tokens.proper_noun_at(s)
            if proper is None:
                continue
            if not proper and (form.lower() in lower_words or form.isupper()):
                continue
        label = actor.mentions[0].label
        actor.mentions.append(Mention(s, e, text[s:e], label, actor.id))
        i = bisect.bisect_left(taken, (s, e))
        taken.insert(i, (s, e))
        starts.insert(i, s)
    for a in actors:
        a.mentions.sort(key=lambda m: m.start)
