"""The analysis of one text read in parts, in three steps, with no Doc of the whole text.

    names   (each part, as it is parsed)  entity candidates, proper-noun counts, token starts:
                                          plain data, offsets in the whole text
    linking (the whole text, once)        candidates decided by the whole text's counts, actors
                                          linked across the text, names propagated
    speech  (each part again, in order)   quotes, speakers and pronouns against the whole text's
                                          actors; what crosses a part boundary (the latest
                                          speaker, the previous quote) is carried as plain data

A text of one part (every story) goes through the same steps with its one Doc, so its analysis is
the one the components give a whole text. Each part's Doc carries the whole text's offsets
(``streaming.padded``); a rule that looks a few tokens past a part's last paragraph sees the end of
the part, which a Doc of the whole text would have continued (``streaming.parts`` cuts at
paragraphs, so only a paragraph longer than half a part can be cut).
"""

from __future__ import annotations

from tui.core.model import Actor, Analysis, Mention
from tui.core.quotemarks import ParagraphIndex, QuotedSpans, find_marked
from tui.nlp import models
from tui.nlp.linking import Linked, link
from tui.nlp.mentions import PartCandidates, part_candidates
from tui.nlp.pronouns import PronounLinker
from tui.nlp.propagate import TokenIndex, propagate
from tui.nlp.spans import NameStats, TextWords
from tui.nlp.speech import SpeechReader
from tui.nlp.version import ANALYSER_VERSION


class TextAnalysis:
    def __init__(self, text: str, info: models.ModelInfo) -> None:
        self.text = text
        self.info = info
        self.words = TextWords.of(text)
        self.parts: list[PartCandidates] = []
        self.stats = NameStats()
        self.tokens = TokenIndex()
        self.read_to = 0  # the end of the last part read for names
        self.linked: Linked | None = None
        self.speech: SpeechReader | None = None
        self.pronouns: PronounLinker | None = None
        self.found_pronouns: list[Mention] = []

    def read_names(self, doc, lo: int, hi: int) -> None:
        """Step 1 for the part ``text[lo:hi]`` (``doc`` carries the text's offsets)."""
        part = part_candidates(doc, self.text, self.words, lo, hi)
        self.parts.append(part)
        self.stats.add(part.stats)
        self.tokens.add(doc, lo)
        self.read_to = hi

    def link(self) -> None:
        """Step 2, once every part is read for names."""
        text = self.text
        cands = [c for part in self.parts for c in part.decided(self.stats)]
        self.linked = linked = link(text, cands)
        propagate(self.tokens, text, linked.actors, self.words.lower)
        self.tokens = TokenIndex()  # propagation was its only reader
        paragraphs = ParagraphIndex(text)
        marked = find_marked(text, paragraphs.spans)
        self.speech = SpeechReader(text, linked.actors, linked.gender, paragraphs, marked)
        self.pronouns = PronounLinker(linked.actors, linked.gender, QuotedSpans(marked), paragraphs)

    def read_speech(self, doc, lo: int, hi: int) -> None:
        """Step 3 for the part ``text[lo:hi]``, parts in text order."""
        assert self.speech is not None and self.pronouns is not None, "link() comes first"
        self.speech.read(doc, lo, hi)
        self.found_pronouns.extend(self.pronouns.link(doc))

    def analysis(self) -> Analysis:
        """The analysis, once every part is read for speech."""
        assert self.linked is not None and self.speech is not None
        actors = self.linked.actors
        said = self.speech.extraction()
        by_id = {a.id: a for a in actors}
        seen = {(m.start, m.end) for a in actors for m in a.mentions}
        for m in said.inferred + self.found_pronouns:
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                by_id[m.actor].mentions.append(m)
        for a in actors:
            a.mentions.sort(key=lambda m: m.start)
        return self._analysis(actors, said.quotes)

    def provisional(self) -> Analysis:
        """What is known before the end: after step 2, the actors and entities of the whole text
        (no quotes yet); before it, the entities and actors of the parts read so far, linked as
        they stand (an actor's id may change as later parts come in). Built from copies: the
        analysis goes on after the caller has it."""
        if self.linked is not None:
            actors = [Actor(a.id, a.name, a.kind, list(a.aliases), list(a.mentions)) for a in self.linked.actors]
        else:
            cands = [c for part in self.parts for c in part.decided(self.stats)]
            actors = link(self.text, cands).actors
        return self._analysis(actors, [])

    def _analysis(self, actors: list[Actor], quotes) -> Analysis:
        entities = [Mention(m.start, m.end, m.text, m.label, m.actor, related=m.related)
                    for a in actors for m in a.mentions if not m.inferred]
        return Analysis(len(self.text), self.info.name, self.info.version, ANALYSER_VERSION, entities,
                        actors, quotes)
