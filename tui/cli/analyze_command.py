"""``byline analyze [--json [--text]] PATH...``: the actors and quotes of articles, for people or scripts."""

from __future__ import annotations

import argparse
from functools import partial

from tui.cli.exits import EXIT_FAILED, EXIT_OK, UsageError
from tui.cli.inputs import check_model, connect, read_articles
from tui.cli.output import print_json_line, print_tables


def run_analyze(args: argparse.Namespace) -> int:
    if args.text and not args.json:
        raise UsageError("--text adds the text to the JSON objects: use it with --json "
                         "(see 'byline analyze --help')")
    check_model(args.model)
    articles, problems = read_articles(args.paths)
    if not articles:
        return EXIT_FAILED
    conn = connect()
    from tui.services.analysis import analyse

    show = partial(print_json_line, with_text=args.text) if args.json else print_tables
    try:
        for article in articles:
            show(article, analyse(conn, article, args.model))
    finally:
        conn.close()
    return EXIT_FAILED if problems else EXIT_OK
