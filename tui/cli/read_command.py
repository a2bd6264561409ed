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
    pending: list[str] = []  # URLs and feeds, fetched by the reader once it shows the local files
    library: tuple[list[str], int] | None = None
    problems_shown: list[str] = []  # also as notices in the reader (stderr is hidden behind it)
    try:
        if args.paths:
            local, pending = ready_first(args.paths)
            articles, problems = read_articles(local, args.encoding)
            if not articles and pending:  # nothing to show meanwhile: wait for the web
                fetched, more = read_articles(pending, args.encoding)
                articles, problems, pending = fetched, problems + more, []
            if not articles:
                return EXIT_FAILED
        else:
            from tui.services.session import reopen_last

            articles, notice = reopen_last(conn)
            if notice:
                complain(notice)
                problems_shown.append(notice)
            library = library_of(articles)
    finally:
        conn.close()

    from tui.ui.app import BylineApp  # textual is imported only for the reader

    # The reader remembers each article as it opens it (tui.services.session): not done here.
    sources, start = library or ([a.source for a in articles], 0)
    extra = {"start": start} if start else {}
    if problems or problems_shown:
        extra["notices"] = [*problems, *problems_shown]
    app = BylineApp(sources, model_name=args.model, articles=articles, pending=pending,
                    encoding=args.encoding, **extra)
    app.run()
    arrival_problems = getattr(app, "arrival_problems", [])
    for problem in arrival_problems:  # stderr was hidden behind the reader
        complain(problem)
    problems += arrival_problems
    if getattr(app, "return_code", None):  # ctrl+c: 130; no terminal for the keys: 1
        return app.return_code
    return EXIT_FAILED if problems else EXIT_OK


def ready_first(paths: list[str]) -> tuple[list[str], list[str]]:
    """The inputs read before the reader starts (files, folders, standard input) and those it
    fetches once it shows them (URLs and feeds), each in command-line order."""
    from tui.core.article import is_url

    return [p for p in paths if not is_url(p)], [p for p in paths if is_url(p)]


def library_of(articles) -> tuple[list[str], int] | None:
    """``byline`` alone: the library the last article was read in, opened at that article."""
    from tui.services.preferences import last_library

    if len(articles) != 1:
        return None  # the samples: the last article is gone
    found = last_library(articles[0].source)
    if found is None:
        return None
    sources, start = found
    sources[start] = articles[0].source  # read already: the app takes this article as it is
    return sources, start
