"""What the reader reads and writes: the analysis worker and the annotation store.

Everything here touches the outside world (the language model, the SQLite file, the library's
sources) and is kept in this one module so it can move onto shared services as a whole:
``analyse_article`` runs in a thread worker and answers with a message; ``StoreAccess`` opens the
annotation store on first use and turns every storage failure into one notice.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from typing import TYPE_CHECKING, Callable, TypeVar

from textual.message import Message
from textual.worker import get_current_worker

from tui.core.article import Article
from tui.ui.widgets.analysis_progress import AnalysisProgress

if TYPE_CHECKING:
    from tui.core.placements import Placements
    from tui.services.annotation_session import AnnotationSession

T = TypeVar("T")
FIRST_PAINT_WAIT = 3.0  # seconds the analysis waits for the text to be drawn, at most


class AnalysisReady(Message):
    def __init__(self, token: int, analysis) -> None:
        super().__init__()
        self.token = token
        self.analysis = analysis


class AnalysisPartial(Message):
    """A long text's names so far, linked into actors (no quotes yet): shown while the rest is
    analysed, then replaced by ``AnalysisReady``."""

    def __init__(self, token: int, analysis) -> None:
        super().__init__()
        self.token = token
        self.analysis = analysis


class AnalysisFailed(Message):
    def __init__(self, token: int, problem: str) -> None:
        super().__init__()
        self.token = token
        self.problem = problem


class Notice(Message):
    """Something a worker thread wants the user to know, shown as a notification."""

    def __init__(self, text: str, severity: str = "warning") -> None:
        super().__init__()
        self.text = text
        self.severity = severity


class AnalysisCancelled(Exception):
    """Raised from the progress callback when the worker was cancelled (another article opened):
    the analysis stops after the part it is on; the parts parsed so far stay cached for resuming."""


def analyse_article(post: Callable[[Message], object], article: Article, token: int,
                    model_name: str | None,
                    post_progress: Callable[[Message], object] | None = None,
                    painted: threading.Event | None = None) -> None:
    """Read the cache or run the model (in a thread worker); the result is posted as a message,
    each part of a long text as an ``AnalysisProgress`` to ``post_progress``, and the analysis of
    a long text so far, now and then, as an ``AnalysisPartial``.
    The article's source is remembered as the last one read, and the article kept in the library.
    With ``painted``, nothing starts before the article's text is drawn (or three seconds passed):
    reading a long text's cached analysis would otherwise compete with the first paint."""
    worker = get_current_worker()
    waited_until = time.monotonic() + FIRST_PAINT_WAIT
    while painted is not None and not painted.wait(0.05) and not worker.is_cancelled \
            and time.monotonic() < waited_until:
        pass
    if worker.is_cancelled:
        return  # another article was opened before this one was drawn
    from tui.services.analysis import analyse
    from tui.services.connection import open_database
    from tui.services.library_service import record_opened
    from tui.services.session import remember_source
    from tui.storage.database import DatabaseError

    def progress(done: int, total: int) -> None:
        if worker.is_cancelled:
            raise AnalysisCancelled(article.source)
        if post_progress is not None:
            post_progress(AnalysisProgress(token, done, total))

    def partial(analysis, _read_to: int) -> None:
        if worker.is_cancelled:
            raise AnalysisCancelled(article.source)
        post(AnalysisPartial(token, analysis))

    conn: sqlite3.Connection | None = None
    try:
        conn = open_database()
    except (DatabaseError, sqlite3.Error) as exc:
        post(Notice(f"The cache cannot be used, analysing without it: {exc}"))
    try:
        if conn is not None:
            try:
                remember_source(conn, article.source)
            except sqlite3.Error as exc:
                post(Notice(f"Cannot remember the last article: {exc}"))
        try:
            analysis = analyse(conn, article, model_name, progress, partial)
        except Exception as exc:  # model, spaCy or database trouble: a notice, never a traceback
            if not worker.is_cancelled:
                post(AnalysisFailed(token, f"{type(exc).__name__}: {exc}" if not str(exc) else str(exc)))
            return
        if not worker.is_cancelled:
            post(AnalysisReady(token, analysis))
        if conn is not None and (kept := record_opened(conn, article, analysis)) is not None:
            post(Notice(kept))
    finally:
        if conn is not None:
            conn.close()


class StoreAccess:
    """The reader's side of ``AnnotationSession``: each failure becomes one notice (a failure
    to open the database only the first time), never a traceback."""

    def __init__(self, notify: Callable[..., object]) -> None:
        self.notify = notify
        self._session: AnnotationSession | None = None

    @property
    def session(self) -> AnnotationSession:
        """Made on first use: the reader reads the annotations after its first frame."""
        if self._session is None:
            from tui.services.annotation_session import AnnotationSession  # the first frame does not wait for it

            self._session = AnnotationSession()
        return self._session

    def _shown(self, outcome) -> bool:
        if outcome.error is not None and not outcome.repeated:
            self.notify(outcome.error, title=outcome.title, severity="error", markup=False, timeout=10)
        return outcome.error is None

    @property
    def store(self):
        """The store, or None (after one notice) if the database cannot be opened."""
        opened = self.session.open()
        return opened.value if self._shown(opened) else None

    def close(self) -> None:
        if self._session is not None:
            self._session.close()

    def change(self, change: Callable[[object], T], done: str | None = None) -> T | None:
        """Run one change of the store; a failure is a notice and None."""
        outcome = self.session.change(change)
        if not self._shown(outcome):
            return None
        if done:
            self.notify(done, timeout=2, markup=False)
        return outcome.value

    def read(self, article: Article) -> tuple[Placements, list, Placements, dict[str, str]] | None:
        """The article's placed annotations, its corrections (oldest first) and where they are in
        its text (for the Annotations tab), and the tag colours."""
        outcome = self.session.annotations_of(article)
        if not self._shown(outcome):
            return None
        from tui.core.annotations import place  # read after the first frame, which does not wait for it

        shown = outcome.value
        return (shown.placements, shown.corrections, place(shown.corrections, article.text, article.digest),
                shown.tag_colours)
