"""Benchmark: the library screen and the actor page in the real app, on a library of 5,000
articles built by ``tests/bench_library.py --home DIR``.

Not collected by pytest. Run (after building the library):
    .venv/bin/python tests/bench_library_screen.py --home DIR
Times, through Pilot, from the key or the keystroke to the rows on screen (the database work runs
in thread workers; the figure includes the app's own message round trips), as the median of
several rounds with its ratio to the 100 ms target.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time
from pathlib import Path

HERE = Path(__file__).parent
DATA = HERE.parent.parent / "shared" / "data"
TARGET_MS = 100.0


async def waited(condition, timeout: float = 30.0) -> float:
    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > timeout:
            raise SystemExit("the app never answered")
        await asyncio.sleep(0.001)
    return (time.perf_counter() - start) * 1000


async def run(rounds: int) -> dict[str, list[float]]:
    from textual.widgets import Input

    from tui.ui.app import BylineApp
    from tui.ui.screens.actor_page import ActorPage
    from tui.ui.screens.library_screen import LibraryScreen

    article = sorted(DATA.glob("gum-dev/*.txt"))[0]  # analysed when the library was built
    times: dict[str, list[float]] = {}
    app = BylineApp([str(article)])
    async with app.run_test(size=(160, 50)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for _ in range(rounds):
            start = time.perf_counter()
            app.reader.action_library()  # what L does, without Pilot's own wait for the app to idle
            await waited(lambda: isinstance(app.screen, LibraryScreen) and app.screen.entries)
            times.setdefault("open the library screen (L to 50 rows shown)", []).append(
                (time.perf_counter() - start) * 1000)
            screen = app.screen
            for label, typed in (("filter 'c' typed", "c"), ("filter 'clinton ema' typed", "clinton ema"),
                                 ("filter '@donald trump' typed", "@donald trump"),
                                 ("filter '@@donald trump' (quoted) typed", "@@donald trump")):
                await pilot.pause(0.3)  # the rows before drawn: each figure starts from an idle app
                before = screen.answers
                start = time.perf_counter()
                screen.query_one(Input).value = typed
                await waited(lambda: screen.answers > before)
                times.setdefault(label, []).append((time.perf_counter() - start) * 1000)
            identity = screen.actors[0]
            await pilot.pause(0.3)
            start = time.perf_counter()
            app.push_screen(ActorPage(screen.access, identity))
            await waited(lambda: isinstance(app.screen, ActorPage) and app.screen.appearances)
            times.setdefault("actor page (first 50 articles shown)", []).append(
                (time.perf_counter() - start) * 1000)
            await waited(lambda: app.screen.series is not None)
            times.setdefault("actor page (then the chart drawn)", []).append((time.perf_counter() - start) * 1000)
            await pilot.press("escape")
            await pilot.press("escape", "escape")  # clear the filter, then back to the reader
            await waited(lambda: app.screen is app.reader)
    return times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", required=True, help="the data folder bench_library.py built")
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    os.environ["BYLINE_HOME"] = args.home
    times = asyncio.run(run(args.rounds))
    for name, values in times.items():
        ms = statistics.median(values[1:] or values)  # the first round warms SQLite's cache
        print(f"{name:48s} {ms:8.1f} ms   ratio {ms / TARGET_MS:5.2f} (target < 1.00)")


if __name__ == "__main__":
    main()
