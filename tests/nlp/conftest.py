from __future__ import annotations

import pytest

from tui.core.model import Analysis
from tui.nlp import models
from tui.nlp.pipeline import analyse_text


@pytest.fixture(scope="session")
def analyse():
    """Analyse a text with the real default model (loaded once per session)."""
    info = models.resolve()

    def run(text: str) -> Analysis:
        return analyse_text(text, info)

    return run


def actor_named(analysis: Analysis, name: str):
    found = [a for a in analysis.actors if a.name == name]
    assert found, f"no actor {name!r} in {[a.name for a in analysis.actors]}"
    return found[0]


def actor_of(analysis: Analysis, text: str, surface: str, nth: int = 0):
    """The actor of the ``nth`` occurrence of ``surface`` in ``text`` (None if unlinked)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    for a in analysis.actors:
        for m in a.mentions:
            if m.start <= start < m.end:
                return a
    return None


def quote_with(analysis: Analysis, words: str):
    found = [q for q in analysis.quotes if words in q.text]
    assert found, f"no quote with {words!r} in {[q.text for q in analysis.quotes]}"
    return found[0]


def speaker_name(analysis: Analysis, quote) -> str | None:
    actor = analysis.actor(quote.speaker)
    return actor.name if actor else None
