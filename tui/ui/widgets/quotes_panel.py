"""The Quotes tab: quotes grouped by speaker (most salient speaker first), one line each, marked
by sort (verbatim “…”, reported ~, mixed ≈, evidence ▤, beliefs ?) and filtered by sort (``f``)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.core.reading.quote_kinds import FILTERS, SORT_MARKS, SORTS, VERBATIM, sort_of
from tui.core.reading.speaker_names import UNATTRIBUTED, UNNAMED_SOURCES, description
from tui.core.textsafe import one_line
from tui.ui import bindings
from tui.ui.widgets.actors_panel import truncate
from tui.ui.widgets.panel import SidebarPanel
from tui.ui.widgets.messages import QuoteChosen

def quote_option_id(index: int) -> str:
    return f"quote:{index}"


class QuotesPanel(SidebarPanel):
    """Headers are speakers; each quote is shortened to one line, reported speech in plain marks."""

    TAB_ID: ClassVar[str] = "quotes"
    TAB_TITLE: ClassVar[str] = "Quotes"
    STYLE_PREFIX: ClassVar[str] = "quotes-panel"

    COMPONENT_CLASSES: ClassVar[set[str]] = {"quotes-panel--header", "quotes-panel--indirect",
                                              "quotes-panel--empty"}

    BINDINGS = bindings.QUOTES_PANEL

    filter_index = 0  # which of FILTERS is shown: all quotes first

    @property
    def hidden_sorts(self) -> frozenset[str]:
        return FILTERS[self.filter_index][1]

    def action_cycle_filter(self) -> None:
        """Show the next filter's quotes: all, what was said, verbatim only, evidence, beliefs."""
        self.filter_index = (self.filter_index + 1) % len(FILTERS)
        self._rebuild()

    def groups(self) -> list[tuple[str, list[int]]]:
        """(speaker name, quote indexes) in the order shown: speakers by salience, then the unattributed."""
        analysis = self.analysis
        if analysis is None:
            return []
        out = []
        shown = [i for i, q in enumerate(analysis.quotes) if sort_of(q) not in self.hidden_sorts]
        by_speaker: dict[str | None, list[int]] = {}  # one pass: a long text has thousands of each
        for i in shown:
            by_speaker.setdefault(analysis.quotes[i].speaker, []).append(i)
        for actor in analysis.actors_by_salience():
            indexes = by_speaker.get(actor.id)
            if indexes:
                out.append((actor.name, indexes))
        known = {a.id for a in analysis.actors}
        rest = [i for i in shown if analysis.quotes[i].speaker not in known]
        described = [i for i in rest if description(analysis.quotes[i])]
        if described:
            out.append((UNNAMED_SOURCES, described))
        described_set = set(described)
        rest = [i for i in rest if i not in described_set]
        if rest:
            out.append((UNATTRIBUTED, rest))
        return out

    _full: str | None = None  # the option shown whole
    _described: frozenset[int] = frozenset()  # quotes of unnamed sources, as last built

    def _rebuild(self) -> None:
        self._full = None
        highlighted = self.highlighted_option.id if self.highlighted_option is not None else None
        self._built_width = width = self._width()
        self.clear_options()
        if self._waiting("empty"):
            return
        options: list[Option] = [Option(Text(truncate(self.summary(), width), style=self._style("empty")),
                                            id="filter", disabled=True)]
        groups = self.groups()
        self._described = frozenset(i for name, indexes in groups if name == UNNAMED_SOURCES for i in indexes)
        for speaker, indexes in groups:
            options.append(Option(Text(truncate(f"{one_line(speaker)} ({len(indexes)})", width),
                                       style=self._style("header")), id=f"speaker:{len(options)}",
                                  disabled=True))
            for index in indexes:
                prompt = self._prompt(index, speaker == UNNAMED_SOURCES, full=False)
                options.append(Option(prompt, id=quote_option_id(index)))
        if len(options) == 1:
            found = "Quotes are read once every name is found…" if self.provisional else "No quotes found"
            options.append(Option(Text(found, style=self._style("empty")), disabled=True))
        self.add_options(options)
        if highlighted is not None and highlighted.startswith("quote:"):
            self.follow(None, int(highlighted.split(":")[1]))

    def _prompt(self, index: int, described: bool, full: bool) -> Text:
        """One line cut to the panel's width, or (``full``: the highlighted quote) the whole
        quote, which the option list wraps."""
        quote = self.analysis.quotes[index]
        width = self._built_width
        line = one_line(quote.text)
        if described:
            line = f"{one_line(description(quote), 30)}: {line}"
        if quote.corrected:  # the speaker was set or cleared by the reader
            line = f"{line} (corrected)" if full or len(line) < width - 16 else f"(corrected) {line}"
        sort = sort_of(quote)
        text = f"  “{line}”" if sort == VERBATIM else f"  {SORT_MARKS[sort]} {line}"
        style = "" if sort == VERBATIM else self._style("indirect")
        return Text(text if full else truncate(text, width), style=style)

    def summary(self) -> str:
        """The first line: what the filter shows, with the count of each sort (``f`` filters)."""
        quotes = self.analysis.quotes if self.analysis else []
        counts = {sort: sum(1 for q in quotes if sort_of(q) == sort) for sort in SORTS}
        parts = [f"{SORT_MARKS[sort]} {counts[sort]}" for sort in SORTS
                 if counts[sort] and sort not in self.hidden_sorts]
        name = FILTERS[self.filter_index][0]
        return f"{name}: " + (" ".join(parts) if parts else "none") + " — f filters"

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """The highlighted quote is shown whole; the one before goes back to one line."""
        if self.analysis is None:
            return
        described = self._described
        for option_id, full in ((self._full, False), (event.option_id, True)):
            if option_id and option_id.startswith("quote:"):
                index = int(option_id.split(":")[1])
                if index < len(self.analysis.quotes):
                    self.replace_option_prompt(option_id, self._prompt(index, index in described, full))
        self._full = event.option_id

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

