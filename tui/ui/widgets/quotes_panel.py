"""The Quotes tab: quotes grouped by speaker (most salient speaker first), one line each."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.core.model import INDIRECT
from tui.core.textsafe import one_line
from tui.ui.widgets.actors_panel import truncate
from tui.ui.widgets.panel import SidebarPanel
from tui.ui.widgets.messages import QuoteChosen

UNATTRIBUTED = "Unattributed"


def quote_option_id(index: int) -> str:
    return f"quote:{index}"


class QuotesPanel(SidebarPanel):
    """Headers are speakers; each quote is shortened to one line, reported speech in plain marks."""

    TAB_ID: ClassVar[str] = "quotes"
    TAB_TITLE: ClassVar[str] = "Quotes"
    STYLE_PREFIX: ClassVar[str] = "quotes-panel"

    COMPONENT_CLASSES: ClassVar[set[str]] = {"quotes-panel--header", "quotes-panel--indirect",
                                              "quotes-panel--empty"}

    def groups(self) -> list[tuple[str, list[int]]]:
        """(speaker name, quote indexes) in the order shown: speakers by salience, then the unattributed."""
        analysis = self.analysis
        if analysis is None:
            return []
        out = []
        for actor in analysis.actors_by_salience():
            indexes = [i for i, q in enumerate(analysis.quotes) if q.speaker == actor.id]
            if indexes:
                out.append((actor.name, indexes))
        known = {a.id for a in analysis.actors}
        rest = [i for i, q in enumerate(analysis.quotes) if q.speaker not in known]
        if rest:
            out.append((UNATTRIBUTED, rest))
        return out

    def _rebuild(self) -> None:
        highlighted = self.highlighted_option.id if self.highlighted_option is not None else None
        self._built_width = width = self._width()
        self.clear_options()
        analysis = self.analysis
        if analysis is None:
            self.add_option(Option(Text("Analysing…" if self.article else "No article",
                                        style=self._style("empty")), disabled=True))
            return
        options: list[Option] = []
        for speaker, indexes in self.groups():
            options.append(Option(Text(truncate(f"{one_line(speaker)} ({len(indexes)})", width),
                                       style=self._style("header")), id=f"speaker:{len(options)}",
                                  disabled=True))
            for index in indexes:
                quote = analysis.quotes[index]
                line = one_line(quote.text)
                if quote.corrected:  # the speaker was set or cleared by the reader
                    line = f"{line} (corrected)" if len(line) < width - 16 else f"(corrected) {line}"
                if quote.kind == INDIRECT:
                    prompt = Text(truncate(f"  ~ {line}", width), style=self._style("indirect"))
                else:
                    prompt = Text(truncate(f"  “{line}”", width))
                options.append(Option(prompt, id=quote_option_id(index)))
        if not options:
            options.append(Option(Text("No quotes found", style=self._style("empty")), disabled=True))
        self.add_options(options)
        if highlighted is not None and highlighted.startswith("quote:"):
            self.follow(None, int(highlighted.split(":")[1]))

    def follow(self, actor_id: str | None, quote_index: int | None) -> None:
        if quote_index is None:
            return
        try:
            index = self.get_option_index(quote_option_id(quote_index))
        except Exception:
            return
        if self.highlighted != index:
            self.highlighted = index

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id and event.option_id.startswith("quote:"):
            self.post_message(QuoteChosen(int(event.option_id.split(":")[1])))

