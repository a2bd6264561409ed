"""The analysis pipeline: spaCy parses, then small components build the analysis.

    prepare → spaCy (in parts when long: streaming) → mentions → linking → quote marks →
    speech (cues, reported, evidence, labels, attribution)

Each step is a function over plain data, so the quality work can replace one at a time.
"""

from __future__ import annotations

from tui.core.model import Analysis, Mention
from tui.core.quotemarks import ParagraphIndex, QuotedSpans, find_marked
from tui.nlp import mentions, models, prepare, speech, streaming
from tui.nlp.pronouns import link_pronouns
from tui.nlp.propagate import propagate
from tui.nlp.linking import link
from tui.nlp.streaming import PartStore, Progress
from tui.nlp.version import ANALYSER_VERSION


def analyse_doc(doc, text: str, info: models.ModelInfo) -> Analysis:
    """Build the analysis of ``text`` from its parsed ``doc`` (parsed from ``prepare.for_model``)."""
    linked = link(text, mentions.candidates(doc, text))
    propagate(doc, text, linked.actors)
    paragraphs = ParagraphIndex(text)
    marked = find_marked(text, paragraphs.spans)
    quoted = QuotedSpans(marked)
    said = speech.extract(doc, text, linked.actors, linked.gender, paragraphs, marked)
    by_id = {a.id: a for a in linked.actors}
    seen = {(m.start, m.end) for a in linked.actors for m in a.mentions}
    for m in said.inferred + link_pronouns(doc, text, linked.actors, linked.gender, quoted, paragraphs):
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            by_id[m.actor].mentions.append(m)
    for a in linked.actors:
        a.mentions.sort(key=lambda m: m.start)
    entities = [Mention(m.start, m.end, m.text, m.label, m.actor, related=m.related)
                for a in linked.actors for m in a.mentions if not m.inferred]
    return Analysis(len(text), info.name, info.version, ANALYSER_VERSION, entities,
                    linked.actors, said.quotes)


def analyse_text(text: str, info: models.ModelInfo, progress: Progress | None = None,
                 store: PartStore | None = None) -> Analysis:
    """The analysis of ``text``; a long text is parsed in parts (``streaming``), ``progress``
    hears of each part (it may raise to stop the analysis), ``store`` keeps the parts parsed so
    that a stopped analysis resumes from them."""
    nlp = models.load(info)
    if progress is None:
        return analyse_doc(streaming.parse(nlp, prepare.for_model(text), store=store), text, info)
    total = len(text) or 1

    def parsed(done: int, _total: int) -> None:
        # Parsing is about three quarters of the time; the document-wide work follows the last part.
        progress(done * PARSE_SHARE // 100, total)

    analysis = analyse_doc(streaming.parse(nlp, prepare.for_model(text), parsed, store), text, info)
    progress(total, total)
    return analysis


PARSE_SHARE = 75  # percent of the analysis time spent parsing a long text (tests/bench_stream.py)


def analyse_texts(texts: list[str], info: models.ModelInfo, batch_size: int = 8) -> list[Analysis]:
    nlp = models.load(info)
    prepared = (prepare.for_model(t) for t in texts)
    return [analyse_doc(doc, text, info) for doc, text in zip(nlp.pipe(prepared, batch_size=batch_size), texts)]
