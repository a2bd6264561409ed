"""Helpers of the app tests: start the app on a sample and wait for its analysis."""

from __future__ import annotations

import asyncio
import functools
from contextlib import asynccontextmanager

from tui.sources import sample_paths
from tui.core.model import Analysis
from tui.ui.app import BylineApp
from tui.ui.widgets.article_view import ArticleView

SAMPLE = next(p for p in sample_paths() if p.name == "china-stuck-in-the-middle.txt")
OTHER_SAMPLE = next(p for p in sample_paths() if p.name != SAMPLE.name)
SIZE = (140, 45)


@asynccontextmanager
async def running(sources=None, size=SIZE, message_hook=None, **kwargs):
    app = BylineApp([str(s) for s in (sources or [SAMPLE])], **kwargs)
    async with app.run_test(size=size, message_hook=message_hook) as pilot:
        await settle(pilot)
        yield app, pilot


async def settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def until(pilot, condition, timeout: float = 10.0) -> None:
    """Let the app run until ``condition()`` holds (work in workers, such as the palette's search)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "the app never reached the expected state"
        await pilot.pause(0.02)


async def paste(pilot, text: str) -> None:
    """``text`` pasted into the focused input: one event, where typing it took a key (and an
    idle wait) per character. Typing itself is tested where it matters (e.g. every key typed
    before enter is saved, in test_issue9_reader.py)."""
    from textual import events

    await until(pilot, lambda: pilot.app.focused is not None)
    pilot.app.post_message(events.Paste(text))  # as the terminal sends it: the app hands it on
    await pilot.pause()


async def palette_choose(pilot, typed: str, expected: str) -> None:
    """In the open command palette: paste ``typed`` into its input (one search, where typing
    started one per key and waited for each), wait until the highlighted hit names
    ``expected``, enter."""
    from textual.command import CommandInput, CommandList, CommandPalette

    def highlighted() -> str:
        screen = pilot.app.screen
        if not isinstance(screen, CommandPalette):
            return ""
        hits = screen.query_one(CommandList)
        option = hits.highlighted_option
        return str(option.prompt) if option is not None else ""

    await paste(pilot, typed)
    assert pilot.app.screen.query_one(CommandInput).value == typed
    await until(pilot, lambda: expected in highlighted())
    palette = pilot.app.screen
    await pilot.press("enter")
    await until(pilot, lambda: pilot.app.screen is not palette)


def notices(into: list):
    """A message hook collecting the text of every notification the app shows."""
    from textual.notifications import Notify

    def hook(message) -> None:
        if isinstance(message, Notify):
            into.append(message.notification.message)
    return hook


def view(app) -> ArticleView:
    return app.reader.view


def cursor_span(app) -> tuple[int, int] | None:
    cursor = view(app).cursor
    return cursor.span if cursor else None


def status(app) -> str:
    return app.reader.status_bar.status


def stops_of(analysis: Analysis, actor_id: str) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in analysis.mentions() if m.actor == actor_id]


def expected_status(analysis: Analysis, span: tuple[int, int]) -> str:
    mention = next(m for m in analysis.mentions() if (m.start, m.end) == span)
    stops = stops_of(analysis, mention.actor)
    return f"{analysis.actor(mention.actor).name} · {stops.index(span) + 1}/{len(stops)}"


def app_test(test):
    """Run an ``async def`` test in its own event loop (no asyncio plugin is needed)."""

    @functools.wraps(test)
    def run(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    return run
