"""Quotes by sort (issue 7's reader part): the Quotes tab marks and filters verbatim, reported,
mixed, evidence and belief quotes; ' and " go from a mention to the actor's own quotes."""

from __future__ import annotations

from app_support import app_test, cursor_span, running, status
from tui.core.reading.quote_kinds import FILTERS, sort_of


def quote_ids(panel) -> list[int]:
    return [int(option.id.split(":")[1]) for option in
            (panel.get_option_at_index(i) for i in range(panel.option_count))
            if option.id and option.id.startswith("quote:")]


@app_test
async def test_apostrophe_goes_to_the_actors_quotes_and_the_quotes_tab_filters_by_sort(home, sample_analysis):
    """One session for two tests: ' and " go from a mention to the actor's own quotes; the
    Quotes tab filters by sort and says what it shows."""
    sorts = {sort_of(q) for q in sample_analysis.quotes}
    assert len(sorts) > 1  # the sample has more than verbatim quotes, or this test proves nothing
    speaker = next(a for a in sample_analysis.actors_by_salience() if len(sample_analysis.quotes_of(a.id)) > 1)
    own = sorted(sample_analysis.quotes_of(speaker.id), key=lambda q: q.start)
    async with running() as (app, pilot):
        app.reader.go_to_actor(speaker.id)
        await pilot.pause()
        first_mention = cursor_span(app)
        await pilot.press("apostrophe")
        after = [q for q in own if q.start >= first_mention[1]] or own
        assert cursor_span(app) == (after[0].start, after[0].end)
        assert status(app).startswith("Quote ")
        await pilot.press("quotation_mark")
        before = own[own.index(after[0]) - 1]
        assert cursor_span(app) == (before.start, before.end)

        await pilot.press("tab", "right")
        panel = app.reader.sidebar.panel("quotes")
        assert sorted(quote_ids(panel)) == list(range(len(sample_analysis.quotes)))
        assert str(panel.get_option_at_index(0).prompt).startswith("All: ")
        for name, hidden in FILTERS[1:]:
            await pilot.press("f")
            assert str(panel.get_option_at_index(0).prompt).startswith(f"{name}: ")
            expected = [i for i, q in enumerate(sample_analysis.quotes) if sort_of(q) not in hidden]
            assert sorted(quote_ids(panel)) == expected
        await pilot.press("f")  # round to all quotes again
        assert sorted(quote_ids(panel)) == list(range(len(sample_analysis.quotes)))
