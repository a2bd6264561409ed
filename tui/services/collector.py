"""Python's cyclic garbage collector at start-up and at exit.

Starting the reader imports Textual and Byline and builds the first screen: some seventy
thousand objects, most of which live as long as the program. The collector would scan them again
and again while they are made (a third of the time from the widgets' mount to the first frame).
The command line holds collections while it starts: the reader until its first frame is drawn,
the other commands until they have parsed their arguments.

At exit the interpreter collects everything once more before it tears the modules down: with the
spaCy model loaded that is about 0.15 s of an ``analyze`` run, for memory the operating system is
about to take back. The ``byline`` program leaves its objects out of those collections.
"""

from __future__ import annotations

import gc

_held = False


def hold_collection() -> None:
    """Called first thing by a command: no collections until ``release_collection``."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release_collection() -> None:
    """Start-up is over: the collector runs again (if ``hold_collection`` stopped it)."""
    global _held
    if _held:
        _held = False
        gc.enable()


def spare_at_exit() -> None:
    """The process is about to exit: the collections of its teardown skip every object made so far.

    Only for a process that exits next (the ``byline`` program, not ``cli.main`` called by a test or
    a script): those objects are never collected again, and cycles among them are not finalised,
    so whatever must be written or closed has been by then (the commands close their database; the
    interpreter still flushes the standard streams)."""
    gc.freeze()
