"""Open what is ready first: ``byline a.txt https://slow.example/ b.txt`` shows the local files at
once and fetches the URLs and feeds here, in a thread worker, one after another. Each article that
arrives joins the library (after the ones given locally: ``>`` reaches it); each input that cannot
be read is a notice, and is kept on the app so the command line reports it and fails after quitting.
"""

from __future__ import annotations

from typing import Sequence

from textual.app import App

from tui.core.article import Article
from tui.ui.widgets.article_header import ArticleHeader


def fetch_later(app: App, sources: Sequence[str], encoding: str | None = None) -> None:
    """Start fetching ``sources`` (URLs, feeds) without holding up the reader."""
    from tui.sources import load

    def fetch() -> None:
        for source in sources:
            articles, problems = load([source], encoding=encoding)
            app.call_from_thread(arrived, app, source, articles, problems)

    app.run_worker(fetch, thread=True, group="arriving", exit_on_error=False)


def arrived(app: App, source: str, articles: list[Article], problems: list[str]) -> None:
    """What one URL or feed gave: its articles join the library, its problems are notices."""
    failed = getattr(app, "arrival_problems", None)
    for problem in problems:
        if failed is not None:
            failed.append(problem)
        app.notify(problem, title="Cannot open", severity="error", markup=False, timeout=15)
    reader = getattr(app, "reader", None)
    if reader is None or not articles:
        return
    indexes = [reader.library.add_article(article) for article in articles]
    if reader.article is None:  # nothing local could be shown: show what arrived
        reader.open_index(indexes[0])
        return
    reader.query_one(ArticleHeader).show(reader.article, reader.index, len(reader.library))
    titles = ", ".join(f"“{a.title}”" for a in articles[:3]) + (" …" if len(articles) > 3 else "")
    key = getattr(app, "hint_keys", {}).get("next-article", ">")
    app.notify(f"Added to the library: {titles} (press {key} to read on)", title="Arrived",
               markup=False, timeout=8)
