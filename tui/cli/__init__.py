"""The ``byline`` command line: ``parser`` (arguments), ``output`` (what is printed), one
module per command (``read_command``, ``analyze_command``, ``export_command``), ``run``
(dispatch, exit codes for every failure)."""

from tui.cli.run import main

__all__ = ["main"]
