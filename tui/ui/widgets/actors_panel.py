"""The Actors tab: actors grouped by kind, most salient first, with where they are mentioned."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.core.model import KIND_TITLES, KINDS, Actor
from tui.core.navigation import density_strip
from tui.core.textsafe import one_line
from tui.ui.widgets.messages import ActorChosen
from tui.ui.widgets.panel import SidebarPanel

STRIP_CELLS = 16


def truncate(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells, with an ellipsis if anything was cut."""
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, max(width - 1, 0)).rstrip() + "…"


class ActorsPanel(SidebarPanel):
    """One option per actor: name and mention count, then a density strip and the aliases."""

    TAB_ID: ClassVar[str] = "actors"
    TAB_TITLE: ClassVar[str] = "Actors"
    STYLE_PREFIX: ClassVar[str] = "actors-panel"

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"actors-panel--{kind}" for kind in KINDS),
        "actors-panel--header",
        "actors-panel--count",
        "actors-panel--alias",
    }

    def _rebuild(self) -> None:
        highlighted = self.highlighted_option.id if self.highlighted_option is not None else None
        self._built_width = self._width()
        self.clear_options()
        analysis = self.analysis
        if self._waiting("alias"):
            return
        length = max(analysis.text_length, 1)
        width = max(self._built_width, STRIP_CELLS + 4)
        options: list[Option | None] = []
        for kind in KINDS:
            actors = analysis.actors_by_salience(kind)
            if not actors:
                continue
            options.append(Option(Text(f"{KIND_TITLES[kind]} ({len(actors)})", style=self._style("header"),
                                       no_wrap=True, overflow="ellipsis"), id=f"kind:{kind}", disabled=True))
            for actor in actors:
                options.append(Option(self._prompt(actor, length, width), id=actor.id))
        if not options:
            options.append(Option(Text("No actors found", style=self._style("alias")), disabled=True))
        self.add_options(options)
        if highlighted is not None:
            self.follow(highlighted, None)

    def _prompt(self, actor: Actor, length: int, width: int) -> Text:
        """Two lines cut to ``width``: name and count, then the strip and the aliases."""
        stops = actor.counted_mentions
        count = str(actor.mention_count)
        label = one_line(actor.name) + (" (corrected)" if actor.corrected else "")
        name = truncate(label, width - len(count) - 1)
        prompt = Text(end="")
        prompt.append(name)
        prompt.append(" " * (width - cell_len(name) - len(count)) + count, style=self._style("count"))
        prompt.append("\n")
        prompt.append(density_strip([m.start for m in stops], length, STRIP_CELLS),
                      style=self._style(actor.kind))
        aliases = [one_line(a) for a in actor.aliases if a != actor.name]
        if aliases:
            prompt.append(" " + truncate(", ".join(aliases), width - STRIP_CELLS - 1), style=self._style("alias"))
        return prompt

    def follow(self, actor_id: str | None, quote_index: int | None) -> None:
        if actor_id is None:
            return
        try:
            index = self.get_option_index(actor_id)
        except Exception:  # an actor hidden from the list: nothing to follow
            return
        if self.highlighted != index:
            self.highlighted = index

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id and not event.option_id.startswith("kind:"):
            self.post_message(ActorChosen(event.option_id))
