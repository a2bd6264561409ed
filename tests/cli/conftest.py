"""Fixtures of the CLI tests: a fresh BYLINE_HOME, and one whose cache holds the samples."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_support import SAMPLES, Result, run_byline


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def cold_run(tmp_path_factory) -> tuple[Path, Result]:
    """The first ``analyze --json`` of the samples in a fresh home, run with ``-X importtime``."""
    path = tmp_path_factory.mktemp("warm-home")
    result = run_byline(path, "analyze", "--json", *map(str, SAMPLES), importtime=True)
    assert result.returncode == 0, result.stderr_lines
    return path, result


@pytest.fixture(scope="session")
def warm_home(cold_run) -> Path:
    """A BYLINE_HOME whose cache already holds the analyses of the samples."""
    return cold_run[0]
