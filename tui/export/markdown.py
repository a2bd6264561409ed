"""The Markdown digest of annotations: one section per article, quotes with their notes."""

from __future__ import annotations

from tui.core.annotations import BOOKMARK, Annotation
from tui.export.collection import ExportedArticle


def _quote_block(text: str) -> list[str]:
    return ["> " + line if line.strip() else ">" for line in text.strip("\n").split("\n")]


def _item(ann: Annotation, exact: str) -> list[str]:
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


def to_markdown(docs: list[ExportedArticle]) -> str:
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
            out.extend(_item(p.annotation, exact))
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
                out.extend(_item(ann, ann.exact))
    return "\n".join(out).rstrip("\n") + "\n" if out else ""
