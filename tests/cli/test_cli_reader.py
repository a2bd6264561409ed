"""``byline [PATH...]``: what the command line hands to the reader.

The app itself is driven by the functional tests; here it is replaced by a stand-in
that records what it was given, so these tests run ``main()`` in-process.
"""

from __future__ import annotations

import io
import shutil
import sys
import types

import pytest

from cli_support import SAMPLES
from tui.cli import main


@pytest.fixture
def launched(monkeypatch, tmp_path):
    """Every BylineApp the CLI starts, as (sources, model_name, articles)."""
    monkeypatch.setenv("BYLINE_HOME", str(tmp_path / "home"))
    runs: list[tuple[list[str], str | None, list]] = []

    class StandInApp:
        def __init__(self, sources, model_name=None, articles=None, **options):
            self.record = (list(sources), model_name, list(articles or []))
            launched_options.append(options)

        def run(self):
            runs.append(self.record)

    launched_options.clear()
    module = types.ModuleType("tui.ui.app")
    module.BylineApp = StandInApp
    monkeypatch.setitem(sys.modules, "tui.ui.app", module)
    return runs


def test_first_run_opens_the_samples(launched):
    assert main([]) == 0
    [(sources, model, articles)] = launched
    assert sources == [str(p) for p in SAMPLES]
    assert model is None
    assert [a.source for a in articles] == sources
    assert all(a.text == p.read_text(encoding="utf-8") for a, p in zip(articles, SAMPLES))


def test_files_and_folders(launched, tmp_path):
    folder = tmp_path / "library"
    folder.mkdir()
    for name in ("b-second.md", "a-first.txt"):
        shutil.copy(SAMPLES[0], folder / name)
    (folder / "cover.png").write_bytes(b"\x89PNG\r\n")
    single = tmp_path / "single.txt"
    shutil.copy(SAMPLES[1], single)
    assert main([str(folder), str(single), "--model", installed_model()]) == 0
    [(sources, model, articles)] = launched
    assert sources == [str(folder / "a-first.txt"), str(folder / "b-second.md"), str(single)]
    assert model == installed_model()
    assert [a.source for a in articles] == sources


def installed_model() -> str:
    from tui.nlp.models import resolve

    return resolve().name


def remember(source: str) -> None:
    """What the reader does when it opens an article (the one place the last source is written)."""
    from tui.services.connection import open_database
    from tui.services.session import remember_source

    conn = open_database()
    remember_source(conn, source)
    conn.close()


def test_reopens_the_last_article_then_falls_back_to_the_samples(launched, tmp_path):
    article = tmp_path / "today.txt"
    shutil.copy(SAMPLES[1], article)
    assert main([str(article), str(SAMPLES[0])]) == 0
    remember(str(article))
    assert main([]) == 0
    assert launched[1][0] == [str(article.resolve())]
    article.unlink()
    assert main([]) == 0
    assert launched[2][0] == [str(p) for p in SAMPLES]


def test_reopens_a_url_as_a_url(launched, site):
    """Once made absolute like a path ('/cwd/http:/host/...'), the URL was lost for the samples."""
    url = f"{site}/story.html"
    remember(url)
    assert main([]) == 0
    [(sources, _, [article])] = launched
    assert sources == [url]
    assert "Christopher Green" in article.text


def test_an_unreachable_last_url_says_so_and_opens_the_samples(launched, capsys):
    remember("http://127.0.0.1:9/story.html")  # the discard port: nothing listens
    assert main([]) == 0
    assert launched[0][0] == [str(p) for p in SAMPLES]
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("byline: http://127.0.0.1:9/story.html: cannot be reached")
    assert line.endswith("; opening the samples instead")


def test_the_command_line_does_not_write_the_last_source(launched, tmp_path):
    """The reader remembers what it opens; the CLI only reads it back (it used to write it too)."""
    article = tmp_path / "today.txt"
    shutil.copy(SAMPLES[1], article)
    assert main([str(article)]) == 0
    assert main([]) == 0
    assert launched[1][0] == [str(p) for p in SAMPLES]


def test_standard_input_is_read_before_the_app_starts(launched, monkeypatch):
    data = SAMPLES[0].read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["-"]) == 0
    [(sources, _, [article])] = launched
    assert sources == ["-"]
    assert article.source == "-"
    assert article.text == data.decode("utf-8")


launched_options: list[dict] = []  # the app's other arguments, as the stand-in got them


def test_some_paths_unreadable(launched, tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main([str(empty), str(SAMPLES[0])]) == 1
    [(sources, _, _)] = launched
    assert sources == [str(SAMPLES[0])]
    err = capsys.readouterr().err.splitlines()
    assert err == [f"byline: {empty}: the file is empty"]
    # The reader shows it too (issue 9 item 24: stderr is hidden behind the app).
    assert launched_options[-1]["notices"] == [f"{empty}: the file is empty"]


def test_nothing_readable_does_not_start_the_app(launched, tmp_path, capsys):
    assert main([str(tmp_path / "missing.txt")]) == 1
    assert launched == []
    assert capsys.readouterr().err.startswith("byline: ")



def test_urls_are_fetched_by_the_reader_after_the_local_files_show(launched, held_site, tmp_path):
    """``byline a.txt URL b.txt``: the reader starts on the local files without a request to
    the (held back) site; the URL is handed over to be fetched once the reader shows."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copy(SAMPLES[0], first)
    shutil.copy(SAMPLES[1], second)
    url = f"{held_site.base}/story.html"
    assert main([str(first), url, str(second)]) == 0
    [(sources, _, articles)] = launched
    assert sources == [str(first), str(second)] and len(articles) == 2
    assert launched_options[-1]["pending"] == [url]
    assert held_site.requests == []  # nothing waited for the web before the reader started


def test_urls_alone_are_read_before_the_reader_starts(launched, site):
    url = f"{site}/story.html"
    assert main([url]) == 0
    [(sources, _, articles)] = launched
    assert sources == [url] and "China" in articles[0].title
    assert launched_options[-1]["pending"] == []
