"""What the status line says: about the cursor (``Vladimir Putin · 2/6``), the selection, or the
article as a whole. Key hints come from ``keys`` (binding id -> the key shown), which the UI
builds from the live bindings, so a user's keymap shows in the hints."""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping

from tui.core import navigation as nav
from tui.core.reading.cursor import Cursor, CursorKind
from tui.core.reading.marks import KIND_NAMES
from tui.core.reading.quote_kinds import SORT_TITLES, VERBATIM, sort_of
from tui.core.reading.speaker_names import speaker_words
from tui.core.textsafe import one_line

if TYPE_CHECKING:
    from tui.core.model import Analysis
    from tui.core.reading.stops import Stops

ANALYSING = "Analysing… (the first analysis loads the language model)"

# (binding ids, what they do) of the hints shown while selecting, in this order.
SELECTION_HINTS = (
    (("select-word-forward", "select-word-back"), "word"),
    (("select-sentence-forward", "select-sentence-back"), "sentence"),
    (("select-paragraph-forward", "select-paragraph-back"), "paragraph"),
    (("select-entity-forward", "select-entity-back"), "entity"),
    (("highlight",), "highlight"),
    (("note",), "note"),
    (("tag",), "tag"),
    (("clear",), "cancel"),
)
IDLE_HINTS = ((("next-mention",), "next mention"), (("next-quote",), "next quote"), (("help",), "help"))


def hints(pairs, keys: Mapping[str, str], separator: str) -> str:
    return separator.join(" ".join(keys.get(i, i) for i in ids) + " " + what for ids, what in pairs)


def cursor_status(stops: Stops, cursor: Cursor | None, tag_colours: Mapping[str, str]) -> str:
    """The cursor's place: the actor and its mention count, the quote and its speaker, the
    annotation and its note, or the search match; without a cursor, the search if any."""
    analysis = stops.analysis
    if cursor is not None and cursor.kind == CursorKind.ANNOTATION:
        ann = stops.placements.placed[cursor.index].annotation
        parts = [f"{KIND_NAMES.get(ann.kind, ann.kind)} "
                 f"{nav.position_label(cursor.index, len(stops.annotation_spans))}"]
        colour = ann.colour_with(dict(tag_colours))
        if colour:
            parts.append(colour)
        if ann.note:
            parts.append(f"“{one_line(ann.note, 40)}”")
        if ann.tags:
            parts.append(", ".join(one_line(t, 20) for t in ann.tags))
        return " · ".join(parts)
    if cursor is None or analysis is None and cursor.kind != CursorKind.MATCH:
        if stops.query:
            return f"“{one_line(stops.query, 30)}” · {len(stops.matches)} matches"
        return ""
    if cursor.kind == CursorKind.MENTION:
        mention = stops.mentions[cursor.index]
        actor = analysis.actor(mention.actor)
        own = stops.actor_spans(mention.actor)
        name = one_line(actor.name if actor else mention.text, 40)
        place = own.index(cursor.span) if cursor.span in own else 0
        return f"{name} · {nav.position_label(place, len(own))}"
    if cursor.kind == CursorKind.QUOTE:
        quote = stops.quotes[cursor.index]
        who = speaker_words(analysis, quote) or "unattributed"
        sort = sort_of(quote)
        told = "" if sort == VERBATIM else f" · {SORT_TITLES[sort].lower()}"  # verbatim goes unsaid
        return f"Quote {nav.position_label(cursor.index, len(stops.quotes))} · {who}{told}"
    return f"“{one_line(stops.query, 30)}” · {nav.position_label(cursor.index, len(stops.matches))}"


KEPT_SELECTION_HINTS = SELECTION_HINTS[4:]


def selection_status(text: str, span: tuple[int, int], keys: Mapping[str, str], kept: bool = False) -> str:
    """``kept``: the second ``v`` ended the selection; it waits for an annotation key."""
    start, end = span
    what = "Selected" if kept else "Selecting"
    return (f"{what} “{one_line(text[start:end], 40)}” ({end - start} characters) — "
            + hints(KEPT_SELECTION_HINTS if kept else SELECTION_HINTS, keys, " · "))


def idle_status(analysis: Analysis | None, analysing: bool, keys: Mapping[str, str]) -> str:
    """The status line without a cursor: the article's counts and the first keys to try."""
    if analysing:
        return ANALYSING
    if analysis is None:
        return ""
    return (f"{len(analysis.actors)} actors · {len(analysis.quotes)} quotes — "
            + hints(IDLE_HINTS, keys, ", "))
