"""A long article's analysis shows a progress line (bar, share, time left) that advances and goes
away; opening another article meanwhile cancels the analysis cleanly (issue 9 item 24, issue 10)."""

from __future__ import annotations

import threading

import pytest

from app_support import SAMPLE, SIZE, app_test, until
from tui.nlp import streaming
from tui.ui.app import BylineApp
from tui.ui.widgets.analysis_progress import AnalysisProgress, AnalysisProgressLine

LONG_WAIT = 600.0  # the real model parses > 100k characters on a shared 2-core machine


@pytest.fixture
def long_text(tmp_path, monkeypatch):
    # "Long" is relative to the limit: the same parts, batches, progress and cancelling at a tenth
    # of today's sizes parse a tenth of the text (the real sizes are tested in tests/nlp).
    monkeypatch.setattr(streaming, "SINGLE_PART_CHARS", streaming.SINGLE_PART_CHARS // 10)
    monkeypatch.setattr(streaming, "PART_CHARS", streaming.PART_CHARS // 10)
    monkeypatch.setattr(streaming, "BATCH_SIZE", 2)
    story = SAMPLE.read_text(encoding="utf-8")
    copies = streaming.SINGLE_PART_CHARS // len(story) + 2  # over the limit: parsed in parts
    path = tmp_path / "long-report.txt"
    path.write_text("Long report\n\n" + "\n\n".join([story] * copies), encoding="utf-8")
    return path


@pytest.fixture
def speech_may_start(monkeypatch):
    """The speech pass of a long text waits until the test sets this (no race with its keys),
    and a provisional analysis follows every part."""
    from tui.nlp import pipeline
    from tui.nlp.text_analysis import TextAnalysis

    event = threading.Event()
    read_speech = TextAnalysis.read_speech

    def held_read_speech(self, *args):
        event.wait(LONG_WAIT)
        return read_speech(self, *args)

    monkeypatch.setattr(TextAnalysis, "read_speech", held_read_speech)
    monkeypatch.setattr(pipeline, "PARTIAL_SECONDS", 0.0)
    yield event
    event.set()  # a worker still waiting goes on, and stops as its app is gone


def recorder(into: list):
    def hook(message) -> None:
        if isinstance(message, AnalysisProgress):
            into.append(message)
    return hook


@app_test
async def test_a_long_article_shows_a_progress_line_that_advances_and_goes(home, long_text):
    seen: list[AnalysisProgress] = []
    app = BylineApp([str(long_text)])
    async with app.run_test(size=SIZE, message_hook=recorder(seen)) as pilot:
        line = app.reader.query_one(AnalysisProgressLine)
        await until(pilot, lambda: line.display, timeout=LONG_WAIT)
        shown = line.text
        assert "Analysing…" in shown and "%" in shown and "left" in shown
        await pilot.press("G")  # the text can be read meanwhile
        await until(pilot, lambda: not app.reader.analysing, timeout=LONG_WAIT)
        await pilot.pause()
        assert not line.display
        assert app.reader.analysis is not None and app.reader.analysis.actors
    shares = [m.done / m.total for m in seen]
    assert len(shares) >= 3, shares
    assert shares == sorted(shares) and shares[0] < 0.5 and shares[-1] == 1.0


@app_test
async def test_opening_another_article_cancels_the_long_analysis(home, long_text):
    seen: list[AnalysisProgress] = []
    app = BylineApp([str(long_text), str(SAMPLE)])
    async with app.run_test(size=SIZE, message_hook=recorder(seen)) as pilot:
        reader = app.reader
        line = reader.query_one(AnalysisProgressLine)
        await until(pilot, lambda: line.display, timeout=LONG_WAIT)
        await pilot.press(">")
        await until(pilot, lambda: reader.article.source == str(SAMPLE) and reader.analysis is not None)
        assert not line.display
        await app.workers.wait_for_complete()  # the long analysis stops after its current part
        await pilot.pause()
        long_progress = [m for m in seen if m.total > streaming.SINGLE_PART_CHARS]
        assert long_progress and all(m.done < m.total for m in long_progress)  # never finished
        assert reader.article.source == str(SAMPLE) and reader.analysis.actors
        assert not line.display
        notes = [n.message for n in app._notifications]
        assert not any("Analysis failed" in n or "Cancelled" in n for n in notes), notes


@app_test
async def test_actors_and_highlights_fill_in_before_the_long_analysis_ends(home, long_text, speech_may_start):
    """Names come first (linked into actors, shown and walkable), quotes with the final analysis;
    the cursor stays where the reader went meanwhile."""
    from tui.ui.widgets.actors_panel import ActorsPanel

    app = BylineApp([str(long_text)])
    async with app.run_test(size=SIZE) as pilot:
        reader = app.reader
        await until(pilot, lambda: reader.analysis is not None, timeout=120)
        provisional = reader.analysis
        assert reader.analysing and provisional.actors and not provisional.quotes
        assert reader.query_one(ActorsPanel).analysis is provisional
        await pilot.press("]", "]")
        cursor = reader.view.cursor
        assert cursor is not None and cursor.kind == "mention"
        speech_may_start.set()
        await until(pilot, lambda: not reader.analysing, timeout=LONG_WAIT)
        await pilot.pause()
        assert reader.analysis is not provisional and reader.analysis.quotes
        assert reader.view.cursor is not None and reader.view.cursor.span == cursor.span


@app_test
async def test_a_reopened_long_article_restores_its_cursor_early_and_keeps_where_the_reader_went(
        home, long_text, speech_may_start):
    """Back to a long article whose analysis was stopped: the cursor left there comes back with
    the first provisional analysis, and a move made before the quotes arrive is kept."""
    app = BylineApp([str(long_text), str(SAMPLE)])
    async with app.run_test(size=SIZE) as pilot:
        reader = app.reader
        await until(pilot, lambda: reader.analysis is not None, timeout=120)
        await pilot.press("]", "]", "]")
        left = reader.view.cursor
        await pilot.press(">")  # the long analysis stops; its place is kept
        await until(pilot, lambda: reader.article.source == str(SAMPLE) and reader.analysis is not None)
        await pilot.press("<")
        await until(pilot, lambda: reader.article.source == str(long_text) and reader.analysis is not None,
                    timeout=120)
        assert reader.analysing and reader.view.cursor is not None
        assert reader.view.cursor.span == left.span  # restored with the names, before the quotes
        await pilot.press("]")
        went = reader.view.cursor
        assert went.span != left.span
        speech_may_start.set()
        await until(pilot, lambda: not reader.analysing, timeout=LONG_WAIT)
        await pilot.pause()
        assert reader.analysis.quotes and reader.view.cursor.span == went.span
