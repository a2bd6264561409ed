"""Issue 12 in the reader: the page of the cursor (or the top line) in the status line of a paged
document, and "Go to page…" / "Go to chapter…" in the palette, on a PDF written by fpdf2."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app_support import app_test, palette_choose, running, settle, until

sys.path.insert(0, str(Path(__file__).parent.parent / "documents"))
from makers import generated_blocks, write_report  # noqa: E402


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    """Written once (fpdf2 takes seconds to lay it out); every test only reads it."""
    path = tmp_path_factory.mktemp("report") / "report.pdf"
    write_report(path, generated_blocks(6), title="Annual Report 2026")
    return path


def page_shown(app) -> str:
    return str(app.reader.status_bar.query_one("#page").text)


@app_test
async def test_the_status_line_shows_the_page_then_go_to_page_and_go_to_chapter(home, report):
    """One session (one analysis of the report) for two tests: the status line shows the page of
    the top line, then of the cursor; the palette's Go to page and Go to chapter."""
    async with running([report]) as (app, pilot):
        article, view = app.reader.article, app.reader.view
        pages = article.page_count
        assert pages >= 5
        assert page_shown(app) == f"p. 1/{pages}"
        await pilot.press("G")
        await until(pilot, lambda: page_shown(app) != f"p. 1/{pages}")
        assert page_shown(app) == f"p. {article.page_at(view.top_offset())}/{pages}"
        await pilot.press("g", "right_square_bracket")  # the first mention: the cursor's page
        await settle(pilot)
        assert view.cursor is not None
        assert page_shown(app) == f"p. {article.page_at(view.cursor.start)}/{pages}"

        await pilot.press("escape")  # no cursor, as when the document opened
        assert view.cursor is None
        await pilot.press("ctrl+p")
        await palette_choose(pilot, "to pag", "Go to page…")
        await palette_choose(pilot, "4", "Page 4")
        await settle(pilot)
        assert view.cursor is None
        assert article.page_at(view.top_offset()) == 4
        assert page_shown(app) == f"p. 4/{pages}"

        heading = article.headings[2]
        await pilot.press("ctrl+p")
        await palette_choose(pilot, "to cha", "Go to chapter…")
        await palette_choose(pilot, heading.text[:7], heading.text)  # "3. Word": no other starts so
        await settle(pilot)
        assert view.line_of(view.top_offset()) == view.line_of(heading.start)


@app_test
async def test_a_text_without_pages_shows_no_page(home):
    async with running() as (app, pilot):
        assert page_shown(app) == ""
        assert not app.reader.status_bar.query_one("#page").display
