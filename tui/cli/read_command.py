"""``byline [read] [PATH...]``: open the reader on the articles given, or on the last one."""

from __future__ import annotations

import argparse

from tui.cli.exits import EXIT_FAILED, EXIT_OK
from tui.cli.inputs import check_model, connect, read_articles
from tui.cli.output import complain


def run_read(args: argparse.Namespace) -> int:
    if args.model:
        check_model(args.model)
    conn = connect()  # a database that cannot be used stops here, before the app starts
    problems: list[str] = []
    try:
        if args.paths:
            articles, problems = read_articles(args.paths, args.encoding)
            if not articles:
                return EXIT_FAILED
        else:
            from tui.services.session import reopen_last

            articles, notice = reopen_last(conn)
            if notice:
                complain(notice)
    finally:
        conn.close()

    from tui.ui.app import BylineApp  # textual is imported only for the reader

    # The reader remembers each article as it opens it (tui.services.session): not done here.
    BylineApp([a.source for a in articles], model_name=args.model, articles=articles).run()
    return EXIT_FAILED if problems else EXIT_OK
