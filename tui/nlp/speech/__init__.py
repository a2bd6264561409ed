"""Who said what: direct quotes attributed through their cue, reported and mixed speech,
evidence from documents, noun cues and labelled transcript paragraphs.

Components, each returning its results:
    cue_words       the cue lexicon as data, grouped by class
    cue_finding     which tokens are cues, their subjects, the cue of a quote in marks
    speakers        subject -> actor, pronoun, description or document
    reported        clausal and non-clausal content of a cue verb; mixed quotes
    evidence        documents and measurements as sources
    noun_cues       "allegations that …", "his threat to …"
    labels          "MS. CLINTON: …" paragraphs
    attribution     all of the above in text order, with speaker memory
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.model import Actor, Mention, Quote
from tui.core.quotemarks import Marked, ParagraphIndex
from tui.nlp.speech.article_context import ArticleContext
from tui.nlp.speech.attribution import Attributor
from tui.nlp.speech.cue_finding import CueFinder
from tui.nlp.speech.labels import paragraph_labels
from tui.nlp.speech.noun_cues import noun_cue_contents
from tui.nlp.speech.reported import MarkIndex, reported_contents


@dataclass(slots=True)
class Extraction:
    quotes: list[Quote]
    inferred: list[Mention]  # pronoun speakers linked to the actor they stand for


class SpeechReader:
    """Who said what, read part by part in text order: the actors, quote marks and labels are the
    whole text's, each part's Doc (with the whole text's offsets) is read once, then dropped."""

    def __init__(self, text: str, actors: list[Actor], gender: dict[str, str | None],
                 paragraphs: ParagraphIndex, marked: list[Marked]) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.ctx = ArticleContext(None, text, actors, gender, paragraphs)
        self.marks = MarkIndex(marked)
        self.attributor = Attributor(self.ctx, CueFinder(self.ctx, self.marks.quoted), self.marks.marked,
                                     paragraph_labels(text, paragraphs.spans))

    def read(self, doc, lo: int, hi: int) -> None:
        """The speech of ``doc``, the part of the text from ``lo`` to ``hi``."""
        self.ctx.use(doc)
        contents = reported_contents(doc, self.text, self.marks, self.paragraphs) + \
            noun_cue_contents(doc, self.text, self.marks, self.paragraphs)
        seen, reported = set(), []
        for r in sorted(contents, key=lambda r: (r.start, -r.end)):
            if (r.start, r.end) not in seen:
                seen.add((r.start, r.end))
                reported.append(r)
        self.attributor.feed(reported, lo, hi)
        self.ctx.use(None)  # the part's Doc goes with the part

    def extraction(self) -> Extraction:
        return Extraction(self.attributor.quotes, self.attributor.work.inferred)
