"""The kinds an analysis sorts things into: of actor, of quote, of a quote's source.

Plain constants in their own module, so what is drawn before an analysis exists (the reader's
colour classes, the status line's kind toggles) can name them without building the analysis'
types; ``tui.core.model`` imports them from here.
"""

from __future__ import annotations

# Entity kinds, the UI's colour classes and the sidebar's groups.
PERSON = "person"
ORG = "org"
PLACE = "place"
GROUP = "group"
KINDS = (PERSON, ORG, PLACE, GROUP)
KIND_TITLES = {PERSON: "People", ORG: "Organisations", PLACE: "Countries & places", GROUP: "Groups"}

# Quote kinds: words in quotation marks, reported speech, and a reported clause holding
# quoted words (its ``verbatim`` spans).
DIRECT = "direct"
INDIRECT = "indirect"
MIXED = "mixed"
QUOTE_KINDS = (DIRECT, INDIRECT, MIXED)
# Source classes: someone speaking, a document or measurement ("the poll shows"), or a
# belief, want or plan the source holds ("Trump believes …", "Clinton wants to …").
SPEECH = "speech"
EVIDENCE = "evidence"
BELIEF = "belief"
SOURCE_CLASSES = (SPEECH, EVIDENCE, BELIEF)
