"""The Markdown digest of annotations: one section per article, quotes with their notes."""

from __future__ import annotations

import re

from tui.core.annotations import BOOKMARK, Annotation
from tui.export.collection import ExportedArticle

# User and article text is shown as written, never obeyed as Markdown: the characters that start
# inline markup anywhere, and the ones that start a block at the head of a line.
_INLINE = re.compile(r"([\\`*_\[\]<>|~&!])")
_LINE_START = re.compile(r"^(\s*)(#|>|[-+=]|\d+[.)])(?=\s|$|#)")


def escape_line(line: str) -> str:
    """One line of user text made literal Markdown (CommonMark: any ASCII punctuation may be
    backslash-escaped)."""
    line = _INLINE.sub(r"\\\1", line)
    return _LINE_START.sub(lambda m: m.group(1) + "".join("\\" + ch if not ch.isdigit() else ch
                                                          for ch in m.group(2)), line)


def literal_lines(text: str) -> list[str]:
    """Multi-line user text as Markdown lines that keep their breaks: a backslash at the end of
    each line but the last is a hard line break (a paragraph would join them)."""
    lines = [escape_line(line.rstrip()) for line in text.strip("\n").split("\n")]
    return [line + ("\\" if i < len(lines) - 1 and line and lines[i + 1] else "")
            for i, line in enumerate(lines)]


def _quote_block(text: str) -> list[str]:
    return ["> " + line if line.strip() else ">" for line in literal_lines(text)]


def _item(ann: Annotation, exact: str) -> list[str]:
    lines = []
    if ann.kind == BOOKMARK:
        lines.append("**Bookmark**")
        lines.append("")
    lines.extend(_quote_block(exact))
    if ann.note.strip():
        lines.append("")
        lines.extend(literal_lines(ann.note.strip()))
    if ann.tags:
        lines.append("")
        lines.append("Tags: " + ", ".join(f"`{t}`" if "`" not in t else f"`` {t} ``" for t in ann.tags))
    lines.append("")
    return lines


def to_markdown(docs: list[ExportedArticle]) -> str:
    out: list[str] = []
    for doc in docs:
        out.append(f"# {escape_line(' '.join(doc.title.split()) or doc.key)}")
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
                    out.append(f"- {escape_line(' '.join(fix.correction.describe().split()))}")
            out.append("")
        if doc.found.orphans:
            out.append("## Orphaned annotations")
            out.append("")
            out.append("*These no longer match the article's text; shown as they were made.*")
            out.append("")
            for ann in doc.found.orphans:
                out.extend(_item(ann, ann.exact))
    return "\n".join(out).rstrip("\n") + "\n" if out else ""
