"""``tui.services.annotation_session``: one connection, opened on first use from any thread,
and every failure an Outcome with the sentence to show."""

from __future__ import annotations

import threading

import pytest

from tui.core.annotations import HIGHLIGHT
from tui.core.article import Article
from tui.services.annotation_session import AnnotationSession

TEXT = "Officials in Geneva warned on Monday.\n\n\u201cWe are worried,\u201d said Dr Amina Yusuf.\n"


@pytest.fixture
def article(tmp_path) -> Article:
    path = tmp_path / "outbreak.txt"
    path.write_text(TEXT, encoding="utf-8")
    return Article(str(path), "Outbreak", TEXT)


@pytest.fixture
def session(home):
    opened = AnnotationSession()
    yield opened
    opened.close()


def test_opened_in_a_worker_used_from_another_thread(session, article):
    made = []
    worker = threading.Thread(target=lambda: made.append(
        session.change(lambda store: store.add_highlight(article, 0, 9, colour="green"))))
    worker.start()
    worker.join()
    [outcome] = made
    assert outcome.ok and outcome.value.kind == HIGHLIGHT
    shown = session.annotations_of(article)
    assert shown.ok
    [placed] = shown.value.placements.placed
    assert (placed.start, placed.end, placed.annotation.colour) == (0, 9, "green")
    assert shown.value.corrections == [] and shown.value.tag_colours == {}


def test_a_refused_change_is_an_error_to_show_not_an_exception(session, article):
    outcome = session.change(lambda store: store.add_note(article, 0, 9, "   "))
    assert (outcome.ok, outcome.error, outcome.title) == (False, "the note is empty", "Not saved")
    assert session.available


def test_a_database_that_cannot_be_opened_is_reported_once_and_not_retried(tmp_path, monkeypatch, article):
    not_a_folder = tmp_path / "home"
    not_a_folder.write_text("a file where the data folder should be")
    monkeypatch.setenv("BYLINE_HOME", str(not_a_folder))
    attempts = []

    def connect():
        from tui.services.connection import open_database

        attempts.append(1)
        return open_database()

    session = AnnotationSession(connect)
    first = session.change(lambda store: store.add_highlight(article, 0, 9))
    assert not first.ok and first.title == "Database" and not first.repeated
    assert first.error.startswith("Annotations cannot be kept: ") and str(not_a_folder) in first.error
    again = session.annotations_of(article)
    assert (again.ok, again.repeated, again.error) == (False, True, first.error)
    assert len(attempts) == 1 and not session.available
