"""The article text on Textual's Line API: a readable column, highlights, and the cursor.

The view keeps what is on screen: the text and its layout, the ``Stops`` (``tui.core.reading``)
and two reactives, ``cursor`` and ``selection``. Every move goes through one path: ``Stops``
answers where a key goes, the cursor is set, and its watcher repaints only the lines that
changed, keeps the cursor on screen and posts one ``CursorMoved`` carrying what the rest of the
screen follows (actor, quote, annotation, status). ``Painter`` draws the lines.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Iterable

from textual import events
from textual.binding import BindingType
from textual.geometry import Region
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from tui.core.analysis_kinds import KINDS
from tui.core.annotation_kinds import COLOURS
from tui.core.article import Article
from tui.core.layout import SpanIndex
from tui.core.reading import Cursor, CursorKind, Refused, Stops
from tui.core.reading.marks import margin_marks, overview_marked
from tui.core.reading.status import cursor_status, selection_status
from tui.core.reading.units import ENTITY, SENTENCE, TextUnits, unit_at, word_at
from tui.core.textsafe import neutralise
from tui.ui import bindings
from tui.ui.widgets.article_column import OVERVIEW, ArticleColumn
from tui.ui.widgets.article_painter import GUTTER, Painter

if TYPE_CHECKING:
    from tui.core.model import Analysis, Mention, Quote
    from tui.core.annotations import Placed
    from tui.core.placements import Placements
    from tui.core.selection import Selection


@dataclass(frozen=True)
class CurrentActor:
    """The actor the cursor makes current, indexed for drawing: its mentions, its linked
    pronouns and the display lines that hold its mentions (sorted)."""

    id: str | None = None
    mentions: SpanIndex = field(default_factory=lambda: SpanIndex([]))
    inferred: SpanIndex = field(default_factory=lambda: SpanIndex([]))
    lines: list[int] = field(default_factory=list)


class ArticleView(ArticleColumn, can_focus=True):
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"article-view--{kind}" for kind in KINDS),
        "article-view--actor",  # every mention of the current actor
        "article-view--inferred",  # a pronoun linked to the current actor
        "article-view--cursor", "article-view--quote", "article-view--quote-cursor",
        "article-view--match", "article-view--match-cursor",
        "article-view--gutter", "article-view--gutter-mark", "article-view--overview-mark",
        "article-view--selection", "article-view--annotation-cursor",
        "article-view--annotated",  # a note or tags without a colour
        "article-view--corrected",  # a mention the reader's correction set or moved
        "article-view--note-mark",
        *(f"article-view--hl-{colour}" for colour in COLOURS),
    }
    # Selection keys first: while selecting they win over the same keys below and the screen's.
    BINDINGS: ClassVar[list[BindingType]] = [*bindings.SELECTION, *bindings.MOVE]
    DEFAULT_CSS = "ArticleView { overflow-x: hidden; }"

    cursor: reactive[Cursor | None] = reactive(None, layout=False, repaint=False, init=False)
    selection: reactive[Selection | None] = reactive(None, layout=False, repaint=False, init=False, bindings=True)

    class CursorMoved(Message):
        """What the cursor is on changed: the status line and the sidebar follow."""

        def __init__(self, actor_id: str | None, quote_index: int | None, annotation_id: str | None,
                     status: str) -> None:
            super().__init__()
            self.actor_id = actor_id
            self.quote_index = quote_index
            self.annotation_id = annotation_id
            self.status = status

        @property
        def payload(self) -> tuple:
            return (self.actor_id, self.quote_index, self.annotation_id, self.status)

    def __init__(self, *, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.article: Article | None = None
        self.stops = Stops()
        self.units = TextUnits("")
        self.tag_colours: dict[str, str] = {}
        self.actor = CurrentActor()
        self.mark_lines: dict[int, str] = {}
        self.painter = Painter(self)
        self._announced: tuple | None = None
        self.selection_kept = False  # the second v ended the selection; it waits for an action

    # ------------------------------------------------------------------ content

    def show_article(self, article: Article) -> None:
        """Show a new article at once; its analysis and annotations arrive with ``show``."""
        self.article = article
        self.painted = threading.Event()  # set when its first lines are drawn
        self.text = neutralise(article.text)
        self.units = TextUnits(self.text)
        self.tag_colours = {}
        self.stops = Stops(hidden_kinds=self.stops.hidden_kinds, include_inferred=self.stops.include_inferred)
        self.set_reactive(ArticleView.cursor, None)
        self.set_reactive(ArticleView.selection, None)
        self._relayout(keep_position=False)
        self.scroll_to(0, 0, animate=False, immediate=True)
        self._announced = None  # a new article: announced once, whatever the last one said
        self._announce()

    _KEEP = object()

    def show(self, *, analysis: Analysis | None | object = _KEEP, placements: Placements | object = _KEEP,
             tag_colours: dict[str, str] | None = None, keep_cursor: bool = True) -> None:
        """Show a new analysis and/or new annotations in one step (one re-seat, one repaint,
        at most one message). Without ``keep_cursor`` (a fresh analysis) the cursor goes."""
        old = self.stops
        changes = {}
        if analysis is not self._KEEP:
            changes["analysis"] = analysis
        if placements is not self._KEEP:
            changes["placements"] = placements
        if tag_colours is not None:
            self.tag_colours = dict(tag_colours)
        stops = old.replace(**changes)
        held = old.annotation(self.cursor) if self.cursor is not None else None
        cursor = stops.reseat(self.cursor, held.annotation.id if held else None) if keep_cursor else None
        self._replace(stops, cursor)

    def set_hidden_kinds(self, kinds: Iterable[str]) -> None:
        self._restop(self.stops.replace(hidden_kinds=frozenset(kinds)))

    def set_include_inferred(self, include: bool) -> None:
        self._restop(self.stops.replace(include_inferred=include))

    @property
    def include_inferred(self) -> bool:
        return self.stops.include_inferred

    @property
    def hidden_kinds(self) -> frozenset[str]:
        return self.stops.hidden_kinds

    def _restop(self, stops: Stops) -> None:
        """Other mention stops: the cursor stays on the same words when they are still a stop
        (a mention is then counted among the new stops, ``1/9`` with pronouns)."""
        cursor = self.cursor
        held = self.stops.annotation(cursor)
        self._replace(stops, stops.reseat(cursor, held.annotation.id if held else None))

    def search(self, query: str) -> int:
        """Highlight every match of ``query``; returns how many there are."""
        stops = self.stops.searched(self.article.text if self.article else "", query)
        cursor = self.cursor
        self._replace(stops, None if cursor is not None and cursor.kind == CursorKind.MATCH else cursor)
        return len(stops.matches)

    @property
    def query(self) -> str:
        return self.stops.query

    def clear(self) -> None:
        """No cursor and no search."""
        self._replace(self.stops.searched("", ""), None)

    def _replace(self, stops: Stops, cursor: Cursor | None) -> None:
        """New stops (and the cursor re-seated on them): everything is drawn again."""
        self.stops = stops
        self.set_reactive(ArticleView.cursor, cursor)
        self._index_actor()
        self._index_marks()
        self.painter.forget_all()
        self.refresh()
        self._announce()

    # ------------------------------------------------------------------ the cursor

    def move(self, move: str, step: int, from_screen: bool = False) -> bool:
        """The cursor keys: ``move`` is one of ``tui.core.reading.stops.MOVES``; ``from_screen``
        (a new search): from the top of the screen (the bottom going back), not the cursor."""
        cursor = self.cursor
        if cursor is not None and move != "same_actor" and (from_screen or not self.on_screen(cursor.start)):
            cursor = None  # scrolled away from it: moves start from what is on screen
        return self.go(self.stops.move(move, step, cursor, self.top_offset(), self.bottom_offset()))

    def go(self, where: Cursor | Refused) -> bool:
        if isinstance(where, Refused):
            self.app.bell()
            if where.notice:
                self.notify(where.notice, severity="warning", timeout=3)
            return False
        self.cursor = where
        return True

    def go_to_actor(self, actor_id: str) -> bool:
        return self.go(self.stops.to_actor(actor_id))

    def go_to_quote(self, index: int) -> bool:
        return self.go(self.stops.to_quote(index))

    def go_to_annotation(self, annotation_id: str) -> bool:
        return self.go(self.stops.to_annotation(annotation_id))

    def go_to_offset(self, offset: int) -> bool:
        return self.go(self.stops.at_offset(offset))

    def go_to_span(self, start: int, end: int) -> None:
        """Show a span that is no stop (a correction): the mention there if any."""
        where = self.stops.at_offset(start)
        self.cursor = where if isinstance(where, Cursor) else None
        self.reveal(start)

    def watch_cursor(self, old: Cursor | None, new: Cursor | None) -> None:
        lines = self._lines_of(old) | self._lines_of(new)
        before = self.actor
        self._index_actor()
        if before.id != self.actor.id:
            # The emphasis, gutter and overview column of the actor move with it.
            lines.update(before.lines, self.actor.lines)
            region = self.scrollable_content_region
            self.refresh(Region(region.width - OVERVIEW, 0, OVERVIEW, region.height))
        self._repaint(lines)
        if new is not None:
            self.reveal(new.start)
        self._announce()

    def watch_selection(self, old: Selection | None, new: Selection | None) -> None:
        self._repaint(self._lines_of(old) | self._lines_of(new))
        if new is not None:
            self.reveal(new.moving_end)
        self._announce()

    def _lines_of(self, span_holder) -> set[int]:
        if span_holder is None or self._layout is None:
            return set()
        start, end = span_holder.span
        return set(range(self.line_of(start), self.line_of(max(start, end - 1)) + 1))

    def _repaint(self, lines: set[int]) -> None:
        self.painter.forget(lines)
        top = int(self.scroll_y)
        height = self.scrollable_content_region.height
        for line in lines:
            if top <= line < top + height:
                self.refresh_line(line)  # a line of the whole text: refresh_line subtracts the scroll

    @property
    def current_actor_id(self) -> str | None:
        return self.stops.actor_id(self.cursor)

    @property
    def current_mention(self) -> Mention | None:
        return self.stops.mention(self.cursor)

    @property
    def current_quote(self) -> Quote | None:
        return self.stops.quote(self.cursor)

    @property
    def current_annotation(self) -> Placed | None:
        return self.stops.annotation(self.cursor)

    def _index_actor(self) -> None:
        actor_id = self.current_actor_id
        if actor_id == self.actor.id and self.actor.id is None:
            return
        spans = self.stops.actor_spans(actor_id)
        if not spans:
            self.actor = CurrentActor()
            return
        self.actor = CurrentActor(actor_id, SpanIndex(spans), SpanIndex(self.stops.inferred_spans(actor_id)),
                                  sorted({self.line_of(s) for s, _ in spans}))

    def _index_marks(self) -> None:
        self.mark_lines = margin_marks(self.stops.placements.placed, self.line_of) if self._layout else {}

    def _announce(self) -> None:
        """One message when what the cursor is on (or the status wording) changed."""
        cursor = self.cursor
        held = self.stops.annotation(cursor) if cursor is not None and cursor.kind == CursorKind.ANNOTATION \
            else None
        message = self.CursorMoved(self.current_actor_id,
                                   cursor.index if cursor is not None and cursor.kind == CursorKind.QUOTE
                                   else None,
                                   held.annotation.id if held else None, self.status())
        if message.payload != self._announced:
            self._announced = message.payload
            self.post_message(message)

    def status(self) -> str:
        if self.selection is not None:
            return selection_status(self.text, self.selection.span, getattr(self.app, "hint_keys", {}),
                                    kept=self.selection_kept)
        return cursor_status(self.stops, self.cursor, self.tag_colours)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self._layout is None:
            return
        char = self._layout.offset_at(int(self.scroll_y) + offset.y, offset.x - self.left - GUTTER)
        if char is not None:
            self.go_to_offset(char)

    def action_clear(self) -> None:
        if self.selection is not None:
            self.end_selection()
        else:
            self.clear()

    # ------------------------------------------------------------------ selection

    def sentence_at(self, offset: int) -> tuple[int, int] | None:
        return unit_at(self.units(SENTENCE), offset)

    def cursor_offset(self) -> int:
        """Where the reader is: the cursor's start, else the first character on screen."""
        if self.cursor is not None:
            return self.cursor.start
        return word_at(self.text, self.top_offset())[0] if self.text else 0

    def start_selection(self) -> bool:
        """Start a selection on the cursor's span, or on the first word on screen."""
        if not self.text:
            self.app.bell()
            return False
        from tui.core.selection import Selection  # with the first v: the first frame does not wait for it
        start, end = self.cursor.span if self.cursor is not None else word_at(self.text, self.top_offset())
        self.selection_kept = False
        self.selection = Selection.on(start, end)
        return True

    def end_selection(self) -> None:
        self.selection_kept = False
        self.selection = None

    def keep_selection(self) -> None:
        """The second ``v``: the selection stops growing and waits for the next action (h a t
        m +); the selection keys are the cursor keys again."""
        if self.selection is not None:
            self.selection_kept = True
            self.refresh_bindings()
            self._announce()

    @property
    def selection_span(self) -> tuple[int, int] | None:
        return self.selection.span if self.selection is not None else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "extend":
            return self.selection is not None and not self.selection_kept
        return True

    def action_extend(self, unit: str, step: int) -> None:
        if self.selection is None or self.selection_kept:
            return
        units = self.stops.entity_spans() if unit == ENTITY else self.units(unit)
        moved = self.selection.extend(units, step > 0)
        if moved is None:
            self.app.bell()
            return
        self.selection = moved

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()
        if self.cursor is not None:
            self.reveal(self.cursor.start)

    def _laid_out(self) -> None:
        self.actor = CurrentActor()
        self._index_actor()
        self._index_marks()
        self.painter.forget_all()
        self.refresh()

    # ------------------------------------------------------------------ drawing

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.painter.forget_all()  # the theme changed: the highlight colours with it

    def render_line(self, y: int) -> Strip:
        base, region = self.frame()
        width = region.width
        line_index = int(self.scroll_y) + y
        if self._layout is None or line_index >= len(self._layout.lines):
            return Strip.blank(width, base)
        right = max(0, width - self.left - GUTTER - self.column - OVERVIEW)
        marked = overview_marked(y, region.height, len(self._layout.lines), self.actor.lines)
        return Strip.join([Strip.blank(self.left, base), self.painter.body(line_index, base),
                           self.painter.margin(line_index, right, base),
                           self.painter.overview(marked, base)]).crop_extend(0, width, base)
