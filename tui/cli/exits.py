"""Exit codes of ``byline`` (also in README.md) and the two ways a command stops early."""

from __future__ import annotations

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 130, 141


class UsageError(Exception):
    """The command line is wrong: exit 2."""


class Failure(Exception):
    """Nothing more can be done: the message is printed and the exit code is 1."""
