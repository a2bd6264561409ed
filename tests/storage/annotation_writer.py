"""A process that adds annotations in a loop and prints each id once its commit has returned.

    python annotation_writer.py ARTICLE [COUNT]

The database is the one in BYLINE_HOME. Prints ``ready`` once connected; with COUNT, stops
after that many annotations, else writes until killed.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from tui.core.article import Article
from tui.storage.annotation_store import AnnotationStore
from tui.storage.database import connect


def main() -> None:
    path = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else None
    text = path.read_text(encoding="utf-8")
    article = Article(str(path), "Crash test", text)
    store = AnnotationStore(connect())
    rng = random.Random()
    print("ready", flush=True)
    written = 0
    while count is None or written < count:
        start = rng.randrange(0, len(text) - 40)
        end = start + rng.randrange(1, 40)
        choice = rng.random()
        if choice < 0.4:
            ann = store.add_highlight(article, start, end, colour="yellow")
        elif choice < 0.7:
            ann = store.add_note(article, start, end, "note " * rng.randrange(1, 50), tags="crash, test")
        else:
            ann = store.add_tags(article, start, end, [f"t{rng.randrange(20)}"])
            store.update(ann.id, note="updated after tagging")
        print(ann.id, flush=True)
        written += 1


if __name__ == "__main__":
    main()
