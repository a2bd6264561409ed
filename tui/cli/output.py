"""What the CLI prints: one ``byline: ...`` line per problem on stderr, tables or JSON Lines
on stdout. Untrusted text is shown with its control characters escaped, never obeyed."""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from typing import TYPE_CHECKING, Any

from tui.cli.parser import PROG
from tui.core.article import Article
from tui.core.textsafe import BIDI_CONTROLS

if TYPE_CHECKING:
    from tui.core.model import Analysis

# What a terminal obeys rather than shows, beyond the C0 controls ``json.dumps`` already escapes:
# DEL, the C1 controls (U+009B is a CSI), bidi overrides and isolates, line and paragraph separators.
_OBEYED_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029" + "".join(sorted(BIDI_CONTROLS)) + "]")


def visible(text: str) -> str:
    """Untrusted text made safe for a terminal line: control characters shown, not obeyed.

    Escapes (``\\x1b``) rather than the reader's control pictures: a line on stderr may be
    copied into a shell or a bug report."""
    out = []
    for ch in text:
        if unicodedata.category(ch) == "Cc" or ch in "\u2028\u2029" or ch in BIDI_CONTROLS:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


def one_line(text: str) -> str:
    """Collapse whitespace (newlines included) and neutralise what is left."""
    return visible(" ".join(text.split()))


def counted(n: int, noun: str) -> str:
    """``1 mention``, ``2 mentions``, ``0 quotes``: English nouns of this CLI (regular plurals)."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def complain(message: str) -> None:
    print(f"{PROG}: {visible(message)}", file=sys.stderr, flush=True)


def article_record(article: Article, analysis: Analysis, with_text: bool = False) -> dict[str, Any]:
    """One line of ``analyze --json``: the keys the issue specifies first, extras after; with
    ``with_text`` the text the offsets index (a PDF's extracted text, not the file's bytes)."""
    data = analysis.to_dict()
    record = {"source": article.source, "title": article.title, **data}
    if with_text:
        record["text"] = article.text
    return record


def write_utf8(text: str) -> None:
    """Write to stdout as UTF-8 whatever the locale says (JSON Lines, exports)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def json_line(record: dict[str, Any]) -> str:
    """``record`` as one line of JSON, UTF-8 kept readable but every character a terminal would
    obey (controls, bidi overrides) ``\\u``-escaped: ``cat out.jsonl`` cannot reorder or recolour."""
    dumped = json.dumps(record, ensure_ascii=False)
    return _OBEYED_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped) + "\n"


def print_json_line(article: Article, analysis: Analysis, with_text: bool = False) -> None:
    write_utf8(json_line(article_record(article, analysis, with_text)))


def console():
    """A rich Console for tables whose broken pipe ends the command with 141, as ``--json`` does
    (rich's own handler exits 1 silently)."""
    from rich.console import Console

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:
            raise BrokenPipeError

    return PipeConsole(highlight=False, emoji=False)


def print_tables(article: Article, analysis: Analysis) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    out = console()
    out.print(Text(one_line(article.title), style="bold"), Text(f"  {one_line(article.source)}", style="dim"))

    actors = Table(title="Actors", title_justify="left", box=box.SIMPLE_HEAD, expand=False)
    actors.add_column("Actor")
    actors.add_column("Kind")
    actors.add_column("Mentions", justify="right")
    actors.add_column("Aliases")
    for actor in analysis.actors_by_salience():
        others = [one_line(alias) for alias in actor.aliases if alias != actor.name]
        actors.add_row(Text(one_line(actor.name)), Text(actor.kind),
                       Text(str(actor.mention_count)), Text(", ".join(others)))
    out.print(actors if analysis.actors else Text("No actors found.", style="dim"))

    quotes = Table(title="Quotes", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    quotes.add_column("Speaker", ratio=1, overflow="fold")
    quotes.add_column("Kind")
    quotes.add_column("Quote", ratio=3, no_wrap=True, overflow="ellipsis")
    for quote in analysis.quotes:
        speaker = analysis.actor(quote.speaker)
        who = speaker.name if speaker else (quote.speaker_text or "—")
        quotes.add_row(Text(one_line(who)), Text(quote.kind), Text(one_line(quote.text)))
    out.print(quotes if analysis.quotes else Text("No quotes found.", style="dim"))
    out.print()


def silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
