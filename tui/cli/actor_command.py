"""``byline actor NAME [--json]``: every article of the library that mentions an actor (by its
canonical name or an alias, case ignored), with its mentions and quotes there."""

from __future__ import annotations

import argparse

from tui.cli.exits import EXIT_OK, Failure
from tui.cli.inputs import connect
from tui.cli.library_output import appearance_record, print_appearances, print_record


def run_actor(args: argparse.Namespace) -> int:
    from tui.services.library_service import LibraryService

    conn = connect()
    try:
        library = LibraryService.on(conn)
        found = [(actor, library.appearances(actor.id, limit=None))
                 for actor in library.find_actors(args.name)]
        found = [(actor, seen) for actor, seen in found if seen]
        if not found:
            raise Failure(f"no article in the library mentions {args.name!r}")
        for actor, seen in found:
            if args.json:
                for item in seen:
                    print_record(appearance_record(actor, item))
            else:
                print_appearances(actor, seen)
    finally:
        conn.close()
    return EXIT_OK
