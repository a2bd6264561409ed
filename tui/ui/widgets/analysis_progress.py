"""The progress line shown while an article is analysed: a bar, the share done and the time left.

The analysis worker posts ``AnalysisProgress`` to this widget directly (once per parsed part of a
long text); a message from an earlier article's analysis (an older ``token``) is ignored. The
line hides itself when the analysis is done, failed or was replaced, so the text keeps the room.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from textual.containers import Horizontal
from textual.message import Message

if TYPE_CHECKING:
    from tui.core.reading.progress_estimate import ProgressEstimate


class AnalysisProgress(Message):
    """``done`` of ``total`` characters of the article of ``token`` are analysed."""

    def __init__(self, token: int, done: int, total: int) -> None:
        super().__init__()
        self.token = token
        self.done = done
        self.total = total


class AnalysisProgressLine(Horizontal):
    DEFAULT_CSS = """
    AnalysisProgressLine { height: 1; display: none; }
    AnalysisProgressLine ProgressBar { width: auto; margin-right: 1; }
    AnalysisProgressLine Label { width: 1fr; color: $text-muted; }
    """

    def __init__(self, id: str | None = "analysis-progress") -> None:
        super().__init__(id=id)
        self.token = -1
        self.started = time.monotonic()
        self.estimate: ProgressEstimate | None = None  # made at the first progress message

    def _parts(self) -> tuple:
        """The bar and its label, mounted when the line first shows: an article whose analysis is
        cached never needs them, and the first frame does not wait for them."""
        from textual.widgets import Label, ProgressBar

        if not self.children:
            self.mount(ProgressBar(total=100, show_percentage=False, show_eta=False, id="analysis-progress-bar"),
                       Label("", id="analysis-progress-text"))
        return self.query_one(ProgressBar), self.query_one(Label)

    def start(self, token: int) -> None:
        """A new analysis: forget the last one; shown only once its first part is done."""
        self.token = token
        self.started = time.monotonic()
        self.estimate = None
        self.display = False

    def finish(self) -> None:
        self.token = -1
        self.display = False

    @property
    def text(self) -> str:
        return str(self._parts()[1].render()) if self.children else ""

    def on_analysis_progress(self, message: AnalysisProgress) -> None:
        message.stop()
        if message.token != self.token:
            return  # an article that is no longer open
        if message.done >= message.total:
            self.finish()
            return
        if self.estimate is None:
            # Only a long text's analysis reports progress: the first frame does not wait for this.
            from tui.core.reading.progress_estimate import ProgressEstimate

            self.estimate = ProgressEstimate(started=self.started)
        self.estimate.advance(message.done, message.total, time.monotonic())
        bar, label = self._parts()
        bar.update(total=100, progress=round(self.estimate.fraction * 100))
        label.update(self.estimate.describe())
        self.display = True
