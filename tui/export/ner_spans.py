"""JSON Lines of named-entity spans for training NER models: each article's text with the
spans of the analysis after the reader's corrections."""

from __future__ import annotations

import json
from typing import Any, Callable

from tui.core.corrections import apply_corrections
from tui.core.model import Analysis, Mention
from tui.export.collection import ExportedArticle


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


def to_jsonl(docs: list[ExportedArticle], analyses: dict[str, Analysis],
             say: Callable[[str], None]) -> str:
    """One line per article whose text is known; ``analyses`` maps its key to its analysis."""
    lines = []
    for doc in docs:
        if doc.article is None or doc.text is None:
            say(f"{doc.key}: left out of the jsonl export (its text cannot be read)")
            continue
        corrected = apply_corrections(analyses[doc.key], doc.text, doc.corrections)
        lines.append(json.dumps({"text": doc.text, "source": doc.article.source, "title": doc.title,
                                 "spans": entity_spans(corrected)}, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)
