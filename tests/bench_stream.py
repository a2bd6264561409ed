"""Benchmark: analysis of a long text and of many articles, as ratios to baselines run alongside.

Not collected by pytest (benchmarks are named bench_*.py). Run:

    PYTHONPATH=. .venv/bin/python tests/bench_stream.py [--words 340000] [--jobs 2]

The long text is the dev sets (../shared/data, else the samples) concatenated until it has
``--words`` words. Each case runs in its own subprocess so peak memory (``ru_maxrss``) is its own:
- plain:  spaCy alone, paragraph-aligned ~10k-character parts through ``nlp.pipe``, 16 per batch;
- byline: ``pipeline.analyse_text`` (streaming parts, then the document-wide work);
- folder: the first ``--articles`` dev articles (``all``: every one) through ``byline analyze
  --no-library --json`` with ``--jobs 1`` and ``--jobs N`` (fresh cache each time), in
  ``--folder-rounds`` pairs run back to back, which of the two goes first alternating: the speed of
  this machine drifts by a fifth from one minute to the next, so one pair can say 1.5 or 2.1 for
  the same code, and the median of the pairs' ratios is the figure. Its ceiling: the start (Python,
  spaCy, the model, one short article) is serial, so with ``--jobs 1`` taking ``one`` seconds the
  best ``--jobs N`` can do is ``start + (one - start) / N`` (Amdahl's law).
- reader (``--reader``): first paint (warm cache) and key latency (``bench_open``, ``bench_keys``) of
  a ``--reader-words`` long text against the 1,000-word sample, and the keys against a bare
  Textual app showing the same text.
Prints a table, then one JSON line of ratios measured in this run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"


def dev_paths() -> list[Path]:
    paths = sorted(DATA.glob("*/*.txt"))
    if not paths:
        from tui.sources import sample_paths
        paths = sample_paths()
    return paths


def long_text(words: int) -> str:
    texts = [p.read_text(encoding="utf-8").strip() for p in dev_paths()]
    out, count, i = [], 0, 0
    while count < words:
        t = texts[i % len(texts)]
        out.append(t)
        count += len(t.split())
        i += 1
    return "\n\n".join(out) + "\n"


def _child(mode: str, path: str) -> None:
    text = Path(path).read_text(encoding="utf-8")
    from tui.nlp import models, prepare
    from tui.nlp.streaming import parts

    info = models.resolve()
    if mode == "plain":  # the model as spaCy ships it (``models.load`` puts in Byline's faster components)
        import spacy

        nlp = spacy.load(info.name)
    else:
        nlp = models.load(info)
    list(nlp.pipe(["Warm up the model, said Ann Smith."]))
    start = time.perf_counter()
    if mode == "plain":
        for _doc in nlp.pipe((p for _, p in parts(prepare.for_model(text), always=True)), batch_size=16):
            pass
    elif mode == "byline":
        from tui.nlp.pipeline import analyse_text
        analyse_text(text, info)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"seconds": seconds, "peak_mb": peak}))


def run_child(mode: str, path: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", mode, path], check=True,
                         capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return json.loads(out.stdout.strip().splitlines()[-1])


def folder_speedup(jobs: int, paths: list[Path], rounds: int, start: float) -> dict:
    """The median of ``rounds`` pairs' ratios (``--jobs 1`` over ``--jobs N``), against the ceiling
    that the serial ``start`` leaves."""
    pairs = []
    for i in range(rounds):
        if i % 2:  # the second of a pair runs on a machine that may have drifted: alternate
            many = run_folder(jobs, paths)
            pairs.append((run_folder(1, paths), many))
        else:
            pairs.append((run_folder(1, paths), run_folder(jobs, paths)))
    speedups = sorted(one / many for one, many in pairs)
    one, many = (statistics.median(times) for times in zip(*pairs))
    ceiling = one / (start + (one - start) / jobs)
    return {"articles": len(paths), "one": one, "many": many, "rounds": rounds,
            "speedup": statistics.median(speedups), "range": (speedups[0], speedups[-1]), "ceiling": ceiling}


def serial_start(path: Path) -> float:
    """``byline analyze --jobs 1`` of one short article: starting, loading the model, exiting."""
    return statistics.median(run_folder(1, [path]) for _ in range(3))


def run_folder(jobs: int, paths: list[Path]) -> float:
    with tempfile.TemporaryDirectory() as home:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "tui", "analyze", "--no-library", "--json", "--jobs", str(jobs),
                        *map(str, paths)], check=True, stdout=subprocess.DEVNULL,
                       env={**os.environ, "PYTHONPATH": str(ROOT), "BYLINE_HOME": home})
        return time.perf_counter() - start


def reader_ratios(long_path: str) -> dict:
    """Warm first paint and key latency, long text against the sample, keys against a bare app."""
    sys.path.insert(0, str(Path(__file__).parent))
    import bench_open
    from tui.sources import sample_paths

    sample = str(sample_paths()[1])  # china-stuck-in-the-middle, the 1,000-word story
    out: dict = {}
    with tempfile.TemporaryDirectory() as home:
        bench_open.run(home, sample)
        bench_open.run(home, long_path)  # analysed and cached: the runs below are warm
        small = min(bench_open.run(home, sample)[0] for _ in range(3))
        large = min(bench_open.run(home, long_path)[0] for _ in range(3))
        out["first_paint_large_vs_small"] = round(large / small, 3)  # target <= 2
        for name, args in (("small", ["--sample", Path(sample).name]), ("large", ["--path", long_path])):
            printed = subprocess.run([sys.executable, str(Path(__file__).parent / "bench_keys.py"),
                                      "--presses", "20", *args], check=True, capture_output=True, text=True,
                                     env={**os.environ, "PYTHONPATH": str(ROOT), "BYLINE_HOME": home}).stdout
            for line in printed.splitlines():
                words = line.split()
                if len(words) >= 9 and words[1] == "reader":
                    out[f"key_{words[0]}_{name}_ms"] = float(words[2])
                    out[f"key_{words[0]}_{name}_vs_bare"] = float(words[-1])  # target <= 1.5
        for key in ("*", "space"):
            out[f"key_{key}_large_vs_small"] = round(out[f"key_{key}_large_ms"] / out[f"key_{key}_small_ms"], 3)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=340_000)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--articles", nargs="+", default=["40", "all"],
                    help="articles in each folder case: a number, or all")
    ap.add_argument("--folder-rounds", type=int, default=5, help="pairs of folder runs")
    ap.add_argument("--reader", action="store_true", help="also first paint and keys in the reader")
    ap.add_argument("--reader-words", type=int, default=50_000)
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return _child(*args.child)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        text = long_text(args.words)
        path.write_text(text, encoding="utf-8")
        words = len(text.split())
        plain = run_child("plain", str(path))
        byline = run_child("byline", str(path))
        reader = {}
        if args.reader:
            path.write_text(long_text(args.reader_words), encoding="utf-8")
            reader = reader_ratios(str(path))
    paths = dev_paths()
    start = serial_start(min(paths, key=lambda p: p.stat().st_size))
    folders = [folder_speedup(args.jobs, paths if n == "all" else paths[:int(n)], args.folder_rounds, start)
               for n in args.articles]
    rows = [
        ("long text", f"{words} words", "byline analyse_text", f"{byline['seconds']:.1f} s",
         f"{byline['peak_mb']:.0f} MB", "plain nlp.pipe", f"{plain['seconds']:.1f} s", f"{plain['peak_mb']:.0f} MB"),
        *(("folder", f"{f['articles']} articles", f"--jobs {args.jobs}", f"{f['many']:.1f} s",
           f"x{f['speedup']:.2f} (ceiling x{f['ceiling']:.2f})", "--jobs 1", f"{f['one']:.1f} s",
           f"{f['rounds']} pairs, medians") for f in folders),
    ]
    from rich.console import Console
    from rich.table import Table

    table = Table("case", "size", "byline", "time", "peak / speed-up", "baseline", "time", "peak")
    for row in rows:
        table.add_row(*row)
    Console(width=130).print(table)
    ratios = {
        "words": words,
        "analysis_speed_vs_plain": round(plain["seconds"] / byline["seconds"], 3),  # target >= 0.85
        "analysis_peak_memory_vs_plain": round(byline["peak_mb"] / plain["peak_mb"], 3),  # target <= 1.3
        "jobs": args.jobs,
        "serial_start_s": round(start, 3),
        **{key: value for f in folders for key, value in (
            (f"folder_{f['articles']}_speedup", round(f["speedup"], 3)),  # target >= 1.6 on 2 cores
            (f"folder_{f['articles']}_speedup_range", [round(x, 3) for x in f["range"]]),
            (f"folder_{f['articles']}_ceiling", round(f["ceiling"], 3)))},
        **reader,
    }
    print(json.dumps(ratios))


if __name__ == "__main__":
    main()
