"""Open what is ready first (issue 9 item 24): the local file shows while a URL is still being
fetched; the URL's article joins the library when it arrives; a URL that fails is a notice."""

from __future__ import annotations

from app_support import SAMPLE, SIZE, app_test, notices, until
from tui.ui.app import BylineApp


@app_test
async def test_the_local_file_shows_before_the_url_answers(home, held_site):
    url = f"{held_site.base}/story.html"
    app = BylineApp([str(SAMPLE)], pending=[url])
    async with app.run_test(size=SIZE) as pilot:
        reader = app.reader
        await until(pilot, lambda: reader.analysis is not None)
        assert reader.article.source == str(SAMPLE)  # shown, analysed, the URL still held back
        assert len(reader.library) == 1 and not held_site.gate.is_set()
        await pilot.press("j", "G")  # and readable meanwhile
        held_site.release()
        await until(pilot, lambda: len(reader.library) == 2)
        assert reader.article.source == str(SAMPLE)  # the reader stays on what is being read
        await pilot.press(">")
        await until(pilot, lambda: reader.article.source == url)
        assert "China stuck in the middle" in reader.article.title
        assert not app.arrival_problems


@app_test
async def test_a_url_that_fails_is_a_notice_and_a_failure(home, held_site):
    url = f"{held_site.base}/missing.html"
    shown: list = []
    app = BylineApp([str(SAMPLE)], pending=[url])
    async with app.run_test(size=SIZE, message_hook=notices(shown)) as pilot:
        await until(pilot, lambda: app.reader.analysis is not None)
        held_site.release()
        await until(pilot, lambda: app.arrival_problems)
        await pilot.pause()
        assert len(app.reader.library) == 1
        assert any("missing.html" in str(n) for n in shown), shown
