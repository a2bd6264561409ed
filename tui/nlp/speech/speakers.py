"""Who reported: the cue's subject as an actor, a pronoun resolved to one, or a description.

A pronoun subject goes to the speaker of the surrounding quotes or the nearest compatible
actor; an unnamed source keeps its description; a document ("the poll", "FBI notes") is an
evidence source; a cue with no usable subject gives no speaker rather than a guess.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.model import ORG, PERSON, Mention
from tui.nlp.lexicon import PERSONAL_PRONOUNS, PRONOUN_GENDER
from tui.nlp.speech.article_context import ArticleContext
from tui.nlp.speech.cue_finding import RELATIVE_WORDS, subject
from tui.nlp.speech.cue_words import QUANTIFIED_SUBJECTS
from tui.nlp.speech.evidence import is_evidence_noun

SPEAKING_KINDS = (PERSON, ORG)


@dataclass(slots=True)
class Speaker:
    actor: str | None
    text: str | None
    span: tuple[int, int] | None
    plural: bool = False  # "Officials", "two of the diplomats": never "he" or "she"
    evidence: bool = False  # a document or measurement, not a person speaking
    pronoun: Mention | None = None  # the pronoun subject, linked to the actor it stands for


def description(tok, text: str) -> tuple[str, tuple[int, int]]:
    """"a senior official", "Experts": the subject noun with its determiners and modifiers."""
    keep = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in
            ("det", "amod", "compound", "nummod", "poss", "nmod", "advmod", "case")
            or t.i == tok.i]
    left = min(t.idx for t in keep)
    right = tok.idx + len(tok.text)
    return text[left:right], (left, right)


POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it"}
NAME_PART_DEPS = {"compound", "appos", "flat", "amod", "nmod", "poss", "npadvmod", "nummod"}


def _name_parts(subj):
    """The subject and the tokens that can name it: compounds, appositions, possessors."""
    out, stack = [subj], [subj]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in NAME_PART_DEPS:
                out.append(child)
                stack.append(child)
    return sorted(out, key=lambda t: t.i)


def _is_evidence(tok) -> bool:
    return is_evidence_noun(tok)


class SpeakerResolver:
    def __init__(self, ctx: ArticleContext):
        self.ctx = ctx

    def of_token(self, subj, at: int, last: tuple[int, Speaker] | None) -> Speaker | None:
        """The speaker a subject token names; ``last`` is the latest (offset, speaker) seen."""
        ctx = self.ctx
        if subj.lower_ in RELATIVE_WORDS and subj.head.dep_ == "relcl" and subj.head.head.i != subj.i:
            # "McClendon, who said …": the relative pronoun stands for the noun it modifies;
            # the span stays on the pronoun, the subject of the cue.
            named = self.of_token(subj.head.head, at, last)
            if named is None:
                return None
            return Speaker(named.actor, named.text, (subj.idx, subj.idx + len(subj.text)),
                           named.plural, named.evidence)
        if subj.lower_ in PERSONAL_PRONOUNS or subj.lower_ in POSSESSIVES or subj.lower_ == "it":
            return self.pronoun(subj, at, last)
        mention = ctx.mention_at(subj.idx, subj.idx + len(subj.text))
        if mention is None and (subj.pos_ == "PROPN" or subj.ent_type_):
            names = [c for c in subj.lefts if c.dep_ in ("compound", "flat")]
            left = names[0].idx if names else subj.idx
            mention = ctx.mention_at(left, subj.idx + len(subj.text))
        if mention is not None and mention.actor:
            return Speaker(mention.actor, mention.text, (mention.start, mention.end))
        if _is_evidence(subj):
            desc, span = description(subj, ctx.text)
            return Speaker(self.owner(subj), desc, span, evidence=True)
        # An appositive or compound may hold the name ("analysis group 38 North said"), but not
        # a relative clause or prepositional phrase on the subject ("an architect who …").
        for t in _name_parts(subj):
            m = ctx.mention_at(t.idx, t.idx + len(t.text))
            if m is not None and m.actor and ctx.kind.get(m.actor) in SPEAKING_KINDS \
                    and m.start >= subj.idx - 1:
                return Speaker(m.actor, m.text, (m.start, m.end))
        if subj.pos_ in ("NUM", "PRON", "DET", "ADJ") and \
                any(c.dep_ in ("prep", "acl", "relcl", "amod") for c in subj.children):
            # "two of the diplomats", "some of the analysts", "those close to him"
            toks = list(subj.subtree)[:8]
            span = (toks[0].idx, toks[-1].idx + len(toks[-1].text))
            return Speaker(None, ctx.text[span[0]:span[1]], span, plural=True)
        if subj.lower_ in ("i", "we"):
            # the writer (a column, a letter): named by the byline, not the text
            return Speaker(None, subj.text, (subj.idx, subj.idx + len(subj.text)),
                           plural=subj.lower_ == "we")
        if subj.lower_ in QUANTIFIED_SUBJECTS or subj.pos_ == "NUM":
            # "one said", "another added": an unnamed member of the group being quoted.
            span = (subj.idx, subj.idx + len(subj.text))
            return Speaker(None, subj.text, span, plural=subj.lower_ not in ("one", "another", "each"))
        if subj.pos_ in ("NOUN", "PROPN"):
            desc, span = description(subj, ctx.text)
            return Speaker(self.owner(subj), desc, span, plural=subj.tag_ in ("NNS", "NNPS"))
        return None

    def of_verb(self, verb, at: int, last: tuple[int, Speaker] | None,
                quoted: tuple[int, int] | None = None) -> Speaker | None:
        subj = subject(verb)
        if quoted is not None and (subj is None or quoted[0] <= subj.idx < quoted[1]):
            # The parser took quoted words for the subject: look beside the verb instead.
            return self.beside(verb, quoted, last)
        if subj is None:
            return None
        return self.of_token(subj, at, last)

    def owner(self, noun) -> str | None:
        """"Turkey's foreign ministry", "figures from the health ministry of Mozambique": an
        institution speaks for the actor that owns it (possessive, "of", "from")."""
        ctx = self.ctx
        for child in noun.children:
            if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in ("of", "from", "by")):
                for t in child.subtree:
                    m = ctx.mention_at(t.idx, t.idx + len(t.text))
                    if m is not None and m.actor:
                        return m.actor
                    if t.pos_ == "NOUN" and t.i != noun.i and t.dep_ == "pobj":
                        owner = self.owner(t)
                        if owner:
                            return owner
        return None

    def beside(self, verb, quoted: tuple[int, int], last) -> Speaker | None:
        """The speaker named between the quote and the verb, or just after the verb."""
        ctx = self.ctx
        lo = quoted[1] if verb.idx >= quoted[1] else verb.idx
        window = [t for t in ctx.tokens_between(lo, verb.idx)] + \
            [t for t in ctx.doc[verb.i + 1: verb.i + 6]]
        for t in window:
            if t.is_punct and t.text not in ("-", "–"):
                abbreviation = t.text == "." and t.i > 0 and ctx.doc[t.i - 1].text.istitle() and \
                    len(ctx.doc[t.i - 1].text) <= 4  # "said Del. Stacey Plaskett"
                if t.i > verb.i and not abbreviation:
                    break
                continue
            if t.lower_ in PERSONAL_PRONOUNS:
                return self.pronoun(t, t.idx, last)
            m = ctx.mention_at(t.idx, t.idx + len(t.text))
            if m is not None and m.actor and ctx.kind.get(m.actor) in SPEAKING_KINDS:
                return Speaker(m.actor, m.text, (m.start, m.end))
        for t in window:
            if t.pos_ in ("NOUN", "PROPN") and not (quoted[0] <= t.idx < quoted[1]):
                desc, span = description(t, ctx.text)
                return Speaker(None, desc, span)
        return None

    def pronoun(self, pron, at: int, last: tuple[int, Speaker] | None) -> Speaker | None:
        ctx = self.ctx
        word = POSSESSIVES.get(pron.lower_, pron.lower_)
        gender = PRONOUN_GENDER.get(word)
        span = (pron.idx, pron.idx + len(pron.text))
        plural = word in ("they", "them")
        institutional = word == "it"  # "it said": an organisation, never a person
        resolved: Speaker | None = None
        guessed = False
        if last is not None:
            last_at, prev = last
            recent = ctx.paragraph_of(at) - ctx.paragraph_of(last_at) <= 2
            if recent and prev.actor is not None:
                g = ctx.gender.get(prev.actor)
                is_person = ctx.kind.get(prev.actor) == PERSON
                if ((plural or institutional) and not is_person) or \
                        (not plural and not institutional and is_person and
                         (gender is None or g is None or g == gender)):
                    resolved = prev
            elif recent and prev.text and prev.actor is None and \
                    (prev.evidence if institutional else plural or not prev.plural):
                resolved = prev
        if word in ("he", "she", "him", "her"):
            m = ctx.actor_before(pron.idx, (PERSON,), gender)
            # A person named in this paragraph after the last speaker is the likelier "she".
            newer = m is not None and (last is None or m.start > last[0]) and \
                ctx.paragraph_of(m.start) == ctx.paragraph_of(pron.idx) and \
                (resolved is None or resolved.actor != m.actor)
            if m is not None and (resolved is None or newer):
                resolved = Speaker(m.actor, m.text, (m.start, m.end))
                # The quote goes to the nearest person, but the pronoun is linked in the text only
                # when one person fits ("Maria Lopez met John Baker. He praised …": first names say
                # nothing about gender).
                guessed = not (ctx.gender.get(m.actor) == gender or
                               len(ctx.people_before(pron.idx, gender)) == 1)
        if resolved is None and institutional:
            m = ctx.actor_before(pron.idx, (ORG,), within=400)
            if m is not None:
                resolved = Speaker(m.actor, m.text, (m.start, m.end))
        if resolved is None:
            return None if institutional else Speaker(None, pron.text, span)
        if not resolved.actor:
            return Speaker(None, resolved.text, span, plural=resolved.plural,
                           evidence=resolved.evidence)
        if guessed:
            return Speaker(resolved.actor, resolved.text, span)
        label = "PERSON" if ctx.kind.get(resolved.actor) == PERSON else "ORG"
        linked = Mention(span[0], span[1], pron.text, label, resolved.actor, inferred=True)
        return Speaker(resolved.actor, resolved.text, span, pronoun=linked)
