"""The analysis of a PDF made from a sample finds the same actors and quotes as the sample's text."""

from __future__ import annotations

import pytest
from makers import sample_blocks, write_report

from tui.sources import sample_paths
from tui.nlp import models
from tui.nlp.pipeline import analyse_text
from tui.sources.documents import read_document


def summary(analysis):
    by_id = {a.id: a.name for a in analysis.actors}
    actors = sorted((a.name, a.kind, len(a.named_mentions)) for a in analysis.actors)
    quotes = [(q.text, q.kind, by_id.get(q.speaker)) for q in analysis.quotes]
    return actors, quotes


@pytest.mark.slow
@pytest.mark.parametrize("sample", sample_paths(), ids=lambda p: p.stem)
def test_pdf_of_a_sample_is_analysed_like_its_text(tmp_path, sample):
    text = sample.read_text(encoding="utf-8")
    path = tmp_path / f"{sample.stem}.pdf"
    laid = write_report(path, sample_blocks(text))
    document = read_document(path)
    info = models.resolve()
    from_text, from_pdf = analyse_text(text, info), analyse_text(document.text, info)
    actors, quotes = summary(from_pdf)
    assert laid.pages >= 1 and len(actors) >= 5 and len(quotes) >= 3  # the sample has a cast and speech
    assert (actors, quotes) == summary(from_text)
    for quote in from_pdf.quotes:  # offsets index the extracted text
        assert document.text[quote.start:quote.end] == quote.text
