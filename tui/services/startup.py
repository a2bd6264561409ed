"""The garbage collector during start-up.

Starting the reader imports Textual and Byline and builds the first screen: some seventy
thousand objects, most of which live as long as the program. Python's cyclic collector would scan
them again and again while they are made (a third of the time from the widgets' mount to the
first frame). The command line holds collections while it starts: the reader until its first
frame is drawn, the other commands until they have parsed their arguments.
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
