"""What ``byline library`` and ``byline actor`` print: JSON Lines for scripts, tables for people."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from tui.cli.output import console as pipe_console
from tui.cli.output import counted, json_line, one_line, write_utf8
from tui.storage.library_records import Appearance, LibraryActor, LibraryEntry


def iso_time(when: float | None) -> str | None:
    """Unix time as ISO 8601 UTC, to the second."""
    if when is None:
        return None
    return datetime.fromtimestamp(when, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def entry_record(entry: LibraryEntry) -> dict[str, Any]:
    """One line of ``library --json``: the keys the issue specifies."""
    return {"source": entry.source, "title": entry.title, "date": entry.date, "digest": entry.digest,
            "actors": entry.actors, "quotes": entry.quotes, "annotations": entry.annotations,
            "last_read": iso_time(entry.last_read)}


def appearance_record(actor: LibraryActor, seen: Appearance) -> dict[str, Any]:
    """One line of ``actor --json``: the article, the actor (``id`` as in that article's
    ``analyze --json``, so its quotes' ``speaker`` matches; ``library_id`` across articles),
    its mentions and its quotes there."""
    who: dict[str, Any] = {"id": seen.actor_ids[0] if seen.actor_ids else None, "name": actor.name,
                           "kind": actor.kind, "library_id": actor.id, "aliases": list(actor.aliases)}
    if len(seen.actor_ids) > 1:  # the user merged several of the article's actors
        who["ids"] = list(seen.actor_ids)
    return {"source": seen.entry.source, "title": seen.entry.title, "actor": who,
            "mentions": seen.mentions, "quotes": seen.quotes, "date": seen.entry.date}


def print_record(record: dict[str, Any]) -> None:
    write_utf8(json_line(record))


def _console():
    return pipe_console()


def print_entries(entries: list[LibraryEntry], total: int) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    console = _console()
    if not entries:
        console.print(Text("No articles in the library match." if total else "The library is empty.",
                           style="dim"))
        return
    table = Table(title=f"Library ({len(entries)} of {total})" if len(entries) < total
                  else f"Library ({total})", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Date", no_wrap=True)
    table.add_column("Title", ratio=3, no_wrap=True, overflow="ellipsis")
    for name in ("Actors", "Quotes", "Notes"):
        table.add_column(name, justify="right")
    table.add_column("Last read", no_wrap=True)
    wide = console.width >= 120  # the source only where the title still has room
    if wide:
        table.add_column("Source", ratio=2, overflow="ellipsis", no_wrap=True)
    for e in entries:
        read = iso_time(e.last_read)
        cells = [Text(e.date), Text(one_line(e.title)), Text(str(e.actors)), Text(str(e.quotes)),
                 Text(str(e.annotations)), Text(read[:16].replace("T", " ") if read else "—")]
        table.add_row(*cells, *([Text(one_line(e.source), style="dim")] if wide else []))
    console.print(table)


def print_appearances(actor: LibraryActor, seen: list[Appearance]) -> None:
    from rich.text import Text

    console = _console()
    others = [one_line(a) for a in actor.aliases if a.casefold() != actor.name.casefold()]
    console.print(Text(one_line(actor.name), style="bold"),
                  Text(f"  {actor.kind} · {counted(actor.mentions, 'mention')} in "
                       f"{counted(actor.articles, 'article')}"
                       + (f" · also {', '.join(others)}" if others else ""), style="dim"))
    for item in seen:
        entry = item.entry
        mentions = sum(1 for m in item.mentions if not m.get("inferred"))  # as Actor.mention_count
        console.print(Text(f"{entry.date}  "), Text(one_line(entry.title), style="bold"),
                      Text(f"  {counted(mentions, 'mention')}, {counted(len(item.quotes), 'quote')}",
                           style="dim"))
        for quote in item.quotes:
            console.print(Text(f"    “{one_line(quote['text'])}”", overflow="ellipsis", no_wrap=True))
    console.print()
