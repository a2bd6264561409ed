"""The title and source of the open article, and its place in the library."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.core.article import STDIN, Article
from tui.core.textsafe import one_line


class ArticleHeader(Static):
    def show(self, article: Article | None, position: int = 0, count: int = 1) -> None:
        if article is None:
            self.update(Text("No article open", style="italic"))
            return
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        line.append(one_line(article.title, 120), style="bold")
        source = "standard input" if article.source == STDIN else article.source
        line.append("  " + one_line(source, 200), style="dim")
        if count > 1:
            line.append(f"  ({position + 1}/{count})", style="dim")
        self.update(line)
