"""Benchmark: analysis throughput against plain ``nlp.pipe`` with the same model and texts.

Not collected by pytest (the name does not start with ``test_``). Run:
    .venv/bin/python tests/bench_analysis.py [--rounds N]
Prints characters per second for both and the ratio (target: >= 0.85).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from tui.sources import sample_paths
from tui.nlp import models, prepare
from tui.nlp.pipeline import analyse_doc

HERE = Path(__file__).parent


def corpus() -> list[str]:
    paths = sample_paths() + sorted((HERE / "data" / "heldout").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    info = models.resolve()
    nlp = models.load(info)
    texts = corpus() * 4
    chars = sum(map(len, texts))
    list(nlp.pipe(texts[:2]))  # warm up

    plain = full = 0.0
    for _ in range(args.rounds):  # interleaved so drift in machine load hits both alike
        t = time.perf_counter()
        for _doc in nlp.pipe(texts):
            pass
        plain += time.perf_counter() - t
        t = time.perf_counter()
        for doc, text in zip(nlp.pipe(prepare.for_model(x) for x in texts), texts):
            analyse_doc(doc, text, info)
        full += time.perf_counter() - t
    print(f"texts={len(texts)} chars={chars} rounds={args.rounds} model={info.name} {info.version}")
    print(f"nlp.pipe        {chars * args.rounds / plain:12.0f} chars/s")
    print(f"byline analysis {chars * args.rounds / full:12.0f} chars/s")
    print(f"ratio {plain / full:.3f} (target >= 0.85)")


if __name__ == "__main__":
    main()
