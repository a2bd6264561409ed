"""The ``byline`` command line: ``parser`` (arguments), ``output`` (what is printed), one
module per command (``read_command``, ``analyze_command``, ``export_command``,
``library_command``, ``actor_command``; ``library_output`` prints the last two), ``run``
(dispatch, exit codes for every failure)."""

from tui.cli.run import console, main

__all__ = ["console", "main"]
