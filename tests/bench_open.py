"""Benchmark: time to open a sample in the reader with a cold and with a warm cache.

Not collected by pytest. Each run is a fresh process (so the cold run pays for importing
spaCy and loading the model, as a user's first open does). Run:
    .venv/bin/python tests/bench_open.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

CHILD = r"""
import asyncio, sys, time
start = time.perf_counter()
from tui.ui.app import BylineApp
from tui.ui.screens.reader import AnalysisReady

async def main():
    app = BylineApp([sys.argv[1]])
    ready = asyncio.Event()
    def hook(message):
        if isinstance(message, AnalysisReady):
            ready.set()
    async with app.run_test(size=(140, 45), message_hook=hook) as pilot:
        shown = time.perf_counter() - start
        await ready.wait()
        await pilot.pause()
        print(f"{shown:.3f} {time.perf_counter() - start:.3f}")

asyncio.run(main())
"""


def run(home: str, sample: str) -> tuple[float, float]:
    env = dict(os.environ, BYLINE_HOME=home)
    out = subprocess.run([sys.executable, "-c", CHILD, sample], env=env, capture_output=True,
                         text=True, check=True).stdout.split()
    return float(out[0]), float(out[1])


def main() -> None:
    from tui.sources import sample_paths

    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    sample = str(sample_paths()[0])
    cold, warm = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as home:
            cold.append(run(home, sample))
            warm.append(run(home, sample))
    for name, runs in (("cold cache", cold), ("warm cache", warm)):
        print(f"{name}: text shown {statistics.median(r[0] for r in runs):.2f} s, "
              f"analysis shown {statistics.median(r[1] for r in runs):.2f} s (median of {args.runs})")
    print(f"ratio warm/cold (analysis shown): "
          f"{statistics.median(r[1] for r in warm) / statistics.median(r[1] for r in cold):.2f}")


if __name__ == "__main__":
    main()
