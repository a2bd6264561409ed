"""The reader's way into the library: Open file…, the library screen (``L``), the actor page
(``A``), the next article that mentions the current actor (``J``), opening what those hand back at
the right place, and the page of a document in the status line (``p. 12/40``, "Go to page…").

Every database call runs in a thread worker through ``LibraryAccess``; the reading position is
saved when the library screen opens and restored when an article is opened from it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from tui.core.reading.pages import page_label
from tui.core.textsafe import one_line

if TYPE_CHECKING:
    from tui.services.library_service import LibraryService
    from tui.ui.screens.library_io import LibraryAccess, Opened
    from tui.ui.screens.reader import ReaderScreen


class AcrossLibrary:
    def __init__(self, reader: "ReaderScreen") -> None:
        self.reader = reader
        self._access: LibraryAccess | None = None
        self.pending: tuple[int, Opened] | None = None  # (reader token, where to put the cursor)

    @property
    def access(self) -> "LibraryAccess":
        # The library (its service, screens and queries) is imported when first used: not
        # before the reader's first paint.
        if self._access is None:
            from tui.ui.screens.library_io import LibraryAccess

            self._access = LibraryAccess()
        return self._access

    def close(self) -> None:
        if self._access is not None:
            self._access.close()

    def _in_thread(self, work: Callable[[], None], group: str) -> None:
        self.reader.run_worker(work, thread=True, group=group, exit_on_error=False)

    def _call(self, query):
        """In a worker: the query's answer, or None after one notice."""
        from tui.ui.screens.library_io import LibraryUnavailable

        try:
            return self.access.call(query)
        except LibraryUnavailable as exc:
            self.reader.app.call_from_thread(self.reader.notify, str(exc), severity="error", markup=False)
            return None

    # ------------------------------------------------------------------ opening

    def open_typed(self, typed: str) -> None:
        """Open file…: read what was typed in a thread (a URL may take a while); only what
        could be read joins the reader's articles, each failure is a notice."""
        from tui.sources import open_typed

        def read() -> None:
            articles, problems = open_typed(typed)
            self.reader.app.call_from_thread(self._typed_read, articles, problems)

        self._in_thread(read, "open")

    def _typed_read(self, articles: list, problems: list[str]) -> None:
        reader = self.reader
        for problem in problems:
            reader.notify(problem, title="Cannot open", severity="error", markup=False, timeout=10)
        indexes = [reader.library.add_article(article) for article in articles]
        if indexes:
            reader.open_index(indexes[0])

    # ------------------------------------------------------------------ screens

    def open_library(self) -> None:
        reader = self.reader
        article = reader.article
        if article is not None:
            offset = reader.view.cursor_offset()
            self._in_thread(lambda: self._call(lambda library: library.save_position(article, offset)),
                            "library-position")
        from tui.ui.screens.library_screen import LibraryScreen

        reader.app.push_screen(LibraryScreen(self.access, self._actor_over_library), self.opened)

    def _actor_over_library(self, identity: int) -> None:
        from tui.ui.screens.actor_page import ActorPage

        library_screen = self.reader.app.screen
        self.reader.app.push_screen(ActorPage(self.access, identity),
                                    lambda opened: opened is not None and library_screen.dismiss(opened))

    def _current_actor(self) -> tuple[object, str] | None:
        reader = self.reader
        actor_id = reader.view.current_actor_id
        if reader.article is None or actor_id is None:
            reader.notify("Put the cursor on a mention first (] or [)", severity="warning", timeout=3)
            return None
        if reader.analysing:
            reader.notify("The article is still being analysed", severity="warning", timeout=3)
            return None
        return reader.article, actor_id

    def actor_page(self) -> None:
        current = self._current_actor()
        if current is None:
            return
        article, actor_id = current

        from tui.ui.screens.actor_page import ActorPage

        def find() -> None:
            actor = self._call(lambda library: library.actor_of(article, actor_id))
            if actor is None:
                self._say("This actor is not in the library yet")
                return
            self.reader.app.call_from_thread(self.reader.app.push_screen,
                                             ActorPage(self.access, actor.id), self.opened)
        self._in_thread(find, "library-actor")

    def next_article_with_actor(self) -> None:
        current = self._current_actor()
        if current is None:
            return
        article, actor_id = current

        from tui.ui.screens.library_io import Opened

        def find(library: LibraryService) -> Opened | str:
            actor = library.actor_of(article, actor_id)
            if actor is None:
                return "This actor is not in the library yet"
            entry = library.next_article(actor.id, article)
            if entry is None:
                return f"No other article of the library mentions {one_line(actor.name, 40)}"
            opened, problem = library.open_entry(entry)
            return Opened(opened, None, problem, names=(actor.name, *actor.aliases))

        def work() -> None:
            answer = self._call(find)
            if isinstance(answer, str):
                self._say(answer)
            elif answer is not None:
                self.reader.app.call_from_thread(self.opened, answer)
        self._in_thread(work, "library-next")

    def _say(self, text: str) -> None:
        self.reader.app.call_from_thread(self.reader.notify, text, severity="warning", timeout=4,
                                         markup=False)

    # ------------------------------------------------------------------ opening

    def opened(self, opened: Opened | None) -> None:
        """Show what the library screen or the actor page chose, where it was chosen."""
        if opened is None:
            return
        reader = self.reader
        if opened.problem:
            reader.notify(opened.problem, severity="warning", markup=False, timeout=6)
        if not reader.open_index(reader.library.add_article(opened.article)):
            return
        self.pending = (reader._token, opened) if opened.span or opened.names else None
        if opened.offset is not None:
            reader.call_after_refresh(self._scroll_to, opened.offset)
        self.show_page()

    def _scroll_to(self, offset: int) -> None:
        view = self.reader.view
        view.scroll_to(y=view.line_of(offset), animate=False, immediate=True)
        self.show_page()

    def analysis_ready(self) -> None:
        """The analysis arrived: put the cursor where the opening asked for."""
        if self.pending is None:
            return
        token, opened = self.pending
        self.pending = None
        reader, analysis = self.reader, self.reader.analysis
        if token != reader._token or analysis is None:
            return
        if opened.span and opened.quote:
            index = next((i for i, q in enumerate(analysis.quotes) if (q.start, q.end) == opened.span), None)
            if index is not None and reader.view.go_to_quote(index):
                return
        if opened.span and reader.view.go_to_offset(opened.span[0]):
            return
        if opened.span:
            reader.view.reveal(opened.span[0])
            return
        from tui.core.library_filter import matching_actor  # the library's rules: not before the first paint

        found = matching_actor(opened.names, ((a.id, a.name, a.aliases) for a in analysis.actors_by_salience()))
        if found is not None:
            reader.view.go_to_actor(found)

    # ------------------------------------------------------------------ pages

    def show_page(self) -> None:
        """``p. 12/40``: the page of the cursor, else of the top line, for paged documents."""
        reader = self.reader
        view = reader.view
        offset = view.cursor.start if view.cursor is not None else view.top_offset()
        reader.status_bar.set_page(page_label(reader.article, offset))

    def go_to_page(self, page: int) -> None:
        article = self.reader.article
        start = article.page_start(page) if article is not None else None
        if start is None:
            self.reader.notify("This article has no pages", severity="warning", timeout=3)
            return
        self.go_to_offset(start)

    def go_to_offset(self, offset: int) -> None:
        """Put ``offset``'s line at the top of the screen, without a cursor (the page shown is then
        the top line's)."""
        view = self.reader.view
        if view.selection is None:
            view.cursor = None
        view.scroll_to(y=view.line_of(offset), animate=False, immediate=True)
        self.show_page()
