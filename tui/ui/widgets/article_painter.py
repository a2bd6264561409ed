"""Drawing the article's display lines: entity colours, quotes, annotations, the current actor,
search matches, the cursor and the selection, layered on the neutralised text.

Each line's strip (gutter and text) is cached; the view tells the painter which lines a change
touched (``forget``), so a cursor move redraws two lines, not the screen. The text is untrusted:
it is drawn as ``rich.text.Text`` built from plain strings, never parsed as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.cache import LRUCache
from textual.color import Color
from textual.strip import Strip

from tui.core.analysis_kinds import KINDS
from tui.core.annotation_kinds import BOOKMARK
from tui.core.article import BLOCK_QUOTE, CODE, EMPHASIS, HEADING, LINK, STRONG
from tui.core.layout import SpanIndex
from tui.core.reading import CursorKind
from tui.core.reading.marks import contains

if TYPE_CHECKING:
    from tui.core.annotations import Placed
    from tui.ui.widgets.article_view import ArticleView

GUTTER = 2  # a mark for lines holding the current actor, then a space
CURSOR_STYLES = {CursorKind.MENTION: "cursor", CursorKind.QUOTE: "quote-cursor",
                 CursorKind.MATCH: "match-cursor", CursorKind.ANNOTATION: "annotation-cursor"}


# How the structure of a Markdown article is drawn over its plain text (``Article.styles``,
# ``tui.core.article.Styled`` kinds): the markup itself is gone from the text.
MARKUP_STYLES = {HEADING: Style(bold=True), STRONG: Style(bold=True), EMPHASIS: Style(italic=True),
                 LINK: Style(underline=True), CODE: Style(dim=True), BLOCK_QUOTE: Style(italic=True)}


class Painter:
    def __init__(self, view: "ArticleView") -> None:
        self.view = view
        # line -> (the base style it was drawn on, its strip); the base changes with the theme
        # and the focus tint.
        self._cache: LRUCache[int, tuple[Style, Strip]] = LRUCache(1024)

    def forget(self, lines: Iterable[int]) -> None:
        """These lines changed: draw them again."""
        for line in lines:
            self._cache.discard(line)

    def forget_all(self) -> None:
        self._cache.clear()

    def _style(self, name: str) -> Style:
        return self.view.get_component_rich_style(f"article-view--{name}", partial=True)

    def body(self, line_index: int, base: Style) -> Strip:
        """The gutter and the text of one display line, ``GUTTER + column`` cells wide."""
        cached = self._cache.get(line_index)
        if cached is not None and cached[0] == base:
            return cached[1]
        strip = self._draw(line_index, base)
        self._cache[line_index] = (base, strip)
        return strip

    def _draw(self, line_index: int, base: Style) -> Strip:
        view = self.view
        stops = view.stops
        start, end = view.layout_lines[line_index]
        text = Text(view.text[start:end].replace("\n", " "), no_wrap=True, end="")

        def paint(index: SpanIndex, style: Style, only: int | None = None) -> None:
            for i in index.overlapping(start, end) if only is None else [only]:
                s, e = index.spans[i]
                if s < end and e > start:
                    text.stylize(style, max(s, start) - start, min(e, end) - start)

        # Markdown's structure (headings, emphasis, links) under the highlights.
        for styled in view.article.styles if view.article else ():
            if styled.start < end and styled.end > start and styled.kind in MARKUP_STYLES:
                text.stylize(MARKUP_STYLES[styled.kind], max(styled.start, start) - start,
                             min(styled.end, end) - start)
        paint(stops.quote_index, self._style("quote"))
        analysed = stops.analysis is not None
        if analysed:
            kind_styles = {kind: self._style(kind) for kind in KINDS}
            for i in stops.mention_index.overlapping(start, end):
                mention = stops.mentions[i]
                style = kind_styles.get(stops.kind_of(mention) or "")
                if style is not None:
                    text.stylize(style, max(mention.start, start) - start, min(mention.end, end) - start)
            paint(stops.corrected_index, self._style("corrected"))
        # Annotations set only a background: the entities' colours show through.
        for i in stops.annotation_index.overlapping(start, end):
            style = self._annotation_style(stops.placements.placed[i], base)
            if style is not None:
                paint(stops.annotation_index, style, only=i)
        if analysed:
            paint(view.actor.inferred, self._style("inferred"))
            paint(view.actor.mentions, self._style("actor"))
        paint(stops.match_index, self._style("match"))
        cursor = view.cursor
        if cursor is not None and cursor.start < end and cursor.end > start:
            text.stylize(self._style(CURSOR_STYLES[cursor.kind]),
                         max(cursor.start, start) - start, min(cursor.end, end) - start)
        selection = view.selection
        if selection is not None:
            s, e = selection.span
            if s < end and e > start:
                text.stylize(self._style("selection"), max(s, start) - start, min(e, end) - start)
        marker = None
        if cursor is not None and view.line_of(cursor.start) == line_index:
            marker = "▶"
        elif contains(view.actor.lines, line_index):
            marker = "▎"
        gutter = Strip.blank(GUTTER, base)
        if marker is not None:
            gutter = Strip([Segment(marker, base + self._style("gutter-mark")), Segment(" ", base)], GUTTER)
        body = Strip(list(text.render(view.app.console)), text.cell_len).apply_style(base)
        return Strip.join([gutter, body.crop_extend(0, view.column, base)])

    def _annotation_style(self, placed: Placed, base: Style) -> Style | None:
        """A background for the annotation: its colour's, laid over the view's background at the
        colour's opacity (Rich styles have no alpha), so one rule reads well in any theme."""
        ann = placed.annotation
        colour = ann.colour_with(self.view.tag_colours)
        if colour is None:
            if ann.kind == BOOKMARK:
                return None
            name = "annotated"
        else:
            name = f"hl-{colour}"
        try:
            styles = self.view.get_component_styles(f"article-view--{name}")
        except KeyError:
            return None
        under = Color.from_rich_color(base.bgcolor) if base.bgcolor else Color(0, 0, 0)
        return Style(bgcolor=(under + styles.background).rich_color)

    def margin(self, line_index: int, width: int, base: Style) -> Strip:
        """The space right of the column, with the line's annotation mark if it has one."""
        mark = self.view.mark_lines.get(line_index)
        if mark is None or width < 1:
            return Strip.blank(width, base)
        gap = 1 if width >= 2 else 0
        return Strip.join([Strip.blank(gap, base),
                           Strip([Segment(mark, base + self._style("note-mark"))], 1),
                           Strip.blank(width - gap - 1, base)])

    def overview(self, marked: bool, base: Style) -> Strip:
        if marked:
            return Strip([Segment("▐", base + self._style("overview-mark"))], 1)
        return Strip.blank(1, base)
