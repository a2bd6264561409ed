"""What a reader calls each sort of quote, and the filter of the Quotes tab.

The analysis says how a quote is written (``kind``: direct, indirect, mixed) and what its source
is (``source_class``: speech, evidence, belief); a reader thinks of one sort: said word for word,
reported, partly quoted, shown by a document, or held as a belief.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.analysis_kinds import BELIEF, EVIDENCE, INDIRECT, MIXED

if TYPE_CHECKING:
    from tui.core.model import Quote

VERBATIM, REPORTED, MIXED_SORT, EVIDENCE_SORT, BELIEF_SORT = (
    "verbatim", "reported", "mixed", "evidence", "belief")
SORTS = (VERBATIM, REPORTED, MIXED_SORT, EVIDENCE_SORT, BELIEF_SORT)
SORT_TITLES = {VERBATIM: "Verbatim", REPORTED: "Reported", MIXED_SORT: "Mixed",
               EVIDENCE_SORT: "Evidence", BELIEF_SORT: "Beliefs and plans"}
SORT_MARKS = {VERBATIM: "“", REPORTED: "~", MIXED_SORT: "≈", EVIDENCE_SORT: "▤", BELIEF_SORT: "?"}


# The Quotes tab's filters, in the order ``f`` steps through them: a name and the sorts hidden.
FILTERS: tuple[tuple[str, frozenset[str]], ...] = (
    ("All", frozenset()),
    ("Said", frozenset({EVIDENCE_SORT, BELIEF_SORT})),
    ("Verbatim", frozenset(SORTS) - {VERBATIM}),
    ("Evidence", frozenset(SORTS) - {EVIDENCE_SORT}),
    ("Beliefs and plans", frozenset(SORTS) - {BELIEF_SORT}),
)


def sort_of(quote: Quote) -> str:
    """The one sort a quote is listed and filtered as: its source first (a poll that "shows"
    is evidence however it is written), then how it is written."""
    if quote.source_class == EVIDENCE:
        return EVIDENCE_SORT
    if quote.source_class == BELIEF:
        return BELIEF_SORT
    if quote.kind == MIXED:
        return MIXED_SORT
    if quote.kind == INDIRECT:
        return REPORTED
    return VERBATIM


def shown(quotes: list[Quote], hidden: frozenset[str]) -> list[int]:
    """The indexes of the quotes whose sort is not hidden, in text order."""
    return [i for i, q in enumerate(quotes) if sort_of(q) not in hidden]
