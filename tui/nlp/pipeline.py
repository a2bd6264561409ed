"""The analysis pipeline: spaCy parses, then small components build the analysis.

    prepare → spaCy (in parts when long: streaming) → mentions → linking → propagation →
    quote marks → speech (cues, reported, evidence, labels, attribution) → pronouns

Each step is a function over plain data, so the quality work can replace one at a time. A long
text is read part by part and never held as one Doc (``text_analysis``).
"""

from __future__ import annotations

import time
from typing import Callable

from tui.core.model import Analysis
from tui.nlp import models, prepare, streaming
from tui.nlp.streaming import PartStore, Progress
from tui.nlp.text_analysis import TextAnalysis

# Hears of a long analysis before it ends: a provisional ``Analysis`` (see
# ``TextAnalysis.provisional``) and the offset up to which the text is read. Called on the
# analysing thread, at most every ``PARTIAL_SECONDS``; it may raise to stop the analysis.
Partial = Callable[[Analysis, int], None]

PARSE_SHARE = 90  # percent of a long analysis spent parsing and reading names (the rest: linking, speech)
PARTIAL_SECONDS = 1.0  # the least time between two provisional analyses
PARTIAL_COST = 20  # ... and at least this many times what building the last one took


def analyse_doc(doc, text: str, info: models.ModelInfo) -> Analysis:
    """Build the analysis of ``text`` from its parsed ``doc`` (parsed from ``prepare.for_model``)."""
    work = TextAnalysis(text, info)
    work.read_names(doc, 0, len(text))
    work.link()
    work.read_speech(doc, 0, len(text))
    return work.analysis()


def analyse_text(text: str, info: models.ModelInfo, progress: Progress | None = None,
                 store: PartStore | None = None, partial: Partial | None = None) -> Analysis:
    """The analysis of ``text``; a long text is parsed in parts (``streaming``), ``progress``
    hears of each part (it may raise to stop the analysis), ``store`` keeps the parts parsed so
    that a stopped analysis resumes from them, ``partial`` hears of provisional analyses."""
    nlp = models.load(info)
    prepared = prepare.for_model(text)
    pieces = streaming.parts(prepared)
    total = len(text) or 1
    if len(pieces) == 1:
        analysis = analyse_doc(nlp(prepared), text, info)
        if progress is not None:
            progress(total, total)
        return analysis

    def parsed(done: int, _total: int) -> None:
        # Parsing is most of the time; linking, then speech part by part, follow the last part.
        if progress is not None:
            progress(done * PARSE_SHARE // 100, total)

    work = TextAnalysis(text, info)
    heard = _Throttle(work, partial)
    ends = {offset: offset + len(piece) for offset, piece in pieces}
    store = store if store is not None else streaming.MemoryParts()
    for offset, doc in streaming.parse_parts(nlp, pieces, parsed, store=store):
        work.read_names(doc, offset, ends[offset])
        del doc  # the part waits in the store for the second pass
        heard.maybe()
    work.link()
    heard.now()
    for offset, doc in streaming.reread(nlp, pieces, store):
        work.read_speech(doc, offset, ends[offset])
        del doc
        if progress is not None and ends[offset] < total:
            progress((PARSE_SHARE * total + (100 - PARSE_SHARE) * ends[offset]) // 100, total)
    analysis = work.analysis()
    if progress is not None:
        progress(total, total)
    return analysis


class _Throttle:
    """Provisional analyses at most every PARTIAL_SECONDS and PARTIAL_COST times their cost."""

    def __init__(self, work: TextAnalysis, partial: Partial | None) -> None:
        self.work = work
        self.partial = partial
        self.last = time.monotonic()
        self.cost = 0.0

    def maybe(self) -> None:
        if self.partial is not None and \
                time.monotonic() - self.last >= max(PARTIAL_SECONDS, PARTIAL_COST * self.cost):
            self.now()

    def now(self) -> None:
        if self.partial is None:
            return
        start = time.monotonic()
        provisional = self.work.provisional()
        self.last = time.monotonic()
        self.cost = self.last - start
        self.partial(provisional, self.work.read_to)


def analyse_texts(texts: list[str], info: models.ModelInfo, batch_size: int = 8) -> list[Analysis]:
    nlp = models.load(info)
    prepared = (prepare.for_model(t) for t in texts)
    return [analyse_doc(doc, text, info) for doc, text in zip(nlp.pipe(prepared, batch_size=batch_size), texts)]
