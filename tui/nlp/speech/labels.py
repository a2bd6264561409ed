"""Transcript and caption labels: a paragraph opened by a speaker's name and a colon
("MS. CLINTON: …", "Sanders: Clinton needs to …", "Poll: Clinton leads …")."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Up to four capitalised words (initials and titles included) then a colon and the content.
_LABEL = re.compile(r"[\"“]?((?:[A-Z][\w.’'-]*\s){0,3}[A-Z][\w.’'-]*):\s+(?=\S)")
# Labels that head a section rather than name a source.
NOT_SOURCES = frozenset({
    "note", "update", "updated", "editor's note", "editor’s note", "related", "watch", "read",
    "photo", "photos", "image", "images", "source", "sources", "q", "a", "question", "questions",
    "answer", "correction", "corrections", "disclosure", "warning", "title", "subject", "date",
    "from", "to", "caption", "credit", "credits", "video", "transcript", "also", "breaking",
    "live", "more", "read more", "see also", "summary", "background", "example", "examples",
    "tags", "topics", "share", "contact", "email", "phone", "location", "time", "when", "where",
    "what", "why", "how", "who", "cc", "ps", "p.s", "bottom line", "the bottom line", "case",
    "step", "tip", "fact", "facts", "verdict", "rating", "ruling", "the",
})


@dataclass(frozen=True, slots=True)
class Label:
    start: int  # the label's name
    end: int
    content_start: int  # the rest of the paragraph
    content_end: int


def paragraph_labels(text: str, paragraphs: list[tuple[int, int]]) -> list[Label]:
    found = []
    for p_start, p_end in paragraphs:
        m = _LABEL.match(text, p_start, p_end)
        if m is None:
            continue
        name = m.group(1)
        if name.lower().rstrip(".") in NOT_SOURCES or len(name) < 2 or \
                not any(ch.isalpha() for ch in name) or name.isdigit():
            continue
        content_end = p_end
        while content_end > m.end() and text[content_end - 1].isspace():
            content_end -= 1
        if len(text[m.end():content_end].split()) < 3:
            continue
        found.append(Label(m.start(1), m.end(1), m.end(), content_end))
    return found
