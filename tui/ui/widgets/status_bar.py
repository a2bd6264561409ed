"""The line under the text: what the cursor is on (``Vladimir Putin · 2/6``) and the legend."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.widget import Widget

from tui.core.analysis_kinds import KIND_TITLES, KINDS

LEGEND_TITLES = {**KIND_TITLES, "place": "Places"}


def legend_text(styles: dict[str, Style], hidden: set[str]) -> Text:
    """One chip per kind in its highlight colour; a hidden kind is shown struck through."""
    legend = Text(no_wrap=True, overflow="ellipsis", end="")
    for kind in KINDS:
        if legend:
            legend.append(" ")
        title = f" {LEGEND_TITLES[kind]} "
        if kind in hidden:
            legend.append(title, style=Style(strike=True, dim=True))
        else:
            legend.append(title, style=styles.get(kind, Style()))
    return legend


class Legend(Widget):
    """The kinds' colours, read from this widget's component classes each time it is drawn,
    so the legend follows the theme like the text does."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {f"legend--{kind}" for kind in KINDS}

    hidden: reactive[frozenset[str]] = reactive(frozenset())

    def render(self) -> Text:
        styles = {kind: self.get_component_rich_style(f"legend--{kind}", partial=True) for kind in KINDS}
        return legend_text(styles, set(self.hidden))

    def get_content_width(self, container, viewport) -> int:
        return legend_text({}, set()).cell_len


class StatusText(Widget):
    """One line of plain text; a change repaints it without a new layout (it changes on every
    cursor move)."""

    text: reactive[str] = reactive("", layout=False)

    def render(self) -> Text:
        return Text(self.text, no_wrap=True, overflow="ellipsis", end="")


class StatusBar(Horizontal):
    def compose(self) -> ComposeResult:
        yield StatusText(id="status")
        yield StatusText(id="page")
        yield Legend(id="legend")

    def set_status(self, status: str) -> None:
        self.query_one(StatusText).text = status

    @property
    def status(self) -> str:
        return self.query_one(StatusText).text

    def set_page(self, label: str) -> None:
        """``p. 12/40`` for paged documents, nothing otherwise."""
        page = self.query_one("#page", StatusText)
        page.text = label
        page.display = bool(label)

    def set_hidden_kinds(self, hidden: set[str]) -> None:
        self.query_one(Legend).hidden = frozenset(hidden)
