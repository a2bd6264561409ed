"""W3C Web Annotation JSON-LD: an ``AnnotationCollection`` of every annotation, its selectors
made on the article's current text when it can be placed there, as made otherwise."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from tui.core.anchoring import anchor_span
from tui.core.annotations import Annotation, Placed, place
from tui.core.article import is_url
from tui.core.reading.colours import HIGHLIGHT_HEX, on_white
from tui.export.collection import ExportedArticle

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def _source_iri(key: str) -> str:
    if key.startswith("stdin:"):
        return "urn:sha256:" + key.removeprefix("stdin:")
    if is_url(key):
        return key
    return Path(key).as_uri()


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")



def _web_annotation(doc: ExportedArticle, ann: Annotation, placed: Placed | None) -> dict[str, Any]:
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


def to_web_annotations(docs: list[ExportedArticle]) -> dict[str, Any]:
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
        css = " ".join(f".{c} {{ background-color: {on_white(c) if c in HIGHLIGHT_HEX else c}; }}"
                       for c in sorted(colours))
        for item in items:
            if "styleClass" in item["target"]:
                item["stylesheet"] = {"type": "CssStylesheet", "value": css}
    return collection


def _placed_correction(doc: ExportedArticle, fix: Annotation) -> Placed | None:
    if doc.text is None:
        return Placed(fix, fix.anchor.start, fix.anchor.end, "stored")
    found = place([fix], doc.text, doc.article.digest if doc.article else None)
    return found.placed[0] if found.placed else None
