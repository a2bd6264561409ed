"""The library screen (L) and the actor page (A), with the real app on a real database in a
temporary BYLINE_HOME: open, filter, jump, reopen at the reading position."""

from __future__ import annotations

from textual.widgets import DataTable, Input, OptionList, Sparkline

from app_support import OTHER_SAMPLE, SAMPLE, app_test, notices, running, settle, until
from tui.core.article import Article
from tui.services.library_service import LibraryService
from tui.storage.database import connect
from tui.ui.screens.actor_page import ActorPage
from tui.ui.screens.library_screen import LibraryScreen


def kept(*articles_and_analyses) -> None:
    conn = connect()
    try:
        library = LibraryService.on(conn)
        for article, analysis in articles_and_analyses:
            library.record(article, analysis, read=False)
    finally:
        conn.close()


async def open_library(pilot) -> LibraryScreen:
    await pilot.press("L")
    await until(pilot, lambda: isinstance(pilot.app.screen, LibraryScreen))
    screen = pilot.app.screen
    await until(pilot, lambda: screen.entries)
    return screen


def titles(screen: LibraryScreen) -> list[str]:
    return [e.title for e in screen.entries]


async def put_cursor_on(pilot, app, name: str) -> None:
    """The cursor on the first mention of the actor called ``name``, as Go to actor puts it (the
    ``]`` walk that got there is cursor logic, tested in tests/unit/test_navigation.py; the key
    itself in test_mention_cursor.py)."""
    actor = next(a for a in app.reader.analysis.actors if a.name == name)
    app.reader.go_to_actor(actor.id)
    await pilot.pause()
    assert app.reader.view.current_actor_id == actor.id


async def both_kept_then_on(pilot, app, name: str) -> None:
    """Both samples opened (so both are in the library), back on the first, the cursor on ``name``."""
    await pilot.press("greater_than_sign")
    await settle(pilot)
    await pilot.press("less_than_sign")
    await settle(pilot)
    await put_cursor_on(pilot, app, name)


@app_test
async def test_library_lists_newest_first_filters_as_typed_and_opens_an_actor_page_from_the_filter(home):
    """One session for two tests of the library screen: its rows and filter; A with an actor in
    the filter opens its page (nothing without one), escape goes back."""
    async with running([SAMPLE, OTHER_SAMPLE]) as (app, pilot):
        await pilot.press("greater_than_sign")  # both samples opened: both kept
        await settle(pilot)
        screen = await open_library(pilot)
        table = screen.query_one(DataTable)
        assert table.row_count == 2 and screen.total == 2
        other = app.reader.library.article(1)
        assert other.title in titles(screen)
        dates = [e.date for e in screen.entries]
        assert dates == sorted(dates, reverse=True)

        await pilot.press(*"dilemma")  # the filter has the focus: typing filters
        await until(pilot, lambda: screen.total == 1)
        assert titles(screen) == [next(e.title for e in screen.entries)]
        assert "dilemma" in (screen.entries[0].location.lower())

        screen.query_one(Input).value = "@nobody at all"
        await until(pilot, lambda: "No actor" in str(screen.query_one("#library-summary").render()))
        assert screen.entries == []

        screen.query_one(Input).value = "@Putin"
        await until(pilot, lambda: screen.total == 2)
        screen.query_one(Input).value = "@vladimir put, dilemma"
        await until(pilot, lambda: screen.total == 1)
        screen.query_one(Input).value = ""
        await until(pilot, lambda: screen.total == 2)

        await pilot.press("down", "A")  # in the rows; no actor in the filter: nothing opens
        assert app.screen is screen
        await pilot.press("slash", *"@putin")
        await until(pilot, lambda: screen.actors and screen.total >= 1)
        assert screen.query_one(Input).value == "@putin"
        await pilot.press("enter")  # the table again
        await pilot.press("A")
        await until(pilot, lambda: isinstance(app.screen, ActorPage))
        page = app.screen
        await until(pilot, lambda: page.actor is not None)
        assert page.actor.name == "Vladimir Putin"
        await pilot.press("escape")
        assert app.screen is screen
        await pilot.press("escape")
        assert app.screen is app.reader


@app_test
async def test_opening_from_the_library_goes_back_to_the_reading_position(home):
    async with running([SAMPLE, OTHER_SAMPLE]) as (app, pilot):
        view = app.reader.view
        await put_cursor_on(pilot, app, "Vladimir Putin")  # a third into the text
        where = view.cursor.start
        assert where > 0
        await open_library(pilot)  # saves where the reader is in SAMPLE
        await pilot.press("escape")
        await pilot.press("greater_than_sign")  # another article
        await settle(pilot)
        assert app.reader.article.source == str(OTHER_SAMPLE)
        screen = await open_library(pilot)
        row = next(i for i, e in enumerate(screen.entries) if e.location == str(SAMPLE.resolve()))
        screen.query_one(DataTable).move_cursor(row=row)
        await pilot.press("enter", "enter")  # from the filter to the rows, then open
        await until(pilot, lambda: app.screen is app.reader)
        await settle(pilot)
        assert app.reader.article.text == SAMPLE.read_text(encoding="utf-8") or \
            app.reader.article.source == str(SAMPLE.resolve())
        top = view.top_offset()
        assert view.line_of(top) == view.line_of(where)  # that line is at the top of the screen


@app_test
async def test_removing_an_article_keeps_its_annotations_and_says_so(home):
    said: list[str] = []
    async with running([SAMPLE], message_hook=notices(said)) as (app, pilot):
        await pilot.press("h")  # a highlight on the current sentence
        await settle(pilot)
        screen = await open_library(pilot)
        await pilot.press("down", "d")
        await until(pilot, lambda: screen.total == 0 and not screen.entries)
        assert any("Removed" in s and "1 annotation is kept" in s for s in said)
    conn = connect()
    try:
        [(source, _title, count)] = LibraryService.on(conn).orphaned()
        assert count == 1
    finally:
        conn.close()


@app_test
async def test_J_opens_the_next_article_with_the_actor_then_its_page_lists_mentions_and_jumps(
        home, sample_analysis):
    """One session for two tests from the cursor on an actor in the first of two kept articles:
    J opens the next article mentioning it (and wraps round); A opens the actor page, whose
    mentions by article jump to the one chosen."""
    async with running([SAMPLE, OTHER_SAMPLE]) as (app, pilot):
        await both_kept_then_on(pilot, app, "Vladimir Putin")
        await pilot.press("J")
        await until(pilot, lambda: app.reader.article.source == str(OTHER_SAMPLE.resolve()))
        await settle(pilot)
        await until(pilot, lambda: app.reader.view.current_actor_id is not None)
        actor = app.reader.analysis.actor(app.reader.view.current_actor_id)
        assert actor.name == "Vladimir Putin"
        await pilot.press("J")  # wraps round to the first
        await until(pilot, lambda: app.reader.article.source == str(SAMPLE.resolve()))
        await settle(pilot)

        await put_cursor_on(pilot, app, "Vladimir Putin")
        await pilot.press("A")
        await until(pilot, lambda: isinstance(app.screen, ActorPage))
        page = app.screen
        await until(pilot, lambda: page.appearances)
        assert page.actor.name == "Vladimir Putin" and page.actor.articles == 2
        assert {seen.entry.location for seen in page.appearances} == {str(SAMPLE.resolve()),
                                                                     str(OTHER_SAMPLE.resolve())}
        await until(pilot, lambda: page.series is not None)
        assert sum(page.query_one(Sparkline).data) == page.actor.mentions
        options = page.query_one(OptionList)
        # The highlighted row is the first mention of the newest article; go to its third.
        await pilot.press("down", "down")
        option = options.get_option_at_index(options.highlighted)
        seen, span, _quote = page.targets[option.id]
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is app.reader)
        await settle(pilot)
        await until(pilot, lambda: app.reader.view.cursor is not None)
        assert app.reader.view.cursor.span == span
        assert app.reader.article.source == seen.entry.location


def naming(name: str, times: int):
    from tui.core.model import Actor, Analysis, Mention

    mentions = [Mention(10 * i, 10 * i + len(name), name, "PERSON", "a1") for i in range(times)]
    return Analysis(100, "model", "1", "v", entities=list(mentions),
                    actors=[Actor("a1", name, "person", [name], mentions)])


@app_test
async def test_rows_are_read_a_page_at_a_time_as_they_are_shown(home):
    kept(*((Article(f"https://news.example/{n}", f"Story {n:03d}", "Angela Merkel spoke.",
                    date=f"2025-{n % 12 + 1:02d}-{n % 28 + 1:02d}"), naming("Angela Merkel", 1 + n % 3))
           for n in range(120)))
    async with running([SAMPLE]) as (app, pilot):
        screen = await open_library(pilot)
        await until(pilot, lambda: screen.total == 121)
        assert len(screen.entries) == 50  # one page
        await pilot.press("down", "ctrl+end")
        await until(pilot, lambda: len(screen.entries) == 100)
        await pilot.press("ctrl+end")
        await until(pilot, lambda: len(screen.entries) == 121)
        dates = [e.date for e in screen.entries]
        assert dates == sorted(dates, reverse=True) and len({e.id for e in screen.entries}) == 121


@app_test
async def test_the_palette_opens_the_library_and_the_actor_page(home):
    from app_support import palette_choose

    async with running([SAMPLE]) as (app, pilot):
        await pilot.press("ctrl+p")
        await palette_choose(pilot, "Library", "Library")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await pilot.press("escape")
        await put_cursor_on(pilot, app, "Vladimir Putin")
        await pilot.press("ctrl+p")
        await palette_choose(pilot, "Actor page", "Actor page")
        await until(pilot, lambda: isinstance(app.screen, ActorPage))
        await pilot.press("escape")
        assert app.screen is app.reader


@app_test
async def test_the_actor_page_lists_more_articles_as_it_is_scrolled(home):
    kept(*((Article(f"https://news.example/{n}", f"Story {n:03d}", "Angela Merkel spoke.",
                    date=f"2025-{n % 12 + 1:02d}-10"), naming("Angela Merkel", 1)) for n in range(70)))
    async with running([SAMPLE]) as (app, pilot):
        screen = await open_library(pilot)
        await pilot.press(*"@angela m", "enter", "A")
        await until(pilot, lambda: isinstance(app.screen, ActorPage) and app.screen.appearances)
        page = app.screen
        assert len(page.appearances) == 12
        await until(pilot, lambda: page.series is not None)
        assert [n for _, n in page.series] == [6] * 10 + [5] * 2  # 70 articles over 12 months
        for _ in range(4):  # each end at the bottom of the list reads the next page
            shown = len(page.appearances)
            await pilot.press("end")
            await until(pilot, lambda: len(page.appearances) > shown or shown == 70)
        await until(pilot, lambda: len(page.appearances) == 70)
        assert screen is not None
