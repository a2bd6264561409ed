"""Analysis with a cache in front: a warm article never imports spaCy.

Shared by the CLI (``byline analyze``, ``export --format jsonl``) and the reader's worker.
"""

from __future__ import annotations

import sqlite3
from typing import Callable

from tui.core.article import Article
from tui.core.corrections import apply_corrections
from tui.core.model import Analysis
from tui.nlp import models
from tui.nlp.version import ANALYSER_VERSION
from tui.storage import analysis_cache as cache

# Hears of the analysis as it goes: (characters analysed so far, characters in all), once per part
# of a long text and once at the end (a cached analysis: once, complete). Called on the analysing
# thread; it may raise (the reader's worker raises when it is cancelled) to stop the analysis,
# and the exception reaches the caller of ``analyse``.
Progress = Callable[[int, int], None]

# Hears of a long analysis before it ends (not of a cached one nor of a story, which is one
# part): a provisional Analysis (the entities and actors of the parts parsed so far, then of the
# whole text with no quotes yet) and the offset up to which the text is read; at most about once
# a second, on the analysing thread. It may raise to stop the analysis. See nlp.pipeline.Partial.
Partial = Callable[[Analysis, int], None]


def cached_analysis(conn: sqlite3.Connection | None, article: Article,
                    model_name: str | None = None) -> Analysis | None:
    if conn is None:
        return None
    info = models.resolve(model_name)
    return cache.get(conn, article.digest, info.name, info.version, ANALYSER_VERSION)


def analyse(conn: sqlite3.Connection | None, article: Article, model_name: str | None = None,
            progress: Progress | None = None, partial: Partial | None = None) -> Analysis:
    """The article's analysis, from the cache if it has it, else computed and stored."""
    info = models.resolve(model_name)
    found = cached_analysis(conn, article, model_name)
    total = len(article.text) or 1
    if found is not None:
        if progress is not None:
            progress(total, total)
        return found
    from tui.nlp.pipeline import analyse_text  # imports spaCy

    parts = None
    if conn is not None:  # with a cache, a long text's parsed parts are kept until it is done
        from tui.storage.part_files import PartFiles

        parts = PartFiles.of(article.digest, info.name, info.version, ANALYSER_VERSION)
    analysis = analyse_text(article.text, info, progress, parts, partial)
    store(conn, article, analysis)
    if parts is not None:
        parts.discard()
    return analysis


def store(conn: sqlite3.Connection | None, article: Article, analysis: Analysis) -> None:
    """Keep an analysis computed elsewhere (another process) in the cache."""
    if conn is not None:
        try:
            cache.put(conn, article.digest, analysis)
        except sqlite3.Error:
            pass  # a locked or read-only database costs a recomputation next time, not this result


def corrected(conn: sqlite3.Connection, article: Article, analysis: Analysis) -> Analysis:
    """``analysis`` with the reader's corrections of this article applied (what the reader,
    ``export`` and the library show); the analysis itself when there are none."""
    from tui.storage.annotation_store import AnnotationStore

    corrections = AnnotationStore(conn).corrections_for(article)
    return apply_corrections(analysis, article.text, corrections) if corrections else analysis
