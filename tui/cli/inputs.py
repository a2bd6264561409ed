"""The articles a command was given, and the database, for the commands that need them."""

from __future__ import annotations

import sqlite3
from typing import Sequence

from tui.cli.output import complain
from tui.core.article import Article


def read_articles(paths: Sequence[str], encoding: str | None = None) -> tuple[list[Article], list[str]]:
    """The articles that could be read, in command-line order, and one message per input
    that could not (each already reported on stderr). What the reading had to say about an
    article it did read (an encoding guessed, NULs replaced) is reported too, not counted a failure."""
    from tui.sources import load

    articles, problems = load(paths, on_prompt=complain, encoding=encoding)
    for problem in problems:
        complain(problem)
    for article in articles:
        for notice in article.notices:
            complain(notice)
    return articles, problems


def connect() -> sqlite3.Connection:
    from tui.services.connection import open_database

    return open_database()  # DatabaseError with the message to print


def check_model(name: str | None) -> None:
    from tui.nlp.models import resolve

    resolve(name)  # raises ModelError with a message that says what to install
