"""Where an article's paragraphs are: one rule for what the reader draws and what the
analysis takes as a paragraph (a quote left open runs on into the next one).

Blank lines separate paragraphs; in a text that has blank lines a single newline is a soft
break inside a paragraph (hard-wrapped text). A text without any blank line has one
paragraph per line. A paragraph's span leaves out the whitespace around it.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_NEWLINE = re.compile(r"\n")


def paragraph_spans(text: str) -> list[Span]:
    """The (start, end) of each paragraph of ``text``, in order; blank ones left out."""
    separator = _BLANK_LINE if _BLANK_LINE.search(text) else _NEWLINE
    spans: list[Span] = []
    pos = 0
    for match in [*separator.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            spans.append((pos + len(chunk) - len(chunk.lstrip()), pos + len(chunk.rstrip())))
        if match:
            pos = match.end()
    return spans
