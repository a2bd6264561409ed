"""Keys from the terminal when standard input is the article: ``cat story.md | byline -``.

Textual reads keys from file descriptor 0. Once the article has been read from a pipe, that
descriptor is at its end, so, as ``less`` does, the controlling terminal (``/dev/tty``) takes
its place. Without one (no terminal at all) the reader cannot be used: one clear message.
"""

from __future__ import annotations

import os


def keys_from_terminal() -> str | None:
    """Make descriptor 0 the controlling terminal if it is not a terminal; the problem, if any."""
    try:
        if os.isatty(0):
            return None
    except (OSError, ValueError):
        pass
    try:
        tty = os.open("/dev/tty", os.O_RDWR)
    except OSError as exc:
        return f"no terminal to read keys from ({exc.strerror or exc}); use byline analyze for a pipe"
    os.dup2(tty, 0)
    os.close(tty)
    return None
