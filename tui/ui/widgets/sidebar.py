"""The sidebar: tabs of panels about the open article (Actors, Quotes, Annotations).

Each panel is a ``tui.ui.widgets.panel.SidebarPanel`` with a ``TAB_ID``, a ``TAB_TITLE`` and
two methods, ``show`` (a new article or analysis) and ``follow`` (the reader's cursor moved). A
new tab is one more ``"module:Class"`` name in ``PANELS`` (or a class in
``Sidebar(panels=...)``); nothing else here needs to change.

The tabs are imported and mounted after the sidebar's first frame: the article's text shows
first, and the panels (some forty widgets to style) follow. Until then the sidebar keeps what
it was asked to show and follow, and hands it to each panel as it arrives; a Tab pressed
meanwhile focuses the list once it is there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Iterable

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical

from tui.core.article import Article
from tui.core.placements import Placements
from tui.ui import bindings
from tui.ui.styles import read_later
from tui.ui.widgets.later import widget_class
from tui.ui.widgets.messages import ActorChosen, QuoteChosen
from tui.ui.widgets.panel import SidebarPanel

if TYPE_CHECKING:
    from tui.core.model import Analysis


PANELS = ("tui.ui.widgets.actors_panel:ActorsPanel", "tui.ui.widgets.quotes_panel:QuotesPanel",
          "tui.ui.widgets.annotations_panel:AnnotationsPanel")


class Sidebar(Vertical):
    """Tabs of panels; a panel's choice is posted as ``ActorChosen`` / ``QuoteChosen``."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.SIDEBAR

    ActorChosen = ActorChosen
    QuoteChosen = QuoteChosen

    def __init__(self, panels: Iterable[type[SidebarPanel]] | None = None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._given = None if panels is None else list(panels)
        self.panel_classes: list[type[SidebarPanel]] = []  # known once the tabs are composed
        self._ready: dict[str, SidebarPanel] = {}  # TAB_ID -> a panel mounted and handed the state
        self._shown: tuple[Article | None, Analysis | None, bool] = (None, None, False)
        self._followed: tuple[str | None, int | None] = (None, None)
        self._annotations: tuple[Placements, Placements, dict[str, str]] = (Placements(), Placements(), {})
        self._annotation_followed: str | None = None
        self._busy = False
        self._focus_wanted = False  # Tab was pressed before the lists were there

    def compose(self) -> ComposeResult:
        if not self.panel_classes:
            return
        from textual.widgets import TabbedContent, TabPane

        with TabbedContent(id="sidebar-tabs", initial=self.panel_classes[0].TAB_ID):
            for panel in self.panel_classes:
                with TabPane(panel.TAB_TITLE, id=panel.TAB_ID):
                    yield panel(id=f"{panel.TAB_ID}-panel")

    def on_mount(self) -> None:
        self.call_after_refresh(self._furnish)

    async def _furnish(self) -> None:
        read_later(self.app)  # the lists' rules (sidebar.tcss)
        self.panel_classes = self._given if self._given is not None else [widget_class(name) for name in PANELS]
        await self.recompose()
        self.loading = self._busy

    def on_sidebar_panel_mounted(self, message: SidebarPanel.Mounted) -> None:
        """A panel arrived: it shows what the sidebar was last asked to show."""
        message.stop()
        panel = message.panel
        article, analysis, provisional = self._shown
        panel.provisional = provisional
        panel.show(article, analysis)
        panel.follow(*self._followed)
        panel.show_annotations(*self._annotations)
        if self._annotation_followed is not None:
            panel.follow_annotation(self._annotation_followed)
        self._ready[panel.TAB_ID] = panel
        if self._focus_wanted and panel.TAB_ID == self.active_tab:
            self._focus_wanted = False
            self.focus_panel()

    @property
    def panels(self) -> list[SidebarPanel]:
        """The panels that are there (none before the first frame), in tab order."""
        return [self._ready[panel.TAB_ID] for panel in self.panel_classes if panel.TAB_ID in self._ready]

    def panel(self, tab_id: str) -> SidebarPanel:
        return self.query_one(f"#{tab_id}-panel", SidebarPanel)

    def show(self, article: Article | None, analysis: Analysis | None, provisional: bool = False) -> None:
        """``provisional``: a long text's names so far, its quotes still to come."""
        self._shown = (article, analysis, provisional)
        for panel in self.panels:
            panel.provisional = provisional
            panel.show(article, analysis)

    def follow(self, actor_id: str | None, quote_index: int | None) -> None:
        self._followed = (actor_id, quote_index)
        for panel in self.panels:
            panel.follow(actor_id, quote_index)

    def show_annotations(self, placements: Placements, corrections: Placements,
                         tag_colours: dict[str, str]) -> None:
        self._annotations = (placements, corrections, tag_colours)
        for panel in self.panels:
            panel.show_annotations(placements, corrections, tag_colours)

    def follow_annotation(self, annotation_id: str) -> None:
        self._annotation_followed = annotation_id
        for panel in self.panels:
            panel.follow_annotation(annotation_id)

    def busy(self, flag: bool) -> None:
        """The loading indicator while the article is analysed (once the tabs are there)."""
        self._busy = flag
        if self.panel_classes:
            self.loading = flag

    @property
    def active_tab(self) -> str:
        """The shown tab's id ("" before the tabs are composed)."""
        if not self.panel_classes:
            return ""
        return self.query_one("#sidebar-tabs").active or self.panel_classes[0].TAB_ID

    def activate(self, tab_id: str) -> None:
        if self.panel_classes:
            self.query_one("#sidebar-tabs").active = tab_id

    def focus_panel(self) -> None:
        """Focus the active tab's list, with a row highlighted (the first one, if none was)."""
        panel = self._ready.get(self.active_tab)
        if panel is None:
            self._focus_wanted = True  # the list gets the focus when it arrives
            return
        panel.focus()
        panel.light_first_row()

    def action_in_list(self, action: str) -> None:
        """A list key, whether the focus is on the list or on the tabs above it."""
        panel = self._ready.get(self.active_tab)
        if panel is None:
            return
        if not panel.has_focus:
            self.focus_panel()
        getattr(panel, f"action_{action}")()

    def action_back_to_text(self) -> None:
        self.screen.action_switch_focus()

    def action_tab(self, step: int) -> None:
        if not self.panels:
            return
        ids = [panel.TAB_ID for panel in self.panel_classes]
        current = ids.index(self.active_tab) if self.active_tab in ids else 0
        self.activate(ids[(current + step) % len(ids)])
        self.focus_panel()
