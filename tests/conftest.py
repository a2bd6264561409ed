"""Fixtures shared by several tiers: a web site served on the loopback address."""

from __future__ import annotations

import gc
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

STORY = ("<p>“China is unhappy with the way things are going,” said Christopher Green, an analyst "
         "at the International Crisis Group. “But they are trying to keep it quiet.”</p>"
         "<p>Beijing has protested to Moscow, officials said. Mr Green said the alliance would last."
         " Analysts in Seoul and Tokyo agree that the relationship has grown much closer this year,"
         " and that Pyongyang stands to gain most from it.</p>")
PAGE = (f"<html><head><title>China stuck in the middle</title></head><body><nav><a href='/'>Home</a>"
        f"</nav><article><h1>China stuck in the middle</h1>{STORY}</article>"
        "<footer>© Example News</footer></body></html>")
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example</title>
<item><title>Linked story</title><link>{base}/story.html</link><description>Short.</description></item>
<item><title>Full story</title><link>{base}/full</link>
<description><![CDATA[{body}]]></description></item>
</channel></rss>"""


class Handler(SimpleHTTPRequestHandler):
    def guess_type(self, path):
        if str(path).endswith(".xml"):
            return "application/rss+xml"
        if str(path).endswith(".md"):
            return "text/markdown"
        return super().guess_type(path)

    def log_message(self, *args):  # keep the test output clean
        pass


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (root / "story.html").write_text(PAGE, encoding="utf-8")
    (root / "notes.md").write_text("# Notes\n\nMr Green said it was over.\n", encoding="utf-8")
    (root / "feed.xml").write_text(FEED.format(base=base, body=STORY * 2), encoding="utf-8")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()


class HeldSite:
    """A loopback site whose pages are held back until the test releases them (a slow web
    server, without timing anything): each request waits for ``release()``, at most ``LIMIT`` s."""

    LIMIT = 30.0

    def __init__(self, root) -> None:
        self.gate = threading.Event()
        self.requests: list[str] = []
        gate, limit, requests = self.gate, self.LIMIT, self.requests

        class Held(Handler):
            def do_GET(self):
                requests.append(self.path)
                gate.wait(limit)
                super().do_GET()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Held, directory=str(root)))
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def release(self) -> None:
        self.gate.set()


@pytest.fixture
def held_site(tmp_path):
    root = tmp_path / "held-site"
    root.mkdir()
    (root / "story.html").write_text(PAGE, encoding="utf-8")
    site = HeldSite(root)
    yield site
    site.release()  # a request still waiting ends now
    site.server.shutdown()
    site.server.server_close()


# The longest tests start first, so that no worker of `-n auto` is left with one of them at the
# end while the others wait (the order of the other tests is kept).
LONGEST_FIRST = ("tests/nlp/test_quality_polnear.py", "tests/nlp/test_quality_gum.py",
                 "tests/cli/test_cli_analyze_jobs.py", "tests/storage/test_crash_and_concurrency.py",
                 "tests/nlp/test_quality.py")
# Modules whose module-scoped fixtures take seconds (documents written, texts analysed): each runs
# on one worker (`--dist loadgroup`), so the fixture is built once, not once per worker.
ONE_WORKER = ("tests/cli/test_cli_documents.py", "tests/cli/test_cli_library.py",
              "tests/sources/test_sources_documents.py", "tests/documents/test_bad_input.py",
              "tests/nlp/test_streaming.py", "tests/functional/test_document_pages.py")


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups (its hook runs after conftests')
def pytest_collection_modifyitems(config, items):
    def rank(item) -> int:
        path = item.nodeid.split("::")[0]
        return LONGEST_FIRST.index(path) if path in LONGEST_FIRST else len(LONGEST_FIRST)

    items.sort(key=rank)  # stable: the rest keep their order
    for item in items:
        path = item.nodeid.split("::")[0]
        if path in ONE_WORKER:
            item.add_marker(pytest.mark.xdist_group(path))


def pytest_xdist_auto_num_workers(config):
    """`-n auto`: one worker more than there are cores. A Pilot test spends about a third of its
    time waiting for the app to settle (Textual's idle wait sleeps), and the extra worker runs
    in those gaps."""
    import os

    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return cores + 1


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """Once a test is over and pytest has let go of it, its garbage is collected and what
    outlives it (the model, the modules, the caches of analyses) is frozen out of later
    collections. Otherwise Python's collector scans the model and every cached analysis again
    and again: 15% of the functional tests' time, measured with gc.callbacks (9.8 s of 66 s on
    three modules; 2.4 s with this)."""
    yield
    gc.collect()
    gc.freeze()
