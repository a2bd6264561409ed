"""Bad input: one clear ``byline: ...`` line on stderr, a non-zero exit, never a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from cli_support import (SAMPLES, assert_one_error_line, byline_command, byline_env,
                                run_byline)


def make_bad_input(kind: str, where: Path) -> tuple[Path, str]:
    """A path of the given kind of bad input, and a fragment its error message must contain."""
    if kind == "missing":
        return where / "nowhere.txt", "no such file"
    if kind == "empty":
        path = where / "empty.txt"
        path.write_bytes(b"")
        return path, "empty"
    if kind == "blank":
        path = where / "blank.md"
        path.write_bytes(b" \n\n\t\n")
        return path, "empty"
    if kind == "binary":
        path = where / "image.txt"
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
        return path, "binary"
    if kind == "undecodable":  # text in another encoding is read (issue 9): binary under a text name
        path = where / "latin1.txt"
        path.write_bytes("Le président a déclaré".encode("latin-1") + bytes(range(32)) * 2)
        return path, "binary"
    if kind == "empty-folder":
        path = where / "nothing-here"
        path.mkdir()
        (path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
        return path, "no .txt, .md, .pdf, .epub, .docx or .html files"
    raise AssertionError(kind)


BAD_KINDS = ["missing", "empty", "blank", "binary", "undecodable", "empty-folder"]


@pytest.mark.parametrize("kind", BAD_KINDS)
@pytest.mark.parametrize("command", [["analyze"], ["analyze", "--json"], []], ids=["analyze", "json", "read"])
def test_unreadable_input_is_one_line_and_exit_1(home, tmp_path, kind, command):
    path, fragment = make_bad_input(kind, tmp_path)
    result = run_byline(home, *command, str(path))
    assert result.returncode == 1
    assert_one_error_line(result, str(path), fragment)
    assert result.stdout == ""


def test_several_bad_inputs_are_each_reported(home, tmp_path):
    paths = [make_bad_input(kind, tmp_path)[0] for kind in ("missing", "empty", "binary")]
    result = run_byline(home, "analyze", "--json", *map(str, paths))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr_lines) == 3
    for path, line in zip(paths, result.stderr_lines):
        assert line.startswith(f"byline: {path}")
    assert result.stdout == ""


def test_empty_standard_input(home):
    result = run_byline(home, "analyze", "--json", "-", stdin=b"")
    assert result.returncode == 1
    assert_one_error_line(result, "standard input", "empty")


def test_unknown_model(home):
    result = run_byline(home, "analyze", "--model", "xx_no_such_model", str(SAMPLES[0]))
    assert result.returncode == 1
    assert_one_error_line(result, "xx_no_such_model", "not installed")
    reader = run_byline(home, "--model", "xx_no_such_model", str(SAMPLES[0]))
    assert reader.returncode == 1
    assert_one_error_line(reader, "xx_no_such_model")


@pytest.mark.parametrize("command", [["analyze", "--json", "SAMPLE"], ["SAMPLE"], []],
                         ids=["analyze", "read", "reopen"])
def test_corrupt_database_is_reported_and_kept(home, command):
    database = home / "byline.sqlite3"
    garbage = b"this is not a database\x00" * 512
    database.write_bytes(garbage)
    args = [str(SAMPLES[0]) if arg == "SAMPLE" else arg for arg in command]
    result = run_byline(home, *args)
    assert result.returncode == 1
    assert_one_error_line(result, str(database))
    assert database.read_bytes() == garbage  # nothing lost: the user decides what to do with it


def test_data_folder_that_is_a_file(tmp_path):
    not_a_folder = tmp_path / "home"
    not_a_folder.write_text("a file where the data folder should be")
    result = run_byline(not_a_folder, "analyze", str(SAMPLES[0]))
    assert result.returncode == 1
    assert_one_error_line(result, "BYLINE_HOME")


@pytest.mark.parametrize("args", [["--no-such-option"], ["analyze"], ["export", "x.txt"],
                                  ["export", "--format", "pdf"], ["analyze", "--model"]])
def test_usage_errors_exit_2_with_one_line(home, args):
    result = run_byline(home, *args)
    assert result.returncode == 2
    assert_one_error_line(result, "--help")
    assert result.stdout == ""


def test_ctrl_c_exits_130_quietly(home):
    """SIGINT while waiting for the article on a terminal's standard input."""
    controller, terminal = os.openpty()
    try:
        proc = subprocess.Popen(byline_command("analyze", "-"), stdin=terminal, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=byline_env(home))
        # The hint is printed right before the blocking read, so the handler is in place by now.
        hint = proc.stderr.readline().decode()
        assert "standard input" in hint
        time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        os.close(controller)
        os.close(terminal)
    assert proc.returncode == 130
    assert out == b""
    assert err == b""


def test_broken_pipe_is_quiet(warm_home):
    """``byline analyze --json ... | head -1``: the reader leaves early, no traceback."""
    many = [str(SAMPLES[0])] * 40  # far more than a pipe buffer holds, so writing must fail
    proc = subprocess.Popen(byline_command("analyze", "--json", *many), stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=byline_env(warm_home))
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(timeout=120)
    assert first.startswith(b'{"source"')
    assert err == b"", err.decode()
    assert proc.returncode == 141

