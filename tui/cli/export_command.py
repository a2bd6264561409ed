"""``byline export --format FMT [PATH...] [-o FILE]``: the reader's annotations, exported."""

from __future__ import annotations

import argparse
import sys

from tui.cli.exits import EXIT_FAILED, EXIT_OK, Failure
from tui.cli.inputs import connect, read_articles
from tui.cli.output import complain
from tui.core.article import Article


def run_export(args: argparse.Namespace) -> int:
    from tui.export import export

    problems: list[str] = []
    articles: list[Article] | None = None  # None: every article with annotations
    if args.paths:
        articles, problems = read_articles(args.paths, args.encoding)
        if not articles:
            return EXIT_FAILED
    conn = connect()
    try:
        result = export(conn, articles, args.format, warn=complain)
    finally:
        conn.close()
    if args.output and args.output != "-":
        try:
            with open(args.output, "w", encoding="utf-8") as out:
                out.write(result)
        except OSError as exc:
            raise Failure(f"{args.output}: cannot be written ({exc.strerror or exc})") from None
    else:
        sys.stdout.write(result)
        sys.stdout.flush()
    return EXIT_FAILED if problems else EXIT_OK
