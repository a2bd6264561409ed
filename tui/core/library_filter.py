"""What the library screen's filter means, and how an actor of the library is found again in
an article's analysis.

The filter is words of the title or text, or an actor first: ``@Xi Jinping`` (or
``actor:Xi Jinping``) keeps the articles that mention him, ``@@Xi Jinping`` (or
``quoted:Xi Jinping``) those where he is quoted; words after a comma filter those further by
text (``@Xi Jinping, tariffs``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable
from tui.core.article import STDIN

# Longest first: "@@" must win over "@".
QUOTED_PREFIXES = ("quoted:", "@@")
ACTOR_PREFIXES = ("actor:", "@")


@dataclass(frozen=True, slots=True)
class LibraryFilter:
    text: str | None = None  # words of the title or text, each may be the start of a word
    actor: str | None = None  # an actor's name or the start of one
    quoted: bool = False  # only the articles where the actor is quoted

    @property
    def empty(self) -> bool:
        return not self.text and not self.actor


def parse_filter(typed: str) -> LibraryFilter:
    typed = typed.strip()
    lowered = typed.lower()
    for prefixes, quoted in ((QUOTED_PREFIXES, True), (ACTOR_PREFIXES, False)):
        for prefix in prefixes:
            if lowered.startswith(prefix):
                name, _, text = typed[len(prefix):].partition(",")
                return LibraryFilter(text.strip() or None, name.strip() or None, quoted)
    return LibraryFilter(typed or None)


def with_actor(typed: str, name: str) -> str:
    """The filter with its actor's name completed to ``name`` (the prefix and the text kept)."""
    stripped = typed.strip()
    lowered = stripped.lower()
    for prefix in (*QUOTED_PREFIXES, *ACTOR_PREFIXES):
        if lowered.startswith(prefix):
            _, comma, text = stripped[len(prefix):].partition(",")
            return f"{stripped[:len(prefix)]}{name}{comma}{text}"
    return typed


def source_label(location: str) -> str:
    """Where an article came from, short enough for a column: the site, or the file's name."""
    if location == STDIN:
        return "standard input"
    if location.lower().startswith(("http://", "https://")):
        host = location.split("://", 1)[1].split("/", 1)[0].split("?", 1)[0].rsplit("@", 1)[-1]
        return host.lower().removeprefix("www.") or location
    return location.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


def matching_actor(names: Iterable[str], actors: Iterable[tuple[str, str, Iterable[str]]]) -> str | None:
    """The id of the first of ``actors`` (id, name, aliases), in the order given, known by one
    of ``names`` (a library actor's name and aliases), case ignored."""
    wanted = {n.casefold() for n in names if n}
    for actor_id, name, aliases in actors:
        if name.casefold() in wanted or any(a.casefold() in wanted for a in aliases):
            return actor_id
    return None


def snippet(text: str | None, start: int, end: int, width: int = 70) -> str:
    """The words around ``text[start:end]`` on one line, about ``width`` characters, with the
    span itself kept whole (``…`` where the context was cut)."""
    if not text or not 0 <= start < end <= len(text):
        return ""
    room = max(0, width - (end - start)) // 2
    left, right = max(0, start - room), min(len(text), end + room)
    while left > 0 and not text[left - 1].isspace() and start - left < room + 15:
        left -= 1
    while right < len(text) and not text[right].isspace() and right - end < room + 15:
        right += 1
    shown = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + shown + ("…" if right < len(text) else "")


def chart_period(first: str, last: str) -> str:
    """The period a chart of mentions counts by, for dates from ``first`` to ``last`` (ISO
    days): days within two months, months within ten years, else years."""
    try:
        (y0, m0), (y1, m1) = (tuple(map(int, d.split("-")[:2])) for d in (first, last))
    except ValueError:
        return "month"
    months = (y1 - y0) * 12 + m1 - m0
    return "day" if months < 2 else "month" if months <= 120 else "year"
