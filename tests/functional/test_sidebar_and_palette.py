"""Jumping from the sidebar and the command palette; the sidebar follows the cursor."""

from __future__ import annotations

from app_support import app_test, cursor_span, expected_status, palette_choose, running, status, stops_of


def option_text(panel, option_id: str) -> str:
    return str(panel.get_option(option_id).prompt)


@app_test
async def test_actors_tab_lists_actors_by_kind_and_salience_and_jumps(home, sample_analysis):
    async with running() as (app, pilot):
        sidebar = app.reader.sidebar
        panel = sidebar.panel("actors")
        ids = [panel.get_option_at_index(i).id for i in range(panel.option_count)]
        # Headers by kind, actors by salience inside each kind.
        persons = [a.id for a in sample_analysis.actors_by_salience("person")]
        assert ids[0] == "kind:person"
        assert ids[1:1 + len(persons)] == persons
        # Each actor shows its name, mention count and aliases.
        putin = next(a for a in sample_analysis.actors if a.name == "Vladimir Putin")
        text = option_text(panel, putin.id)
        assert "Vladimir Putin" in text and str(len(stops_of(sample_analysis, putin.id))) in text
        assert "Putin" in text.splitlines()[1]

        await pilot.press("tab")
        assert panel.has_focus
        target = sample_analysis.actors_by_salience("place")[0]
        panel.highlighted = panel.get_option_index(target.id)
        await pilot.press("enter")
        first = stops_of(sample_analysis, target.id)[0]
        assert cursor_span(app) == first
        assert status(app) == expected_status(sample_analysis, first)
        await pilot.press("tab")
        assert app.reader.view.has_focus
        # The list follows the cursor: ] onto another actor highlights it.
        await pilot.press("*")
        assert panel.highlighted_option.id == target.id
        await pilot.press("g")


@app_test
async def test_sidebar_can_be_hidden_and_the_quotes_tab_groups_by_speaker_and_jumps(home, sample_analysis):
    """One session for two tests of the sidebar: s hides and shows it; its Quotes tab."""
    async with running() as (app, pilot):
        await pilot.press("s")
        assert not app.reader.sidebar.display
        await pilot.press("tab")
        assert app.reader.view.has_focus
        await pilot.press("s")
        assert app.reader.sidebar.display

        sidebar = app.reader.sidebar
        await pilot.press("tab", "right")
        assert sidebar.active_tab == "quotes"
        panel = sidebar.panel("quotes")
        assert panel.has_focus
        headers = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)
                   if panel.get_option_at_index(i).disabled and panel.get_option_at_index(i).id != "filter"]
        speakers = [a for a in sample_analysis.actors_by_salience() if sample_analysis.quotes_of(a.id)]
        assert headers[0] == f"{speakers[0].name} ({len(sample_analysis.quotes_of(speakers[0].id))})"
        index = len(sample_analysis.quotes) - 1
        quote = sample_analysis.quotes[index]
        panel.highlighted = panel.get_option_index(f"quote:{index}")
        await pilot.press("enter")
        assert cursor_span(app) == (quote.start, quote.end)
        assert status(app).startswith(f"Quote {index + 1}/{len(sample_analysis.quotes)}")
        # Every quote is one line in the list.
        assert all("\n" not in str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count))


@app_test
async def test_palette_go_to_actor_go_to_quote_and_toggle_a_kind(home, sample_analysis):
    """One session for two tests of the command palette's commands."""
    target = next(a for a in sample_analysis.actors if a.name == "Christopher Green")
    quote = sample_analysis.quotes[-1]
    async with running() as (app, pilot):
        await pilot.press("ctrl+p")
        await palette_choose(pilot, "go to a", "Go to actor")  # opens the actors' palette
        await palette_choose(pilot, "christopher", "Christopher Green")
        await pilot.pause()
        first = stops_of(sample_analysis, target.id)[0]
        assert cursor_span(app) == first
        assert status(app) == f"Christopher Green · 1/{len(stops_of(sample_analysis, target.id))}"

        await pilot.press("ctrl+p")
        await palette_choose(pilot, "go to q", "Go to quote")
        await palette_choose(pilot, quote.text[:12], quote.text[:12])
        await pilot.pause()
        assert cursor_span(app) == (quote.start, quote.end)

        await pilot.press("ctrl+p")
        await palette_choose(pilot, "toggle e", "Toggle entity kinds")
        await palette_choose(pilot, "countr", "Countries")
        await pilot.pause()
        assert app.reader.hidden_kinds == {"place"}
        # The cursor now skips places.
        await pilot.press("g", "escape", "]")
        first_shown = next(m for m in sample_analysis.mentions()
                           if sample_analysis.actor(m.actor).kind != "place")
        assert cursor_span(app) == (first_shown.start, first_shown.end)
