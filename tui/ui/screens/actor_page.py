"""The actor page (``A``): an actor across the library — every mention and quote, grouped by
article with dates, each one jump away (enter opens the article with the cursor on it), and a
sparkline of mentions over time.

Appearances come one page of articles at a time from a thread worker (``LibraryAccess``).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import OptionList, Sparkline, Static
from textual.widgets.option_list import Option

from tui.core.library_filter import chart_period, snippet, source_label
from tui.core.model import KIND_TITLES
from tui.core.textsafe import one_line
from tui.services.library_service import LibraryService
from tui.storage.library_records import PAGE, Appearance, LibraryActor
from tui.ui import bindings
from tui.ui.screens.library_io import LibraryAccess, LibraryUnavailable, Opened
from tui.ui.widgets.key_footer import KeyFooter

MORE_AHEAD = 15
FIRST = 12  # articles listed at first: a screenful or two (a busy actor's 50 make 600 rows to build)


def chart_caption(series: list[tuple[str, int]], period: str) -> str:
    if not series:
        return "No named mentions yet"
    peak_label, peak = max(series, key=lambda p: p[1])
    return (f"{series[0][0]} … {series[-1][0]} · named mentions per {period} · "
            f"peak {peak} in {peak_label} · {sum(n for _, n in series)} in all")


class ActorPage(Screen[Opened | None]):
    BINDINGS: ClassVar[list[BindingType]] = bindings.ACTOR_PAGE

    def __init__(self, access: LibraryAccess, identity: int) -> None:
        super().__init__()
        self.access = access
        self.identity = identity
        self.actor: LibraryActor | None = None
        self.appearances: list[Appearance] = []
        self.targets: dict[str, tuple[Appearance, tuple[int, int], bool]] = {}
        self.more = False
        self._asking = False
        self.series: list[tuple[str, int]] | None = None  # the chart's (period, mentions), once counted

    def compose(self) -> ComposeResult:
        with Vertical(id="actor-head"):
            yield Static("", id="actor-name")
            with Horizontal(id="actor-chart-row"):
                yield Sparkline([], id="actor-chart")
            yield Static("Counting mentions over time…", id="actor-chart-caption")
        yield OptionList(id="actor-appearances")
        yield KeyFooter()

    @property
    def options(self) -> OptionList:
        return self.query_one(OptionList)

    def on_mount(self) -> None:
        self.options.focus()
        self.run_worker(self._first, thread=True, group="actor-load", exit_on_error=False)

    def _call(self, query):
        try:
            return self.access.call(query)
        except LibraryUnavailable as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error", markup=False)
            return None

    def _first(self) -> None:
        """The actor and its first articles, then the chart (counting every mention across a
        large library takes longer than a page of them: the list is not kept waiting)."""
        def query(library: LibraryService):
            actor = library.actor(self.identity)
            return None if actor is None else (actor, self._page(library, 0, FIRST))
        answer = self._call(query)
        if answer is None:
            return
        self.app.call_from_thread(self._show_first, *answer)

        def chart(library: LibraryService):
            monthly = library.mentions_over_time(self.identity, "month")
            period = chart_period(monthly[0][0], monthly[-1][0]) if monthly else "month"
            return (monthly if period == "month" else library.mentions_over_time(self.identity, period)), period
        drawn = self._call(chart)
        if drawn is not None:
            self.app.call_from_thread(self._show_chart, *drawn)

    def _page(self, library: LibraryService, offset: int,
              limit: int = PAGE) -> list[tuple[Appearance, str | None]]:
        """A page of appearances with the text each was recorded with (for the snippets)."""
        return [(seen, library.store.text_of(seen.entry.source))
                for seen in library.appearances(self.identity, limit=limit, offset=offset)]

    def _show_chart(self, series: list[tuple[str, int]], period: str) -> None:
        self.series = series
        self.query_one(Sparkline).data = [n for _, n in series] or [0]
        self.query_one("#actor-chart-caption", Static).update(Text(chart_caption(series, period)))

    def _show_first(self, actor: LibraryActor, page) -> None:
        self.actor = actor
        kind = KIND_TITLES.get(actor.kind, actor.kind)
        head = Text(one_line(actor.name, 60), style="bold")
        head.append(f"  {kind} · {actor.mentions} named mentions in {actor.articles} "
                    f"article{'s' if actor.articles != 1 else ''}", style="")
        others = [a for a in actor.aliases if a != actor.name]
        if others:
            head.append(" · also " + ", ".join(one_line(a, 30) for a in others[:6]))
        self.query_one("#actor-name", Static).update(head)
        self._add(page, FIRST)

    def _add(self, page: list[tuple[Appearance, str | None]], asked: int = PAGE) -> None:
        self.more = len(page) == asked
        options: list[Option | None] = []
        for seen, text in page:
            number = len(self.appearances)
            self.appearances.append(seen)
            entry = seen.entry
            named = [m for m in seen.mentions if not m.get("inferred")]
            header = Text(f"{entry.date}  ", style="bold")
            header.append(one_line(entry.title, 70), style="bold")
            header.append(f"  {one_line(source_label(entry.location), 30)} · {len(named)} mentions · "
                          f"{len(seen.quotes)} quotes", style="dim")
            options.append(Option(header, id=f"a{number}", disabled=True))
            for i, mention in enumerate(seen.mentions):
                span = (mention["start"], mention["end"])
                line = Text("  ")
                line.append(one_line(mention["text"], 40), style="bold")
                line.append("  " + snippet(text, *span, width=80))
                if mention.get("inferred"):
                    line.append("  (pronoun)", style="dim")
                self.targets[f"a{number}m{i}"] = (seen, span, False)
                options.append(Option(line, id=f"a{number}m{i}"))
            for i, quote in enumerate(seen.quotes):
                line = Text("  said  ", style="italic")
                line.append(f"“{one_line(quote['text'], 100)}”")
                self.targets[f"a{number}q{i}"] = (seen, (quote["start"], quote["end"]), True)
                options.append(Option(line, id=f"a{number}q{i}"))
        self.options.add_options(options)
        if self.options.highlighted is None and self.targets:
            self.options.action_first()

    @on(OptionList.OptionHighlighted)
    def _near_the_end(self, event: OptionList.OptionHighlighted) -> None:
        if self.more and not self._asking and event.option_index >= self.options.option_count - MORE_AHEAD:
            self._asking = True
            offset = len(self.appearances)

            def more() -> None:
                page = self._call(lambda library: self._page(library, offset))
                self.app.call_from_thread(self._show_more, page or [])
            self.run_worker(more, thread=True, group="actor-more", exit_on_error=False)

    def _show_more(self, page) -> None:
        self._asking = False
        self._add(page)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.action_open()

    def action_open(self) -> None:
        index = self.options.highlighted
        option = self.options.get_option_at_index(index) if index is not None else None
        target = self.targets.get(option.id or "") if option is not None else None
        if target is None:
            self.app.bell()
            return
        seen, span, quote = target

        def open_it() -> None:
            def query(library: LibraryService) -> Opened:
                article, problem = library.open_entry(seen.entry)
                return Opened(article, None, problem, span=span, quote=quote)
            opened = self._call(query)
            if opened is not None:
                self.app.call_from_thread(self.dismiss, opened)
        self.run_worker(open_it, thread=True, group="actor-open", exit_on_error=False)

    def action_close(self) -> None:
        self.dismiss(None)
