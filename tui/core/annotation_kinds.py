"""The kinds of annotation and the highlight colours: the tables of ``tui.core.annotations``.

Plain constants in their own module, so what is drawn before any annotation is read (the
reader's colour classes and keys, the margin's marks) can name them without building the
annotation types; ``tui.core.annotations`` imports them from here.
"""

from __future__ import annotations

HIGHLIGHT = "highlight"
NOTE = "note"
TAG = "tag"
BOOKMARK = "bookmark"
CORRECTION = "correction"
KINDS_OF_ANNOTATION = (HIGHLIGHT, NOTE, TAG, BOOKMARK, CORRECTION)

# W3C Web Annotation motivations (https://www.w3.org/TR/annotation-vocab/#motivation).
MOTIVATIONS = {
    HIGHLIGHT: "highlighting",
    NOTE: "commenting",
    TAG: "tagging",
    BOOKMARK: "bookmarking",
    CORRECTION: "editing",
}

# Highlight colours in the order the number keys pick them (1 = the first).
COLOURS = ("yellow", "green", "blue", "pink", "orange", "purple")
DEFAULT_COLOUR = COLOURS[0]
