"""Helpers to run ``byline`` as a user would, with its data in a temporary BYLINE_HOME.

``run_byline`` calls the real entry point (``tui.cli.main``) in this process with its own
argv, stdin, stdout, stderr, environment and working directory, so the model is loaded once
per test process instead of once per command; ``in_process=False`` (and ``importtime``, which
needs a fresh interpreter) runs ``python -m tui`` in a subprocess, for what needs a process of
its own (a terminal, signals, ``--jobs`` workers, what gets imported).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from contextlib import contextmanager
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
               cwd: Path | None = None, timeout: float = 300, in_process: bool = True) -> Result:
    if in_process and not importtime:
        return call_byline(home, *args, stdin=stdin, cwd=cwd)
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


class _Stream(io.TextIOWrapper):
    """A text stream over bytes, as a pipe looks to the program: not a terminal, no descriptor."""

    def __init__(self, data: bytes = b"") -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8", errors="strict", newline=None,
                         write_through=True)

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise io.UnsupportedOperation("fileno")

    def written(self) -> str:
        self.flush()
        return self.buffer.getvalue().decode("utf-8", "replace")


@contextmanager
def _as_a_process(home: Path, cwd: Path | None):
    """The environment, working directory and standard streams a subprocess would get."""
    saved_env = dict(os.environ)
    saved_cwd = os.getcwd()
    saved_streams = sys.stdin, sys.stdout, sys.stderr
    os.environ.clear()
    os.environ.update(byline_env(home))
    try:
        if cwd is not None:
            os.chdir(cwd)
        yield
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


def call_byline(home: Path, *args: str, stdin: bytes | None = None, cwd: Path | None = None) -> Result:
    """``byline *args`` through its real entry point in this process: the exit code ``main``
    returns (or raises as ``SystemExit``), and what it wrote to stdout and stderr."""
    from tui.cli import main

    out, err = _Stream(), _Stream()
    with _as_a_process(home, cwd):
        sys.stdin, sys.stdout, sys.stderr = _Stream(stdin or b""), out, err
        try:
            code = main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return Result(int(code or 0), out.written(), err.written())
