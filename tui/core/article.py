"""The article as plain data: where it came from, its title and its text.

Reading articles (files, standard input, folders, URLs, feeds) is ``tui.sources``'s job;
this module has no I/O so every layer can share the type.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

STDIN = "-"  # the source of an article read from standard input


class ArticleError(Exception):
    """An article that cannot be read; the message is shown to the user as is."""


@dataclass(frozen=True, slots=True)
class Article:
    source: str  # a path, "-" for standard input, or a URL
    title: str
    text: str
    # ISO 8601 day the page says it was published, or the file was last changed; None when
    # unknown (standard input). Not part of equality: the same text read on another day is
    # the same article.
    date: str | None = field(default=None, compare=False)

    @property
    def digest(self) -> str:
        return text_digest(self.text)


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))
