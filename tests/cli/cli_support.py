"""Helpers to run ``python -m tui`` as a user would, with its data in a temporary BYLINE_HOME."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tui.sources import sample_paths

SAMPLES = sample_paths()


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str

    @property
    def stderr_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if not line.startswith("import time:")]

    @property
    def json_lines(self) -> list[dict]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]

    def imported(self) -> set[str]:
        """Modules named by ``-X importtime`` (only when the run used ``importtime=True``)."""
        return {line.rsplit("|", 1)[1].strip() for line in self.stderr.splitlines()
                if line.startswith("import time:") and "|" in line}


def byline_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["BYLINE_HOME"] = str(home)
    env.pop("BYLINE_DEBUG", None)
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def byline_command(*args: str, importtime: bool = False) -> list[str]:
    return [sys.executable, *(["-X", "importtime"] if importtime else []), "-m", "tui", *args]


def run_byline(home: Path, *args: str, stdin: bytes | None = None, importtime: bool = False,
               cwd: Path | None = None, timeout: float = 300) -> Result:
    proc = subprocess.run(
        byline_command(*args, importtime=importtime),
        input=stdin if stdin is not None else None,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True, env=byline_env(home), cwd=cwd, timeout=timeout)
    return Result(proc.returncode,
                  proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"))


def assert_one_error_line(result: Result, *fragments: str) -> str:
    """Exactly one ``byline: ...`` line on stderr mentioning every fragment, and no traceback."""
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr_lines
    assert len(lines) == 1, lines
    line = lines[0]
    assert line.startswith("byline: "), line
    for fragment in fragments:
        assert fragment in line, (fragment, line)
    return line
