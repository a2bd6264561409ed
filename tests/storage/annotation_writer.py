"""A process that adds annotations in a loop and prints each id once its commit has returned.

    python annotation_writer.py ARTICLE [COUNT]
    python annotation_writer.py --fork ARTICLE

The database is the one in BYLINE_HOME. Prints ``ready`` once connected; with COUNT, stops
after that many annotations, else writes until killed.

With ``--fork`` it is a server that pays for Python and the imports once: for each line read on
stdin it forks a writer (a process of its own, killed by the test as any other) and prints
``pid N``, then ``ready`` when the writer said so, then one JSON line: everything else the writer
printed before it ended, and its exit code as ``Popen.returncode`` gives it (-9: SIGKILL).
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

from tui.core.article import Article
from tui.storage.annotation_store import AnnotationStore
from tui.storage.database import connect


def write(path: Path, count: int | None) -> None:
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


def serve(path: Path) -> None:
    for _ in sys.stdin:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the writer
            try:
                os.close(read_end)
                sys.stdout = open(write_end, "w", encoding="utf-8", buffering=1)
                write(path, None)
            finally:
                os._exit(1)  # never reached but by an error: the test sees exit code 1
        os.close(write_end)
        print(f"pid {pid}", flush=True)
        with open(read_end, encoding="utf-8") as output:
            first = output.readline()
            if first == "ready\n":
                print("ready", flush=True)
                first = ""
            rest = first + output.read()  # until the writer is gone
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"out": rest, "code": os.waitstatus_to_exitcode(status)}), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "--fork":
        serve(Path(sys.argv[2]))
    else:
        write(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else None)
