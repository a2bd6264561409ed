"""The search bar under the text: ``/`` and ``?`` open it, each keystroke highlights the matches,
Enter goes to the first match on screen or after it (before it, for ``?``), Esc closes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.ui.widgets.search_bar import SearchBar

if TYPE_CHECKING:
    from tui.ui.screens.reader import ReaderScreen


class Searching:
    def __init__(self, reader: "ReaderScreen") -> None:
        self.reader = reader
        self.direction = 1  # of the key that opened the bar: where Enter looks first

    @property
    def bar(self) -> SearchBar | None:
        """The bar, once a search has opened it (the first frame does not wait for it)."""
        found = self.reader.query(SearchBar)
        return found.first() if found else None

    def open(self, direction: int) -> None:
        self.direction = direction
        bar = self.bar
        if bar is None:
            bar = SearchBar(id="search")
            self.reader.view.parent.mount(bar, after=self.reader.view)
        bar.display = True
        bar.value = self.reader.view.query
        bar.focus()

    def submitted(self, query: str) -> None:
        self.close()
        view = self.reader.view
        if view.search(query):
            view.move("match", self.direction, from_screen=True)
        elif query:
            self.reader.notify("No match", severity="warning", timeout=2, markup=False)

    def close(self) -> None:
        if (bar := self.bar) is not None:
            bar.display = False
        self.reader.view.focus()
