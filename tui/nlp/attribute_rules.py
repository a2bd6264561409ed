"""The model's attribute rules (tag -> part of speech and morphology, a few word exceptions)
applied by table lookups instead of spaCy's ``Matcher``, with the same result.

The ``attribute_ruler`` of the English pipelines is ~180 patterns whose tokens test exact values
(``{"TAG": "NNS"}``, ``{"LOWER": "'s", "TAG": "POS"}``), sets (``{"LOWER": {"IN": [...]}}``) and
a few ``NOT_IN`` and ``REGEX``. spaCy runs them through its general ``Matcher``, which took an
eighth of a parse (as long as the parser). Here the patterns are grouped by the attributes whose
value their first token must have, each group a dict from values to rules; a Doc's attributes are
read once as an array, and the rules a row of values starts are looked up once per distinct row
(most tokens repeat one). A pipeline whose rules use anything else (operators such as ``OP``,
other attributes) keeps spaCy's component.

As in spaCy's component, every rule is matched against the tokens as they come in, then the
matched rules are applied in the order they were added (a later rule wins)."""

from __future__ import annotations

import itertools
import re

from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens._retokenize import set_token_attrs

NAME = "byline_attribute_rules"
# The token attributes a rule may test (names as spaCy's patterns spell them) and their array column.
TESTED = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "TAG": TAG, "POS": POS, "DEP": DEP, "IS_SPACE": IS_SPACE}
COLUMNS = (ORTH, LOWER, TAG, POS, DEP, IS_SPACE)
AT = {column: i for i, column in enumerate(COLUMNS)}


class Unsupported(Exception):
    """A rule tests something these tables cannot: spaCy's own component stays."""


class AttributeRules:
    """A pipeline component doing what the ``AttributeRuler`` it was built from does."""

    def __init__(self) -> None:
        self.rules: list[tuple[dict, int, list]] = []  # attrs, index, patterns (``_token_test`` each)
        # (tested columns) -> {(values) -> [(rule number, pattern)]}, by each pattern's first token
        self.first: dict[tuple[int, ...], dict[tuple[int, ...], list[tuple[int, list]]]] = {}
        self._starting: dict[tuple[int, ...], list[tuple[int, list]]] = {}  # by a token's values

    def compile(self, ruler) -> None:
        """Take the rules of spaCy's ``ruler``; raises ``Unsupported`` for a rule these tables
        cannot apply."""
        strings = ruler.vocab.strings
        for number, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices)):
            patterns = [[_token_test(spec, strings) for spec in pattern]
                        for pattern in ruler.matcher.get(str(number))[1]]
            if any(not pattern for pattern in patterns):
                raise Unsupported("an empty pattern")
            self.rules.append((attrs, index, patterns))
            for pattern in patterns:
                # Indexed by the sets of values its first token must have (no set: every token).
                sets = [(column, what) for column, how, what in pattern[0] if how == "in"]
                table = self.first.setdefault(tuple(column for column, _ in sets), {})
                for values in itertools.product(*(sorted(what) for _, what in sets)):
                    table.setdefault(values, []).append((number, pattern))

    def __call__(self, doc):
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        rows = [tuple(row) for row in doc.to_array(list(COLUMNS)).tolist()]
        found: list[tuple[int, int, int]] = []  # (rule number, start, end), as the Matcher reports
        for start, row in enumerate(rows):
            starting = self._starting.get(row)
            if starting is None:  # a row of values not met before (most tokens repeat one)
                starting = self._starting[row] = self._rules_starting(row, strings)
            for number, pattern in starting:
                end = start + len(pattern)
                if end <= len(rows) and all(_holds(rows[start + k], test, strings)
                                            for k, test in enumerate(pattern[1:], 1)):
                    found.append((number, start, end))
        found.sort()
        seen = set()
        for number, start, end in found:
            if (number, start, end) in seen:
                continue
            seen.add((number, start, end))
            attrs, index, _ = self.rules[number]
            if not -(end - start) <= index < end - start:
                raise ValueError(f"attribute rule {number}: no token {index} in a match of {end - start}")
            set_token_attrs(doc[start + index if index >= 0 else end + index], attrs)
        return doc

    def _rules_starting(self, row: tuple[int, ...], strings) -> list[tuple[int, list]]:
        """The patterns whose first token holds for a token of these values."""
        out = []
        for columns, table in self.first.items():
            for number, pattern in table.get(tuple(row[AT[c]] for c in columns), ()):
                if _holds(row, pattern[0], strings):
                    out.append((number, pattern))
        return out


def _token_test(spec: dict, strings) -> list[tuple[int, str, object]]:
    """One token of a pattern: ``(column, how, what)`` for each attribute tested, ``how`` one of
    "in" (a set of values; an exact value is a set of one), "not_in" (a set), "regex" (a compiled
    expression searched in the value's string), as spaCy's ``Matcher`` reads them."""
    test = []
    for key, value in spec.items():
        column = TESTED.get(key.upper())
        if column is None:
            raise Unsupported(f"{key}: {value!r}")
        if isinstance(value, dict) and len(value) == 1:
            (how, what), = value.items()
            if how in ("IN", "NOT_IN") and isinstance(what, list):
                test.append((column, how.lower(), frozenset(_value(column, v, strings, key) for v in what)))
            elif how == "REGEX" and isinstance(what, str) and column != IS_SPACE:
                test.append((column, "regex", re.compile(what)))
            else:
                raise Unsupported(f"{key}: {value!r}")
        else:
            test.append((column, "in", frozenset([_value(column, value, strings, key)])))
    return test


def _value(column: int, value, strings, key: str) -> int:
    if column == IS_SPACE and isinstance(value, bool):
        return int(value)
    if column != IS_SPACE and isinstance(value, str):
        return strings.add(value)
    raise Unsupported(f"{key}: {value!r}")


def _holds(row: tuple[int, ...], test, strings) -> bool:
    for column, how, what in test:
        value = row[AT[column]]
        if how == "in":
            if value not in what:
                return False
        elif how == "not_in":
            if value in what:
                return False
        elif not what.search(strings[value]):
            return False
    return True


@Language.factory(NAME)
def _make(nlp, name):
    rules = AttributeRules()
    rules.compile(nlp.get_pipe("attribute_ruler"))
    return rules


def install(nlp) -> None:
    """Put the table rules in the place of ``nlp``'s ``attribute_ruler`` (kept, disabled), when
    the pipeline has one and every test of its rules is one the tables apply."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    try:
        nlp.add_pipe(NAME, before="attribute_ruler")  # built from the ruler (``_make``)
    except Unsupported:
        return
    nlp.disable_pipe("attribute_ruler")
