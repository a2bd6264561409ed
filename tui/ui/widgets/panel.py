"""What the sidebar's panels share: an option list rebuilt from the current article when it,
the theme or the panel's width changes."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.core.article import Article

if TYPE_CHECKING:
    from tui.core.model import Analysis
    from tui.core.placements import Placements

DEFAULT_WIDTH = 40  # before the panel has a size


class SidebarPanel(OptionList):
    TAB_ID: ClassVar[str]
    TAB_TITLE: ClassVar[str]
    STYLE_PREFIX: ClassVar[str]  # its component classes are STYLE_PREFIX--name

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self.provisional = False  # the analysis of a long text so far: no quotes yet
        self._built_width = 0

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"{self.STYLE_PREFIX}--{name}", partial=True)

    def show(self, article: Article | None, analysis: Analysis | None) -> None:
        self.article, self.analysis = article, analysis
        if analysis is not None and not self.size.width and self._about_to_show():
            # Not laid out yet (the sidebar was loading) but about to be: built once, at its real
            # width, on the first resize, not also at a guessed one (0.5 s on a long text's analysis).
            self._built_width = -1
            return
        self._rebuild()

    def _about_to_show(self) -> bool:
        return all(node.display for node in self.ancestors_with_self if node is not self.screen and node is not self.app)

    def _rebuild(self) -> None:
        raise NotImplementedError

    def _waiting(self, style: str) -> bool:
        """Without an analysis yet: one disabled line saying why, and True."""
        if self.analysis is not None:
            return False
        self.add_option(Option(Text("Analysing…" if self.article else "No article",
                                    style=self._style(style)), disabled=True))
        return True

    class Mounted(Message):
        """Posted to the sidebar, which hands the new panel what it shows."""

        def __init__(self, panel: "SidebarPanel") -> None:
            super().__init__()
            self.panel = panel

    def show_annotations(self, placements: Placements, corrections: Placements,
                         tag_colours: dict[str, str]) -> None:
        """The article's annotations (the Annotations tab lists them; other panels ignore them)."""

    def follow_annotation(self, annotation_id: str) -> None:
        """The annotation cursor moved onto ``annotation_id``."""

    def on_mount(self) -> None:
        # Colours are baked into the prompts: rebuild them once a new theme's styles are in place.
        self.watch(self.app, "theme", lambda _: self.call_after_refresh(self._rebuild), init=False)
        self.post_message(self.Mounted(self))

    def on_resize(self) -> None:
        if self.article is not None and self._width() != self._built_width:
            self._rebuild()
            if self.has_focus:  # focused before its rows came (the tabs arrive after the first frame)
                self.light_first_row()

    def light_first_row(self) -> None:
        """Where the list's cursor is: on the first row if on none."""
        if self.highlighted is None and self.option_count:
            self.action_first()

    def _width(self) -> int:
        # Room is kept for a vertical scrollbar, which may appear once the options are in.
        width = self.scrollable_content_region.width
        return width - (0 if self.show_vertical_scrollbar else self.styles.scrollbar_size_vertical) \
            if width else DEFAULT_WIDTH
