"""Issue 9 item 1: with the article on standard input, keys come from the terminal (as less
reads them); q quits with 0, ctrl+c with 130. The CLI runs under a pseudo-terminal."""

from __future__ import annotations

import os
import pty
import select
import sys
import time

import pytest

from tui.sources import sample_paths

STORY = next(p for p in sample_paths()).read_bytes()
# The longest word of the first line: once it is drawn, the terminal is the reader's.
DRAWN = max((w for w in STORY.split(b"\n")[0].split() if w.isalpha()), key=len)


def run_piped(home, key: bytes) -> tuple[int, bytes]:
    """``cat story | byline -`` in a terminal; ``key`` is typed once the reader is drawn."""
    read_end, write_end = os.pipe()
    env = {**os.environ, "BYLINE_HOME": str(home), "PYTHONPATH": os.getcwd(), "TERM": "xterm-256color",
           "COLUMNS": "120", "LINES": "40"}
    pid, master = pty.fork()
    if pid == 0:  # the child: its terminal is the pty, its standard input the pipe
        os.close(write_end)
        os.dup2(read_end, 0)
        os.execve(sys.executable, [sys.executable, "-m", "tui", "-"], env)
    os.close(read_end)
    os.write(write_end, STORY)
    os.close(write_end)
    seen = b""
    deadline = time.monotonic() + 120  # a guard against a hang, not a measurement
    typed = False
    next_key = 0.0
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal closed: the reader ended
                chunk = b""
            if not chunk:
                if not typed:
                    break
                _, status = os.waitpid(pid, 0)
                os.close(master)
                return os.waitstatus_to_exitcode(status), seen
            seen += chunk
        if seen and not next_key:
            next_key = time.monotonic() + 3  # the reader is starting: its first frames are out
        if not typed and DRAWN in seen:
            next_key = min(next_key, time.monotonic())  # the text is on screen: the keys are read
        if next_key and time.monotonic() > next_key:
            # Once the reader is drawn; again every few seconds, as a key typed while the
            # terminal is being set up is flushed (the assertion is on the exit, not on time).
            os.write(master, key)
            typed = True
            next_key = time.monotonic() + 3
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            os.close(master)
            return os.waitstatus_to_exitcode(status), seen
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    pytest.fail(f"the reader did not end after the key {key!r}; it showed {seen[-300:]!r}")


def test_q_quits_when_the_article_came_on_standard_input(tmp_path):
    code, _ = run_piped(tmp_path, b"q")
    assert code == 0


def test_ctrl_c_exits_130(tmp_path):
    code, _ = run_piped(tmp_path, b"\x03")
    assert code == 130
