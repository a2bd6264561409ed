"""``byline analyze``'s progress bar: on a terminal only, on stderr, never in the output itself.

One bar counts the articles, a second follows the parts of the article being analysed (a long one
shows its own progress). When stdout or stderr is not a terminal nothing is drawn, so piped tables
and ``--json`` lines are exactly what they were.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator

from tui.cli.output import one_line
from tui.core.article import Article


def wanted() -> bool:
    return sys.stdout.isatty() and sys.stderr.isatty()


class Bars:
    """The callbacks ``services.batch_analysis.analyse_all`` takes, drawing on ``progress``
    (a ``rich.progress.Progress``), or doing nothing when it is None."""

    def __init__(self, progress, count: int) -> None:
        self.progress = progress
        if progress is not None:
            self.articles = progress.add_task("articles", total=count)
            self.current = progress.add_task("", total=1, visible=False)

    def started(self, index: int, article: Article) -> None:
        if self.progress is None:
            return
        self.progress.update(self.articles, completed=index)
        title = one_line(article.title)[:40]
        self.progress.reset(self.current, total=max(len(article.text), 1), description=title, visible=True)

    def part(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.update(self.current, completed=done, total=total)

    def finished(self, index: int) -> None:
        if self.progress is not None:
            self.progress.update(self.articles, completed=index + 1)


@contextmanager
def bars(count: int, show: bool | None = None) -> Iterator[Bars]:
    if not (wanted() if show is None else show):
        yield Bars(None, count)
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeRemainingColumn(), console=Console(stderr=True), transient=True)
    with progress:  # tables printed meanwhile go above the bars (rich redirects stdout)
        yield Bars(progress, count)
