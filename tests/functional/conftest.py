"""Fixtures of the app tests: a BYLINE_HOME whose cache already holds the samples' analyses.

The real model analyses each sample once per session (the first app start would otherwise
pay for it); every test then gets its own copy of that database, so the app shows the
analysis within moments and tests do not see each other's state.
"""

from __future__ import annotations

import fcntl
import shutil
from pathlib import Path

import pytest

from app_support import OTHER_SAMPLE, SAMPLE
from tui.core.article import Article
from tui.sources import load_one
from tui.core.model import Analysis


@pytest.fixture(scope="session")
def warm_database(tmp_path_factory, worker_id) -> Path:
    """Built by the first xdist worker that needs it (the others wait on a lock and find it made,
    without loading the model), then copied for this worker."""
    from tui.services.analysis import analyse
    from tui.storage.database import connect

    shared = tmp_path_factory.getbasetemp()
    if worker_id != "master":
        shared = shared.parent  # the folder every worker's own temporary folder is in
    built = shared / "warm-samples.sqlite3"
    with open(shared / "warm-samples.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not built.exists():
            making = shared / "warm-samples.making"
            making.mkdir(exist_ok=True)
            conn = connect(making / "byline.sqlite3")
            for sample in (SAMPLE, OTHER_SAMPLE):
                analyse(conn, load_one(str(sample)))
            conn.close()  # the last connection: the WAL is checkpointed into the file
            (making / "byline.sqlite3").rename(built)
    path = tmp_path_factory.mktemp("warm") / "byline.sqlite3"
    shutil.copy(built, path)
    return path


@pytest.fixture
def home(tmp_path, monkeypatch, warm_database) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    shutil.copy(warm_database, path / "byline.sqlite3")
    monkeypatch.setenv("BYLINE_HOME", str(path))
    return path


@pytest.fixture(scope="session")
def sample_analysis(warm_database) -> Analysis:
    """The analysis the app will show for SAMPLE, read from the same cache."""
    from tui.services.analysis import cached_analysis
    from tui.storage.database import connect

    conn = connect(warm_database)
    try:
        analysis = cached_analysis(conn, load_one(str(SAMPLE)))
    finally:
        conn.close()
    assert analysis is not None
    return analysis


@pytest.fixture
def sample_article() -> Article:
    return load_one(str(SAMPLE))
