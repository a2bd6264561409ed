"""The search field that ``/`` opens under the text."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.message import Message
from textual.widgets import Input

from tui.ui import bindings


class SearchBar(Input):
    BINDINGS: ClassVar[list[BindingType]] = bindings.SEARCH_FIELD

    class Closed(Message):
        pass

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Search the text (Enter: the first match on screen or after, n/N: next/previous)",
                         id=id)

    def action_close(self) -> None:
        self.post_message(self.Closed())
