"""An analysis stopped by its progress callback (the reader's cancel, Ctrl-C) resumes from the
parts of the long text already parsed, with the result an uninterrupted analysis gives."""

from __future__ import annotations

import pytest

from tui.core.article import Article
from tui.nlp import models, pipeline, streaming
from tui.services.analysis import analyse
from tui.services.connection import open_database
from tui.sources import sample_paths
from tui.storage.part_files import PartFiles
from tui.nlp.version import ANALYSER_VERSION


class Stop(Exception):
    pass


@pytest.fixture
def long_article(monkeypatch):
    monkeypatch.setattr(streaming, "SINGLE_PART_CHARS", 2000)
    monkeypatch.setattr(streaming, "PART_CHARS", 2000)
    text = "\n\n".join(p.read_text(encoding="utf-8").strip() for p in sample_paths()) + "\n"
    return Article(source="long.txt", title="Long", text=text)


def test_a_stopped_analysis_resumes_from_its_parts(home, long_article):
    info = models.resolve()
    parts = PartFiles.of(long_article.digest, info.name, info.version, ANALYSER_VERSION)
    count = len(streaming.parts(long_article.text))
    assert count >= 4
    heard: list[int] = []

    def stop_after_two(done, total):
        heard.append(done)
        if len(heard) == 2:
            raise Stop

    conn = open_database()
    with pytest.raises(Stop):
        analyse(conn, long_article, progress=stop_after_two)
    assert len(parts.keys()) == 2  # the two parts parsed before the stop are kept

    resumed: list[int] = []
    analysis = analyse(conn, long_article, progress=lambda done, total: resumed.append(done))
    assert len(resumed) == 2 * count and resumed[:2] == heard  # the same parts, read back (then speech)
    assert analysis.to_dict() == pipeline.analyse_text(long_article.text, info).to_dict()
    assert parts.keys() == []  # done and cached: the parts are gone
    conn.close()


def test_a_part_read_back_is_the_part_parsed(long_article):
    """Parts saved and read back (a resume) give the analysis parts parsed afresh give."""
    info = models.resolve()

    memory = streaming.MemoryParts()
    fresh = pipeline.analyse_text(long_article.text, info, store=memory)
    assert len(memory.saved) == len(streaming.parts(long_article.text))
    again = pipeline.analyse_text(long_article.text, info, store=memory)
    assert again.to_dict() == fresh.to_dict()


def test_the_service_passes_on_partial_analyses(home, long_article, monkeypatch):
    """The reader's worker hears provisional analyses of a long text as its parts are parsed;
    a cached analysis comes whole, with none."""
    monkeypatch.setattr(pipeline, "PARTIAL_SECONDS", 0)
    monkeypatch.setattr(pipeline, "PARTIAL_COST", 0)
    conn = open_database()
    heard: list[int] = []
    analysis = analyse(conn, long_article, partial=lambda provisional, upto: heard.append(upto))
    assert len(heard) == len(streaming.parts(long_article.text)) + 1
    assert heard[-1] == len(long_article.text) and heard == sorted(heard)
    again: list[int] = []
    assert analyse(conn, long_article, partial=lambda p, upto: again.append(upto)).to_dict() == analysis.to_dict()
    assert again == []
    conn.close()
