"""The spans a selection grows by: words, sentences, paragraphs (of the text) and entities."""

from __future__ import annotations

from tui.core.layout import paragraphs
from tui.core.selection import sentence_spans, word_spans

Span = tuple[int, int]

WORD, SENTENCE, PARAGRAPH, ENTITY = "word", "sentence", "paragraph", "entity"


class TextUnits:
    """Word, sentence and paragraph spans of one text, computed once on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._spans: dict[str, list[Span]] = {}

    def __call__(self, unit: str) -> list[Span]:
        if unit not in self._spans:
            split = {WORD: word_spans, SENTENCE: sentence_spans, PARAGRAPH: paragraphs}[unit]
            self._spans[unit] = split(self.text)
        return self._spans[unit]
