"""How well a typed query matches a name and its aliases, for every chooser of actors.

Whole words first ("ken" is Ken Gause before Antony Blinken), then word prefixes, then any
substring; a query of several words needs each of them to match. A score of 0 is no match.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence, TypeVar

WHOLE_WORD, WORD_PREFIX, SUBSTRING = 3, 2, 1
_WORD = re.compile(r"\w+", re.UNICODE)

T = TypeVar("T")


def _word_score(word: str, name: str) -> int:
    words = _WORD.findall(name)
    if word in words:
        return WHOLE_WORD
    if any(w.startswith(word) for w in words):
        return WORD_PREFIX
    return SUBSTRING if word in name else 0


def score(query: str, names: Iterable[str]) -> float:
    """The best match of ``query`` over ``names`` (a name and its aliases); 0 when none matches.
    An empty query matches everything equally."""
    words = query.casefold().split()
    if not words:
        return 1.0
    best = 0.0
    for name in names:
        folded = name.casefold()
        scores = [_word_score(w, folded) for w in words]
        if min(scores) == 0:
            continue
        exact = 0.5 if folded == query.casefold().strip() else 0.0
        best = max(best, sum(scores) / len(scores) + exact)
    return best


def ranked(query: str, items: Sequence[T], names_of) -> list[T]:
    """The items matching ``query``, best first; ties keep the given order (salience)."""
    scored = [(score(query, names_of(item)), index, item) for index, item in enumerate(items)]
    return [item for s, index, item in sorted((s for s in scored if s[0] > 0), key=lambda t: (-t[0], t[1]))]
