"""``byline actor NAME [--json]``: every article of the library that mentions an actor (by its
canonical name or an alias, case ignored), with its mentions and quotes there."""

from __future__ import annotations

import argparse

from tui.cli.exits import EXIT_OK, Failure
from tui.cli.inputs import connect
from tui.cli.library_output import appearance_record, print_appearances, print_record

PAGE = 200


def run_actor(args: argparse.Namespace) -> int:
    from tui.services.library_service import LibraryService

    conn = connect()
    try:
        library = LibraryService.on(conn)
        found = [actor for actor in library.find_actors(args.name) if actor.articles]
        if not found:
            raise Failure(f"no article in the library mentions {args.name!r}")
        for actor in found:
            if args.json:  # a page at a time: the first lines come out at once, memory stays flat
                offset = 0
                while page := library.appearances(actor.id, limit=PAGE, offset=offset):
                    for item in page:
                        print_record(appearance_record(actor, item))
                    offset += len(page)
            else:
                print_appearances(actor, library.appearances(actor.id, limit=None))
    finally:
        conn.close()
    return EXIT_OK
