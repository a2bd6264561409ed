"""Streaming analysis: a long text is parsed in paragraph-aligned parts, a few at a time, and its
analysis is the one of the whole text; a story (every sample and dev article) is one part."""

import gc
import weakref
from pathlib import Path

import pytest
from spacy.tokens import Doc

from tui.nlp import models, pipeline, prepare, streaming
from tui.nlp.text_analysis import TextAnalysis
from tui.sources import sample_paths

DEV = Path(__file__).resolve().parents[3] / "shared" / "data"


def test_parts_end_at_paragraphs_when_they_can():
    paragraph = "A sentence of a paragraph, and then some more words. " * 3 + "\n\n"
    text = paragraph * 40
    pieces = streaming.parts(text, size=1000, always=True)
    assert "".join(p for _, p in pieces) == text
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])
    introduced = ("She added:\n\n“" + "A quoted paragraph of words. " * 20 + "”\n\n") * 10
    pieces = streaming.parts(introduced, size=1000, always=True)
    assert all(not p.rstrip().endswith(":") for _, p in pieces)
    lines = text.replace("\n\n", "\n")
    assert all(p.endswith("\n") for _, p in streaming.parts(lines, size=1000, always=True)[:-1])


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
    # Once a part is parsed, once it is read for speech (but the last), once at the end.
    assert len(heard) == 2 * len(pieces) and heard[-1] == (len(long_text), len(long_text))
    assert [done for done, _ in heard] == sorted(done for done, _ in heard)
    assert heard[len(pieces) - 1][0] == pipeline.PARSE_SHARE * len(long_text) // 100
    for m in parted.entities:
        assert long_text[m.start:m.end] == m.text
    for q in parted.quotes:
        assert long_text[q.start:q.end] == q.text


@pytest.mark.parametrize("size", [1200, 2000])
def test_smaller_parts_give_the_same_analysis(monkeypatch, long_text, size):
    """More cuts, more boundaries: the speaker of a quote, a pronoun or a name counted over the
    whole text is the same read part by part as read from one Doc of the same parts."""
    info = models.resolve()
    nlp = models.load(info)
    monkeypatch.setattr(streaming, "SINGLE_PART_CHARS", size)
    monkeypatch.setattr(streaming, "PART_CHARS", size)
    pieces = streaming.parts(prepare.for_model(long_text), size=size)
    assert len(pieces) >= 4
    reference = Doc.from_docs(list(nlp.pipe(p for _, p in pieces)), ensure_whitespace=False)
    expected = pipeline.analyse_doc(reference, long_text, info)
    assert expected.quotes and any(m.inferred for a in expected.actors for m in a.mentions)
    assert pipeline.analyse_text(long_text, info).to_dict() == expected.to_dict()


@pytest.mark.parametrize("store", [None, streaming.MemoryParts], ids=["no store", "a store"])
def test_no_doc_holds_more_than_one_part(monkeypatch, long_text, store):
    """Every Doc the components read is one part (after its padding of space tokens), read
    twice in text order: no Doc of the whole text is built, and when the parts are read for
    speech each one is gone before the next."""
    info = models.resolve()
    nlp = models.load(info)
    monkeypatch.setattr(streaming, "SINGLE_PART_CHARS", 2000)
    monkeypatch.setattr(streaming, "PART_CHARS", 2000)
    pieces = streaming.parts(prepare.for_model(long_text), size=2000)
    part_tokens = [len(doc) for doc in nlp.pipe(p for _, p in pieces)]
    read: list[tuple[str, int, int]] = []
    spoken: list[weakref.ref] = []

    def spy(step, original):
        def run(self, doc, lo, hi):
            own = sum(1 for t in doc if t.idx >= lo)
            assert len(doc) - own <= lo // streaming.PAD_CHARS + 12  # the padding: a few tokens
            assert all(t.is_space for t in doc if t.idx < lo)
            read.append((step, lo, own))
            if step == "speech":
                gc.collect()
                assert all(r() is None for r in spoken)
                spoken.append(weakref.ref(doc))
            return original(self, doc, lo, hi)
        return run

    monkeypatch.setattr(TextAnalysis, "read_names", spy("names", TextAnalysis.read_names))
    monkeypatch.setattr(TextAnalysis, "read_speech", spy("speech", TextAnalysis.read_speech))
    pipeline.analyse_text(long_text, info, store=store() if store else None)
    offsets = [o for o, _ in pieces]
    assert [(lo, n) for step, lo, n in read if step == "names"] == list(zip(offsets, part_tokens))
    assert [(lo, n) for step, lo, n in read if step == "speech"] == list(zip(offsets, part_tokens))


def test_partial_analyses_fill_in_part_by_part(monkeypatch, long_text):
    """With no throttle, a provisional analysis after each part (the entities of the parts read
    so far, linked into actors) and one once the whole text is linked (every entity, no quote)."""
    info = models.resolve()
    monkeypatch.setattr(streaming, "SINGLE_PART_CHARS", 3000)
    monkeypatch.setattr(streaming, "PART_CHARS", 3000)
    monkeypatch.setattr(pipeline, "PARTIAL_SECONDS", 0)
    monkeypatch.setattr(pipeline, "PARTIAL_COST", 0)
    pieces = streaming.parts(prepare.for_model(long_text), size=3000)
    heard = []
    final = pipeline.analyse_text(long_text, info, partial=lambda a, upto: heard.append((a, upto)))
    assert [upto for _, upto in heard] == [o + len(p) for o, p in pieces] + [len(long_text)]
    for analysis, upto in heard:
        assert analysis.entities and all(m.end <= upto and long_text[m.start:m.end] == m.text
                                         for m in analysis.entities)
        assert analysis.quotes == []
        assert {m.actor for m in analysis.entities} <= {a.id for a in analysis.actors}
    counts = [len(a.entities) for a, _ in heard]
    assert counts == sorted(counts) and counts[0] < counts[-1]
    assert heard[-1][0].entities == final.entities  # linked: the entities are the final ones
    assert final.quotes and all(not m.inferred for a in heard[-1][0].actors for m in a.mentions)


def test_partial_analyses_are_throttled(monkeypatch, long_text):
    monkeypatch.setattr(streaming, "SINGLE_PART_CHARS", 3000)
    monkeypatch.setattr(streaming, "PART_CHARS", 3000)
    monkeypatch.setattr(pipeline, "PARTIAL_SECONDS", 3600)
    heard = []
    pipeline.analyse_text(long_text, models.resolve(), partial=lambda a, upto: heard.append(upto))
    assert heard == [len(long_text)]  # only the one once linked: no part came an hour after the last


def test_a_story_has_no_partial_analysis():
    heard = []
    text = sample_paths()[0].read_text(encoding="utf-8")
    pipeline.analyse_text(text, models.resolve(), partial=lambda a, upto: heard.append(upto))
    assert heard == []


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
