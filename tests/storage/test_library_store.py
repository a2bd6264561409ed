"""The library's SQLite store on a real file: recording, pages, filters, removal with the
annotations kept, identities across articles, merges and corrections."""

from __future__ import annotations

import pytest

from tui.storage.annotation_store import AnnotationStore
from tui.storage.database import connect
from tui.storage.library_store import SqliteLibraryStore

from library_rows import actor_row, article_row


@pytest.fixture
def library(home):
    conn = connect()
    yield SqliteLibraryStore(conn)
    conn.close()


def test_record_lists_newest_first_and_updates_in_place(library):
    library.record(article_row("/a.txt", "Older", date="2026-01-01"), [actor_row("a1", "Xi Jinping")],
                   read=False, now=1.0)
    library.record(article_row("/b.txt", "Newer", date="2026-02-01"), [], read=True, now=2.0)
    assert [e.title for e in library.articles()] == ["Newer", "Older"]
    older = library.entry("/a.txt")
    assert (older.actors, older.last_read, older.added) == (1, None, 1.0)

    revised = article_row("/a.txt", "Older, revised", text="Changed text.", date="2026-01-01")
    again = library.record(revised, [actor_row("a1", "Xi Jinping"), actor_row("a2", "Li Qiang")],
                           read=True, now=3.0)
    assert (again.id, again.title, again.actors, again.last_read, again.added) == (
        older.id, "Older, revised", 2, 3.0, 1.0)
    assert library.count() == 2
    assert library.text_of("/a.txt") == "Changed text."
    assert [e.title for e in library.articles(text="revised")] == ["Older, revised"]
    assert library.articles(text="some") == [library.entry("/b.txt")]  # the old text is no longer indexed


def test_pages_by_keyset_cover_every_article_once(library):
    for i in range(23):
        library.record(article_row(f"/s{i}.txt", f"Story {i}", date=f"2026-01-{1 + i % 5:02d}"), [],
                       read=False, now=float(i))
    seen, after = [], None
    while page := library.articles(limit=5, after=after):
        seen.extend(page)
        after = page[-1]
    assert len(seen) == len({e.id for e in seen}) == 23
    assert [(e.date, e.id) for e in seen] == sorted(((e.date, e.id) for e in seen), reverse=True)


def test_filter_by_words_of_title_or_text_as_typed(library):
    for source, title, text in (("/1", "Sanctions on Moscow", "The ministry objected."),
                                ("/2", "Harvest report", "Sanctions hurt the farmers.")):
        library.record(article_row(source, title, text=text), [], read=False, now=1)
    library.record(article_row("/3", "Weather", text="Rain in Geneva."), [], read=False, now=3)
    assert {e.source for e in library.articles(text="sanc")} == {"/1", "/2"}  # the last word is a prefix
    assert {e.source for e in library.articles(text="sanctions farm")} == {"/2"}
    assert {e.source for e in library.articles(text="GENEVA")} == {"/3"}
    assert library.count(text="sanctions") == 2
    assert library.articles(text="nothing-like-this") == []
    assert library.count(text="  ?! ") == 3  # nothing searchable typed: no filter


def test_actor_found_by_alias_across_articles_and_filtered_by_quotes(library):
    xi_jinping = actor_row("a1", "Xi Jinping", aliases=("Xi",), mentions=3, quotes=2)
    library.record(article_row("/1", date="2026-01-05"), [xi_jinping], read=False, now=1)
    library.record(article_row("/2", date="2026-02-07"), [actor_row("a4", "Xi")], read=False, now=2)
    library.record(article_row("/3", date="2026-02-09"), [actor_row("a2", "Kim Jong Un")], read=False, now=3)
    [xi] = library.find_actors("XI JINPING")
    assert library.find_actors("xi") == [xi]  # "Xi" alone joined the identity named "Xi Jinping"
    assert (xi.name, xi.articles, xi.mentions) == ("Xi Jinping", 2, 4)
    assert {e.source for e in library.articles(actor=xi.id)} == {"/1", "/2"}
    assert {e.source for e in library.articles(actor=xi.id, quoted=True)} == {"/1"}
    seen = library.appearances(xi.id)
    assert [(s.entry.source, s.actor_ids, len(s.mentions), len(s.quotes)) for s in seen] == [
        ("/2", ("a4",), 1, 0), ("/1", ("a1",), 3, 2)]
    assert seen[1].quotes[0]["speaker"] == "a1"
    assert library.mentions_over_time(xi.id, 7) == [("2026-01", 3), ("2026-02", 1)]
    assert library.actor_in("/2", "a4") == xi
    assert [a.name for a in library.actors_named_like("ki")] == ["Kim Jong Un"]


def test_the_fuller_name_met_later_names_the_actor(library):
    library.record(article_row("/1"), [actor_row("a1", "Xi")], read=False, now=1)
    library.record(article_row("/2"), [actor_row("a3", "Xi Jinping", aliases=("Xi",))], read=False, now=2)
    [xi] = library.find_actors("xi")
    assert (xi.name, xi.articles) == ("Xi Jinping", 2)
    assert library.find_actors("xi jinping") == [xi]


def test_next_article_follows_the_dates_and_wraps(library):
    for day in range(1, 5):
        source, date = f"/{day}", f"2026-01-0{day}"
        actors = [actor_row("a1", "Emmanuel Macron")] if source != "/3" else []
        library.record(article_row(source, date=date), actors, read=False, now=1)
    [macron] = library.find_actors("emmanuel macron")
    assert library.next_article(macron.id, "/2").source == "/4"  # /3 does not mention him
    assert library.next_article(macron.id, "/4").source == "/1"  # wraps round
    assert library.next_article(macron.id, "/1", backwards=True).source == "/4"
    assert library.next_article(macron.id, "/not-in-library").source == "/1"


def test_remove_keeps_the_annotations_and_lists_them_as_orphans(library, article):
    AnnotationStore(library.conn).add_note(article, 0, 8, "check")
    library.record(article_row(article.source, text=article.text), [actor_row("a1", "Amina Yusuf")],
                   read=True, now=1)
    assert library.entry(article.source).annotations == 1
    removed = library.remove(article.source)
    assert removed.annotations_kept == 1 and removed.entry.source == article.source
    assert library.entry(article.source) is None and library.articles() == []
    assert library.text_of(article.source) is None
    assert library.find_actors("amina yusuf")[0].articles == 0
    assert library.orphaned() == [(article.source, "Outbreak warning", 1)]
    assert len(AnnotationStore(library.conn).list_for(article).placed) == 1
    assert library.remove(article.source) is None


def test_merge_split_and_correct_hold_for_later_articles(library):
    library.record(article_row("/1"), [actor_row("a1", "Joe Biden"), actor_row("a2", "President Biden")],
                   read=False, now=1)
    [biden] = library.find_actors("joe biden")
    [president] = library.find_actors("president biden")
    merged = library.merge_actors(president.id, biden.id)
    assert (merged.id, merged.mentions) == (biden.id, 2)
    assert set(merged.aliases) == {"Joe Biden", "President Biden"}
    [seen] = library.appearances(biden.id)
    assert seen.actor_ids == ("a1", "a2")

    later = [actor_row("a7", "President Biden")]
    library.record(article_row("/2", date="2026-03-01"), later, read=False, now=2)
    assert library.find_actors("president biden") == [library.actor(biden.id)]  # the merge holds
    assert library.actor(biden.id).articles == 2

    fixed = library.correct_actor(biden.id, name="Joseph R. Biden", kind="person")
    assert fixed.corrected and fixed.name == "Joseph R. Biden"
    assert library.find_actors("joseph r. biden") == [fixed]

    alone = library.split_actor("/2", "a7")
    assert alone.name == "President Biden" and alone.articles == 2
    assert library.actor(biden.id).articles == 1


def test_position_is_kept_across_records(library):
    library.record(article_row("/1"), [], read=True, now=1)
    library.set_position("/1", {"quote": {"exact": "text"}, "position": {"start": 5, "end": 9}})
    library.record(article_row("/1", text="Other text."), [], read=True, now=2)
    assert library.position("/1")["position"] == {"start": 5, "end": 9}
    library.set_position("/1", None)
    assert library.position("/1") is None


def test_sqlite_store_implements_the_whole_interface():
    """``LibraryStore`` is what a server database would implement: the SQLite store has every
    method with the same parameters."""
    import inspect

    from tui.storage.library_records import LibraryStore

    wanted = {name for name, value in vars(LibraryStore).items()
              if callable(value) and not name.startswith("_")}
    assert {"record", "articles", "appearances", "merge_actors"} <= wanted
    for name in wanted:
        mine = inspect.signature(getattr(SqliteLibraryStore, name)).parameters
        theirs = inspect.signature(getattr(LibraryStore, name)).parameters
        assert list(mine) == list(theirs), name
