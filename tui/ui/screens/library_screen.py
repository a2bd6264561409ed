"""The library screen (``L``): every article kept, newest first, filtered as the user types.

Rows come one page at a time (keyset paging: the next page starts after the last row shown)
and every query runs in a thread worker through ``LibraryAccess``, so typing never waits on
the database. The filter's syntax is ``tui.core.library_filter``'s: words of the title or
text, ``@name`` for the articles mentioning an actor, ``@@name`` for those quoting it.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Callable, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.suggester import Suggester
from textual.widgets import DataTable, Input, Static

from tui.core.library_filter import LibraryFilter, parse_filter, source_label, with_actor
from tui.core.textsafe import one_line
from tui.services.library_service import LibraryService
from tui.storage.library_records import PAGE, LibraryEntry
from tui.ui import bindings
from tui.ui.screens.library_io import LibraryAccess, LibraryUnavailable, Opened
from tui.ui.widgets.key_footer import KeyFooter

COLUMNS = ("Date", "Source", "Title", "Actors", "Quotes", "Notes", "Last read")
MORE_AHEAD = 10  # rows from the end at which the next page is asked for


def last_read(when: float | None) -> str:
    return datetime.fromtimestamp(when).strftime("%Y-%m-%d %H:%M") if when else "never"


def row_of(entry: LibraryEntry) -> list[Text]:
    """One row, every cell literal text (titles come from pages and files)."""
    right = "right"
    return [Text(entry.date or ""), Text(one_line(source_label(entry.location), 24)),
            Text(one_line(entry.title, 60)), Text(str(entry.actors), justify=right),
            Text(str(entry.quotes), justify=right), Text(str(entry.annotations), justify=right),
            Text(last_read(entry.last_read))]


def actor_ids(library: LibraryService, name: str) -> list[int]:
    """The actors a filter's name means: those known by exactly that name, else those whose
    name starts so (what the user is still typing)."""
    found = library.find_actors(name) or library.actors_named_like(name, 10)
    return [a.id for a in found]


class ActorSuggester(Suggester):
    """Completes the actor's name of an ``@`` filter from the library (→ accepts)."""

    def __init__(self, access: LibraryAccess) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.access = access

    async def get_suggestion(self, value: str) -> str | None:
        wanted = parse_filter(value)
        if not wanted.actor or wanted.text or "," in value:
            return None
        try:
            found = await asyncio.to_thread(self.access.call,
                                            lambda lib: lib.actors_named_like(wanted.actor, 1))
        except LibraryUnavailable:
            return None
        if not found or not found[0].name.casefold().startswith(wanted.actor.casefold()):
            return None
        completed = with_actor(value, found[0].name)
        return value + completed[len(value):] if len(completed) > len(value) else None


class LibraryScreen(Screen[Opened | None]):
    BINDINGS: ClassVar[list[BindingType]] = bindings.LIBRARY_SCREEN

    def __init__(self, access: LibraryAccess, open_actor: Callable[[int], object] | None = None) -> None:
        super().__init__()
        self.access = access
        self.open_actor = open_actor  # shows the actor page over this screen
        self.entries: list[LibraryEntry] = []
        self.total = 0
        self.more = False
        self.actors: list[int] = []
        self._token = 0
        self._asking_more = False
        self.answers = 0  # first pages shown so far (a filter's answer arrived)

    def compose(self) -> ComposeResult:
        yield Static("Library", id="library-title")
        yield Input(placeholder="Filter: words of the title or text · @name mentions an actor · "
                                "@@name quotes it · a comma, then words", id="library-filter",
                    suggester=ActorSuggester(self.access))
        yield Static("", id="library-summary")
        table: DataTable = DataTable(id="library-table", cursor_type="row", zebra_stripes=True)
        table.add_columns(*COLUMNS)
        yield table
        yield KeyFooter()

    @property
    def table(self) -> DataTable:
        return self.query_one(DataTable)

    @property
    def filter_text(self) -> str:
        return self.query_one(Input).value

    def on_mount(self) -> None:
        self.load()
        self.query_one(Input).focus()  # typing filters at once

    # ------------------------------------------------------------------ loading

    def load(self) -> None:
        """The first page for the filter as it is now (an older answer is dropped)."""
        self._token += 1
        token, wanted = self._token, parse_filter(self.filter_text)
        self.run_worker(lambda: self._first_page(token, wanted), thread=True, group="library-load",
                        exit_on_error=False)

    def _first_page(self, token: int, wanted: LibraryFilter) -> None:
        def query(library: LibraryService):
            actors = actor_ids(library, wanted.actor) if wanted.actor else []
            if wanted.actor and not actors:
                return actors, 0, []
            kwargs = dict(text=wanted.text, actor=actors or None, quoted=wanted.quoted)
            return actors, library.count(**kwargs), library.articles(**kwargs, limit=PAGE)
        self._answer(token, query, self._show_first)

    def _answer(self, token: int, query, show) -> None:
        try:
            result = self.access.call(query)
        except LibraryUnavailable as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error", markup=False)
            return
        if token == self._token:
            self.app.call_from_thread(show, token, result)

    def _show_first(self, token: int, result) -> None:
        if token != self._token:
            return
        self.actors, self.total, entries = result
        self.answers += 1
        self.entries = []
        self.table.clear()
        self._add(entries)
        wanted = parse_filter(self.filter_text)
        if wanted.actor and not self.actors:
            summary = f"No actor in the library is called “{one_line(wanted.actor, 40)}”"
        else:
            summary = f"{self.total} article{'s' if self.total != 1 else ''}"
            if wanted.actor:
                summary += f" {'quoting' if wanted.quoted else 'mentioning'} “{one_line(wanted.actor, 40)}”"
            if wanted.text:
                summary += f" with “{one_line(wanted.text, 40)}”"
            if self.total:
                summary += " — enter opens, d removes" + (", A shows the actor" if self.actors else "")
        self.query_one("#library-summary", Static).update(Text(summary))

    def _add(self, entries: list[LibraryEntry]) -> None:
        self.entries.extend(entries)
        self.more = len(self.entries) < self.total and len(entries) == PAGE
        for entry in entries:
            self.table.add_row(*row_of(entry), key=str(entry.id))

    @on(DataTable.RowHighlighted)
    def _near_the_end(self, event: DataTable.RowHighlighted) -> None:
        if self.more and not self._asking_more and event.cursor_row >= len(self.entries) - MORE_AHEAD:
            self._asking_more = True
            token, wanted, after, actors = self._token, parse_filter(self.filter_text), self.entries[-1], self.actors
            query = lambda lib: lib.articles(text=wanted.text, actor=actors or None, quoted=wanted.quoted,  # noqa: E731
                                             limit=PAGE, after=after)
            self.run_worker(lambda: self._answer(token, query, self._show_more), thread=True,
                            group="library-more", exit_on_error=False)

    def _show_more(self, token: int, entries: list[LibraryEntry]) -> None:
        self._asking_more = False
        if token == self._token:
            self._add(entries)

    @on(DataTable.RowSelected)
    def _row_chosen(self) -> None:
        self.action_open()  # the table takes enter itself

    @on(Input.Changed, "#library-filter")
    def _filter_changed(self) -> None:
        self._asking_more = False
        self.load()

    @on(Input.Submitted, "#library-filter")
    def _filter_submitted(self) -> None:
        self.table.focus()

    # ------------------------------------------------------------------ actions

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        in_filter = self.query_one(Input).has_focus
        if action in ("open", "remove"):
            return not in_filter  # typed into the filter; enter submits it
        if action == "rows":
            return in_filter
        return True

    @property
    def highlighted(self) -> LibraryEntry | None:
        row = self.table.cursor_row
        return self.entries[row] if self.entries and 0 <= row < len(self.entries) else None

    def action_open(self) -> None:
        entry = self.highlighted
        if entry is None:
            self.app.bell()
            return

        def open_it() -> None:
            def query(library: LibraryService) -> Opened:
                article, problem = library.open_entry(entry)
                return Opened(article, library.reading_position(article), problem)
            try:
                opened = self.access.call(query)
            except LibraryUnavailable as exc:
                self.app.call_from_thread(self.notify, str(exc), title="Cannot open", severity="error",
                                          markup=False)
                return
            self.app.call_from_thread(self.dismiss, opened)
        self.run_worker(open_it, thread=True, group="library-open", exit_on_error=False)

    def action_remove(self) -> None:
        entry = self.highlighted
        if entry is None:
            self.app.bell()
            return

        def remove_it() -> None:
            try:
                removed = self.access.call(lambda library: library.remove(entry.source))
            except LibraryUnavailable as exc:
                self.app.call_from_thread(self.notify, str(exc), severity="error", markup=False)
                return
            kept = removed.annotations_kept if removed else 0
            said = (f"Removed “{one_line(entry.title, 50)}” from the library"
                    + (f"; its {kept} annotation{'s are' if kept != 1 else ' is'} kept (orphaned: they "
                       "come back if the article is opened again)" if kept else ""))
            self.app.call_from_thread(self.notify, said, markup=False, timeout=6)
            self.app.call_from_thread(self.load)
        self.run_worker(remove_it, thread=True, group="library-remove", exit_on_error=False)

    def action_actor_page(self) -> None:
        name = parse_filter(self.filter_text).actor
        if not name or self.open_actor is None:
            self.notify("Type @ and an actor's name in the filter first", severity="warning", timeout=3)
            return

        def find() -> None:  # asked again: the filter's own answer may not have arrived yet
            try:
                found = self.access.call(lambda library: actor_ids(library, name))
            except LibraryUnavailable as exc:
                self.app.call_from_thread(self.notify, str(exc), severity="error", markup=False)
                return
            if found:
                self.app.call_from_thread(self.open_actor, found[0])
            else:
                self.app.call_from_thread(self.notify, f"No actor in the library is called “{one_line(name, 40)}”",
                                          severity="warning", timeout=3, markup=False)
        self.run_worker(find, thread=True, group="library-actor", exit_on_error=False)

    def action_rows(self) -> None:
        self.table.focus()

    def action_filter(self) -> None:
        self.query_one(Input).focus()

    def action_close(self) -> None:
        if self.query_one(Input).has_focus and self.filter_text:
            self.query_one(Input).value = ""
            return
        self.dismiss(None)
