"""Storage tests use a real SQLite file in a fresh BYLINE_HOME."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.article import Article
from tui.storage.annotation_store import AnnotationStore
from tui.storage.database import connect

ARTICLE_TEXT = (
    "Officials in Geneva warned on Monday that the outbreak could spread. "
    "\u201cWe are worried,\u201d said Dr Amina Yusuf, who leads the response team. "
    "The ministry said supplies would arrive within days.\n\n"
    "Aid groups said the warning came too late. The ministry did not reply."
)


@pytest.fixture
def home(tmp_path: Path, monkeypatch) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("BYLINE_HOME", str(path))
    return path


@pytest.fixture
def article(tmp_path: Path) -> Article:
    path = tmp_path / "outbreak.txt"
    path.write_text(ARTICLE_TEXT, encoding="utf-8")
    return Article(str(path), "Outbreak warning", ARTICLE_TEXT)


@pytest.fixture
def store(home: Path):
    conn = connect()
    yield AnnotationStore(conn)
    conn.close()
