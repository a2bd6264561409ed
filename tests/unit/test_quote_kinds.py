"""The sorts of quote the Quotes tab shows and filters (tui.core.reading.quote_kinds)."""

from tui.core.model import Quote
from tui.core.reading.quote_kinds import SORTS, shown, sort_of


def test_each_quote_has_one_sort_its_source_before_its_form():
    quotes = [Quote(0, 5, "a", "direct"), Quote(6, 9, "b", "indirect"), Quote(10, 20, "c", "mixed"),
              Quote(21, 30, "d", "indirect", source_class="evidence"),
              Quote(31, 40, "e", "direct", source_class="evidence"),
              Quote(41, 50, "f", "indirect", source_class="belief")]
    assert [sort_of(q) for q in quotes] == ["verbatim", "reported", "mixed", "evidence", "evidence",
                                             "belief"]
    assert set(map(sort_of, quotes)) == set(SORTS)
    assert shown(quotes, frozenset()) == [0, 1, 2, 3, 4, 5]
    assert shown(quotes, frozenset({"evidence", "belief"})) == [0, 1, 2]
