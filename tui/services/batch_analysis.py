"""Many articles at once: cached ones at once, the others in worker processes, in the given order.

The parent loads the spaCy model, then forks the workers, which start with it loaded (spawned
workers would each import spaCy and load it again, about 1.3 s of a 6 s folder; where fork is
not safe they are spawned). Each analyses whole articles; the parent keeps the results in the
cache (one writer for the SQLite file). With one job, one article to analyse or little text, no
process is started and the per-part progress of ``services.analysis`` is heard as usual.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import sys
from typing import Callable, Iterator, Sequence

from tui.core.article import Article
from tui.core.model import Analysis
from tui.nlp import models
from tui.services.analysis import Progress, analyse, cached_analysis, store

# Below this much text to analyse (about a second of work), worker processes cost more than they
# save: forking them and sending back their results, and where they are spawned each imports spaCy
# and loads the model (~2 s). One process does it (tests/bench_stream.py).
MIN_PARALLEL_CHARS = 20_000

# Told when an article's analysis starts in this process: (its position, the article). The
# ``Progress`` then hears of its parts.
Started = Callable[[int, Article], None]


def default_jobs() -> int:
    return os.cpu_count() or 1


def _start_method() -> str:
    # fork is Linux's (macOS's frameworks may crash in a forked child, and Windows has none)
    return "fork" if sys.platform.startswith("linux") else "spawn"


def _worker_start(model_name: str | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle, once
    # A forked worker has copies of the parent's streams, whose locks the progress bar's thread
    # may have held at the fork: a worker's warning must not wait on them forever.
    sys.stdout = open(os.devnull, "w")
    sys.stderr = open(os.dup(2), "w", closefd=True)
    _ready(model_name)  # already, if forked


def _ready(model_name: str | None) -> None:
    """The model loaded and the analysis imported (each worker would otherwise import it on its
    first article)."""
    models.load(models.resolve(model_name))
    import tui.nlp.pipeline  # noqa: F401


def _worker_analyse(job: tuple[str, str | None]) -> dict:
    from tui.nlp.pipeline import analyse_text

    text, model_name = job
    return analyse_text(text, models.resolve(model_name)).to_dict()  # plain data pickles small


def analyse_all(conn: sqlite3.Connection | None, articles: Sequence[Article], model_name: str | None = None,
                jobs: int = 1, progress: Progress | None = None,
                started: Started | None = None) -> Iterator[tuple[Article, Analysis]]:
    """``(article, analysis)`` for every article, in order, each as soon as it and the ones
    before it are done."""
    cached = [cached_analysis(conn, a, model_name) for a in articles]
    todo = [a for a, c in zip(articles, cached) if c is None]
    if jobs <= 1 or len(todo) <= 1 or sum(len(a.text) for a in todo) < MIN_PARALLEL_CHARS:
        for i, article in enumerate(articles):
            if started is not None:
                started(i, article)
            yield article, cached[i] or analyse(conn, article, model_name, progress)
        return
    method = _start_method()
    if method == "fork":
        _ready(model_name)
    ctx = multiprocessing.get_context(method)
    pool = ctx.Pool(min(jobs, len(todo)), initializer=_worker_start, initargs=(model_name,))
    try:
        results = pool.imap(_worker_analyse, [(a.text, model_name) for a in todo])
        for i, article in enumerate(articles):
            if started is not None:
                started(i, article)
            analysis = cached[i]
            if analysis is None:
                analysis = Analysis.from_dict(next(results))
                store(conn, article, analysis)
            yield article, analysis
        pool.close()
    finally:
        pool.terminate()  # Ctrl-C or a closed pipe: the workers stop with us
        pool.join()
