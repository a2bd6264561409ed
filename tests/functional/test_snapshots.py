"""Snapshots of the main screen (pytest-textual-snapshot). Regenerate with --snapshot-update.

They are deterministic: a fixed terminal size, a warm cache (the analysis is in place before
the picture is taken, so no loading indicator), no clock, and a source name that does not
depend on where the repository lives.
"""

from __future__ import annotations

from app_support import SAMPLE, SIZE, settle
from tui.core.article import Article
from tui.ui.app import BylineApp


def sample_app() -> BylineApp:
    text = SAMPLE.read_text(encoding="utf-8")
    source = f"samples/{SAMPLE.name}"
    return BylineApp([source], articles=[Article(source=source, title="China stuck in the middle", text=text)])


def test_main_screen(home, snap_compare):
    async def ready(pilot):
        await settle(pilot)

    assert snap_compare(sample_app(), terminal_size=SIZE, run_before=ready)


def test_current_actor_emphasised(home, snap_compare):
    async def on_putin(pilot):
        await settle(pilot)
        analysis = pilot.app.reader.analysis
        putin = next(a for a in analysis.actors if a.name == "Vladimir Putin")
        pilot.app.reader.go_to_actor(putin.id)
        await pilot.press("*")
        await pilot.pause()

    assert snap_compare(sample_app(), terminal_size=SIZE, run_before=on_putin)


def test_light_theme_quotes_tab(home, snap_compare):
    async def quotes(pilot):
        await settle(pilot)
        pilot.app.theme = "textual-light"
        await pilot.press("}", "}", "tab", "right")
        await pilot.pause()
        await pilot.pause()

    assert snap_compare(sample_app(), terminal_size=SIZE, run_before=quotes)
