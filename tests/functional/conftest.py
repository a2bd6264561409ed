"""Fixtures of the app tests: a BYLINE_HOME whose cache already holds the samples' analyses.

The real model analyses each sample once per session (the first app start would otherwise
pay for it); every test then gets its own copy of that database, so the app shows the
analysis within moments and tests do not see each other's state.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import textual._wait

# Pilot waits after every key until the process looks idle: it sleeps in steps of 20 ms until a
# step used under 1 ms of CPU. Steps of 5 ms with the same 20% idle ratio tell the same thing
# four times sooner (every key still waits for the screen to process its messages, as before).
textual._wait.SLEEP_GRANULARITY = 0.005
textual._wait.SLEEP_IDLE = 0.001

from app_support import OTHER_SAMPLE, SAMPLE
from tui.core.article import Article
from tui.sources import load_one
from tui.core.model import Analysis


@pytest.fixture(scope="session")
def warm_database(tmp_path_factory) -> Path:
    from tui.services.analysis import analyse
    from tui.storage.database import connect

    path = tmp_path_factory.mktemp("warm") / "byline.sqlite3"
    conn = connect(path)
    for sample in (SAMPLE, OTHER_SAMPLE):
        analyse(conn, load_one(str(sample)))
    conn.close()
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
