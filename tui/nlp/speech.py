"""Who said what: direct quotes attributed through their cue, and reported speech.

A cue is a reporting verb next to the quote ("…,” Mr Green says", "he adds: “…”")
whose subject names the speaker. Pronoun subjects go to the speaker of the
surrounding quotes or the nearest compatible person; unnamed sources keep their
description; a cue with no usable subject leaves the quote without a speaker rather
than guessing.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from tui.core.model import DIRECT, INDIRECT, ORG, PERSON, Actor, Mention, Quote
from tui.core.quotemarks import Marked, ParagraphIndex, QuotedSpans
from tui.nlp.lexicon import BEFORE_ONLY, PERSONAL_PRONOUNS, PRONOUN_GENDER, SPEECH_VERBS

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
MAX_CUE_TOKENS = 30
SCARE_QUOTE_WORDS = 4  # shorter quoted text without a cue is a term, not speech


@dataclass(slots=True)
class Speaker:
    actor: str | None
    text: str | None
    span: tuple[int, int] | None
    plural: bool = False  # "Officials", "two of the diplomats": never "he" or "she"


class _Context:
    """Lookups over one parsed article shared by the attribution rules."""

    def __init__(self, doc, text: str, actors: list[Actor], gender: dict[str, str | None],
                 paragraphs: ParagraphIndex):
        self.doc = doc
        self.text = text
        self.starts = [t.idx for t in doc]
        self.mentions = sorted((m for a in actors for m in a.mentions if not m.related),
                               key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self.kind = {a.id: a.kind for a in actors}
        self.names = {a.id: a.name for a in actors}
        self.gender = gender
        self.paragraph_index = paragraphs
        self.paragraphs = paragraphs.spans

    def token_at(self, offset: int):
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.doc[max(i, 0)]

    def tokens_between(self, start: int, end: int):
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return self.doc[i:j]

    def paragraph_of(self, offset: int) -> int:
        return self.paragraph_index.of(offset)

    def mention_at(self, start: int, end: int) -> Mention | None:
        i = bisect.bisect_right(self.mention_starts, end) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.start < end and start < m.end:
                return m
            if m.end < start - 200:
                break
            i -= 1
        return None

    def person_before(self, offset: int, gender: str | None, within: int = 1500) -> Mention | None:
        i = bisect.bisect_left(self.mention_starts, offset) - 1
        while i >= 0:
            m = self.mentions[i]
            if offset - m.start > within:
                return None
            if m.actor and self.kind.get(m.actor) == PERSON and not m.inferred:
                g = self.gender.get(m.actor)
                if gender is None or g is None or g == gender:
                    return m
            i -= 1
        return None


def _is_speech_verb(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_VERBS or (
        tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children))


def _subject(verb):
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects:
        # A dateline ("GENEVA (Reuters) - The WHO warned") can parse as a second subject.
        return min(subjects, key=lambda c: abs(c.i - verb.i))
    if verb.dep_ == "conj":
        # "He said the measure amounted to … and predicted that …": the parser often hangs the
        # second reporting verb inside the first one's clause; it shares the reporter's subject.
        node = verb.head
        while node.head.i != node.i and node.dep_ != "ccomp":
            node = node.head
        if node.dep_ == "ccomp" and _is_speech_verb(node.head):
            return _subject(node.head)
        if verb.head.pos_ in ("VERB", "AUX"):
            return _subject(verb.head)
    # "defended the plan, saying …": a participle shares its head verb's subject;
    # "released an analysis claiming …": so does one that modifies the verb's object.
    if verb.dep_ in ("advcl", "xcomp") and verb.tag_ in ("VBG", "VBN", "VB") and \
            verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head.head)
    if verb.lower_ == "according":
        for child in verb.children:
            if child.lower_ == "to":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
    return None


def _description(tok, ctx: _Context) -> tuple[str, tuple[int, int]]:
    """"a senior official", "Experts": the subject noun with its determiners and modifiers."""
    keep = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in
            ("det", "amod", "compound", "nummod", "poss", "nmod", "advmod", "case")
            or t.i == tok.i]
    left = min(t.idx for t in keep)
    right = tok.idx + len(tok.text)
    return ctx.text[left:right], (left, right)


class Attributor:
    def __init__(self, doc, text: str, actors: list[Actor], gender: dict[str, str | None],
                 paragraphs: ParagraphIndex, quoted: QuotedSpans):
        self.ctx = _Context(doc, text, actors, gender, paragraphs)
        self.quoted = quoted
        self.last: tuple[int, Speaker] | None = None  # (offset, speaker) of the latest speech
        self.inferred: list[Mention] = []

    # -- speakers -------------------------------------------------------------------------
    def speaker_of(self, verb, at: int, quoted: tuple[int, int] | None = None) -> Speaker | None:
        subj = _subject(verb)
        ctx = self.ctx
        if quoted is not None and (subj is None or quoted[0] <= subj.idx < quoted[1]):
            # The parser took quoted words for the subject: look beside the verb instead.
            return self._beside(verb, quoted)
        if subj is None:
            return None
        if subj.lower_ in PERSONAL_PRONOUNS:
            return self._pronoun(subj, at)
        mention = ctx.mention_at(subj.idx, subj.idx + len(subj.text))
        if mention is None and (subj.pos_ == "PROPN" or subj.ent_type_):
            names = [c for c in subj.lefts if c.dep_ in ("compound", "flat")]
            left = names[0].idx if names else subj.idx
            mention = ctx.mention_at(left, subj.idx + len(subj.text))
        if mention is not None and mention.actor:
            return Speaker(mention.actor, mention.text, (mention.start, mention.end))
        # An appositive or compound may hold the name ("analysis group 38 North said").
        for t in subj.subtree:
            m = ctx.mention_at(t.idx, t.idx + len(t.text))
            if m is not None and m.actor and ctx.kind.get(m.actor) in (PERSON, ORG) \
                    and m.start >= subj.idx - 1:
                return Speaker(m.actor, m.text, (m.start, m.end))
        if subj.pos_ in ("NUM", "PRON", "DET") and any(c.dep_ == "prep" for c in subj.children):
            # "two of the diplomats", "some of the analysts"
            toks = list(subj.subtree)[:8]
            span = (toks[0].idx, toks[-1].idx + len(toks[-1].text))
            return Speaker(None, ctx.text[span[0]:span[1]], span, plural=True)
        if subj.pos_ in ("NOUN", "PROPN"):
            desc, span = _description(subj, ctx)
            owner = self._owner(subj)
            return Speaker(owner, desc, span, plural=subj.tag_ in ("NNS", "NNPS"))
        return None

    def _owner(self, noun) -> str | None:
        """"Turkey's foreign ministry", "figures from the health ministry of Mozambique": an
        institution speaks for the actor that owns it (possessive, "of", "from")."""
        ctx = self.ctx
        for child in noun.children:
            if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in ("of", "from")):
                for t in child.subtree:
                    m = ctx.mention_at(t.idx, t.idx + len(t.text))
                    if m is not None and m.actor:
                        return m.actor
                    if t.pos_ == "NOUN" and t.i != noun.i and t.dep_ == "pobj":
                        owner = self._owner(t)
                        if owner:
                            return owner
        return None

    def _beside(self, verb, quoted: tuple[int, int]) -> Speaker | None:
        """The speaker named between the quote and the verb, or just after the verb."""
        ctx = self.ctx
        lo = quoted[1] if verb.idx >= quoted[1] else verb.idx
        window = [t for t in ctx.tokens_between(lo, verb.idx)] + \
            [t for t in ctx.doc[verb.i + 1: verb.i + 6]]
        for t in window:
            if t.is_punct and t.text not in ("-", "–"):
                if t.i > verb.i:
                    break
                continue
            if t.lower_ in PERSONAL_PRONOUNS:
                return self._pronoun(t, t.idx)
            m = ctx.mention_at(t.idx, t.idx + len(t.text))
            if m is not None and m.actor and ctx.kind.get(m.actor) in (PERSON, ORG):
                return Speaker(m.actor, m.text, (m.start, m.end))
        for t in window:
            if t.pos_ in ("NOUN", "PROPN") and not (quoted[0] <= t.idx < quoted[1]):
                desc, span = _description(t, ctx)
                return Speaker(None, desc, span)
        return None

    def _pronoun(self, pron, at: int) -> Speaker | None:
        ctx = self.ctx
        gender = PRONOUN_GENDER.get(pron.lower_)
        span = (pron.idx, pron.idx + len(pron.text))
        resolved: Speaker | None = None
        if self.last is not None:
            last_at, last = self.last
            recent = ctx.paragraph_of(at) - ctx.paragraph_of(last_at) <= 2
            plural = pron.lower_ in ("they", "them")
            if recent and last.actor is not None:
                g = ctx.gender.get(last.actor)
                is_person = ctx.kind.get(last.actor) == PERSON
                if (plural and not is_person) or (not plural and is_person and
                                                  (gender is None or g is None or g == gender)):
                    resolved = last
            elif recent and last.text and last.actor is None and (plural or not last.plural):
                resolved = last
        if resolved is None and pron.lower_ in ("he", "she", "him", "her"):
            m = ctx.person_before(pron.idx, gender)
            if m is not None:
                resolved = Speaker(m.actor, m.text, (m.start, m.end))
        if resolved is None:
            return Speaker(None, pron.text, span)
        if resolved.actor:
            self.inferred.append(Mention(span[0], span[1], pron.text, "PERSON"
                                         if ctx.kind.get(resolved.actor) == PERSON else "ORG",
                                         resolved.actor, inferred=True))
        return Speaker(resolved.actor, resolved.text, span)

    def remember(self, at: int, speaker: Speaker | None) -> None:
        if speaker is not None and (speaker.actor or speaker.text):
            if speaker.actor is None and speaker.text and speaker.text.lower() in PERSONAL_PRONOUNS:
                return
            self.last = (at, speaker)

    # -- cues -----------------------------------------------------------------------------
    def cue_after(self, q: Marked, limit: int):
        """The first reporting verb after the quote, before the sentence ends."""
        if q.close_mark is None:
            return None
        ctx = self.ctx
        toks = ctx.tokens_between(q.close_mark + 1, limit)
        for n, tok in enumerate(toks):
            if n > MAX_CUE_TOKENS:
                break
            if _is_speech_verb(tok) and tok.lemma_.lower() not in BEFORE_ONLY:
                # "… enough." Lopez added that …: a verb reporting its own clause is not this cue.
                if any(c.dep_ == "ccomp" and c.i > tok.i and not self.quoted.contains(c.idx)
                       for c in tok.children):
                    return None
                return tok
            if tok.text in (".", "!", "?") and n > 0 and not toks[n - 1].text in ("Mr", "Ms", "Dr"):
                break
        return None

    def last_verb(self, start: int, end: int):
        toks = list(self.ctx.tokens_between(start, end))[-MAX_CUE_TOKENS:]
        return next((t for t in reversed(toks) if _is_speech_verb(t)), None)

    def cue_before(self, q: Marked, limit: int):
        """The last reporting verb between the sentence start (or an earlier quote) and the quote."""
        ctx = self.ctx
        start_tok = ctx.token_at(q.open_mark)
        sent_start = start_tok.sent.start_char
        # A quote opening a sentence has no cue before it.
        toks = ctx.tokens_between(max(limit, sent_start), q.open_mark)
        for tok in reversed(list(toks)[-MAX_CUE_TOKENS:]):
            if _is_speech_verb(tok):
                return tok
        return None


def _cue_text(verb) -> str:
    return verb.text if verb.lower_ != "according" else "according to"


def attribute(text: str, marked: list[Marked], reported: list[Reported],
              attributor: Attributor) -> list[Quote]:
    """Direct and reported speech with speakers, resolved in text order."""
    ctx = attributor.ctx
    quotes: list[Quote] = []
    events = sorted([(r.start, None, r) for r in reported] +
                    [(m.start, m, None) for m in marked], key=lambda e: e[0])
    prev: Marked | None = None
    prev_speaker: Speaker | None = None
    following: list[Marked | None] = [None] * len(events)  # the next quote after each event
    upcoming = None
    for n in range(len(events) - 1, -1, -1):
        following[n] = upcoming
        if events[n][1] is not None:
            upcoming = events[n][1]
    for n, (_, m, rep) in enumerate(events):
        if rep is not None:
            said = attributor.speaker_of(rep.verb, rep.start)
            if said is not None:
                attributor.remember(rep.start, said)
                quotes.append(Quote(rep.start, rep.end, text[rep.start:rep.end], INDIRECT,
                                    said.actor, said.text, said.span, _cue_text(rep.verb)))
            continue
        nxt = following[n]
        para = ctx.paragraphs[ctx.paragraph_of(m.start)]
        after_limit = min(nxt.open_mark if nxt and nxt.open_mark < para[1] else para[1], para[1])
        before_limit = prev.close_mark + 1 if prev and prev.close_mark and prev.close_mark >= para[0] \
            else para[0]
        lead = text[before_limit:m.open_mark].rstrip()
        colon_led = lead.endswith((":", ",")) and len(lead) > 0
        verb_after = attributor.cue_after(m, after_limit)
        verb_before = attributor.cue_before(m, before_limit)
        order = [verb_before, verb_after] if colon_led or verb_after is None else [verb_after, verb_before]
        speaker: Speaker | None = None
        cue = None
        for verb in order:
            if verb is None:
                continue
            speaker = attributor.speaker_of(verb, m.start, m.extent)
            if speaker is not None:
                cue = _cue_text(verb)
                break
        p = ctx.paragraph_of(m.start)
        if speaker is None and p > 0 and text[para[0]:m.open_mark].strip() == "" and \
                text[ctx.paragraphs[p - 1][0]:ctx.paragraphs[p - 1][1]].rstrip().endswith(":"):
            # "He added:" closing the previous paragraph introduces this one's quote.
            prev_para = ctx.paragraphs[p - 1]
            verb = attributor.last_verb(prev_para[0], prev_para[1])
            if verb is not None:
                speaker = attributor.speaker_of(verb, m.start)
                cue = _cue_text(verb) if speaker else None
                colon_led = True
        quoted = text[m.start:m.end]
        sentence_like = quoted[:1].isupper() and quoted.rstrip("”\"'’").endswith((".", "!", "?", "…"))
        if speaker is None and cue is None:
            if len(quoted.split()) <= SCARE_QUOTE_WORDS and not (m.continues or colon_led or sentence_like):
                prev = m
                continue  # a term in quotes, not speech
            # A floating quote continues the previous speaker's words.
            if prev_speaker is not None and prev is not None and \
                    ctx.paragraph_of(m.start) - ctx.paragraph_of(prev.start) <= 1:
                speaker = prev_speaker
        if speaker is not None:
            attributor.remember(m.start, speaker)
        quotes.append(Quote(m.start, m.end, text[m.start:m.end], DIRECT,
                            speaker.actor if speaker else None,
                            speaker.text if speaker else None,
                            speaker.span if speaker else None, cue))
        prev, prev_speaker = m, speaker
    return quotes


@dataclass(slots=True)
class Reported:
    start: int
    end: int
    verb: object


def _content_pieces(verb) -> list[list]:
    """What a speech verb reports, as token lists: its clause complement split at
    conjoined clauses ("said there was ‘no more money’ and that any increase …"), or,
    for "…, the diplomats said", the clause it interrupts up to the verb."""
    if verb.lower_ == "according":
        head = verb.head if verb.head.i != verb.i else None
        if head is None:
            return []
        skip = {t.i for t in verb.subtree}
        return [[t for t in head.subtree if t.i not in skip]]
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
            skip = {t.i for t in verb.subtree}
            return [[t for t in verb.head.subtree if t.i not in skip]]
        return []
    out = []
    for clause in clauses:
        conjuncts = [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
        # A conjoined reporting verb ("… and warned: “…”") is a report of its own, and so is a
        # conjunct with its own subject or "that"; other conjuncts belong to the clause.
        apart = [c for c in conjuncts if _is_speech_verb(c) or
                 any(x.dep_ in SUBJECT_DEPS or x.dep_ == "mark" for x in c.children)]
        subtrees = {c.i: {t.i for t in c.subtree} for c in apart}
        skip = set().union(*subtrees.values()) if subtrees else set()
        out.append([t for t in clause.subtree if t.i not in skip
                    and not (t.dep_ == "cc" and t.head.i == clause.i)])
        out.extend([t for t in c.subtree] for c in apart if not _is_speech_verb(c))
    return out


def _reports_within(toks, verb) -> bool:
    """Content that holds its own report ("Dronov claimed that …, an accusation Kyiv denies")
    belongs to the inner verb, not to this one."""
    return any(t.i != verb.i and _is_speech_verb(t) and any(c.dep_ == "ccomp" for c in t.children)
               and any(c.dep_ in SUBJECT_DEPS for c in t.children) for t in toks)


def reported_clauses(doc, quoted: QuotedSpans, paragraphs: ParagraphIndex) -> list[Reported]:
    """Clauses reported by a speech verb ("The council claimed that Pyongyang shipped …")."""
    paragraph = paragraphs.of

    found: list[Reported] = []
    for tok in doc:
        if not _is_speech_verb(tok) or quoted.contains(tok.idx):
            continue
        for toks in _content_pieces(tok):
            toks = sorted(toks, key=lambda t: t.i)
            while toks and (toks[0].dep_ in ("mark", "cc") or toks[0].is_punct or toks[0].is_space):
                toks = toks[1:]
            while toks and (toks[-1].is_punct or toks[-1].is_space):
                toks = toks[:-1]
            if len([t for t in toks if not t.is_punct]) < 3 or _reports_within(toks, tok):
                continue
            s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            if quoted.overlaps(s, e) or not paragraph(s) == paragraph(e - 1) == paragraph(tok.idx):
                continue
            found.append(Reported(s, e, tok))
    return found
