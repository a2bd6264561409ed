"""Annotating by key presses: the real app, the real SQLite file, then a restart on it."""

from __future__ import annotations

from app_support import SAMPLE, app_test, cursor_span, paste, running, status

from tui.core.annotations import BOOKMARK, HIGHLIGHT, NOTE, TAG
from tui.sources import load_one
from tui.storage.annotation_store import AnnotationStore
from tui.storage.database import connect
from tui.ui.widgets.annotations_panel import annotation_option_id


def stored(home):
    conn = connect(home / "byline.sqlite3")
    try:
        store = AnnotationStore(conn)
        article = load_one(str(SAMPLE))
        return store.list_for(article), store.corrections_for(article)
    finally:
        conn.close()


def panel_texts(app) -> list[str]:
    panel = app.reader.sidebar.panel("annotations")
    return [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]


def line_text(app, offset: int) -> str:
    view = app.reader.view
    line = view.line_of(offset)
    view.scroll_to(y=line, animate=False, immediate=True)
    strip = view.render_line(0)
    return "".join(segment.text for segment in strip)


def background_at(app, offset: int):
    """The background colour drawn for the character at ``offset``."""
    view = app.reader.view
    line = view.line_of(offset)
    view.scroll_to(y=line, animate=False, immediate=True)
    start, _ = view.layout_lines[line]
    column = view.left + 2 + (offset - start)  # left margin, gutter, then the text
    strip = view.render_line(0)
    seen = 0
    for segment in strip:
        if seen + len(segment.text) > column:
            return segment.style.bgcolor
        seen += len(segment.text)
    return None


@app_test
async def test_annotate_by_keys_then_restart(home, sample_analysis):
    text = SAMPLE.read_text(encoding="utf-8")
    first = sample_analysis.mentions()[0]
    async with running() as (app, pilot):
        plain_background = background_at(app, first.start)
        # A green highlight of the first mention and the next two words.
        await pilot.press("]", "v")
        assert app.reader.view.selection_span == (first.start, first.end)
        await pilot.press("w", "w")
        span = app.reader.view.selection_span
        assert span[0] == first.start and span[1] > first.end
        assert "Selecting" in status(app)
        await pilot.press("2", "h")
        assert app.reader.view.selection is None
        # A note on the sentence of the next quote (nothing selected: the current sentence).
        await pilot.press("}")
        quote = app.reader.analysis.quotes[0]
        assert cursor_span(app) == (quote.start, quote.end)
        await pilot.press("a")
        await paste(pilot, "check this claim")
        await pilot.press("enter")
        # Tags on a selection of the third paragraph's first sentence, then a bookmark.
        await pilot.press("escape", "g", "v", ")", "t")
        await paste(pilot, "china, claim")
        await pilot.press("enter")
        await pilot.press("escape", "G")
        await pilot.wait_for_scheduled_animations()  # G scrolls with an animation
        await pilot.press("m")  # no cursor: the first line on screen
        await pilot.pause()

        placements, _ = stored(home)
        by_kind = {p.annotation.kind: p for p in placements.placed}
        assert set(by_kind) == {HIGHLIGHT, NOTE, TAG, BOOKMARK}
        highlight = by_kind[HIGHLIGHT]
        assert (highlight.start, highlight.end) == span
        assert highlight.annotation.colour == "green"
        assert highlight.annotation.exact == text[span[0]:span[1]]
        note = by_kind[NOTE]
        assert note.annotation.note == "check this claim"
        assert note.start <= quote.start and note.end >= quote.end  # the sentence holding the quote
        assert text[note.start:note.end].rstrip().endswith((".", "”", "?", "!"))
        tags = by_kind[TAG]
        assert tags.annotation.tags == ("china", "claim")
        assert tags.start == 0 and text[tags.start:tags.end].endswith(".")
        assert by_kind[BOOKMARK].start > note.end
        # Drawn: the highlight's background differs from the plain text's.
        assert background_at(app, first.start) != plain_background
        assert "✎" in line_text(app, note.start)

    # A new app on the same database finds them all.
    async with running() as (app, pilot):
        texts = panel_texts(app)
        assert texts[0] == "Annotations (4)"
        assert any("check this claim" in t for t in texts)
        assert any("#china #claim" in t for t in texts)
        assert background_at(app, first.start) != plain_background
        await pilot.press("full_stop")
        assert cursor_span(app) == (tags.start, tags.end)
        await pilot.press("full_stop")
        assert cursor_span(app) == (highlight.start, highlight.end)
        assert status(app).startswith("Highlight 2/4 · green")
        # Recolour the highlight under the cursor.
        await pilot.press("5")
        placements, _ = stored(home)
        assert next(p for p in placements.placed if p.annotation.kind == HIGHLIGHT).annotation.colour == "orange"


@app_test
async def test_annotations_tab_jumps_edits_deletes_and_undoes(home, sample_analysis):
    async with running() as (app, pilot):
        await pilot.press("]", "]", "v", "h")  # a highlight of the second mention
        second = sample_analysis.mentions()[1]
        await pilot.press("escape", "escape", "g")
        sidebar = app.reader.sidebar
        sidebar.activate("annotations")
        panel = sidebar.panel("annotations")
        panel.focus()
        placements, _ = stored(home)
        (only,) = placements.placed
        assert (only.start, only.end) == (second.start, second.end)
        panel.highlighted = panel.get_option_index(annotation_option_id(only.annotation.id))
        await pilot.press("enter")
        assert cursor_span(app) == (second.start, second.end)
        # Edit: a note and a tag.
        await pilot.press("e")
        await paste(pilot, "who is this")
        await pilot.press("tab", *"people", "enter")
        await pilot.pause()
        placements, _ = stored(home)
        assert placements.placed[0].annotation.note == "who is this"
        assert placements.placed[0].annotation.tags == ("people",)
        # Delete, then undo.
        panel.highlighted = panel.get_option_index(annotation_option_id(only.annotation.id))
        await pilot.press("d")
        placements, _ = stored(home)
        assert not placements.placed
        assert not any("who is this" in t for t in panel_texts(app))
        await pilot.press("u")
        placements, _ = stored(home)
        assert [p.annotation.id for p in placements.placed] == [only.annotation.id]
        assert any("who is this" in t for t in panel_texts(app))
        # h on the sidebar still switches tabs.
        await pilot.press("h")
        assert sidebar.active_tab == "quotes"


@app_test
async def test_corrections_by_keys_survive_a_restart(home, sample_analysis):
    bbc = next(a for a in sample_analysis.actors if a.name == "BBC")
    async with running() as (app, pilot):
        app.reader.go_to_actor(bbc.id)
        await pilot.pause()
        await pilot.press("K")
        await paste(pilot, "people")  # the kind chooser, filtered
        await pilot.press("enter")
        await pilot.pause()
        analysis = app.reader.analysis
        fixed = next(a for a in analysis.actors if a.name == "BBC")
        assert fixed.kind == "person" and fixed.corrected
        # The speaker of the first quote is cleared.
        await pilot.press("escape", "g", "}", "S")
        await paste(pilot, "no speaker")
        await pilot.press("enter")
        await pilot.pause()
        assert app.reader.analysis.quotes[0].speaker is None
        _, corrections = stored(home)
        assert [c.correction.op for c in corrections] == ["change_kind", "set_speaker"]

    async with running() as (app, pilot):
        analysis = app.reader.analysis
        fixed = next(a for a in analysis.actors if a.name == "BBC")
        assert fixed.kind == "person"
        assert analysis.quotes[0].speaker is None and analysis.quotes[0].corrected
        # The Actors tab lists BBC among people, marked as corrected.
        panel = app.reader.sidebar.panel("actors")
        ids = [panel.get_option_at_index(i).id for i in range(panel.option_count)]
        assert ids.index(fixed.id) < ids.index("kind:org")
        assert "(corrected)" in str(panel.get_option(fixed.id).prompt)
        assert any("(corrected)" in t for t in panel_texts(app))
        # Deleting the correction from the Annotations tab restores the model's view.
        sidebar = app.reader.sidebar
        sidebar.activate("annotations")
        tab = sidebar.panel("annotations")
        tab.focus()
        _, corrections = stored(home)
        tab.highlighted = tab.get_option_index(annotation_option_id(corrections[0].id))
        await pilot.press("d")
        assert next(a for a in app.reader.analysis.actors if a.name == "BBC").kind == "org"


@app_test
async def test_split_and_add_mention_by_keys_then_tag_completion_from_tags_in_use(home, sample_analysis):
    """One session for two tests: X splits a mention off and + adds one as a new group
    (corrections); then t completes a tag from the tags in use (annotations)."""
    putin = next(a for a in sample_analysis.actors if a.name == "Vladimir Putin")
    async with running() as (app, pilot):
        app.reader.go_to_actor(putin.id)
        await pilot.press("*")  # the second mention of Putin
        split = cursor_span(app)
        await pilot.press("X")
        await pilot.pause()
        analysis = app.reader.analysis
        own = next(a for a in analysis.actors if any((m.start, m.end) == split for m in a.mentions))
        assert own.corrected and own.id != putin.id
        rest = next(a for a in analysis.actors if a.id == putin.id)
        assert split not in [(m.start, m.end) for m in rest.mentions]
        # "the team" as a new group.
        text = SAMPLE.read_text(encoding="utf-8")
        start = text.index("the team")
        view = app.reader.view
        view.cursor = None
        view.scroll_to(y=view.line_of(start), animate=False, immediate=True)
        await pilot.pause()
        view.start_selection()
        view.selection = type(view.selection).on(start, start + len("the team"))
        await pilot.press("plus", *"new group", "enter")
        await pilot.pause()
        added = next(a for a in app.reader.analysis.actors if a.name == "the team")
        assert added.kind == "group" and added.corrected

        await pilot.press("escape", "g")  # no cursor, at the top, as the app opens
        assert cursor_span(app) is None and app.reader.view.selection is None
        await pilot.press("]", "t", *"economy", "enter")
        # Another sentence (t on the tagged sentence would edit its tags).
        await pilot.press("escape", "G", "[", "t", *"eco", "right", "enter")
        await pilot.pause()
        placements, _ = stored(home)
        assert sorted(p.annotation.tags for p in placements.placed) == [("economy",), ("economy",)]
