"""Service tests use the real SQLite file in a fresh BYLINE_HOME."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def home(tmp_path: Path, monkeypatch) -> Path:
    path = tmp_path / "home"
    monkeypatch.setenv("BYLINE_HOME", str(path))
    return path
