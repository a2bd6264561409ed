"""Rows for the library store's tests, made by hand: no model needed."""

from __future__ import annotations

from tui.core.article import text_digest
from tui.storage.library_records import ActorRecord, ArticleRecord


def article_row(source: str, title: str = "A story", text: str = "Some text.", date: str = "2026-01-01",
                quotes: int = 0) -> ArticleRecord:
    return ArticleRecord(source, source, title, date, text_digest(text), text, quotes)


def actor_row(actor: str, name: str, kind: str = "person", aliases: tuple[str, ...] = (),
              mentions: int = 1, quotes: int = 0, first: int = 0) -> ActorRecord:
    spans = [{"start": first + 10 * i, "end": first + 10 * i + len(name), "text": name, "label": "PERSON"}
             for i in range(mentions)]
    said = [{"start": 500 + i, "end": 510 + i, "text": f"quote {i}", "kind": "direct", "speaker": actor,
             "speaker_text": name, "speaker_span": None, "cue": "said"} for i in range(quotes)]
    return ActorRecord(actor, name, kind, (name, *aliases), mentions, first, spans, said)
