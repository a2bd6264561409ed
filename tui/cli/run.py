"""The ``byline`` command: open the reader, or print the analysis for scripts.

Exit codes (also in README.md):
  0    everything asked for was read and done
  1    an input could not be read (the readable ones were still processed), or nothing
       could be read, or the model or the database cannot be used
  2    the command line itself is wrong (unknown option, missing argument)
  130  interrupted with Ctrl-C
  141  the reader of our output went away (``byline analyze --json ... | head -1``),
       as for any Unix tool killed by SIGPIPE

Every failure is one ``byline: ...`` line on stderr, never a traceback. Textual and
spaCy are imported only by the commands that need them, so ``byline analyze`` on a
cached article starts fast.
"""

from __future__ import annotations

import importlib
import os
import sqlite3
import sys
from typing import Sequence

from tui.cli.exits import (EXIT_BROKEN_PIPE, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_USAGE, Failure,
                           UsageError)
from tui.cli.output import complain, silence_stdout
from tui.cli.parser import build_parser, with_default_command
from tui.core.article import ArticleError
from tui.nlp.models import ModelError
from tui.services.collector import hold_collection, release_collection, spare_at_exit
from tui.storage.database import DatabaseError

# Each command's module is imported when it runs: the reader starts without the others' imports.
RUNNERS = {"read": "read_command", "analyze": "analyze_command", "export": "export_command",
           "library": "library_command", "actor": "actor_command"}


def console() -> int:
    """The ``byline`` program (and ``python -m tui``): ``main``, then a quicker exit."""
    code = main()
    spare_at_exit()
    return code


def main(argv: Sequence[str] | None = None) -> int:
    hold_collection()  # the reader lets go once its first frame is drawn
    try:
        return dispatch(sys.argv[1:] if argv is None else argv)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        silence_stdout()
        return EXIT_BROKEN_PIPE
    except UsageError as exc:
        complain(str(exc))
        return EXIT_USAGE
    except (Failure, ArticleError, ModelError, DatabaseError) as exc:
        complain(str(exc))
        return EXIT_FAILED
    except sqlite3.Error as exc:
        complain(f"the database failed ({exc}); if this persists, move the file aside")
        return EXIT_FAILED
    except Exception as exc:  # a bug: still one line, unless asked for the details
        if os.environ.get("BYLINE_DEBUG"):
            raise
        complain(f"unexpected error: {type(exc).__name__}: {exc} (run with BYLINE_DEBUG=1 for details)")
        return EXIT_FAILED
    finally:
        release_collection()


def dispatch(argv: Sequence[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(with_default_command(argv))
    except SystemExit as exc:  # --help and --version print and exit 0 through argparse
        return int(exc.code or 0)
    if args.command != "read":
        release_collection()  # an analysis may run long: only the reader's start is held
    module = importlib.import_module(f"tui.cli.{RUNNERS[args.command]}")
    return getattr(module, f"run_{args.command}")(args)
