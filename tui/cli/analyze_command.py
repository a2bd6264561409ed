"""``byline analyze [--json] PATH...``: the actors and quotes of articles, for people or scripts."""

from __future__ import annotations

import argparse

from tui.cli.exits import EXIT_FAILED, EXIT_OK
from tui.cli.inputs import check_model, connect, read_articles
from tui.cli.output import print_json_line, print_tables


def run_analyze(args: argparse.Namespace) -> int:
    check_model(args.model)
    articles, problems = read_articles(args.paths)
    if not articles:
        return EXIT_FAILED
    conn = connect()
    from tui.services.analysis import analyse

    show = print_json_line if args.json else print_tables
    try:
        for article in articles:
            show(article, analyse(conn, article, args.model))
    finally:
        conn.close()
    return EXIT_FAILED if problems else EXIT_OK
