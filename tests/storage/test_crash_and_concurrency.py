"""Processes writing annotations: killed with SIGKILL again and again, and two at once."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui.storage.annotation_store import AnnotationStore
from tui.storage.database import connect

WRITER = Path(__file__).with_name("annotation_writer.py")
KILLS = 40


def start_writer(home: Path, article: Path, *count: str, fork: bool = False) -> subprocess.Popen:
    env = {**os.environ, "BYLINE_HOME": str(home), "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    mode = ["--fork"] if fork else []
    return subprocess.Popen([sys.executable, str(WRITER), *mode, str(article), *count], env=env,
                            stdin=subprocess.PIPE if fork else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def acknowledged(output: str) -> list[str]:
    """Ids the writer printed in full, each after its commit returned (a cut-off line is not)."""
    lines = output.split("\n")[:-1]  # the last piece has no newline: incomplete, or empty
    return [line for line in lines if line and line != "ready"]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL") or not hasattr(os, "fork"), reason="needs SIGKILL and fork")
def test_sigkilled_writers_never_lose_an_acknowledged_annotation(home, article, tmp_path):
    rng = random.Random(4)
    committed: set[str] = set()
    kills_while_writing = 0
    began = time.monotonic()
    # Each writer is a process forked by one server that imported everything once (a new
    # interpreter per kill would spend most of the test starting Python).
    server = start_writer(home, Path(article.source), fork=True)
    try:
        for round_ in range(KILLS):
            server.stdin.write("go\n")
            server.stdin.flush()
            line = server.stdout.readline()
            assert line.startswith("pid "), (line, server.stderr.read())
            pid = int(line.split()[1])
            if round_ % 5 == 4:
                time.sleep(rng.uniform(0.0, 0.3))  # any moment: connecting, migrating, writing
            else:
                assert server.stdout.readline() == "ready\n"
                time.sleep(rng.uniform(0.0, 0.08))  # somewhere in the middle of the writes
            os.kill(pid, signal.SIGKILL)
            line = server.stdout.readline()
            if line == "ready\n":
                line = server.stdout.readline()
            ended = json.loads(line)
            assert ended["code"] == -signal.SIGKILL, ended  # it really was killed, not finished or crashed
            ids = acknowledged(ended["out"])
            kills_while_writing += bool(ids)
            committed.update(ids)

            conn = connect()  # opens (and recovers the WAL) without complaint
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            # The ids alone after each kill (thousands of rows by the end); every row is read
            # back whole through the store once, after the last kill.
            stored = {row[0] for row in conn.execute("SELECT id FROM annotations")}
            missing = committed - stored
            assert not missing, f"round {round_}: {len(missing)} acknowledged annotations lost"
            conn.close()
    finally:
        server.stdin.close()
        server.wait(timeout=30)
    conn = connect()
    stored = {a.id for a in AnnotationStore(conn).all()}
    conn.close()
    assert not committed - stored
    elapsed = time.monotonic() - began
    print(f"\ncrash test: {KILLS} SIGKILLs ({kills_while_writing} mid-write), "
          f"{len(committed)} acknowledged annotations, all present after every kill ({elapsed:.1f} s)")
    assert kills_while_writing >= KILLS // 2  # most kills really hit a writing process
    assert len(committed) > KILLS


def test_two_processes_write_to_one_database_at_once(home, article):
    n = 150
    procs = [start_writer(home, Path(article.source), str(n)) for _ in range(2)]
    outputs = [p.communicate(timeout=60) for p in procs]
    for proc, (out, err) in zip(procs, outputs):
        assert proc.returncode == 0, err
    ids = [acknowledged(out) for out, _ in outputs]
    assert [len(i) for i in ids] == [n, n]
    conn = connect()
    stored = {a.id for a in AnnotationStore(conn).all()}
    assert set(ids[0]) | set(ids[1]) <= stored
    assert len(stored) == 2 * n
    conn.close()
