"""``tui.services.library_service`` with the real model on the bundled samples: what the
library keeps of an analysis (with the user's corrections), the reading position re-found in
a changed text, reopening an entry, and the reader's one call."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from tui.core.correction_records import change_kind
from tui.core.article import STDIN, Article
from tui.core.model import ORG
from tui.services.analysis import analyse
from tui.services.library_service import LibraryService, record_opened
from tui.sources import load_one, sample_paths
from tui.storage.annotation_store import AnnotationStore
from tui.storage.database import connect

pytestmark = pytest.mark.slow


@pytest.fixture
def conn(home):
    opened = connect()
    yield opened
    opened.close()


@pytest.fixture
def samples(tmp_path) -> list[Article]:
    """Copies of the samples, so a test may change or delete them."""
    copies = []
    for path in sample_paths():
        shutil.copy(path, tmp_path / path.name)
        copies.append(load_one(str(tmp_path / path.name)))
    return copies


def test_an_analysis_recorded_with_its_counts_and_actor_rows(conn, samples):
    library = LibraryService.on(conn)
    for article in samples:
        analysis = analyse(conn, article)
        entry = library.record(article, analysis, read=False)
        assert (entry.actors, entry.quotes, entry.digest) == (len(analysis.actors), len(analysis.quotes),
                                                              article.digest)
        assert entry.date == article.date and entry.last_read is None
    [putin] = library.find_actors("putin")
    assert putin.kind == "person" and putin.articles == 2
    for seen in library.appearances(putin.id):
        article = next(a for a in samples if a.source == seen.entry.source)
        for mention in seen.mentions:  # offsets into the text as `analyze --json` gives them
            assert article.text[mention["start"]:mention["end"]] == mention["text"]
    assert library.count(text="Pyongyang") >= 1
    assert library.next_article(putin.id, samples[0]).source == samples[1].source


def test_the_users_corrections_are_what_the_library_keeps(conn, samples):
    article = samples[0]
    analysis = analyse(conn, article)
    [putin] = [a for a in analysis.actors if a.name == "Vladimir Putin"]
    AnnotationStore(conn).add_correction(article, change_kind(article.text, putin, ORG))
    library = LibraryService.on(conn)
    library.record(article, analysis)
    [found] = library.find_actors("Vladimir Putin")
    assert found.kind == ORG


def test_reading_position_refound_when_the_text_changed(conn, samples):
    library = LibraryService.on(conn)
    article = samples[1]
    library.record(article, analyse(conn, article))
    offset = article.text.index("Pyongyang")
    library.save_position(article, offset)
    assert library.reading_position(article) == offset
    changed = Article(article.source, article.title, "A new first paragraph.\n\n" + article.text)
    assert library.reading_position(changed) == offset + len("A new first paragraph.\n\n")
    assert library.reading_position(Article(article.source, article.title, "All different now.")) is None


def test_reopened_from_the_kept_text_when_the_file_is_gone(conn, samples):
    library = LibraryService.on(conn)
    article = samples[0]
    entry = library.record(article, analyse(conn, article))
    assert library.open_entry(entry) == (article, None)
    shutil.move(article.source, article.source + ".moved")
    reopened, problem = library.open_entry(entry)
    assert reopened.text == article.text and "no such file" in problem


def test_standard_input_is_kept_by_its_text_and_keeps_its_first_date(conn, samples):
    library = LibraryService.on(conn)
    piped = Article(STDIN, "Standard input", samples[1].text)
    analysis = analyse(conn, piped)
    entry = library.record(piped, analysis, now=0.0)  # 1970-01-01
    assert entry.source == f"stdin:{piped.digest}" and entry.location == STDIN
    assert library.record(piped, analysis).date == "1970-01-01"
    assert library.open_entry(entry) == (piped, None)


def test_the_readers_call_never_raises(conn, samples):
    article = samples[0]
    analysis = analyse(conn, article)
    assert record_opened(conn, article, analysis) is None
    assert LibraryService.on(conn).entry_for(article).last_read is not None
    broken = sqlite3.connect(":memory:")  # no library tables
    assert "not kept in the library" in record_opened(broken, article, analysis)


def test_each_actors_row_keeps_exactly_its_quotes(conn, samples):
    from tui.services.library_service import actor_records

    analysis = analyse(conn, samples[0])
    records = actor_records(analysis)
    assert [r.quotes for r in records] == [[q.to_dict() for q in analysis.quotes_of(a.id)]
                                           for a in analysis.actors]
    assert any(r.quotes for r in records)
