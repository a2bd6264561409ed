"""The article text on Textual's Line API, with entity highlights and the mention cursor.

Only the rows on screen are drawn: ``render_line`` turns a display line (a span of the text,
from ``tui.core.layout``) into a ``Strip``, cached in an LRU cache that is cleared whenever
what the text shows changes (cursor, analysis, search, hidden kinds, width). A book-length
text therefore scrolls and jumps as fast as a short one.

The text is untrusted: it is neutralised (``tui.core.textsafe``) and drawn as ``rich.text.Text``
built from plain strings, never parsed as markup.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.color import Color
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core import navigation as nav
from tui.core.annotations import BOOKMARK, COLOURS, CORRECTION, HIGHLIGHT, NOTE, TAG, Placed, Placements
from tui.core.article import Article
from tui.core.layout import Layout, SpanIndex, paragraphs
from tui.core.model import KINDS, Analysis, Mention, Quote
from tui.core.textsafe import neutralise, one_line
from tui.core.selection import Selection, sentence_spans, unit_at, word_at, word_spans

MAX_COLUMN = 80  # cells: a comfortable line length for reading
MIN_COLUMN = 12
GUTTER = 2  # a mark for lines holding the current actor, then a space
OVERVIEW = 1  # the rightmost cell: where the current actor's mentions fall in the whole text

MENTION, QUOTE, MATCH, ANNOTATION = "mention", "quote", "match", "annotation"

WORD, SENTENCE, PARAGRAPH, ENTITY = "word", "sentence", "paragraph", "entity"

KIND_ICONS = {HIGHLIGHT: "▍", NOTE: "✎", TAG: "#", BOOKMARK: "⚑", CORRECTION: "✓"}
KIND_NAMES = {HIGHLIGHT: "Highlight", NOTE: "Note", TAG: "Tags", BOOKMARK: "Bookmark",
              CORRECTION: "Correction"}


def annotation_mark(placed: Placed) -> str | None:
    """The margin mark of a line where an annotation starts: notes and bookmarks stand out."""
    ann = placed.annotation
    if ann.note:
        return KIND_ICONS[NOTE]
    if ann.kind == BOOKMARK:
        return KIND_ICONS[BOOKMARK]
    if ann.kind == TAG or ann.tags:
        return KIND_ICONS[TAG]
    return None


# Selecting (after v): these keys shadow the normal ones only while a selection is open.
SELECTION_BINDINGS: list[BindingType] = [
    Binding("w", "extend('word', 1)", "Word ▸", id="select-word-forward",
            group=Binding.Group("Word", compact=True),
            tooltip="Selecting: extend the selection by a word forward (or take a word back)"),
    Binding("b", "extend('word', -1)", "Word ◂", id="select-word-back",
            group=Binding.Group("Word", compact=True),
            tooltip="Selecting: extend the selection by a word backward (or take a word back)"),
    Binding(")", "extend('sentence', 1)", "Sentence ▸", id="select-sentence-forward",
            group=Binding.Group("Sentence", compact=True),
            tooltip="Selecting: extend the selection to the end of the sentence, then sentence by sentence"),
    Binding("(", "extend('sentence', -1)", "Sentence ◂", id="select-sentence-back",
            group=Binding.Group("Sentence", compact=True),
            tooltip="Selecting: extend the selection backward by a sentence"),
    Binding("}", "extend('paragraph', 1)", "Paragraph ▸", id="select-paragraph-forward",
            group=Binding.Group("Paragraph", compact=True),
            tooltip="Selecting: extend the selection forward by a paragraph"),
    Binding("{", "extend('paragraph', -1)", "Paragraph ◂", id="select-paragraph-back",
            group=Binding.Group("Paragraph", compact=True),
            tooltip="Selecting: extend the selection backward by a paragraph"),
    Binding("]", "extend('entity', 1)", "Entity ▸", id="select-entity-forward",
            group=Binding.Group("Entity/quote", compact=True),
            tooltip="Selecting: extend the selection to the end of the next mention or quote"),
    Binding("[", "extend('entity', -1)", "Entity ◂", id="select-entity-back",
            group=Binding.Group("Entity/quote", compact=True),
            tooltip="Selecting: extend the selection to the start of the previous mention or quote"),
]

MOVE_BINDINGS: list[BindingType] = [
    Binding("j,down", "scroll_down", "Down", show=False, id="scroll-down",
            tooltip="Scroll the text down one line"),
    Binding("k,up", "scroll_up", "Up", show=False, id="scroll-up",
            tooltip="Scroll the text up one line"),
    Binding("space,pagedown", "page_down", "Page down", show=False, id="page-down",
            tooltip="Scroll the text down one page"),
    Binding("b,pageup", "page_up", "Page up", show=False, id="page-up",
            tooltip="Scroll the text up one page"),
    Binding("g,home", "scroll_home", "Top", show=False, id="top",
            tooltip="Go to the top of the article"),
    Binding("G,end", "scroll_end", "Bottom", show=False, id="bottom",
            tooltip="Go to the bottom of the article"),
    Binding("escape", "clear", "Clear", show=False, id="clear",
            tooltip="Cancel the selection; else clear the cursor and the search highlights"),
]


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the cursor is: a span of the text and what kind of stop it is."""

    kind: str
    start: int
    end: int
    index: int  # among the stops of its kind

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


class ArticleView(ScrollView, can_focus=True):
    """The article: a readable column, highlights by entity kind, a cursor to move between mentions."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"article-view--{kind}" for kind in KINDS),
        "article-view--actor",  # every mention of the current actor
        "article-view--inferred",  # a pronoun linked to the current actor
        "article-view--cursor",
        "article-view--quote",
        "article-view--quote-cursor",
        "article-view--match",
        "article-view--match-cursor",
        "article-view--gutter",
        "article-view--gutter-mark",
        "article-view--overview-mark",
        "article-view--selection",
        "article-view--annotation-cursor",
        "article-view--annotated",  # a note or tags without a colour
        "article-view--corrected",  # a mention the reader's correction set or moved
        "article-view--note-mark",
        *(f"article-view--hl-{colour}" for colour in COLOURS),
    }

    # Selection keys first: while selecting they win over the same keys below (and over the
    # screen's ] [ } {); otherwise check_action turns them off and the key falls through.
    BINDINGS: ClassVar[list[BindingType]] = [*SELECTION_BINDINGS, *MOVE_BINDINGS]

    DEFAULT_CSS = """
    ArticleView { overflow-x: hidden; }
    """

    class CursorMoved(Message):
        """The cursor moved (or the analysis changed what it is on): the status line follows."""

        def __init__(self, view: "ArticleView", actor_id: str | None, status: str) -> None:
            super().__init__()
            self.view = view
            self.actor_id = actor_id
            self.status = status

    def __init__(self, *, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self._text = ""  # the neutralised text, same length as the article's
        self._layout: Layout | None = None
        self._cache: LRUCache[tuple[int, Style], Strip] = LRUCache(1024)
        self.hidden_kinds: set[str] = set()
        self.include_inferred = False  # linked pronouns as cursor stops, when the user asks
        self.cursor: Cursor | None = None
        self.query = ""
        self._matches: list[tuple[int, int]] = []
        self._stops: list[Mention] = []
        self._stop_spans: list[tuple[int, int]] = []
        self._actor_stops: dict[str, list[Mention]] = {}
        self._quote_spans: list[tuple[int, int]] = []
        self._mention_index = SpanIndex([])
        self._quote_index = SpanIndex([])
        self._match_index = SpanIndex([])
        self._actor_index = SpanIndex([])
        self._inferred_index = SpanIndex([])
        self._actor_lines: list[int] = []
        self._column = MAX_COLUMN
        self._left = 0
        self.selection: Selection | None = None
        self._units: dict[str, list[tuple[int, int]]] = {}
        self.placements = Placements()
        self.tag_colours: dict[str, str] = {}
        self._ann_spans: list[tuple[int, int]] = []
        self._ann_index = SpanIndex([])
        self._mark_lines: dict[int, str] = {}
        self._corrected_index = SpanIndex([])

    # ------------------------------------------------------------------ content

    def show_article(self, article: Article) -> None:
        """Show a new article at once; its analysis arrives later with ``show_analysis``."""
        self.article = article
        self.analysis = None
        self._text = neutralise(article.text)
        self.cursor = None
        self.selection = None
        self._units = {}
        self.placements = Placements()
        self._ann_spans = []
        self._ann_index = SpanIndex([])
        self.query = ""
        self._matches = []
        self._match_index = SpanIndex([])
        self._index_analysis()
        self._relayout(keep_position=False)
        self.scroll_to(0, 0, animate=False, immediate=True)
        self._announce()

    def show_analysis(self, analysis: Analysis, keep_cursor: bool = False) -> None:
        """Show ``analysis``; with ``keep_cursor`` (a corrected analysis of the same text) the
        cursor stays on the same words if they are still a stop."""
        old = self.cursor
        self.analysis = analysis
        self.cursor = None
        self._units.pop(ENTITY, None)
        self._index_analysis()
        if keep_cursor and old is not None:
            spans = {MENTION: self._stop_spans, QUOTE: self._quote_spans, MATCH: self._matches,
                     ANNOTATION: self._ann_spans}[old.kind]
            if old.span in spans:
                self.cursor = Cursor(old.kind, old.start, old.end, spans.index(old.span))
            elif old.kind == MENTION:
                index = nav.containing(self._stop_spans, old.start)
                if index is not None:
                    self.cursor = Cursor(MENTION, *self._stop_spans[index], index)
            self._index_current_actor()
        self._changed()
        self._announce()

    def show_annotations(self, placements: Placements, tag_colours: dict[str, str]) -> None:
        """Draw these annotations: a background per colour, a margin mark for notes."""
        current = self.current_annotation if self.cursor and self.cursor.kind == ANNOTATION else None
        self.placements = placements
        self.tag_colours = dict(tag_colours)
        self._ann_spans = [(p.start, p.end) for p in placements.placed]
        self._ann_index = SpanIndex(self._ann_spans)
        self._index_marks()
        if self.cursor is not None and self.cursor.kind == ANNOTATION:
            ids = [p.annotation.id for p in placements.placed]
            if current is not None and current.annotation.id in ids:
                index = ids.index(current.annotation.id)
                self.cursor = Cursor(ANNOTATION, *self._ann_spans[index], index)
            else:
                self.cursor = None
        self._changed()
        self._announce()

    def _index_marks(self) -> None:
        self._mark_lines = {}
        if self._layout is None:
            return
        for placed in self.placements.placed:
            mark = annotation_mark(placed)
            if mark is not None:
                line = self._layout.line_of(placed.start)
                # A note wins over a bookmark, which wins over tags, on a shared line.
                order = (KIND_ICONS[NOTE], KIND_ICONS[BOOKMARK], KIND_ICONS[TAG])
                held = self._mark_lines.get(line)
                if held is None or order.index(mark) < order.index(held):
                    self._mark_lines[line] = mark

    def set_hidden_kinds(self, kinds: set[str]) -> None:
        self.hidden_kinds = set(kinds)
        if self.cursor is not None and self.cursor.kind == MENTION:
            self.cursor = None
        self._index_analysis()
        self._changed()
        self._announce()

    def set_include_inferred(self, include: bool) -> None:
        self.include_inferred = include
        if self.cursor is not None and self.cursor.kind == MENTION:
            self.cursor = None
        self._index_analysis()
        self._changed()
        self._announce()

    def _index_analysis(self) -> None:
        analysis = self.analysis
        if analysis is None:
            self._stops, self._actor_stops, quotes = [], {}, []
        else:
            self._stops = [m for m in analysis.mentions(include_inferred=self.include_inferred)
                           if self._kind_of(m) not in self.hidden_kinds]
            self._actor_stops = {}
            for mention in self._stops:
                self._actor_stops.setdefault(mention.actor or "", []).append(mention)
            quotes = analysis.quotes
        self._stop_spans = [(m.start, m.end) for m in self._stops]
        self._quote_spans = [(q.start, q.end) for q in quotes]
        self._mention_index = SpanIndex(self._stop_spans)
        self._corrected_index = SpanIndex([(m.start, m.end) for m in self._stops if m.corrected])
        self._quote_index = SpanIndex(self._quote_spans)
        self._index_current_actor()

    def _kind_of(self, mention: Mention) -> str | None:
        actor = self.analysis.actor(mention.actor) if self.analysis else None
        return actor.kind if actor is not None else mention.kind

    def _index_current_actor(self) -> None:
        actor_id = self.current_actor_id
        analysis = self.analysis
        if actor_id is None or analysis is None or analysis.actor(actor_id) is None:
            self._actor_index = SpanIndex([])
            self._inferred_index = SpanIndex([])
            self._actor_lines = []
            return
        stops = self._actor_stops.get(actor_id, [])
        self._actor_index = SpanIndex([(m.start, m.end) for m in stops])
        actor = analysis.actor(actor_id)
        self._inferred_index = SpanIndex([(m.start, m.end) for m in actor.mentions if m.inferred])
        layout = self._layout
        self._actor_lines = sorted({layout.line_of(m.start) for m in stops}) if layout else []

    # ------------------------------------------------------------------ layout

    def _relayout(self, keep_position: bool = True) -> None:
        width = self.scrollable_content_region.width or self.size.width or MAX_COLUMN + GUTTER + OVERVIEW
        column = max(MIN_COLUMN, min(MAX_COLUMN, width - GUTTER - OVERVIEW - 2))
        anchor = None
        if keep_position and self._layout is not None and self._layout.lines:
            top = min(int(self.scroll_y), len(self._layout.lines) - 1)
            anchor = self._layout.lines[top][0]
        if self._layout is None or self._layout.text is not self._text or self._column != column:
            self._layout = Layout(self._text, column)
        self._column = column
        self._left = max(0, (width - OVERVIEW - GUTTER - column) // 2)
        self.virtual_size = Size(width, len(self._layout.lines))
        self._index_current_actor()
        self._index_marks()
        self._changed()
        if anchor is not None:
            self.scroll_to(y=self._layout.line_of(anchor), animate=False, immediate=True)

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()
        if self.cursor is not None:
            self.reveal(self.cursor.start)

    @property
    def layout_lines(self) -> list[tuple[int, int]]:
        return self._layout.lines if self._layout else []

    def line_of(self, offset: int) -> int:
        return self._layout.line_of(offset) if self._layout else 0

    def top_offset(self) -> int:
        """The offset of the first character on screen: where a cursor-less move starts."""
        lines = self.layout_lines
        if not lines:
            return 0
        return lines[min(int(self.scroll_y), len(lines) - 1)][0]

    def bottom_offset(self) -> int:
        lines = self.layout_lines
        if not lines:
            return 0
        last = min(int(self.scroll_y) + self.scrollable_content_region.height, len(lines)) - 1
        return lines[max(last, 0)][1]

    def reveal(self, offset: int) -> None:
        """Scroll so that the line with ``offset`` is on screen (a third of the way down if it was not)."""
        if self._layout is None:
            return
        line = self._layout.line_of(offset)
        height = max(self.scrollable_content_region.height, 1)
        top = int(self.scroll_y)
        if top <= line < top + height:
            return
        self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True)

    # ------------------------------------------------------------------ cursor

    @property
    def current_actor_id(self) -> str | None:
        cursor = self.cursor
        if cursor is None or self.analysis is None:
            return None
        if cursor.kind == MENTION:
            return self._stops[cursor.index].actor
        if cursor.kind == QUOTE:
            return self.analysis.quotes[cursor.index].speaker
        return None

    @property
    def current_mention(self) -> Mention | None:
        if self.cursor is not None and self.cursor.kind == MENTION:
            return self._stops[self.cursor.index]
        return None

    @property
    def current_quote(self) -> Quote | None:
        if self.cursor is not None and self.cursor.kind == QUOTE and self.analysis is not None:
            return self.analysis.quotes[self.cursor.index]
        return None

    def _origin(self, forward: bool) -> tuple[int, int]:
        if self.cursor is not None:
            return self.cursor.span
        return nav.origin(self.top_offset() if forward else self.bottom_offset())

    def _move(self, kind: str, index: int | None, spans: list[tuple[int, int]]) -> bool:
        if index is None:
            self.app.bell()
            return False
        start, end = spans[index]
        self.cursor = Cursor(kind, start, end, index)
        self._index_current_actor()
        self._changed()
        self.reveal(start)
        self._announce()
        return True

    def next_mention(self) -> bool:
        return self._move(MENTION, nav.following(self._stop_spans, self._origin(True)), self._stop_spans)

    def previous_mention(self) -> bool:
        return self._move(MENTION, nav.preceding(self._stop_spans, self._origin(False)), self._stop_spans)

    def _same_actor(self, forward: bool) -> bool:
        actor_id = self.current_actor_id
        if actor_id is None:
            self.notify("Put the cursor on a mention first (press ] or choose an actor).",
                        severity="warning", timeout=3)
            return False
        spans = [(m.start, m.end) for m in self._actor_stops.get(actor_id, [])]
        step = nav.cycle_next if forward else nav.cycle_prev
        index = step(spans, self.cursor.span if self.cursor else self._origin(forward))
        if index is None:
            self.app.bell()
            return False
        return self._move(MENTION, self._stop_spans.index(spans[index]), self._stop_spans)

    def next_same_actor(self) -> bool:
        return self._same_actor(True)

    def previous_same_actor(self) -> bool:
        return self._same_actor(False)

    def next_quote(self) -> bool:
        return self._move(QUOTE, nav.following(self._quote_spans, self._origin(True)), self._quote_spans)

    def previous_quote(self) -> bool:
        return self._move(QUOTE, nav.preceding(self._quote_spans, self._origin(False)), self._quote_spans)

    def go_to_actor(self, actor_id: str) -> bool:
        """The cursor on the actor's first mention."""
        stops = self._actor_stops.get(actor_id)
        if not stops:
            self.notify("This actor's mentions are hidden (see the palette's kind toggles).",
                        severity="warning", timeout=3)
            return False
        first = stops[0]
        return self._move(MENTION, self._stop_spans.index((first.start, first.end)), self._stop_spans)

    def go_to_quote(self, index: int) -> bool:
        if not 0 <= index < len(self._quote_spans):
            return False
        return self._move(QUOTE, index, self._quote_spans)

    def go_to_offset(self, offset: int) -> bool:
        """Make the mention at ``offset`` current (a click); False if there is none."""
        index = nav.containing(self._stop_spans, offset)
        if index is None:
            return False
        return self._move(MENTION, index, self._stop_spans)

    # ------------------------------------------------------------------ annotations

    @property
    def current_annotation(self) -> Placed | None:
        """The annotation the cursor is on: the annotation cursor's, else the innermost
        annotation holding the cursor's start."""
        cursor = self.cursor
        if cursor is None:
            return None
        if cursor.kind == ANNOTATION:
            return self.placements.placed[cursor.index]
        holding = self.placements.at(cursor.start)
        return min(holding, key=lambda p: p.end - p.start) if holding else None

    def _move_annotation(self, forward: bool) -> bool:
        spans = self._ann_spans
        if not spans:
            self.notify("No annotations in this article yet (v selects, h highlights).",
                        severity="warning", timeout=3)
            return False
        cursor = self.cursor
        if cursor is not None and cursor.kind == ANNOTATION:
            index = cursor.index + (1 if forward else -1)
            index = index if 0 <= index < len(spans) else None
        elif forward:
            index = nav.following(spans, self._origin(True))
        else:
            index = nav.preceding(spans, self._origin(False))
        return self._move(ANNOTATION, index, spans)

    def next_annotation(self) -> bool:
        return self._move_annotation(True)

    def previous_annotation(self) -> bool:
        return self._move_annotation(False)

    def go_to_annotation(self, annotation_id: str) -> bool:
        ids = [p.annotation.id for p in self.placements.placed]
        if annotation_id not in ids:
            return False
        return self._move(ANNOTATION, ids.index(annotation_id), self._ann_spans)

    def go_to_span(self, start: int, end: int) -> None:
        """Show a span that is no stop of the cursor (a correction): the mention there if any."""
        if not self.go_to_offset(start):
            self.cursor = None
            self._index_current_actor()
            self._changed()
            self.reveal(start)
            self._announce()

    # ------------------------------------------------------------------ selection

    def _units_of(self, unit: str) -> list[tuple[int, int]]:
        if unit not in self._units:
            text = self._text
            if unit == WORD:
                spans = word_spans(text)
            elif unit == SENTENCE:
                spans = sentence_spans(text)
            elif unit == PARAGRAPH:
                spans = paragraphs(text)
            else:
                spans = sorted(set(self._stop_spans) | set(self._quote_spans))
            self._units[unit] = spans
        return self._units[unit]

    def sentence_at(self, offset: int) -> tuple[int, int] | None:
        return unit_at(self._units_of(SENTENCE), offset)

    def cursor_offset(self) -> int:
        """Where the reader is: the cursor's start, else the first character on screen."""
        if self.cursor is not None:
            return self.cursor.start
        return word_at(self._text, self.top_offset())[0] if self._text else 0

    def start_selection(self) -> bool:
        """Start a selection on the cursor's span, or on the first word on screen."""
        if not self._text:
            self.app.bell()
            return False
        if self.cursor is not None:
            start, end = self.cursor.span
        else:
            start, end = word_at(self._text, self.top_offset())
        self.selection = Selection.on(start, end)
        self._changed()
        self.reveal(start)
        self._announce()
        self.refresh_bindings()
        return True

    def end_selection(self) -> None:
        if self.selection is not None:
            self.selection = None
            self._changed()
            self._announce()
            self.refresh_bindings()

    @property
    def selection_span(self) -> tuple[int, int] | None:
        return self.selection.span if self.selection is not None else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "extend":
            return self.selection is not None
        return True

    def action_extend(self, unit: str, step: int) -> None:
        if self.selection is None:
            return
        moved = self.selection.extend(self._units_of(unit), step > 0)
        if moved is None:
            self.app.bell()
            return
        self.selection = moved
        self._changed()
        self.reveal(moved.moving_end)
        self._announce()

    def search(self, query: str) -> int:
        """Highlight every match of ``query``; returns how many there are."""
        self.query = query
        self._matches = nav.find_all(self.article.text if self.article else "", query)
        self._match_index = SpanIndex(self._matches)
        if self.cursor is not None and self.cursor.kind == MATCH:
            self.cursor = None
        self._changed()
        self._announce()
        return len(self._matches)

    def next_match(self) -> bool:
        return self._move(MATCH, nav.cycle_next(self._matches, self._origin(True)), self._matches)

    def previous_match(self) -> bool:
        return self._move(MATCH, nav.cycle_prev(self._matches, self._origin(False)), self._matches)

    def clear(self) -> None:
        self.cursor = None
        self.query = ""
        self._matches = []
        self._match_index = SpanIndex([])
        self._index_current_actor()
        self._changed()
        self._announce()

    def action_clear(self) -> None:
        if self.selection is not None:
            self.end_selection()
            return
        self.clear()

    def status(self) -> str:
        """What the status line says about the cursor: ``Vladimir Putin · 2/6``."""
        if self.selection is not None:
            start, end = self.selection.span
            return (f"Selecting “{one_line(self._text[start:end], 40)}” ({end - start} characters) — "
                    "w b word · ) ( sentence · } { paragraph · ] [ entity · h highlight · a note · "
                    "t tag · esc cancel")
        cursor = self.cursor
        analysis = self.analysis
        if cursor is not None and cursor.kind == ANNOTATION:
            ann = self.placements.placed[cursor.index].annotation
            parts = [f"{KIND_NAMES.get(ann.kind, ann.kind)} "
                     f"{nav.position_label(cursor.index, len(self._ann_spans))}"]
            colour = ann.colour_with(self.tag_colours)
            if colour:
                parts.append(colour)
            if ann.note:
                parts.append(f"“{one_line(ann.note, 40)}”")
            if ann.tags:
                parts.append(", ".join(one_line(t, 20) for t in ann.tags))
            return " · ".join(parts)
        if cursor is None or analysis is None and cursor.kind != MATCH:
            if self.query:
                return f"“{one_line(self.query, 30)}” · {len(self._matches)} matches"
            return ""
        if cursor.kind == MENTION:
            mention = self._stops[cursor.index]
            actor = analysis.actor(mention.actor)
            stops = self._actor_stops.get(mention.actor or "", [])
            name = one_line(actor.name if actor else mention.text, 40)
            place = stops.index(mention) if mention in stops else 0
            return f"{name} · {nav.position_label(place, len(stops))}"
        if cursor.kind == QUOTE:
            quote = analysis.quotes[cursor.index]
            speaker = analysis.actor(quote.speaker)
            who = one_line(speaker.name, 40) if speaker else "unattributed"
            return f"Quote {nav.position_label(cursor.index, len(analysis.quotes))} · {who}"
        return f"“{one_line(self.query, 30)}” · {nav.position_label(cursor.index, len(self._matches))}"

    def _announce(self) -> None:
        self.post_message(self.CursorMoved(self, self.current_actor_id, self.status()))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self._layout is None:
            return
        line = int(self.scroll_y) + offset.y
        char = self._layout.offset_at(line, offset.x - self._left - GUTTER)
        if char is not None:
            self.go_to_offset(char)

    # ------------------------------------------------------------------ drawing

    def _changed(self) -> None:
        self._cache.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()  # the theme changed: the highlight colours with it

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line_index = int(self.scroll_y) + y
        base = self.rich_style
        layout = self._layout
        if layout is None or line_index >= len(layout.lines):
            return Strip.blank(width, base)
        key = (line_index, base)  # the base style changes with the theme and the focus tint
        body = self._cache.get(key)
        if body is None:
            body = self._render_body(line_index, base)
            self._cache[key] = body
        right = max(0, width - self._left - GUTTER - self._column - OVERVIEW)
        overview = self._overview_cell(y, base)
        margin = Strip.blank(right, base)
        mark = self._mark_lines.get(line_index)
        if mark is not None and right >= 1:
            gap = 1 if right >= 2 else 0
            margin = Strip.join([Strip.blank(gap, base),
                                 Strip([Segment(mark, base + self._style("note-mark"))], 1),
                                 Strip.blank(right - gap - 1, base)])
        return Strip.join([Strip.blank(self._left, base), body, margin, overview]
                          ).crop_extend(0, width, base)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"article-view--{name}", partial=True)

    def _render_body(self, line_index: int, base: Style) -> Strip:
        """The gutter and the text of one display line, ``GUTTER + column`` cells wide."""
        start, end = self._layout.lines[line_index]
        text = Text(self._text[start:end].replace("\n", " "), no_wrap=True, end="")

        def paint(index: SpanIndex, style: Style, only: int | None = None) -> None:
            for i in index.overlapping(start, end) if only is None else [only]:
                s, e = index.spans[i]
                if s < end and e > start:
                    text.stylize(style, max(s, start) - start, min(e, end) - start)

        quote_style = self._style("quote")
        paint(self._quote_index, quote_style)
        analysis = self.analysis
        if analysis is not None:
            kind_styles = {kind: self._style(kind) for kind in KINDS}
            for i in self._mention_index.overlapping(start, end):
                mention = self._stops[i]
                style = kind_styles.get(self._kind_of(mention) or "")
                if style is not None:
                    text.stylize(style, max(mention.start, start) - start, min(mention.end, end) - start)
            paint(self._corrected_index, self._style("corrected"))
        # Annotations set only a background: the entities' colours show through.
        for i in self._ann_index.overlapping(start, end):
            style = self._annotation_style(self.placements.placed[i], base)
            if style is not None:
                paint(self._ann_index, style, only=i)
        if analysis is not None:
            paint(self._inferred_index, self._style("inferred"))
            paint(self._actor_index, self._style("actor"))
        paint(self._match_index, self._style("match"))
        cursor = self.cursor
        gutter = Strip.blank(GUTTER, base)
        if cursor is not None and cursor.start < end and cursor.end > start:
            name = {MENTION: "cursor", QUOTE: "quote-cursor", MATCH: "match-cursor",
                    ANNOTATION: "annotation-cursor"}[cursor.kind]
            text.stylize(self._style(name), max(cursor.start, start) - start, min(cursor.end, end) - start)
        selection = self.selection
        if selection is not None:
            s, e = selection.span
            if s < end and e > start:
                text.stylize(self._style("selection"), max(s, start) - start, min(e, end) - start)
        marker = None
        if cursor is not None and self._layout.line_of(cursor.start) == line_index:
            marker = "▶"
        elif self._actor_lines and _contains(self._actor_lines, line_index):
            marker = "▎"
        if marker is not None:
            gutter = Strip([Segment(marker, base + self._style("gutter-mark")), Segment(" ", base)], GUTTER)
        body = Strip(list(text.render(self.app.console)), text.cell_len).apply_style(base)
        return Strip.join([gutter, body.crop_extend(0, self._column, base)])

    def _annotation_style(self, placed: Placed, base: Style) -> Style | None:
        """A background for the annotation: its colour's, laid over the view's background at the
        colour's opacity (Rich styles have no alpha), so one rule reads well in any theme."""
        ann = placed.annotation
        colour = ann.colour_with(self.tag_colours)
        if colour is None:
            if ann.kind == BOOKMARK:
                return None
            name = "annotated"
        else:
            name = f"hl-{colour}"
        try:
            styles = self.get_component_styles(f"article-view--{name}")
        except KeyError:
            return None
        under = Color.from_rich_color(base.bgcolor) if base.bgcolor else Color(0, 0, 0)
        return Style(bgcolor=(under + styles.background).rich_color)

    def _overview_cell(self, row: int, base: Style) -> Strip:
        """One cell of the overview column: marks the rows whose share of the text holds the current actor."""
        height = max(self.scrollable_content_region.height, 1)
        total = max(len(self._layout.lines), 1) if self._layout else 1
        if self._actor_lines:
            first = row * total // height
            last = max((row + 1) * total // height, first + 1)
            i = bisect_left(self._actor_lines, first)
            if i < len(self._actor_lines) and self._actor_lines[i] < last:
                return Strip([Segment("▐", base + self._style("overview-mark"))], 1)
        return Strip.blank(OVERVIEW, base)


def _contains(sorted_values: list[int], value: int) -> bool:
    i = bisect_left(sorted_values, value)
    return i < len(sorted_values) and sorted_values[i] == value
