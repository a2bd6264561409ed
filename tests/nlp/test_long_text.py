"""Texts longer than spaCy's limit are parsed in parts with every offset kept."""

from tui.sources import sample_paths
from tui.nlp import models, pipeline


def test_chunks_end_at_boundaries_and_rebuild_the_text():
    text = ("para one is here.\n\n" * 50) + "tail without break " * 20
    parts = pipeline.chunks(text, size=100)
    assert "".join(parts) == text
    assert all(len(p) <= 100 for p in parts)
    assert all(p.endswith(("\n", " ")) for p in parts[:-1])


def test_long_text_analysis_keeps_offsets(monkeypatch):
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sample_paths())
    info = models.resolve()
    whole = pipeline.analyse_text(text, info)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 2000)
    parted = pipeline.analyse_text(text, info)
    for m in parted.entities:
        assert text[m.start:m.end] == m.text
    for q in parted.quotes:
        assert text[q.start:q.end] == q.text
    # Parsing in parts changes little: nearly every named mention is found either way.
    found = {(m.start, m.end) for m in parted.entities}
    expected = {(m.start, m.end) for m in whole.entities}
    assert len(found & expected) >= 0.9 * len(expected)
