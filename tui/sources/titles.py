"""An article's title from its own text, before falling back to its file's name: a Markdown
``#`` heading, or a first line that reads as a headline (short, on its own, not a sentence)."""

from __future__ import annotations

MAX_TITLE_CHARS = 120
MAX_TITLE_WORDS = 20
SENTENCE_ENDS = ".,;:"  # a headline may end with ? or !, not with a sentence's full stop


def heading(text: str) -> str | None:
    """The Markdown heading the text starts with, if any."""
    first = text.lstrip("\ufeff").lstrip().split("\n", 1)[0].strip()
    if first.startswith("#"):
        return first.lstrip("#").strip() or None
    return None


def title_line(text: str) -> str | None:
    """The first line when it reads as a title: not too long, not ending like a sentence,
    with text after it (a one-line article has no title line)."""
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    line = " ".join(first.split())
    if not line or not rest.strip():
        return None
    if len(line) > MAX_TITLE_CHARS or len(line.split()) > MAX_TITLE_WORDS:
        return None
    if line[-1] in SENTENCE_ENDS or not any(ch.isalpha() for ch in line):
        return None
    if not (line[0].isalnum() or line[0] in "\"'“‘«"):
        return None
    return line


def title_of_text(text: str) -> str | None:
    return heading(text) or title_line(text)
