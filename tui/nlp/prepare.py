"""A copy of the article text for the model, the same length so every offset holds.

Editorial brackets ("Mr [Aidan] Foster-Carter") break spaCy's names, and curly
apostrophes hide possessives ("Korea’s") from its tokenizer; both are replaced
character for character.
"""

from __future__ import annotations

import re

_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)|(?<=s)’(?=\s)")
_BRACKETS = str.maketrans({"[": " ", "]": " "})


def for_model(text: str) -> str:
    prepared = _APOSTROPHE.sub("'", text).translate(_BRACKETS)
    assert len(prepared) == len(text)
    return prepared
