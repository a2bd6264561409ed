"""Who said a quote, in words: the speaker's name, or the description the text gives of an
unnamed source ("some analysts", "a senior official"), which the analysis keeps though it links
no actor. Unnamed sources are grouped under one heading wherever quotes are listed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.textsafe import one_line

if TYPE_CHECKING:
    from tui.core.model import Analysis, Quote

UNNAMED_SOURCES = "Unnamed sources"
UNATTRIBUTED = "Unattributed"


def description(quote: Quote) -> str | None:
    """The words the text uses for a speaker who is no actor, cleaned up for one line."""
    words = " ".join((quote.speaker_text or "").split())
    return words or None


def speaker_words(analysis: Analysis, quote: Quote, width: int = 40) -> str | None:
    """The speaker's name, else the description of the unnamed source, else None."""
    actor = analysis.actor(quote.speaker) if quote.speaker else None
    if actor is not None:
        return one_line(actor.name, width)
    words = description(quote)
    return one_line(words, width) if words else None
