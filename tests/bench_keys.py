"""Benchmark: the latency of ``]``, ``*`` and ``space`` in the reader, as ratios to a bare app.

Not collected by pytest (benchmarks are named bench_*.py). One process, one event loop: a bare
Textual app showing the same text in a ``VerticalScroll`` is measured in the same run, so the
printed ratios compare like with like on a busy machine. A key's latency is Pilot's press then
``pause()``: the key is handled, every widget's queue drained and the screen repainted
(``pause`` ends with the screen's update). The median of many presses is kept. Run:

    PYTHONPATH=. .venv/bin/python tests/bench_keys.py [--presses N] [--sample NAME]

``BYLINE_HOME`` is a fresh temporary folder unless set; the first start analyses the sample
(that start is not measured).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path

SIZE = (140, 45)


def _bare_app(text: str):
    from textual.app import App
    from textual.binding import Binding
    from textual.containers import VerticalScroll
    from textual.widgets import Static

    class Bare(App):
        BINDINGS = [Binding("]", "down"), Binding("*", "down"), Binding("space", "page")]

        def compose(self):
            with VerticalScroll(id="scroll"):
                yield Static(text, markup=False)

        def action_down(self) -> None:
            self.query_one("#scroll").scroll_down(animate=False, immediate=True)

        def action_page(self) -> None:
            self.query_one("#scroll").scroll_page_down(animate=False)

    return Bare()


async def _timed(pilot, key: str) -> float:
    start = time.perf_counter()
    await pilot.press(key)
    await pilot.pause()
    return time.perf_counter() - start


async def _measure(app, presses: int, prepare) -> dict[str, float]:
    """Median seconds per key; ``prepare(pilot, key, i)`` puts the app in a state for the next press
    (untimed)."""
    out = {}
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for key in ("]", "*", "space"):
            times = []
            for i in range(presses):
                await prepare(pilot, key, i)
                times.append(await _timed(pilot, key))
            out[key] = statistics.median(times)
    return out


async def _prepare_reader(pilot, key: str, i: int) -> None:
    # Stay inside the text: back to the top every few presses; * needs a mention under the cursor.
    if key == "]" and i % 15 == 0:
        await pilot.press("escape", "g")
    elif key == "*" and i == 0:
        await pilot.press("escape", "g", "]")
    elif key == "space" and i % 4 == 0:
        await pilot.press("escape", "g")


async def _prepare_bare(pilot, key: str, i: int) -> None:
    if i % 4 == 0:
        pilot.app.query_one("#scroll").scroll_home(animate=False, immediate=True)
        await pilot.pause()


async def main(presses: int, sample_name: str, path: str | None = None) -> None:
    os.environ.setdefault("BYLINE_HOME", tempfile.mkdtemp(prefix="byline-bench-"))
    from tui.sources import load_one, sample_paths
    from tui.ui.app import BylineApp

    sample = Path(path) if path else next(p for p in sample_paths() if p.name == sample_name)
    sample_name = sample.name
    text = load_one(str(sample)).text
    # Warm up: the analysis goes into the cache, spaCy and the app's modules are imported.
    async with BylineApp([str(sample)]).run_test(size=SIZE) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    reader = await _measure(BylineApp([str(sample)]), presses, _prepare_reader)
    bare = await _measure(_bare_app(text), presses, _prepare_bare)
    print(f"sample {sample_name}, {presses} presses per key, median press-to-repaint")
    for key in reader:
        print(f"  {key:6} reader {reader[key] * 1000:7.2f} ms   bare {bare[key] * 1000:6.2f} ms   "
              f"ratio {reader[key] / bare[key]:5.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=60)
    parser.add_argument("--sample", default="china-stuck-in-the-middle.txt")
    parser.add_argument("--path", help="a text file instead of a sample (a long text: tests/bench_stream.py)")
    args = parser.parse_args()
    asyncio.run(main(args.presses, args.sample, args.path))
