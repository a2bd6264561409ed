"""The actor page's chart: mentions per period, every period from the first to the last."""

from __future__ import annotations

from tui.core.article import Article
from tui.core.model import Actor, Analysis, Mention
from tui.services.library_service import LibraryService, periods_between
from tui.storage.database import connect


def analysis_naming(name: str, times: int) -> Analysis:
    mentions = [Mention(10 * i, 10 * i + len(name), name, "PERSON", "a1") for i in range(times)]
    return Analysis(100, "model", "1", "v", entities=list(mentions),
                    actors=[Actor("a1", name, "person", [name], mentions)])


def test_months_without_mentions_are_on_the_axis(home):
    conn = connect()
    try:
        library = LibraryService.on(conn)
        for n, (day, times) in enumerate((("2025-11-20", 2), ("2026-02-03", 3), ("2026-02-28", 1))):
            article = Article(f"https://example.org/{n}", f"Story {n}", "Angela Merkel spoke.", date=day)
            library.record(article, analysis_naming("Angela Merkel", times))
        [merkel] = library.find_actors("angela merkel")
        assert library.mentions_over_time(merkel.id) == [("2025-11", 2), ("2025-12", 0), ("2026-01", 0),
                                                         ("2026-02", 4)]
        assert library.mentions_over_time(merkel.id, "year") == [("2025", 2), ("2026", 4)]
        assert len(library.mentions_over_time(merkel.id, "day")) == 101
    finally:
        conn.close()


def test_periods_between():
    assert periods_between("2024", "2026", "year") == ["2024", "2025", "2026"]
    assert periods_between("2025-12", "2026-01", "month") == ["2025-12", "2026-01"]
    assert periods_between("2024-02-28", "2024-03-01", "day") == ["2024-02-28", "2024-02-29", "2024-03-01"]
    assert periods_between("", "", "month") == []
