"""The annotation store on a real SQLite file: adding, editing, undoable deletes, re-anchoring on
load, two connections at once, and the schema migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tui.core.annotations import BOOKMARK, CORRECTION, HIGHLIGHT, NOTE, TAG, AnnotationError
from tui.core.correction_records import change_kind
from tui.core.article import Article
from tui.core.model import ORG, PERSON, Actor, Mention
from tui.storage import database as db
from tui.storage.state import get_state
from tui.storage.annotation_store import AnnotationStore, source_key
from tui.storage.database import connect
from tui.storage.paths import database_path


def span(article: Article, words: str) -> tuple[int, int]:
    start = article.text.index(words)
    return start, start + len(words)


def reopen(home: Path) -> AnnotationStore:
    return AnnotationStore(connect())


def test_each_kind_is_stored_and_found_again_after_reopening(store, article, home):
    h = store.add_highlight(article, *span(article, "the outbreak could spread"), colour="green")
    n = store.add_note(article, *span(article, "Dr Amina Yusuf"), "check her title")
    t = store.add_tags(article, *span(article, "supplies would arrive"), "logistics, Claims , claims")
    b = store.add_bookmark(article, article.text.index("Aid groups"))
    store.conn.close()

    again = reopen(home)
    found = again.list_for(article)
    assert [p.annotation.id for p in found.placed] == [h.id, n.id, t.id, b.id]  # text order
    assert found.orphans == []
    by_id = {p.annotation.id: p.annotation for p in found.placed}
    assert by_id[h.id].kind == HIGHLIGHT and by_id[h.id].colour == "green"
    assert by_id[n.id].kind == NOTE and by_id[n.id].note == "check her title"
    assert by_id[t.id].kind == TAG and by_id[t.id].tags == ("logistics", "Claims")
    assert by_id[b.id].kind == BOOKMARK and by_id[b.id].exact == "Aid groups said the warning came too late. The ministry did not reply."
    assert by_id[h.id].text_digest == article.digest
    assert by_id[h.id].source == str(Path(article.source).resolve())
    assert by_id[h.id].title == "Outbreak warning"


def test_the_same_file_named_two_ways_is_one_article(store, article, tmp_path, monkeypatch):
    store.add_highlight(article, *span(article, "Geneva"))
    monkeypatch.chdir(tmp_path)
    relative = Article("./outbreak.txt", article.title, article.text)
    assert source_key(relative) == source_key(article)
    assert len(store.list_for(relative)) == 1


def test_standard_input_is_filed_by_its_text(store):
    one = Article("-", "Standard input", "Some text read from a pipe.")
    two = Article("-", "Standard input", "Another text entirely, also piped.")
    store.add_highlight(one, 0, 4)
    assert len(store.list_for(one)) == 1
    assert len(store.list_for(two)) == 0


@pytest.mark.parametrize("start,end", [(10, 10), (50, 20), (-3, 4), (0, 10**6)])
def test_bad_spans_are_refused_and_nothing_is_stored(store, article, start, end):
    with pytest.raises(ValueError):
        store.add_highlight(article, start, end)
    assert store.all() == []


def test_bad_colour_empty_note_and_empty_tags_are_refused(store, article):
    with pytest.raises(AnnotationError, match="colour"):
        store.add_highlight(article, 0, 9, colour="chartreuse")
    with pytest.raises(AnnotationError, match="note"):
        store.add_note(article, 0, 9, "   ")
    with pytest.raises(AnnotationError, match="tags"):
        store.add_tags(article, 0, 9, " , ,")
    assert store.all() == []


def test_update_changes_the_body_and_the_time(store, article):
    ann = store.add_highlight(article, *span(article, "Geneva"))
    changed = store.update(ann.id, note="city of the WHO", tags=["place"], colour="blue")
    assert (changed.note, changed.tags, changed.colour) == ("city of the WHO", ("place",), "blue")
    assert changed.updated >= ann.updated and changed.created == ann.created
    uncoloured = store.update(ann.id, colour=None)
    assert uncoloured.colour is None and uncoloured.note == "city of the WHO"
    with pytest.raises(AnnotationError):
        store.update("no-such-id", note="x")


def test_delete_is_undoable_and_hides_the_annotation_meanwhile(store, article):
    keep = store.add_highlight(article, *span(article, "Geneva"))
    gone = store.add_note(article, *span(article, "Monday"), "date?")
    store.delete(gone.id)
    assert [p.annotation.id for p in store.list_for(article).placed] == [keep.id]
    assert store.get(gone.id).deleted is not None  # still in the database
    restored = store.undo_delete()
    assert restored.id == gone.id and restored.deleted is None
    assert {p.annotation.id for p in store.list_for(article).placed} == {keep.id, gone.id}
    assert store.undo_delete() is None
    with pytest.raises(AnnotationError):
        store.restore(keep.id)  # not deleted


def test_undo_works_from_another_session_by_id(store, article, home):
    ann = store.add_highlight(article, *span(article, "Geneva"))
    store.delete(ann.id)
    other = reopen(home)
    assert other.list_for(article).placed == []
    other.restore(ann.id)
    assert [p.annotation.id for p in store.list_for(article).placed] == [ann.id]


def test_purge_forgets_only_old_deletes(store, article):
    old = store.add_highlight(article, *span(article, "Geneva"))
    recent = store.add_highlight(article, *span(article, "Monday"))
    store.delete(old.id)
    store.delete(recent.id)
    store.conn.execute("UPDATE annotations SET deleted = deleted - 90 * 86400 WHERE id = ?", (old.id,))
    assert store.purge_deleted(older_than=30 * 86400) == 1
    assert store.get(old.id) is None and store.get(recent.id) is not None


def test_edited_article_reanchors_on_load_and_keeps_orphans(store, article, tmp_path):
    moved = store.add_highlight(article, *span(article, "Dr Amina Yusuf"))
    fuzzy = store.add_note(article, *span(article, "supplies would arrive within days"), "source?")
    doomed = store.add_tags(article, *span(article, "Aid groups said the warning came too late"), "criticism")
    new_text = ("UPDATED 14:00. " + article.text
                .replace("supplies would arrive within days", "supplies would arrive within two days")
                .replace("Aid groups said the warning came too late. ", ""))
    Path(article.source).write_text(new_text, encoding="utf-8")
    edited = Article(article.source, article.title, new_text)

    found = store.list_for(edited)
    placed = {p.annotation.id: p for p in found.placed}
    assert new_text[placed[moved.id].start:placed[moved.id].end] == "Dr Amina Yusuf"
    assert placed[moved.id].moved
    assert new_text[placed[fuzzy.id].start:placed[fuzzy.id].end] == "supplies would arrive within two days"
    assert placed[fuzzy.id].method == "fuzzy"
    assert [a.id for a in found.orphans] == [doomed.id]
    # The stored selectors are untouched: the original text finds everything where it was.
    back = store.list_for(article)
    assert back.orphans == [] and all(p.method == "position" for p in back.placed)


def test_tags_in_use_most_used_first_ignoring_deleted(store, article):
    a = store.add_tags(article, 0, 9, "health, Geneva")
    store.add_tags(article, 13, 19, "health")
    store.add_highlight(article, 20, 30, tags=["WHO"])
    store.delete(a.id)
    assert store.tags_in_use() == ["health", "WHO"]
    store.undo_delete()
    assert store.tags_in_use() == ["health", "Geneva", "WHO"]


def test_tag_colours_link_tags_to_highlight_colours(store, article):
    store.set_tag_colour("claims", "pink")
    ann = store.add_tags(article, 0, 9, "claims")
    assert ann.colour_with(store.tag_colours()) == "pink"
    store.set_tag_colour("claims", None)
    assert store.tag_colours() == {}
    with pytest.raises(AnnotationError):
        store.set_tag_colour("claims", "no-such-colour")


def test_corrections_are_stored_apart_from_annotations_and_in_order(store, article):
    start, end = span(article, "Dr Amina Yusuf")
    actor = Actor("a1", "Amina Yusuf", PERSON, [], [Mention(start, end, "Dr Amina Yusuf", "PERSON", "a1")])
    first = store.add_correction(article, change_kind(article.text, actor, ORG))
    second = store.add_correction(article, change_kind(article.text, actor, PERSON))
    store.add_highlight(article, start, end)
    assert [a.id for a in store.corrections_for(article)] == [first.id, second.id]
    assert all(a.kind == CORRECTION for a in store.corrections_for(article))
    assert [p.annotation.kind for p in store.list_for(article).placed] == [HIGHLIGHT]
    assert store.corrections_for(article)[0].correction == first.correction
    store.delete(second.id)
    assert [a.id for a in store.corrections_for(article)] == [first.id]


def test_two_connections_see_each_others_changes(store, article, home):
    other = reopen(home)
    ann = other.add_highlight(article, *span(article, "Geneva"))
    assert [p.annotation.id for p in store.list_for(article).placed] == [ann.id]
    store.update(ann.id, note="seen by both")
    assert other.get(ann.id).note == "seen by both"


def test_a_writer_holding_the_lock_makes_the_other_wait_not_fail(store, article, home):
    other = reopen(home)
    other.conn.execute("BEGIN IMMEDIATE")  # another copy of the app in the middle of a change
    import threading

    def release():
        other.conn.execute("COMMIT")

    timer = threading.Timer(0.5, release)
    timer.start()
    ann = store.add_highlight(article, *span(article, "Geneva"))  # waits for the lock, then commits
    timer.join()
    assert other.get(ann.id) is not None


def test_migration_from_version_1_keeps_the_cache_and_adds_annotations(home, article):
    path = database_path()
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in db.MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO state (key, value) VALUES ('last', 'x')")
    conn.close()

    conn = connect()
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(db.MIGRATIONS)
    assert get_state(conn, "last") == "x"
    store = AnnotationStore(conn)
    store.add_highlight(article, 0, 9)
    assert len(store.list_for(article)) == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_placements_answer_the_readers_next_previous_and_here(store, article):
    a = store.add_highlight(article, *span(article, "Geneva"))
    b = store.add_note(article, *span(article, "Dr Amina Yusuf"), "who?")
    c = store.add_highlight(article, *span(article, "Amina"))  # inside b
    found = store.list_for(article)
    assert found.next_after(0).annotation.id == a.id
    assert found.next_after(found.placed[0].start).annotation.id == b.id
    assert found.previous_before(len(article.text)).annotation.id == c.id
    assert found.previous_before(0) is None
    here = article.text.index("Amina") + 1
    assert {p.annotation.id for p in found.at(here)} == {b.id, c.id}
