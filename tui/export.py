"""Exports of the reader's annotations: a Markdown digest, W3C Web Annotation JSON-LD, and
JSON Lines of entity spans (after the reader's corrections) for training NER models.

    text = export(conn, articles, "md")          # articles=None: every annotated article

Annotations are placed in each article's current text first; those that cannot be placed
(orphans) are exported too, with the selectors they were made with. An article whose text can
no longer be read (a deleted file, standard input, a URL) is exported from its stored selectors
as they were, and left out of ``jsonl``, which needs the text; ``warn`` hears about it.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from tui.core.annotations import (BOOKMARK, CORRECTION, Annotation, Placed, Placements, place)
from tui.core.anchoring import anchor_span
from tui.core.article import Article, ArticleError, load
from tui.core.corrections import apply_corrections
from tui.core.model import Analysis, Mention
from tui.storage.annotations import AnnotationStore, source_key

FORMATS = ("md", "json", "jsonl")
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
COLOUR_CSS = {
    "yellow": "#fff3a0", "green": "#b8f0b0", "blue": "#b0d8ff", "pink": "#ffc0e0",
    "orange": "#ffd0a0", "purple": "#dcc0ff",
}

Warn = Callable[[str], None]


@dataclass
class _Doc:
    """One article as exported: its key, title, text (if it can still be read) and annotations."""

    key: str
    title: str
    text: str | None
    article: Article | None
    found: Placements
    corrections: list[Annotation]


def export(conn: sqlite3.Connection, articles: list[Article] | None, fmt: str,
           analyses: dict[str, Analysis] | None = None, warn: Warn | None = None) -> str:
    """The export of ``articles`` (``None``: every article with annotations) as ``fmt``.

    ``analyses`` maps an article's ``source`` to its analysis, for ``jsonl``; an article
    without one is analysed (from the cache when it can be, else with the model)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    say: Warn = warn or (lambda message: None)
    docs = _collect(AnnotationStore(conn), articles, say)
    if fmt == "md":
        return to_markdown(docs)
    if fmt == "json":
        return json.dumps(to_web_annotations(docs), ensure_ascii=False, indent=2) + "\n"
    return to_jsonl(conn, docs, analyses or {}, say)


def _collect(store: AnnotationStore, articles: list[Article] | None, say: Warn) -> list[_Doc]:
    docs: list[_Doc] = []
    if articles is not None:
        for article in articles:
            key = source_key(article)
            anns = store.annotations_of(key)
            docs.append(_Doc(key, article.title, article.text, article,
                             place([a for a in anns if a.kind != CORRECTION], article.text, article.digest),
                             sorted((a for a in anns if a.kind == CORRECTION), key=lambda a: a.created)))
        return docs
    for key, title in store.sources():
        anns = store.annotations_of(key)
        article = _reload(key)
        notes = [a for a in anns if a.kind != CORRECTION]
        fixes = sorted((a for a in anns if a.kind == CORRECTION), key=lambda a: a.created)
        if article is None:
            say(f"{key}: the article's text cannot be read; its annotations are exported as made")
            as_made = Placements([Placed(a, a.anchor.start, a.anchor.end, "stored") for a in notes], [])
            docs.append(_Doc(key, title, None, None, as_made, fixes))
        else:
            docs.append(_Doc(key, article.title or title, article.text, article,
                             place(notes, article.text, article.digest), fixes))
    return docs


def _reload(key: str) -> Article | None:
    if key.startswith("stdin:") or "://" in key:
        return None
    try:
        return load(key)
    except ArticleError:
        return None


def _source_iri(key: str) -> str:
    if key.startswith("stdin:"):
        return "urn:sha256:" + key.removeprefix("stdin:")
    if "://" in key:
        return key
    return Path(key).as_uri()


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


# ---------------------------------------------------------------- Markdown


def _quote_block(text: str) -> list[str]:
    return ["> " + line if line.strip() else ">" for line in text.strip("\n").split("\n")]


def _md_item(ann: Annotation, exact: str) -> list[str]:
    lines = []
    if ann.kind == BOOKMARK:
        lines.append("**Bookmark**")
        lines.append("")
    lines.extend(_quote_block(exact))
    if ann.note.strip():
        lines.append("")
        lines.extend(ann.note.strip().split("\n"))
    if ann.tags:
        lines.append("")
        lines.append("Tags: " + ", ".join(f"`{t}`" for t in ann.tags))
    lines.append("")
    return lines


def to_markdown(docs: list[_Doc]) -> str:
    out: list[str] = []
    for doc in docs:
        out.append(f"# {' '.join(doc.title.split()) or doc.key}")
        out.append("")
        out.append(f"Source: `{doc.key}`")
        if doc.text is None:
            out.append("")
            out.append("*The article's text could not be read; the annotations are shown as made.*")
        out.append("")
        if not doc.found.placed and not doc.found.orphans and not doc.corrections:
            out.append("*No annotations.*")
            out.append("")
        for p in doc.found.placed:
            exact = doc.text[p.start:p.end] if doc.text is not None else p.annotation.exact
            out.extend(_md_item(p.annotation, exact))
        if doc.corrections:
            out.append("## Corrections to the analysis")
            out.append("")
            for fix in doc.corrections:
                if fix.correction is not None:
                    out.append(f"- {' '.join(fix.correction.describe().split())}")
            out.append("")
        if doc.found.orphans:
            out.append("## Orphaned annotations")
            out.append("")
            out.append("*These no longer match the article's text; shown as they were made.*")
            out.append("")
            for ann in doc.found.orphans:
                out.extend(_md_item(ann, ann.exact))
    return "\n".join(out).rstrip("\n") + "\n" if out else ""


# ---------------------------------------------------------------- W3C Web Annotation


def _web_annotation(doc: _Doc, ann: Annotation, placed: Placed | None) -> dict[str, Any]:
    anchor = ann.anchor
    if placed is not None and doc.text is not None:
        anchor = anchor_span(doc.text, placed.start, placed.end)
    target: dict[str, Any] = {"source": _source_iri(doc.key), "selector": anchor.selectors()}
    if ann.colour:
        target["styleClass"] = ann.colour
    item: dict[str, Any] = {
        "@context": W3C_CONTEXT,
        "id": f"urn:uuid:{ann.id[:8]}-{ann.id[8:12]}-{ann.id[12:16]}-{ann.id[16:20]}-{ann.id[20:]}"
        if len(ann.id) == 32 else f"urn:byline:{ann.id}",
        "type": "Annotation",
        "motivation": ann.motivation,
        "created": _iso(ann.created),
        "modified": _iso(ann.updated),
    }
    bodies: list[dict[str, Any]] = []
    if ann.note.strip():
        bodies.append({"type": "TextualBody", "value": ann.note, "format": "text/plain",
                       "purpose": "commenting"})
    bodies.extend({"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in ann.tags)
    if ann.correction is not None:
        bodies.append({"type": "TextualBody", "value": ann.correction.describe(),
                       "format": "text/plain", "purpose": "editing"})
        item["byline:correction"] = ann.correction.to_dict()
    if bodies:
        item["body"] = bodies
    item["target"] = target
    if placed is None:
        item["byline:orphan"] = True
    return item


def to_web_annotations(docs: list[_Doc]) -> dict[str, Any]:
    """An ``AnnotationCollection`` whose one page holds every annotation as an ``Annotation``."""
    items: list[dict[str, Any]] = []
    colours: set[str] = set()
    for doc in docs:
        for p in doc.found.placed:
            items.append(_web_annotation(doc, p.annotation, p))
        for fix in doc.corrections:
            items.append(_web_annotation(doc, fix, _placed_correction(doc, fix)))
        for ann in doc.found.orphans:
            items.append(_web_annotation(doc, ann, None))
        colours.update(p.annotation.colour for p in doc.found.placed if p.annotation.colour)
        colours.update(a.colour for a in doc.found.orphans if a.colour)
    collection: dict[str, Any] = {
        "@context": W3C_CONTEXT,
        "type": "AnnotationCollection",
        "label": "Byline annotations",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    if colours:
        css = " ".join(f".{c} {{ background-color: {COLOUR_CSS.get(c, c)}; }}" for c in sorted(colours))
        for item in items:
            if "styleClass" in item["target"]:
                item["stylesheet"] = {"type": "CssStylesheet", "value": css}
    return collection


def _placed_correction(doc: _Doc, fix: Annotation) -> Placed | None:
    if doc.text is None:
        return Placed(fix, fix.anchor.start, fix.anchor.end, "stored")
    found = place([fix], doc.text, doc.article.digest if doc.article else None)
    return found.placed[0] if found.placed else None


# ---------------------------------------------------------------- NER training data


def entity_spans(analysis: Analysis) -> list[dict[str, Any]]:
    """Named entity spans (no pronouns), without overlaps: corrected spans win, then longer."""
    candidates: dict[tuple[int, int], Mention] = {}
    for m in [*analysis.entities, *(m for a in analysis.actors for m in a.mentions)]:
        if m.inferred or not m.label:
            continue
        old = candidates.get((m.start, m.end))
        if old is None or (m.corrected and not old.corrected):
            candidates[(m.start, m.end)] = m
    chosen: list[Mention] = []
    for m in sorted(candidates.values(), key=lambda m: (not m.corrected, -(m.end - m.start), m.start)):
        if all(m.end <= c.start or c.end <= m.start for c in chosen):
            chosen.append(m)
    chosen.sort(key=lambda m: m.start)
    return [{"start": m.start, "end": m.end, "label": m.label} for m in chosen]


def to_jsonl(conn: sqlite3.Connection, docs: list[_Doc], analyses: dict[str, Analysis], say: Warn) -> str:
    lines = []
    for doc in docs:
        if doc.article is None or doc.text is None:
            say(f"{doc.key}: left out of the jsonl export (its text cannot be read)")
            continue
        analysis = analyses.get(doc.article.source) or analyses.get(doc.key)
        if analysis is None:
            from tui.nlp.service import analyse  # the model is only loaded if the cache misses

            analysis = analyse(conn, doc.article)
        corrected = apply_corrections(analysis, doc.text, doc.corrections)
        lines.append(json.dumps({"text": doc.text, "source": doc.article.source, "title": doc.title,
                                 "spans": entity_spans(corrected)}, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)
