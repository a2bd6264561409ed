"""Analysis with a cache in front: a warm article never imports spaCy.

Shared by the CLI (``byline analyze``, ``export --format jsonl``) and the reader's worker.
"""

from __future__ import annotations

import sqlite3

from tui.core.article import Article
from tui.core.corrections import apply_corrections
from tui.core.model import Analysis
from tui.nlp import models
from tui.nlp.version import ANALYSER_VERSION
from tui.storage import analysis_cache as cache


def cached_analysis(conn: sqlite3.Connection | None, article: Article,
                    model_name: str | None = None) -> Analysis | None:
    if conn is None:
        return None
    info = models.resolve(model_name)
    return cache.get(conn, article.digest, info.name, info.version, ANALYSER_VERSION)


def analyse(conn: sqlite3.Connection | None, article: Article, model_name: str | None = None) -> Analysis:
    """The article's analysis, from the cache if it has it, else computed and stored."""
    info = models.resolve(model_name)
    found = cached_analysis(conn, article, model_name)
    if found is not None:
        return found
    from tui.nlp.pipeline import analyse_text  # imports spaCy

    analysis = analyse_text(article.text, info)
    if conn is not None:
        try:
            cache.put(conn, article.digest, analysis)
        except sqlite3.Error:
            pass  # a locked or read-only database costs a recomputation next time, not this result
    return analysis


def corrected(conn: sqlite3.Connection, article: Article, analysis: Analysis) -> Analysis:
    """``analysis`` with the reader's corrections of this article applied (what the reader,
    ``export`` and the library show); the analysis itself when there are none."""
    from tui.storage.annotation_store import AnnotationStore

    corrections = AnnotationStore(conn).corrections_for(article)
    return apply_corrections(analysis, article.text, corrections) if corrections else analysis
