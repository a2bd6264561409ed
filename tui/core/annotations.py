"""The reader's annotations, as plain data.

An ``Annotation`` marks one span of an article (its ``Anchor``) as a highlight, a note, a set
of tags or a bookmark; one annotation may carry a colour, a note and tags together, and its
``kind`` says what the reader meant first (the W3C motivation). A ``Correction``
(``tui.core.correction_records``) fixes the analysis; it is kept as an annotation of kind
``correction`` so it is stored, listed, deleted and undone the same way. ``place`` finds each
annotation in the current text (``Placements``, ``tui.core.placements``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Iterable

from tui.core.anchoring import POSITION, Anchor, Placement, locate
# The kinds and colours are annotations' vocabulary too: their home is light, for what is drawn
# before any annotation is read.
from tui.core.annotation_kinds import (BOOKMARK, COLOURS, CORRECTION, DEFAULT_COLOUR, HIGHLIGHT,  # noqa: F401
                                       KINDS_OF_ANNOTATION, MOTIVATIONS, NOTE, TAG)
from tui.core.placements import Placements

if TYPE_CHECKING:
    from tui.core.correction_records import Correction


class AnnotationError(ValueError):
    """An annotation that cannot be made as asked; the message is shown to the reader."""


def parse_tags(raw: str | Iterable[str]) -> tuple[str, ...]:
    """Tags from ``"a, b ,c"`` (or a list): trimmed, inner spaces collapsed, no empties, no
    repeats (ignoring case; the first spelling wins)."""
    items = raw.split(",") if isinstance(raw, str) else list(raw)
    seen: set[str] = set()
    tags: list[str] = []
    for item in items:
        tag = " ".join(str(item).split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tuple(tags)


def check_colour(colour: str | None) -> str | None:
    if colour is not None and colour not in COLOURS:
        raise AnnotationError(f"unknown colour {colour!r}; choose one of {', '.join(COLOURS)}")
    return colour


# ---------------------------------------------------------------- annotations


@dataclass(frozen=True, slots=True)
class Annotation:
    id: str
    source: str  # the article's storage key (see tui.storage.annotation_store.source_key)
    kind: str  # one of KINDS_OF_ANNOTATION
    anchor: Anchor
    text_digest: str  # of the article text the anchor was made on
    colour: str | None = None
    note: str = ""
    tags: tuple[str, ...] = ()
    created: float = 0.0
    updated: float = 0.0
    title: str = ""  # the article's title when annotated, for exports of a vanished file
    correction: Correction | None = None
    deleted: float | None = None

    @property
    def motivation(self) -> str:
        return MOTIVATIONS[self.kind]

    @property
    def exact(self) -> str:
        return self.anchor.exact

    def colour_with(self, tag_colours: dict[str, str]) -> str | None:
        """Its own colour, else that of its first tag linked to a colour."""
        if self.colour:
            return self.colour
        for tag in self.tags:
            if tag in tag_colours:
                return tag_colours[tag]
        return DEFAULT_COLOUR if self.kind == HIGHLIGHT else None

    def edited(self, **changes: Any) -> "Annotation":
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Placed:
    """An annotation found in the current text."""

    annotation: Annotation
    start: int
    end: int
    method: str  # how it was found: anchoring.POSITION, QUOTE or FUZZY

    @property
    def moved(self) -> bool:
        a = self.annotation.anchor
        return (self.start, self.end) != (a.start, a.end)


def place(annotations: Iterable[Annotation], text: str, digest: str | None = None) -> Placements:
    """Place each annotation in ``text``; ``digest`` (of ``text``) lets unchanged texts skip
    the search."""
    out = Placements()
    for ann in annotations:
        where: Placement | None
        a = ann.anchor
        if digest is not None and ann.text_digest == digest and text[a.start:a.end] == a.exact:
            where = Placement(a.start, a.end, POSITION)
        else:
            where = locate(a, text)
        if where is None:
            out.orphans.append(ann)
        else:
            out.placed.append(Placed(ann, where.start, where.end, where.method))
    out.placed.sort(key=lambda p: (p.start, p.end, p.annotation.created))
    out.orphans.sort(key=lambda a: a.created)
    return out
