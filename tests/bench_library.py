"""Benchmark: a library of 5,000 articles, and what the library screen and the actor page ask
of it (each target: under 100 ms).

Not collected by pytest (the name does not start with ``test_``). Run:
    .venv/bin/python tests/bench_library.py [--articles 5000] [--home DIR]
The dev sets in ../shared/data are analysed once (cached in the home's database; --home keeps it
for the next run), then their analyses are recorded again and again under new sources and dates
until the library holds --articles articles. Prints how long building took and the median time of
each query, with its ratio to the 100 ms target (under 1.0 is within it).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).parent
DATA = HERE.parent.parent / "shared" / "data"
TARGET_MS = 100.0


def median_ms(call, rounds: int = 15) -> float:
    call()  # the first run warms SQLite's page cache, as a screen opened twice would
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        call()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--home", help="data folder to use (kept); default: a new temporary one")
    args = ap.parse_args()
    os.environ["BYLINE_HOME"] = args.home or tempfile.mkdtemp(prefix="byline-bench-")

    from tui.core.article import Article
    from tui.services.analysis import analyse
    from tui.services.library_service import LibraryService
    from tui.sources import load_one
    from tui.storage.database import connect

    conn = connect()
    library = LibraryService.on(conn)
    paths = sorted(DATA.glob("*-dev/*.txt"))
    if not paths:
        raise SystemExit(f"no dev sets in {DATA}")
    t = time.perf_counter()
    analysed = [(article, analyse(conn, article)) for article in map(load_one, map(str, paths))]
    analysing = time.perf_counter() - t

    t = time.perf_counter()
    have = library.count()
    first_day = date(2024, 1, 1)
    for n in range(have, args.articles):
        article, analysis = analysed[n % len(analysed)]
        day = (first_day + timedelta(days=(n * 7919) % 730)).isoformat()
        copy = Article(f"https://bench.example/{n}/{Path(article.source).stem}", f"{article.title} ({n})",
                       article.text, date=day)
        library.record(copy, analysis, read=n % 3 == 0, now=1.7e9 + n)
    building = time.perf_counter() - t
    total = library.count()
    size_mb = Path(os.environ["BYLINE_HOME"], "byline.sqlite3").stat().st_size / 1e6
    print(f"texts analysed={len(analysed)} in {analysing:.1f} s; library={total} articles "
          f"(built {total - have} in {building:.1f} s), database {size_mb:.0f} MB")

    [trump, *_] = library.find_actors("Donald Trump")
    page = library.articles()
    current = Article(page[0].location, page[0].title, "")
    row_2500 = library.articles(limit=2500)[-1]  # where a reader who scrolled half way is
    cases = {
        "open the library (first 50 rows + count)": lambda: (library.articles(), library.count()),
        "scroll: the 50 rows after row 2,500": lambda: library.articles(after=row_2500),
        "filter as typed 'c' (first page + count)": lambda: (library.articles(text="c"),
                                                              library.count(text="c")),
        "filter as typed 'clinton ema'": lambda: (library.articles(text="clinton ema"),
                                                 library.count(text="clinton ema")),
        "filter by actor 'Donald Trump' quoted": lambda: library.articles(
            actor=[a.id for a in library.find_actors("donald trump")], quoted=True),
        "actor page: find + 50 articles of mentions": lambda: library.appearances(
            library.find_actors("donald trump")[0].id),
        "actor page: the 50 articles after the first 1,000": lambda: library.appearances(
            trump.id, offset=1000),
        "actor page: mentions over time (by month)": lambda: library.mentions_over_time(trump.id),
        "actor: every mention across the library": lambda: library.appearances(trump.id, limit=None),
        "next article mentioning the actor": lambda: library.next_article(trump.id, current),
    }
    print(f"actor 'Donald Trump': {trump.articles} articles, {trump.mentions} mentions")
    for name, call in cases.items():
        ms = median_ms(call, rounds=5 if "every mention" in name else 15)
        print(f"{name:48s} {ms:8.1f} ms   ratio {ms / TARGET_MS:5.2f} (target < 1.00)")
    conn.close()


if __name__ == "__main__":
    main()
