"""Bugs of issue 8, each pinned by a test that failed before the fix."""

from __future__ import annotations

from app_support import app_test, cursor_span, running, settle, status
from tui.ui.widgets.article_view import ArticleView


def moves(into: list):
    """A message hook collecting each ``CursorMoved`` once (the hook also sees it bubble up)."""
    def hook(message) -> None:
        if isinstance(message, ArticleView.CursorMoved) and not any(m is message for m in into):
            into.append(message)
    return hook


@app_test
async def test_opening_an_article_and_a_correction_each_announce_the_cursor_once(home, sample_analysis):
    """One session for two of the bugs (each fails without its fix): opening an article fired
    ``CursorMoved`` three times; a correction re-seated the cursor twice."""
    putin = next(a for a in sample_analysis.actors if a.name == "Vladimir Putin")
    seen: list = []
    async with running(message_hook=moves(seen)) as (app, pilot):
        assert app.reader.analysis is not None  # opened, annotations read, analysis shown
        assert len(seen) == 1, [m.status for m in seen]
        await pilot.press("]")
        assert len(seen) == 2

        app.reader.go_to_actor(putin.id)
        await pilot.press("*")
        split = cursor_span(app)
        before = len(seen)
        await pilot.press("X")  # the mention becomes an actor of its own
        await settle(pilot)
        assert cursor_span(app) == split
        assert len(seen) == before + 1
        assert seen[-1].actor_id != putin.id


@app_test
async def test_key_hints_follow_a_remapped_key(home):
    (home / "keymap.toml").write_text('next-mention = "x"\n', encoding="utf-8")
    async with running() as (app, pilot):
        assert "x next mention" in status(app)
        await pilot.press("x")
        assert cursor_span(app) is not None
        await pilot.press("v")
        assert "Selecting" in status(app) and "w b word" in status(app)
        await pilot.press("escape", "question_mark")
        rows = {row[4]: row[1] for row in app.screen.rows}
        assert rows["next-mention"] == "x"
        intro = str(app.screen.query_one("#help-intro").render())
        assert "the cursor (x [ * #)" in intro


@app_test
async def test_the_footer_is_built_once_when_an_article_opens_and_not_again_for_cursor_keys(home, monkeypatch):
    """Textual rebuilt the footer's keys (some 80 ms) for every change of focus or screen:
    four times before the first key. Now it rebuilds only when the keys it shows change."""
    from textual.widgets import Footer
    from textual.widgets._footer import FooterKey

    built: list = []
    recompose = Footer.recompose

    async def counted(self):
        built.append(self)
        return await recompose(self)

    monkeypatch.setattr(Footer, "recompose", counted)
    async with running() as (app, pilot):
        await settle(pilot)
        assert len(built) == 1
        keys = app.reader.query(FooterKey)
        assert len(keys) > 5 and "command_palette" in {key.action for key in keys}
        await pilot.press("]", "*", "space", "j")
        await settle(pilot)
        assert len(built) == 1
        await pilot.press("L")  # another screen, with a footer of its own
        await settle(pilot)
        assert len(built) == 2 and built[-1] is not built[0]
