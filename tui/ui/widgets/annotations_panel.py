"""The Annotations tab: the reader's annotations in text order, then orphans, then corrections.

An option's id is ``ann:<annotation id>``; enter jumps to it, ``e`` edits its note and tags,
``d`` deletes it and ``u`` brings back the last one deleted (the reader does the storing).
Passages, notes and tags are the reader's and the article's text: drawn literally.
"""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.core.annotations import BOOKMARK, COLOURS, Annotation, Placements
from tui.core.article import Article
from tui.core.model import Analysis
from tui.core.reading.marks import KIND_ICONS
from tui.core.textsafe import one_line
from tui.ui import bindings
from tui.ui.widgets.actors_panel import truncate
from tui.ui.widgets.panel import SidebarPanel
from tui.ui.widgets.messages import (AnnotationChosen, AnnotationDeleteRequested,
                                     AnnotationEditRequested, UndoDeleteRequested)

ORPHAN_NOTE = "not found in the current text"


def annotation_option_id(annotation_id: str) -> str:
    return f"ann:{annotation_id}"


class AnnotationsPanel(SidebarPanel):
    TAB_ID: ClassVar[str] = "annotations"
    TAB_TITLE: ClassVar[str] = "Annotations"
    STYLE_PREFIX: ClassVar[str] = "annotations-panel"

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "annotations-panel--header",
        "annotations-panel--detail",
        "annotations-panel--orphan",
        "annotations-panel--corrected",
        *(f"annotations-panel--hl-{colour}" for colour in COLOURS),
    }

    BINDINGS: ClassVar[list[BindingType]] = bindings.ANNOTATIONS_TAB

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.placements = Placements()
        self.corrections = Placements()
        self.tag_colours: dict[str, str] = {}

    # ------------------------------------------------------------ the SidebarPanel protocol

    def show(self, article: Article | None, analysis: Analysis | None) -> None:
        if article is not self.article:
            self.article = article
            self.placements, self.corrections = Placements(), Placements()
            self._rebuild()

    def follow(self, actor_id: str | None, quote_index: int | None) -> None:
        pass  # the reader calls follow_annotation when the annotation cursor moves

    # ------------------------------------------------------------ content

    def show_annotations(self, placements: Placements, corrections: Placements,
                         tag_colours: dict[str, str]) -> None:
        self.placements, self.corrections, self.tag_colours = placements, corrections, dict(tag_colours)
        self._rebuild()

    def follow_annotation(self, annotation_id: str) -> None:
        try:
            index = self.get_option_index(annotation_option_id(annotation_id))
        except Exception:
            return
        if self.highlighted != index:
            self.highlighted = index

    def _header(self, title: str, key: str) -> Option:
        return Option(Text(truncate(title, self._width()), style=self._style("header")),
                      id=f"header:{key}", disabled=True)

    def _prompt(self, ann: Annotation, orphan: bool = False) -> Text:
        width = max(self._width(), 12)
        colour = ann.colour_with(self.tag_colours)
        prompt = Text(end="")
        chip = self._style(f"hl-{colour}") if colour else Style()
        prompt.append("█" if colour else " ", style=chip)
        icon = KIND_ICONS.get(ann.kind, "•")
        passage = one_line(ann.exact)
        quoted = ann.kind != BOOKMARK and not passage.startswith(("“", '"', "‘", "'"))
        prompt.append(f"{icon} " + truncate(f"“{passage}”" if quoted else passage, width - 3))
        details = []
        if ann.note:
            details.append(one_line(ann.note))
        if ann.tags:
            details.append(" ".join(f"#{one_line(t)}" for t in ann.tags))
        if orphan:
            details.append(ORPHAN_NOTE)
        if details:
            prompt.append("\n   " + truncate(" · ".join(details), width - 3), style=self._style("detail"))
        if orphan:
            prompt.stylize(self._style("orphan"))
        return prompt

    def _correction_prompt(self, ann: Annotation, orphan: bool = False) -> Text:
        width = max(self._width(), 12)
        what = ann.correction.describe() if ann.correction is not None else "a correction of a newer version"
        prompt = Text(truncate(f" {KIND_ICONS['correction']} {one_line(what)} (corrected)", width), end="")
        prompt.stylize(self._style("corrected"))
        if orphan:
            prompt.append("\n   " + truncate(ORPHAN_NOTE, width - 3), style=self._style("detail"))
            prompt.stylize(self._style("orphan"))
        return prompt

    def _rebuild(self) -> None:
        highlighted = self.highlighted_option.id if self.highlighted_option is not None else None
        self._built_width = self._width()
        self.clear_options()
        if self.article is None:
            self.add_option(Option(Text("No article", style=self._style("detail")), disabled=True))
            return
        options: list[Option] = []
        placed, orphans = self.placements.placed, self.placements.orphans
        if placed or orphans:
            options.append(self._header(f"Annotations ({len(placed)})", "placed"))
            options.extend(Option(self._prompt(p.annotation), id=annotation_option_id(p.annotation.id))
                           for p in placed)
        if orphans:
            options.append(self._header(f"Not found in the current text ({len(orphans)})", "orphans"))
            options.extend(Option(self._prompt(a, orphan=True), id=annotation_option_id(a.id))
                           for a in orphans)
        fixes = [(p.annotation, False) for p in self.corrections.placed] + \
            [(a, True) for a in self.corrections.orphans]
        if fixes:
            options.append(self._header(f"Corrections ({len(fixes)})", "corrections"))
            options.extend(Option(self._correction_prompt(a, orphan), id=annotation_option_id(a.id))
                           for a, orphan in sorted(fixes, key=lambda f: f[0].created))
        if not options:
            options.append(Option(Text("No annotations yet: v selects, h highlights, a adds a note, "
                                       "t tags, m bookmarks", style=self._style("detail")), disabled=True))
        self.add_options(options)
        if highlighted is not None and highlighted.startswith("ann:"):
            self.follow_annotation(highlighted[4:])

    # ------------------------------------------------------------ keys

    def _highlighted_id(self) -> str | None:
        option = self.highlighted_option
        if option is None or not option.id or not option.id.startswith("ann:"):
            return None
        return option.id[4:]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id and event.option_id.startswith("ann:"):
            self.post_message(AnnotationChosen(event.option_id[4:]))

    def action_edit(self) -> None:
        ident = self._highlighted_id()
        if ident is not None:
            self.post_message(AnnotationEditRequested(ident))

    def action_delete(self) -> None:
        ident = self._highlighted_id()
        if ident is not None:
            self.post_message(AnnotationDeleteRequested(ident))

    def action_undo_delete(self) -> None:
        self.post_message(UndoDeleteRequested())
