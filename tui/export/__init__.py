"""Exports of the reader's annotations: a Markdown digest, W3C Web Annotation JSON-LD, and
JSON Lines of entity spans (after the reader's corrections) for training NER models.

    text = export(conn, articles, "md")          # articles=None: every annotated article

Annotations are placed in each article's current text first; those that cannot be placed
(orphans) are exported too, with the selectors they were made with. An article whose text can
no longer be read (a deleted file, standard input, a URL) is exported from its stored selectors
as they were, and left out of ``jsonl``, which needs the text; ``warn`` hears about it.

``collection`` does the reading; ``markdown``, ``web_annotation`` and ``ner_spans`` are pure.
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from tui.core.article import Article
    from tui.core.model import Analysis

FORMATS = ("md", "json", "jsonl")

__all__ = ["FORMATS", "entity_spans", "export"]


def export(conn: sqlite3.Connection, articles: list[Article] | None, fmt: str,
           analyses: dict[str, Analysis] | None = None, warn: Callable[[str], None] | None = None) -> str:
    """The export of ``articles`` (``None``: every article with annotations) as ``fmt``.

    ``analyses`` maps an article's ``source`` to its analysis, for ``jsonl``; an article
    without one is analysed (from the cache when it can be, else with the model)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    # Imported here: the command line's parser reads FORMATS, and the reader starts without these.
    from tui.export.collection import analyses_for, collect
    from tui.export.markdown import to_markdown
    from tui.export.ner_spans import to_jsonl
    from tui.export.web_annotation import to_web_annotations

    say = warn or (lambda message: None)
    docs = collect(conn, articles, say)
    if fmt == "md":
        return to_markdown(docs)
    if fmt == "json":
        return json.dumps(to_web_annotations(docs), ensure_ascii=False, indent=2) + "\n"
    return to_jsonl(docs, analyses_for(conn, docs, analyses or {}), say)


def __getattr__(name: str):
    if name == "entity_spans":
        from tui.export.ner_spans import entity_spans

        return entity_spans
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
