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
from tui.nlp.speech.attribution import attribute
from tui.nlp.speech.cue_finding import CueFinder
from tui.nlp.speech.labels import paragraph_labels
from tui.nlp.speech.noun_cues import noun_cue_contents
from tui.nlp.speech.reported import MarkIndex, reported_contents


@dataclass(slots=True)
class Extraction:
    quotes: list[Quote]
    inferred: list[Mention]  # pronoun speakers linked to the actor they stand for


def extract(doc, text: str, actors: list[Actor], gender: dict[str, str | None],
            paragraphs: ParagraphIndex, marked: list[Marked]) -> Extraction:
    ctx = ArticleContext(doc, text, actors, gender, paragraphs)
    marks = MarkIndex(marked)
    contents = reported_contents(doc, text, marks, paragraphs) + \
        noun_cue_contents(doc, text, marks, paragraphs)
    seen, reported = set(), []
    for r in sorted(contents, key=lambda r: (r.start, -r.end)):
        if (r.start, r.end) not in seen:
            seen.add((r.start, r.end))
            reported.append(r)
    labels = paragraph_labels(text, paragraphs.spans)
    quotes, inferred = attribute(ctx, CueFinder(ctx, marks.quoted), marks.marked, reported, labels)
    return Extraction(quotes, inferred)
