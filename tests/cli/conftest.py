"""Fixtures of the CLI tests: a fresh BYLINE_HOME, and one whose cache holds the samples."""

from __future__ import annotations

import dataclasses
import fcntl
import json
import shutil
from pathlib import Path

import pytest

from cli_support import SAMPLES, Result, run_byline


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def cold_run(tmp_path_factory, worker_id) -> tuple[Path, Result]:
    """The first ``analyze --json`` of the samples in a fresh home, run with ``-X importtime``.

    Run once for all xdist workers (the first to need it, under a lock); each worker gets its
    own copy of the home it filled, so what one worker's tests add there the others never see."""
    shared = tmp_path_factory.getbasetemp()
    if worker_id != "master":
        shared = shared.parent  # the folder every worker's own temporary folder is in
    made, saved = shared / "cold-run-home", shared / "cold-run.json"
    with open(shared / "cold-run.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not saved.exists():
            made.mkdir(exist_ok=True)
            result = run_byline(made, "analyze", "--json", *map(str, SAMPLES), importtime=True)
            assert result.returncode == 0, result.stderr_lines
            saved.write_text(json.dumps(dataclasses.asdict(result)), encoding="utf-8")
    path = tmp_path_factory.mktemp("warm-home")
    shutil.copytree(made, path, dirs_exist_ok=True)
    return path, Result(**json.loads(saved.read_text(encoding="utf-8")))


@pytest.fixture(scope="session")
def warm_home(cold_run) -> Path:
    """A BYLINE_HOME whose cache already holds the analyses of the samples."""
    return cold_run[0]
