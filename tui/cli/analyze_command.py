"""``byline analyze [--json [--text]] [--no-library] [--no-corrections] [--jobs N] PATH...``: the
actors and quotes of articles, for people or scripts, with the corrections made in the reader applied
(as the reader and ``export`` show them) unless ``--no-corrections``; each article analysed is kept in
the library unless ``--no-library``. A progress bar on a terminal (``cli.progress``); articles in
worker processes (``--jobs``)."""

from __future__ import annotations

import argparse
from contextlib import closing
from functools import partial

from tui.cli.exits import EXIT_FAILED, EXIT_OK, UsageError
from tui.cli.inputs import check_model, connect, read_articles
from tui.cli.output import complain, print_json_line, print_tables
from tui.storage.database import DatabaseError


def run_analyze(args: argparse.Namespace) -> int:
    if args.text and not args.json:
        raise UsageError("--text adds the text to the JSON objects: use it with --json "
                         "(see 'byline analyze --help')")
    check_model(args.model)
    articles, problems = read_articles(args.paths, args.encoding)
    if not articles:
        return EXIT_FAILED
    conn = connect()
    from tui.cli.progress import bars
    from tui.services.analysis import corrected
    from tui.services.batch_analysis import analyse_all, default_jobs
    from tui.services.library_service import LibraryService

    show = partial(print_json_line, with_text=args.text) if args.json else print_tables
    library = None if args.no_library else LibraryService.on(conn)
    try:
        jobs = args.jobs or default_jobs()
        with bars(len(articles)) as shown, closing(analyse_all(
                conn, articles, args.model, jobs, shown.part, shown.started)) as analysed:
            for i, (article, analysis) in enumerate(analysed):
                shown.finished(i)
                show(article, analysis if args.no_corrections else corrected(conn, article, analysis))
                if library is not None:
                    try:
                        library.record(article, analysis, read=False)  # it applies the corrections
                    except DatabaseError as exc:  # the analysis was still printed: say so once, go on
                        complain(f"{exc}; the articles analysed are not kept in the library")
                        library = None
    finally:
        conn.close()
    return EXIT_FAILED if problems else EXIT_OK
