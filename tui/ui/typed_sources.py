"""What is typed in the palette's "Open file…": the one source loader of the command line
(``tui.sources.open_typed``: files, folders, URLs, ``~`` paths). Until that loader is on this
branch, a stand-in reads one file or URL the same way ``load_one`` does."""

from __future__ import annotations

from pathlib import Path

from tui.core.article import Article, ArticleError, is_url

try:  # the shared loader (branch i9cli)
    from tui.sources import looks_openable, open_typed  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - replaced when the branches are merged
    from tui.sources import load_one

    def looks_openable(text: str) -> bool:
        text = text.strip().strip("'\"")
        return bool(text) and (is_url(text) or Path(text).expanduser().exists())

    def open_typed(text: str) -> tuple[list[Article], list[str]]:
        text = text.strip().strip("'\"")
        if text == "-":
            return [], ["Standard input was read when byline started; it cannot be opened again"]
        try:
            return [load_one(text if is_url(text) else str(Path(text).expanduser()))], []
        except ArticleError as exc:
            return [], [str(exc)]

__all__ = ["looks_openable", "open_typed"]
