"""Quotes with their speakers, resolved in text order: direct quotes through their cue,
reported and mixed content through its verb or noun, and labelled paragraphs."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from tui.core.model import BELIEF, DIRECT, EVIDENCE, INDIRECT, MIXED, SPEECH, Quote
from tui.core.quotemarks import Marked
from tui.nlp.speech.article_context import ArticleContext
from tui.nlp.speech.cue_finding import CueFinder, cue_text, subject
from tui.nlp.speech.evidence import is_evidence_source
from tui.nlp.speech.labels import Label
from tui.nlp.speech.noun_cues import source_of
from tui.nlp.speech.reported import Reported
from tui.nlp.speech.speakers import Speaker, SpeakerResolver
from tui.nlp.lexicon import PERSONAL_PRONOUNS

# Subjects that hold no beliefs: what a plan "aims to do" is its design, not someone's view.
THING_NOUNS = frozenset({"plan", "bill", "law", "program", "programme", "policy", "measure",
                         "proposal", "rule", "system", "effort", "move", "deal", "agreement",
                         "legislation", "budget", "amendment", "order", "project", "initiative"})
SCARE_QUOTE_WORDS = 4  # shorter quoted text without a cue is a term, not speech
_SIGNATURE = re.compile(r"[^\S\n]*[―—–]+[^\S\n]*((?:[A-Z][\w.'’-]*[^\S\n]?){1,4})")


@dataclass(slots=True)
class DirectCues:
    """The candidate cues of one quote in marks, found before any speaker is resolved."""
    order: list  # cue tokens, most likely first
    colon_led: bool
    label: Label | None = None


def _direct_cues(ctx: ArticleContext, finder: CueFinder, direct: list[Marked],
                 labels: dict[int, Label], which: range | None = None) -> list[DirectCues]:
    """The cues of ``direct[n]`` for each ``n`` in ``which`` (all by default): the quotes of the
    part being read, their neighbours taken from the whole text's list."""
    text = ctx.text
    out = []
    for n in which if which is not None else range(len(direct)):
        m = direct[n]
        prev = direct[n - 1] if n else None
        nxt = direct[n + 1] if n + 1 < len(direct) else None
        p = ctx.paragraph_of(m.start)
        para = ctx.paragraphs[p]
        after_limit = min(nxt.open_mark if nxt and nxt.open_mark < para[1] else para[1], para[1])
        before_limit = prev.close_mark + 1 if prev and prev.close_mark and prev.close_mark >= para[0] \
            else para[0]
        lead = text[before_limit:m.open_mark].rstrip()
        colon_led = lead.endswith((":", ",")) and len(lead) > 0
        verb_after = finder.after(m, after_limit)
        verb_before = finder.before(m, before_limit)
        order = [verb_before, verb_after] if colon_led or verb_after is None else [verb_after, verb_before]
        order = [v for v in order if v is not None]
        if not order and p > 0 and text[para[0]:m.open_mark].strip() == "" and \
                text[ctx.paragraphs[p - 1][0]:ctx.paragraphs[p - 1][1]].rstrip().endswith(":"):
            # "He added:" closing the previous paragraph introduces this one's quote.
            verb = finder.last_in(*ctx.paragraphs[p - 1])
            if verb is not None:
                order, colon_led = [verb], True
        label = labels.get(p)
        if label is not None and not (label.start >= m.start or label.end <= m.open_mark + 2):
            label = None
        out.append(DirectCues(order, colon_led, label if label and m.start <= label.end + 2 else None))
    return out


class Attribution:
    def __init__(self, ctx: ArticleContext, finder: CueFinder):
        self.ctx = ctx
        self.finder = finder
        self.speakers = SpeakerResolver(ctx)
        self.last: tuple[int, Speaker] | None = None  # (offset, speaker) of the latest speech
        self.inferred = []

    def _remember(self, at: int, speaker: Speaker | None) -> None:
        if speaker is None:
            return
        if speaker.pronoun is not None:
            self.inferred.append(speaker.pronoun)
        if speaker.actor or speaker.text:
            if speaker.actor is None and speaker.text and \
                    speaker.text.lower() in PERSONAL_PRONOUNS | {"i", "we"}:
                return
            self.last = (at, speaker)

    def label_speaker(self, label: Label) -> Speaker:
        ctx = self.ctx
        m = ctx.mention_at(label.start, label.end)
        if m is not None and m.actor:
            return Speaker(m.actor, m.text, (m.start, m.end))
        name = ctx.text[label.start:label.end]
        last = name.replace(".", " ").split()[-1].lower()
        for actor_id, actor_name in ctx.names.items():
            if actor_name.split() and actor_name.split()[-1].lower() == last:
                return Speaker(actor_id, name, (label.start, label.end))
        return Speaker(None, name, (label.start, label.end))

    def signed(self, m: Marked) -> Speaker | None:
        """“…” ― Jane Doe: a name after a dash signs the quote (captions, reader comments)."""
        if m.close_mark is None:
            return None
        sig = _SIGNATURE.match(self.ctx.text, m.close_mark + 1)
        if sig is None:
            return None
        s, e = sig.span(1)
        found = self.ctx.mention_at(s, e)
        if found is not None and found.actor and found.start >= s:
            return Speaker(found.actor, found.text, (found.start, found.end))
        return Speaker(None, sig.group(1), (s, e))

    def reported_speaker(self, rep: Reported) -> Speaker | None:
        if rep.noun_cue:
            src = source_of(rep.verb)
            return self.speakers.of_token(src, rep.start, self.last) if src is not None else None
        return self.speakers.of_verb(rep.verb, rep.start, self.last)


def _agentless(verb) -> bool:
    """"It was announced that …", "the plan is reported to …": a report with no one named."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and \
        not any(c.dep_ == "agent" for c in verb.children)


def _holds_beliefs(said: Speaker | None) -> bool:
    """Beliefs are kept for actors and people ("voters believe", "a spokesman declined to
    comment"), not for documents or things ("the plan aims to cut costs")."""
    if said is None or said.evidence:
        return False
    if said.actor is not None or said.plural or (said.text or "").lower() in PERSONAL_PRONOUNS:
        return True
    head = (said.text or "").split()[-1:] or [""]
    return head[0].lower() not in THING_NOUNS


def _source_class(rep_verb, speaker: Speaker | None) -> str:
    if speaker is not None and speaker.evidence:
        return EVIDENCE
    subj = subject(rep_verb) if rep_verb is not None and not isinstance(rep_verb, Label) else None
    return EVIDENCE if is_evidence_source(subj) else SPEECH


class Attributor:
    """Attribution in text order, one part of the text at a time: the events (reported content,
    quotes in marks, labelled paragraphs) of ``[lo, hi)`` are read with the part's Doc in
    ``ctx``; what carries from one part to the next is plain data (the latest speaker, the
    previous quote and its speaker, the quotes already inside a mixed quote)."""

    def __init__(self, ctx: ArticleContext, finder: CueFinder, marked: list[Marked], labels: list[Label]):
        self.ctx = ctx
        self.finder = finder
        self.work = Attribution(ctx, finder)
        self.marked = marked
        self.marked_starts = [m.start for m in marked]
        self.labels = labels
        self.label_at = {ctx.paragraph_of(lb.start): lb for lb in labels}
        self.consumed: set[int] = set()
        self.quotes: list[Quote] = []
        self.emitted: set[int] = set()  # opening marks of quotes already inside a mixed quote
        self.covered: list[tuple[int, int]] = []  # spans of labelled paragraphs already emitted
        self.prev: Marked | None = None
        self.prev_speaker: Speaker | None = None

    def feed(self, reported: list[Reported], lo: int, hi: int) -> None:
        """The events from ``lo`` to ``hi``; ``reported`` are the part's reported contents."""
        ctx, finder, work, marked = self.ctx, self.finder, self.work, self.marked
        text = ctx.text
        self.consumed.update(m.open_mark for r in reported for m in r.consumed)
        consumed, emitted, covered, quotes = self.consumed, self.emitted, self.covered, self.quotes
        which = range(bisect.bisect_left(self.marked_starts, lo), bisect.bisect_left(self.marked_starts, hi))
        cues = _direct_cues(ctx, finder, marked, self.label_at, which)
        # The cues are the part's tokens: they go with the part (its Doc is not kept alive).
        cues_of = {marked[n].open_mark: c for n, c in zip(which, cues)}
        events = sorted([(r.start, 0, r) for r in reported] + [(marked[n].start, 1, marked[n]) for n in which] +
                        [(lb.content_start, 2, lb) for lb in self.labels if lo <= lb.content_start < hi],
                        key=lambda e: (e[0], e[1]))
        prev, prev_speaker = self.prev, self.prev_speaker
        for _, kind, item in events:
            if kind == 0:
                rep = item
                said = work.reported_speaker(rep)
                if said is None and not (rep.noun_cue or _agentless(rep.verb)) or \
                        rep.belief and not _holds_beliefs(said):
                    continue
                work._remember(rep.start, said)
                quotes.append(Quote(rep.start, rep.end, text[rep.start:rep.end],
                                    MIXED if rep.verbatim else INDIRECT,
                                    said.actor if said else None, said.text if said else None,
                                    said.span if said else None,
                                    rep.verb.text if rep.noun_cue else cue_text(rep.verb),
                                    source_class=BELIEF if rep.belief else
                                    _source_class(None if rep.noun_cue else rep.verb, said),
                                    verbatim=rep.verbatim))
                emitted.update(m.open_mark for m in rep.consumed)
                if rep.consumed:
                    prev, prev_speaker = rep.consumed[-1], said
                continue
            if kind == 2:
                lb = item
                if any(m.start <= lb.content_start < m.extent[1] for m in marked) or \
                        any(s <= lb.content_start < e for s, e in covered):
                    continue
                said = work.label_speaker(lb)
                work._remember(lb.content_start, said)
                quotes.append(Quote(lb.content_start, lb.content_end,
                                    text[lb.content_start:lb.content_end], INDIRECT, said.actor,
                                    said.text, said.span, ":", source_class=SPEECH))
                covered.append((lb.content_start, lb.content_end))
                continue
            m = item
            if m.open_mark in consumed and m.open_mark in emitted:
                continue
            if _is_title(text, m):
                prev = m
                continue  # a show, book or film title in marks, not speech
            c = cues_of[m.open_mark]
            speaker: Speaker | None = None
            cue = None
            if c.label is not None:
                speaker, cue = work.label_speaker(c.label), ":"
            else:
                speaker = work.signed(m)
                cue = "―" if speaker else None
            cue_verb = None
            for verb in ([] if speaker else c.order):
                speaker = work.speakers.of_verb(verb, m.start, work.last, m.extent)
                if speaker is not None:
                    cue, cue_verb = cue_text(verb), verb
                    break
            quoted = text[m.start:m.end]
            sentence_like = quoted[:1].isupper() and quoted.rstrip("”\"'’").endswith((".", "!", "?", "…"))
            if speaker is None and cue is None:
                if len(quoted.split()) <= SCARE_QUOTE_WORDS and not (m.continues or c.colon_led or sentence_like):
                    prev = m
                    continue  # a term in quotes, not speech
                speaker = _neighbour(work, m, marked, cues_of, prev, prev_speaker,
                                     bisect.bisect_left(self.marked_starts, m.start))
            work._remember(m.start, speaker)
            clause = _fragment_clause(ctx, m, cue_verb, c.colon_led) if speaker is not None else None
            if clause is not None:
                # Trump said Russia “can’t stand” either Democrat: the clause around the fragment.
                quotes.append(Quote(clause[0], clause[1], text[clause[0]:clause[1]], MIXED,
                                    speaker.actor, speaker.text, speaker.span, cue,
                                    source_class=EVIDENCE if speaker.evidence else SPEECH,
                                    verbatim=((m.start, m.end),)))
                prev, prev_speaker = m, speaker
                continue
            quotes.append(Quote(m.start, m.end, quoted, DIRECT,
                                speaker.actor if speaker else None,
                                speaker.text if speaker else None,
                                speaker.span if speaker else None, cue,
                                source_class=EVIDENCE if speaker and speaker.evidence else SPEECH))
            prev, prev_speaker = m, speaker
        self.prev, self.prev_speaker = prev, prev_speaker


_MINOR_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by",
                "from", "is", "it", "vs", "vs."}
_TITLE_BEFORE = re.compile(r"(?:['’]s|\b(?:on|in|of|to|for|from|titled|entitled|show|program|"
                           r"programme|episode|series|film|book|documentary|album|song))\s*$", re.I)


def _is_title(text: str, m: Marked) -> bool:
    """“Morning Joe”, “State of the Union.”: a short Title Case name after a possessive or a
    preposition names a programme or a work, it does not quote anyone."""
    words = text[m.start:m.end].rstrip(".,;:!?").split()
    if not words or len(words) > 6:
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _MINOR_WORDS for w in words) \
            or not words[0][:1].isupper():
        return False
    return bool(_TITLE_BEFORE.search(text[max(0, m.open_mark - 40):m.open_mark]))


def _fragment_clause(ctx: ArticleContext, m: Marked, verb, colon_led: bool) -> tuple[int, int] | None:
    """A quoted fragment inside the clause its cue reports, when the parse gave no clause:
    from just after the cue (and its "that") to the end of the sentence."""
    if verb is None or colon_led or m.close_mark is None or verb.idx > m.open_mark:
        return None
    sent = verb.sent
    if ctx.token_at(m.open_mark).sent.start != sent.start:
        return None
    between = [t for t in ctx.tokens_between(verb.idx + len(verb.text), m.open_mark)
               if not t.is_punct and t.lower_ != "that"]
    if not between or len(between) > 12 or ctx.text[m.start:m.start + 1].isupper():
        return None
    start = between[0].idx
    toks = [t for t in sent if t.idx >= m.extent[1]]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    end = max(m.extent[1], toks[-1].idx + len(toks[-1].text)) if toks else m.extent[1]
    if end - start > 400:
        return None
    return start, end


def _neighbour(work: Attribution, m: Marked, marked: list[Marked], cues_of, prev, prev_speaker, i: int):
    """A quote with no cue of its own: the speaker of the quote right after it when only
    marks and spaces stand between them ("“A.” “B,” she said."), else the previous speaker."""
    ctx = work.ctx  # marked[i] is m (found by bisection: a book has thousands of quotes)
    nxt = marked[i + 1] if i + 1 < len(marked) else None
    if nxt is not None and m.close_mark is not None and \
            ctx.paragraph_of(nxt.start) == ctx.paragraph_of(m.start) and \
            not any(ch.isalnum() for ch in ctx.text[m.close_mark + 1:nxt.open_mark]):
        for verb in (cues_of[nxt.open_mark].order if nxt.open_mark in cues_of else ()):
            speaker = work.speakers.of_verb(verb, nxt.start, work.last, nxt.extent)
            if speaker is not None:
                return speaker
    if prev_speaker is not None and prev is not None and \
            ctx.paragraph_of(m.start) - ctx.paragraph_of(prev.start) <= 1:
        return prev_speaker
    if work.last is not None and (prev is None or work.last[0] > prev.start) and \
            0 <= ctx.paragraph_of(m.start) - ctx.paragraph_of(work.last[0]) <= 1:
        # "…, Schiff said. “The other factor …”": the report just before speaks on.
        return work.last[1]
    return None
