"""``--version``, ``--help`` and the two ways to start the program, as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cli_support import byline_env, run_byline
from tui import __version__


def test_version(home):
    result = run_byline(home, "--version")
    assert result.returncode == 0
    assert result.stdout == f"byline {__version__}\n"
    assert __version__ == "0.1.0"


@pytest.mark.parametrize("args, expected", [
    (["--help"], ["usage: byline", "analyze", "export", "read", "Exit codes"]),
    (["-h"], ["usage: byline"]),
    (["analyze", "--help"], ["usage: byline analyze", "--json", "--model", "PATH"]),
    (["export", "--help"], ["usage: byline export", "--format", "md,json,jsonl", "-o FILE"]),
    (["read", "--help"], ["usage: byline read", "standard input"]),
])
def test_help(home, args, expected):
    result = run_byline(home, *args)
    assert result.returncode == 0
    assert result.stderr == ""
    for fragment in expected:
        assert fragment in result.stdout
    assert not (home / "byline.sqlite3").exists()  # asking for help touches no data


def test_installed_script_is_the_same_program(home):
    script = Path(sys.executable).with_name("byline")
    if not script.exists():
        pytest.skip("the byline script is not installed next to this Python")
    proc = subprocess.run([str(script), "--version"], capture_output=True, text=True,
                          env=byline_env(home), stdin=subprocess.DEVNULL, timeout=60)
    assert proc.returncode == 0
    assert proc.stdout == f"byline {__version__}\n"
