"""``byline library [--json] [--filter TEXT] [--actor NAME]``: the articles kept in the library,
newest first, one JSON object per article with ``--json``."""

from __future__ import annotations

import argparse
from typing import Iterator

from tui.cli.exits import EXIT_OK, Failure
from tui.cli.inputs import connect
from tui.cli.library_output import entry_record, print_entries, print_record
from tui.storage.library_records import LibraryEntry

PAGE = 500  # rows fetched at a time: the whole library is streamed, never held at once for --json


def run_library(args: argparse.Namespace) -> int:
    from tui.services.library_service import LibraryService

    conn = connect()
    try:
        library = LibraryService.on(conn)
        actors = None
        if args.actor is not None:
            found = [a for a in library.find_actors(args.actor) if a.articles]
            if not found:
                raise Failure(f"no article in the library mentions {args.actor!r}")
            actors = [a.id for a in found]

        def pages() -> Iterator[LibraryEntry]:
            after = None
            while True:
                page = library.articles(text=args.filter, actor=actors, limit=PAGE, after=after)
                yield from page
                if len(page) < PAGE:
                    return
                after = page[-1]

        if args.json:
            for entry in pages():
                print_record(entry_record(entry))
        else:
            print_entries(list(pages()), library.count(text=args.filter, actor=actors))
    finally:
        conn.close()
    return EXIT_OK
