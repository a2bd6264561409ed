"""Streaming analysis: a long text is parsed in paragraph-aligned parts, a few at a time, and its
analysis is the one of the whole text; a story (every sample and dev article) is one part."""

from pathlib import Path

import pytest
from spacy.tokens import Doc

from tui.nlp import models, pipeline, prepare, streaming
from tui.sources import sample_paths

DEV = Path(__file__).resolve().parents[3] / "shared" / "data"


def test_parts_end_at_boundaries_and_rebuild_the_text():
    text = ("para one is here.\n\n" * 50) + "tail without break " * 20
    pieces = streaming.parts(text, size=100, always=True)
    assert "".join(p for _, p in pieces) == text
    assert all(text[o:o + len(p)] == p for o, p in pieces)
    assert all(len(p) <= 100 for _, p in pieces)
    assert all(p.endswith(("\n", " ")) for _, p in pieces[:-1])


def test_a_story_is_one_part():
    for path in sample_paths():
        text = path.read_text(encoding="utf-8")
        assert streaming.parts(text) == [(0, text)]


@pytest.mark.skipif(not DEV.is_dir(), reason="the dev sets (../shared/data) are not here")
def test_every_dev_article_is_one_part():
    paths = sorted(DEV.glob("*/*.txt"))
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert streaming.parts(text) == [(0, text)], path.name


def test_a_sample_analysis_is_the_whole_text_analysis():
    info = models.resolve()
    nlp = models.load(info)
    for path in sample_paths():
        text = path.read_text(encoding="utf-8")
        whole = pipeline.analyse_doc(nlp(prepare.for_model(text)), text, info)
        assert pipeline.analyse_text(text, info).to_dict() == whole.to_dict()


@pytest.fixture(scope="module")
def long_text():
    return "\n\n".join(p.read_text(encoding="utf-8").strip() for p in sample_paths()) + "\n"


def test_a_text_of_a_few_parts_matches_its_whole_text_analysis(monkeypatch, long_text):
    """Parts in small batches with their tensors dropped give what one Doc of the same parts
    gives, and every offset holds."""
    info = models.resolve()
    nlp = models.load(info)
    monkeypatch.setattr(streaming, "SINGLE_PART_CHARS", 3000)
    monkeypatch.setattr(streaming, "PART_CHARS", 3000)
    pieces = streaming.parts(prepare.for_model(long_text), size=3000)
    assert len(pieces) >= 3
    heard = []
    parted = pipeline.analyse_text(long_text, info, progress=lambda done, total: heard.append((done, total)))
    reference = Doc.from_docs(list(nlp.pipe(p for _, p in pieces)), ensure_whitespace=False)
    assert parted.to_dict() == pipeline.analyse_doc(reference, long_text, info).to_dict()
    assert len(heard) == len(pieces) + 1 and heard[-1] == (len(long_text), len(long_text))
    assert [done for done, _ in heard] == sorted(done for done, _ in heard)
    for m in parted.entities:
        assert long_text[m.start:m.end] == m.text
    for q in parted.quotes:
        assert long_text[q.start:q.end] == q.text


def test_parts_cut_at_paragraphs_barely_change_the_analysis(monkeypatch, long_text):
    """Against one parse of the whole text: the model sees a little less context at a cut."""
    info = models.resolve()
    whole = pipeline.analyse_text(long_text, info)
    monkeypatch.setattr(streaming, "SINGLE_PART_CHARS", 3000)
    monkeypatch.setattr(streaming, "PART_CHARS", 3000)
    parted = pipeline.analyse_text(long_text, info)
    found = {(m.start, m.end, m.label) for m in parted.entities}
    expected = {(m.start, m.end, m.label) for m in whole.entities}
    assert len(found & expected) >= 0.95 * len(expected)
    assert {(q.start, q.end) for q in parted.quotes} == {(q.start, q.end) for q in whole.quotes}


def test_a_progress_callback_that_raises_stops_the_analysis(monkeypatch, long_text):
    monkeypatch.setattr(streaming, "SINGLE_PART_CHARS", 3000)
    monkeypatch.setattr(streaming, "PART_CHARS", 3000)
    heard = []

    class Stop(Exception):
        pass

    def progress(done, total):
        heard.append(done)
        raise Stop

    with pytest.raises(Stop):
        pipeline.analyse_text(long_text, models.resolve(), progress=progress)
    assert len(heard) == 1 and heard[0] < len(long_text)
