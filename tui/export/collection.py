"""What an export holds: each article's key, title, text (if it can still be read), its
annotations placed in that text, and its corrections. The only part of export that reads:
the annotation store, the articles' files, and the analyses (cache or model) ``jsonl`` needs."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Callable

from tui.core.annotations import CORRECTION, Annotation, Placed, Placements, place
from tui.core.article import Article, ArticleError, is_url
from tui.core.model import Analysis
from tui.storage.annotation_store import AnnotationStore, source_key

Warn = Callable[[str], None]


@dataclass
class ExportedArticle:
    key: str  # where its annotations are filed (``source_key``)
    title: str
    text: str | None  # None: the text can no longer be read
    article: Article | None
    found: Placements
    corrections: list[Annotation]  # oldest first


def _split(anns: list[Annotation]) -> tuple[list[Annotation], list[Annotation]]:
    """Annotations, and corrections oldest first."""
    return ([a for a in anns if a.kind != CORRECTION],
            sorted((a for a in anns if a.kind == CORRECTION), key=lambda a: a.created))


def collect(conn: sqlite3.Connection, articles: list[Article] | None, say: Warn) -> list[ExportedArticle]:
    """The ``articles`` given, or (``None``) every article with annotations, read again."""
    store = AnnotationStore(conn)
    docs: list[ExportedArticle] = []
    if articles is not None:
        for article in articles:
            key = source_key(article)
            notes, fixes = _split(store.annotations_of(key))
            docs.append(ExportedArticle(key, article.title, article.text, article,
                                        place(notes, article.text, article.digest), fixes))
        return docs
    for key, title in store.sources():
        notes, fixes = _split(store.annotations_of(key))
        article = _reload(key)
        if article is None:
            say(f"{key}: the article's text cannot be read; its annotations are exported as made")
            as_made = Placements([Placed(a, a.anchor.start, a.anchor.end, "stored") for a in notes], [])
            docs.append(ExportedArticle(key, title, None, None, as_made, fixes))
        else:
            docs.append(ExportedArticle(key, article.title or title, article.text, article,
                                        place(notes, article.text, article.digest), fixes))
    return docs


def _reload(key: str) -> Article | None:
    """The article filed under ``key`` if it is a file that can still be read (a URL is not
    fetched again: an export works offline)."""
    if key.startswith("stdin:") or is_url(key):
        return None
    from tui.sources import load_one

    try:
        return load_one(key)
    except ArticleError:
        return None


def analyses_for(conn: sqlite3.Connection, docs: list[ExportedArticle],
                 given: dict[str, Analysis]) -> dict[str, Analysis]:
    """The analysis of every article whose text is known, by key: ``given`` (by source or key)
    first, else from the cache, else from the model."""
    found: dict[str, Analysis] = {}
    for doc in docs:
        if doc.article is None or doc.text is None:
            continue
        analysis = given.get(doc.article.source) or given.get(doc.key)
        if analysis is None:
            from tui.services.analysis import analyse  # the model is only loaded if the cache misses

            analysis = analyse(conn, doc.article)
        found[doc.key] = analysis
    return found
