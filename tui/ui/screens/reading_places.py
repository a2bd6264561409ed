"""Where the reader was in each article: the cursor and the first line on screen, kept while
the app runs (``<`` and ``>`` come back to both) and the position kept between runs
(``tui.services.preferences``), so reopening an article starts where the reader left it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.core.reading import Cursor, CursorKind
from tui.services.preferences import reading_position, save_reading_position

if TYPE_CHECKING:
    from tui.ui.screens.reader import ReaderScreen


@dataclass(frozen=True)
class Place:
    top: int  # the text offset of the first line on screen
    cursor: Cursor | None


class ReadingPlaces:
    def __init__(self, reader: "ReaderScreen") -> None:
        self.reader = reader
        self.places: dict[str, Place] = {}
        self.pending: Place | None = None  # the place to restore in the article being opened

    def seen(self) -> None:
        """The view scrolled or the cursor moved: keep the place (the view is gone by the time
        the screen unmounts)."""
        reader = self.reader
        if reader.article is None or not reader.view.text:
            return
        view = reader.view
        cursor = view.cursor if view.cursor is not None and view.cursor.kind != CursorKind.ANNOTATION else None
        pending = self.pending
        if pending is not None:
            if cursor is None and view.stops.analysis is None:
                cursor = pending.cursor  # not restored yet: the analysis is not in
            if view.top_offset() == 0 and pending.top:
                return  # the new article is shown at the top before it is scrolled back
        self.places[reader.article.source] = Place(view.top_offset(), cursor)

    def leave(self, unmounting: bool = False) -> None:
        """The reader leaves the open article (another one, or the app closes)."""
        article = self.reader.article
        if article is None:
            return
        if not unmounting:
            self.seen()
        place = self.places.get(article.source)
        if place is not None:
            save_reading_position(article.source, place.top)

    def opening(self, source: str) -> None:
        """Before the article at ``source`` is shown: where it was left, in this run or before."""
        place = self.places.get(source)
        if place is None:
            top = reading_position(source)
            place = Place(top, None) if top else None
        self.pending = place

    def show(self) -> None:
        """The article was just shown: scroll to where the reader was."""
        article, place = self.reader.article, self.pending
        if article is not None and place is not None and 0 < place.top < len(article.text):
            view = self.reader.view
            view.scroll_to_offset(place.top)
            # On start the view has no size yet (any scroll is clamped to 0): once more after layout.
            view.call_after_refresh(view.scroll_to_offset, place.top)

    def analysed(self) -> None:
        """The analysis is in: the cursor goes back where it was, if it is still a stop."""
        place, self.pending = self.pending, None
        if place is None or place.cursor is None:
            return
        view = self.reader.view
        cursor = view.stops.reseat(place.cursor)
        if cursor is not None:
            view.cursor = cursor
