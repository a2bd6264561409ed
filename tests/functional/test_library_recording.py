"""The reader keeps each article it opens in the library (the one call of its analysis worker)."""

from __future__ import annotations

from app_support import OTHER_SAMPLE, SAMPLE, app_test, running, settle
from tui.services.library_service import LibraryService
from tui.storage.database import connect


@app_test
async def test_articles_opened_are_kept_in_the_library_and_marked_read(home):
    async with running([SAMPLE, OTHER_SAMPLE]) as (app, pilot):
        await pilot.press("greater_than_sign")
        await settle(pilot)
    conn = connect()
    try:
        library = LibraryService.on(conn)
        entries = library.articles()
        assert {e.source for e in entries} == {str(SAMPLE.resolve()), str(OTHER_SAMPLE.resolve())}
        assert all(e.last_read is not None and e.actors > 0 for e in entries)
        [putin] = library.find_actors("Putin")
        assert putin.articles == 2
    finally:
        conn.close()
