"""Command-line arguments (paths, folders, ``-``, URLs, feeds) to Articles: the one loader of
the CLI and the app. Each problem is one message naming the input, never an exception."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Iterable

from tui.core.article import STDIN, Article, ArticleError, is_url
from tui.sources.files import expand, read_file, read_stdin

STDIN_PROMPT = "reading the article from standard input (end it with Ctrl-D)"


def load_one(source: str, encoding: str | None = None) -> Article:
    """The one article at ``source`` (a file, ``-`` or a page's URL); ``ArticleError`` if it
    cannot be read. Folders and feeds stand for several articles: use ``load``. ``encoding``
    names the text's encoding (a server's declared charset wins for URLs)."""
    if source == STDIN:
        return read_stdin(encoding)
    if is_url(source):
        from tui.sources.web import read_page  # imports the web stack only for URLs

        return read_page(source)
    return read_file(Path(source), encoding)


def load(specs: Iterable[str], on_prompt: Callable[[str], None] | None = None,
         encoding: str | None = None) -> tuple[list[Article], list[str]]:
    """The articles the arguments stand for, in order, and one message per input that could
    not be read. ``on_prompt`` hears when standard input is a terminal the user must type into."""
    articles: list[Article] = []
    problems: list[str] = []
    for spec in specs:
        if is_url(spec):
            from tui.sources.web import read_url

            try:
                found, trouble = read_url(spec)
            except ArticleError as exc:
                found, trouble = [], [str(exc)]
            articles.extend(found)
            problems.extend(trouble)
            continue
        sources, trouble = expand(spec)
        problems.extend(trouble)
        for source in sources:
            if source == STDIN and on_prompt is not None and sys.stdin is not None and sys.stdin.isatty():
                on_prompt(STDIN_PROMPT)
            try:
                articles.append(load_one(source, encoding))
            except ArticleError as exc:
                problems.append(str(exc))
    return articles, problems
