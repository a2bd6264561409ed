"""What a user types to open something in the reader ("Open file…"): the same inputs as the
command line — a file, a folder, a URL or feed, a ``~`` path — read by the one loader, so the
app adds to its library only what could be read."""

from __future__ import annotations

from pathlib import Path

from tui.core.article import STDIN, Article, is_url
from tui.sources.loader import load

QUOTES = "\"'"


def clean(typed: str) -> str:
    """The path or URL in what was typed: surrounding space and one pair of quotes (as a
    file manager's copied path has) taken off, ``~`` expanded."""
    text = typed.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in QUOTES:
        text = text[1:-1].strip()
    if not text or is_url(text):
        return text
    return str(Path(text).expanduser())


def looks_openable(typed: str) -> bool:
    """Whether to offer "Open …" for what is typed: an http(s) URL, or an existing file or
    folder. Only a ``stat``: no reading, no network."""
    text = clean(typed)
    if not text or text == STDIN:
        return False
    return is_url(text) or Path(text).exists()


def open_typed(typed: str, encoding: str | None = None) -> tuple[list[Article], list[str]]:
    """The articles what was typed stands for (a folder or a feed: several), each one read, and
    one message per input that could not be. Blocking (it may fetch a URL): run it off the UI
    thread. Standard input cannot be read again once the reader runs."""
    text = clean(typed)
    if not text:
        return [], ["type a file, a folder or a URL to open"]
    if text == STDIN:
        return [], ["standard input cannot be opened from the reader; give a file or a URL"]
    return load([text], encoding=encoding)
