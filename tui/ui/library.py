"""The articles the reader was opened with: read lazily, kept once read."""

from __future__ import annotations

from pathlib import Path

from tui.core.article import STDIN, Article
from tui.sources import load_one


class Library:
    def __init__(self, sources: list[str], articles: list[Article] | None = None, start: int = 0) -> None:
        self.sources: list[str] = list(sources)
        self.start = start if 0 <= start < len(self.sources) else 0  # the article opened first
        self._articles: dict[int, Article] = {}
        for article in articles or []:
            # Articles read by the caller (standard input can be read only once) take their place.
            if article.source in self.sources:
                self._articles[self.sources.index(article.source)] = article
            else:
                self.sources.append(article.source)
                self._articles[len(self.sources) - 1] = article

    def __len__(self) -> int:
        return len(self.sources)

    def article(self, index: int) -> Article:
        """The article at ``index``, read now if needed (``ArticleError`` if it cannot be)."""
        if index not in self._articles:
            self._articles[index] = load_one(self.sources[index])
        return self._articles[index]

    def title(self, index: int) -> str:
        if index in self._articles:
            return self._articles[index].title
        source = self.sources[index]
        return "Standard input" if source == STDIN else Path(source).name

    def add(self, source: str) -> int:
        """The index of ``source``, appended if it is new."""
        for index, known in enumerate(self.sources):
            if known == source or (source != STDIN and known != STDIN
                                   and Path(known).resolve() == Path(source).resolve()):
                return index
        self.sources.append(source)
        return len(self.sources) - 1

    def forget(self, index: int) -> None:
        """Read the article at ``index`` again next time (``r`` reloads it from its source)."""
        self._articles.pop(index, None)

    def add_article(self, article: Article) -> int:
        """An article read already (the palette's Open file…): its index, appended if new."""
        index = self.add(article.source)
        self._articles[index] = article
        return index
