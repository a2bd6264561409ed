"""``byline analyze`` over many articles: worker processes with ordered output, a progress bar on a
terminal only, and Ctrl-C in the middle of a long text."""

from __future__ import annotations

import os
import select
import signal
import subprocess
from pathlib import Path

import pytest

from cli_support import SAMPLES, byline_command, byline_env, run_byline
from tui.services.batch_analysis import MIN_PARALLEL_CHARS

HELDOUT = sorted((Path(__file__).resolve().parents[1] / "data" / "heldout").glob("*.txt"))


def test_jobs_keep_the_order_and_the_results(tmp_path):
    paths = [str(p) for p in SAMPLES + HELDOUT]
    assert sum(len(Path(p).read_text(encoding="utf-8")) for p in paths) >= MIN_PARALLEL_CHARS  # workers run
    one = run_byline(tmp_path / "one", "analyze", "--no-library", "--json", "--jobs", "1", *paths)
    two = run_byline(tmp_path / "two", "analyze", "--no-library", "--json", "--jobs", "2", *paths)
    assert one.returncode == two.returncode == 0, two.stderr
    assert [r["source"] for r in two.json_lines] == paths
    assert two.json_lines == one.json_lines
    # Piped: nothing but the JSON lines, no progress bar anywhere.
    assert one.stderr == two.stderr == ""


def _on_a_terminal(home: Path, *args: str, interrupt_when: bytes | None = None) -> tuple[int, bytes]:
    """Run byline with stdout and stderr on a pseudo-terminal; what it drew, and its exit code."""
    controller, terminal = os.openpty()
    env = {**byline_env(home), "TERM": "xterm-256color", "COLUMNS": "100"}
    proc = subprocess.Popen(byline_command(*args), stdin=subprocess.DEVNULL, stdout=terminal,
                            stderr=terminal, env=env)
    os.close(terminal)
    seen = b""
    try:
        while True:
            ready, _, _ = select.select([controller], [], [], 300)
            if not ready:
                break
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal closed: the process is gone
                break
            if not chunk:
                break
            seen += chunk
            if interrupt_when is not None and interrupt_when in seen:
                proc.send_signal(signal.SIGINT)
                interrupt_when = None
        return proc.wait(timeout=120), seen
    finally:
        os.close(controller)
        if proc.poll() is None:
            proc.kill()


def test_a_terminal_shows_a_progress_bar_and_a_pipe_does_not(home):
    # Two jobs: the workers are forked while the bar's thread draws, and must still finish.
    paths = [str(p) for p in SAMPLES + HELDOUT]
    code, drawn = _on_a_terminal(home, "analyze", "--no-library", "--jobs", "2", *paths)
    assert code == 0
    assert f"0/{len(paths)}".encode() in drawn and b"\xe2\x94\x81" in drawn  # the count and the bar
    assert drawn.count(b"Actors") == len(paths)  # every article's table
    piped = run_byline(home, "analyze", "--no-library", str(SAMPLES[0]))
    assert piped.stderr == "" and "0/1" not in piped.stdout and "\u2501" not in piped.stdout


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_in_a_long_text_exits_130_quietly(home, tmp_path, jobs):
    long = tmp_path / "long.txt"
    long.write_text("\n\n".join(p.read_text(encoding="utf-8") for p in SAMPLES) * 30, encoding="utf-8")
    # The bar of the long text has appeared: the analysis is under way when Ctrl-C comes.
    code, drawn = _on_a_terminal(home, "analyze", "--no-library", "--jobs", jobs, str(long),
                                 *map(str, SAMPLES), interrupt_when=b"Long")
    assert code == 130
    assert b"Traceback" not in drawn


def test_jobs_must_be_a_positive_number(home):
    result = run_byline(home, "analyze", "--jobs", "0", str(SAMPLES[0]))
    assert result.returncode == 2
    assert len(result.stderr_lines) == 1 and "--jobs" in result.stderr and "Traceback" not in result.stderr
