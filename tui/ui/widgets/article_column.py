"""The article as a readable column: the text wrapped to at most 80 cells, centred, scrolled;
display lines map to text offsets and back (``tui.core.layout``)."""

from __future__ import annotations

import threading

from rich.style import Style
from textual.actions import SkipAction
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.layout import Layout
from tui.ui.widgets.article_painter import GUTTER

MAX_COLUMN = 80  # cells: a comfortable line length for reading
MIN_COLUMN = 12
OVERVIEW = 1  # the rightmost cell: where the current actor's mentions fall in the whole text


class ArticleColumn(ScrollView):
    def __init__(self, *, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.text = ""  # the neutralised text, same length as the article's
        self.column = MAX_COLUMN
        self.left = 0
        self._layout: Layout | None = None
        self._frame: tuple[Style, Region] | None = None  # see render_lines
        # Set once lines of the text are drawn (a new text gets a new event): the reader reads the
        # analysis only then, so the text is never late for work it does not need.
        self.painted = threading.Event()

    def render_lines(self, crop: Region) -> list[Strip]:
        # The base style and the region are the same for every line of one repaint, and computing
        # them (ancestors' styles, scrollbars) for each line cost a third of drawing it.
        self._frame = (self.rich_style, self.scrollable_content_region)
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None
            if not self.painted.is_set():
                # Once the frame is on screen, not while the rest of it is drawn: the analysis
                # worker this wakes would take the interpreter from it.
                self.call_after_refresh(self.painted.set)

    def frame(self) -> tuple[Style, Region]:
        """The base style and the scrollable region, computed once per repaint."""
        return self._frame or (self.rich_style, self.scrollable_content_region)

    def _laid_out(self) -> None:
        """The lines changed: what is indexed by line must be indexed again."""
        self.refresh()

    # ------------------------------------------------------------------ layout

    def _relayout(self, keep_position: bool = True) -> None:
        # Before the first layout there is no size: a full column is the likely one, so a long
        # text is not wrapped twice before its first paint (at a guess, then at the real width).
        width = self.scrollable_content_region.width or self.size.width or MAX_COLUMN + GUTTER + OVERVIEW + 2
        column = max(MIN_COLUMN, min(MAX_COLUMN, width - GUTTER - OVERVIEW - 2))
        anchor = None
        if keep_position and self._layout is not None and self._layout.lines:
            anchor = self._layout.lines[min(int(self.scroll_y), len(self._layout.lines) - 1)][0]
        if self._layout is None or self._layout.text is not self.text or self.column != column:
            self._layout = Layout(self.text, column)
        self.column = column
        self.left = max(0, (width - OVERVIEW - GUTTER - column) // 2)
        self.virtual_size = Size(width, len(self._layout.lines))
        self._laid_out()
        if anchor is not None:
            self.scroll_to(y=self._layout.line_of(anchor), animate=False, immediate=True)

    @property
    def layout_lines(self) -> list[tuple[int, int]]:
        return self._layout.lines if self._layout else []

    def line_of(self, offset: int) -> int:
        return self._layout.line_of(offset) if self._layout else 0

    def top_offset(self) -> int:
        """The offset of the first character on screen: where a cursor-less move starts."""
        lines = self.layout_lines
        return lines[min(int(self.scroll_y), len(lines) - 1)][0] if lines else 0

    def bottom_offset(self) -> int:
        lines = self.layout_lines
        if not lines:
            return 0
        last = min(int(self.scroll_y) + self.scrollable_content_region.height, len(lines)) - 1
        return lines[max(last, 0)][1]

    def on_screen(self, offset: int) -> bool:
        top = int(self.scroll_y)
        return top <= self.line_of(offset) < top + max(self.scrollable_content_region.height, 1)

    # The scroll keys jump, never animate: Textual's default actions animate, and each frame of the
    # animation repaints the whole screen, so a page was ~10 repaints and g/G on a long text a
    # second of them.
    def _jump(self, y: float) -> None:
        if not self.allow_vertical_scroll:
            raise SkipAction()
        self.scroll_to(y=max(0.0, y), animate=False, immediate=True)

    def action_scroll_down(self) -> None:
        self._jump(self.scroll_y + 1)

    def action_scroll_up(self) -> None:
        self._jump(self.scroll_y - 1)

    def action_page_down(self) -> None:
        self._jump(self.scroll_y + self.scrollable_content_region.height)

    def action_page_up(self) -> None:
        self._jump(self.scroll_y - self.scrollable_content_region.height)

    def action_scroll_home(self) -> None:
        self._jump(0)

    def action_scroll_end(self) -> None:
        self._jump(self.max_scroll_y)

    def action_half_page(self, step: int) -> None:
        """ctrl+d / ctrl+u, as in less and vim."""
        half = max(self.scrollable_content_region.height // 2, 1)
        self.scroll_to(y=max(0, self.scroll_y + step * half), animate=False)

    def scroll_to_offset(self, offset: int) -> None:
        """Put the line holding ``offset`` at the top of the screen."""
        if self._layout is not None:
            self.scroll_to(y=self._layout.line_of(offset), animate=False, immediate=True)

    def reveal(self, offset: int) -> None:
        """Scroll so that the line with ``offset`` is on screen (a third of the way down if it was not)."""
        if self._layout is None:
            return
        line = self._layout.line_of(offset)
        height = max(self.scrollable_content_region.height, 1)
        top = int(self.scroll_y)
        if not top <= line < top + height:
            self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True)

