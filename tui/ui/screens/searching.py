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
    def bar(self) -> SearchBar:
        return self.reader.query_one(SearchBar)

    def open(self, direction: int) -> None:
        self.direction = direction
        bar = self.bar
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
        self.bar.display = False
        self.reader.view.focus()
