"""The Quotes tab: quotes grouped by speaker (most salient speaker first), one line each."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.core.article import Article
from tui.core.model import INDIRECT, Analysis
from tui.core.textsafe import one_line
from tui.ui.widgets.actors_panel import DEFAULT_WIDTH, truncate
from tui.ui.widgets.messages import ActorChosen, QuoteChosen

UNATTRIBUTED = "Unattributed"


def quote_option_id(index: int) -> str:
    return f"quote:{index}"


class QuotesPanel(OptionList):
    """Headers are speakers; each quote is shortened to one line, reported speech in plain marks."""

    TAB_ID: ClassVar[str] = "quotes"
    TAB_TITLE: ClassVar[str] = "Quotes"

    COMPONENT_CLASSES: ClassVar[set[str]] = {"quotes-panel--header", "quotes-panel--indirect",
                                              "quotes-panel--empty"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self._built_width = 0

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"quotes-panel--{name}", partial=True)

    def show(self, article: Article | None, analysis: Analysis | None) -> None:
        self.article, self.analysis = article, analysis
        self._rebuild()

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

    def on_mount(self) -> None:
        # Colours are baked into the prompts: rebuild them once a new theme's styles are in place.
        self.watch(self.app, "theme", lambda _: self.call_after_refresh(self._rebuild), init=False)

    def on_resize(self) -> None:
        if self.analysis is not None and self._width() != self._built_width:
            self._rebuild()

    def _width(self) -> int:
        # Room is kept for a vertical scrollbar, which may appear once the options are in.
        width = self.scrollable_content_region.width
        return width - (0 if self.show_vertical_scrollbar else self.styles.scrollbar_size_vertical) \
            if width else DEFAULT_WIDTH
