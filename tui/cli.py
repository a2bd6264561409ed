"""The ``byline`` command: open the reader, or print the analysis for scripts.

Exit codes (also in README.md):
  0    everything asked for was read and done
  1    an input could not be read (the readable ones were still processed), or nothing
       could be read, or the model or the database cannot be used
  2    the command line itself is wrong (unknown option, missing argument)
  130  interrupted with Ctrl-C
  141  the reader of our output went away (``byline analyze --json ... | head -1``),
       as for any Unix tool killed by SIGPIPE

Every failure is one ``byline: ...`` line on stderr, never a traceback. Textual and
spaCy are imported only by the commands that need them, so ``byline analyze`` on a
cached article starts fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import unicodedata
from typing import Any, NoReturn, Sequence

from tui import __version__
from tui.core.article import STDIN, Article, ArticleError, expand, load, sample_paths
from tui.core.model import Analysis
from tui.nlp.models import ModelError
from tui.storage.db import DatabaseError

PROG = "byline"
COMMANDS = ("read", "analyze", "export")
EXPORT_FORMATS = ("md", "json", "jsonl")
LAST_SOURCE = "last_source"

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 130, 141


class UsageError(Exception):
    """The command line is wrong: exit 2."""


class Failure(Exception):
    """Nothing more can be done: the message is printed and the exit code is 1."""


# ---------------------------------------------------------------- output helpers


def visible(text: str) -> str:
    """Untrusted text made safe for a terminal line: control characters shown, not obeyed."""
    out = []
    for ch in text:
        if unicodedata.category(ch) == "Cc" or ch in "\u2028\u2029":
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


def one_line(text: str) -> str:
    """Collapse whitespace (newlines included) and neutralise what is left."""
    return visible(" ".join(text.split()))


def complain(message: str) -> None:
    print(f"{PROG}: {visible(message)}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- argument parsing


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROG,
        description="A terminal reader for news and reports: who is in a story, where each actor "
                    "is mentioned, and who said what.",
        epilog="With no command, 'byline PATH...' opens the reader ('byline read'). With no PATH "
               "it reopens the last article, or the bundled samples on a first run.\n"
               "Exit codes: 0 done, 1 some input could not be read (the rest was processed), "
               "2 usage error, 130 interrupted.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    read = commands.add_parser(
        "read", help="open articles in the reader (the default command)",
        description="Open articles in the reader: .txt and .md files, folders (their text files "
                    "become the library, the first one opens), or '-' for standard input.")
    add_paths(read, "*")
    add_model(read)

    analyze = commands.add_parser(
        "analyze", help="print the actors and quotes of articles (--json for JSON Lines)",
        description="Analyse articles and print their actors and quotes: tables by default, "
                    "or one JSON object per article per line with --json.")
    add_paths(analyze, "+")
    analyze.add_argument("--json", action="store_true",
                         help="print JSON Lines (one object per article) instead of tables")
    add_model(analyze)

    export = commands.add_parser(
        "export", help="export your annotations (md, json or jsonl)",
        description="Export annotations, of the articles given or, with no PATH, of every article.")
    add_paths(export, "*")
    export.add_argument("--format", "-f", choices=EXPORT_FORMATS, required=True,
                        help="output format")
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    return parser


def add_paths(parser: argparse.ArgumentParser, nargs: str) -> None:
    parser.add_argument("paths", nargs=nargs, metavar="PATH",
                        help="a .txt or .md file, a folder of them, or '-' for standard input")


def add_model(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", metavar="NAME",
                        help="the spaCy model package to use (default: the installed English model)")


def with_default_command(argv: Sequence[str]) -> list[str]:
    """``byline PATH...`` means ``byline read PATH...``; a file named like a command needs ``./``."""
    argv = list(argv)
    if not argv or argv[0] not in (*COMMANDS, "-h", "--help", "--version"):
        argv.insert(0, "read")
    return argv


# ---------------------------------------------------------------- reading inputs


def read_articles(paths: Sequence[str]) -> tuple[list[Article], list[str]]:
    """The articles that could be read, in command-line order, and one message per input
    that could not (each already reported on stderr)."""
    from tui.web.fetch import is_url

    articles: list[Article] = []
    problems: list[str] = []
    for raw in paths:
        if is_url(raw):
            from tui.web.pages import read_url

            try:
                found, trouble = read_url(raw)
            except ArticleError as exc:
                found, trouble = [], [str(exc)]
            articles.extend(found)
            problems.extend(trouble)
            continue
        sources, trouble = expand([raw])
        problems.extend(trouble)
        for source in sources:
            if source == STDIN and sys.stdin is not None and sys.stdin.isatty():
                complain("reading the article from standard input (end it with Ctrl-D)")
            try:
                articles.append(load(source))
            except ArticleError as exc:
                problems.append(str(exc))
    for problem in problems:
        complain(problem)
    return articles, problems


def connect():
    from tui.storage.db import connect as open_database

    try:
        return open_database()
    except OSError as exc:  # the data folder itself cannot be made or written
        where = getattr(exc, "filename", None) or "the data folder"
        raise Failure(f"{where}: cannot be used ({exc.strerror or exc}); set BYLINE_HOME to another folder") from None


def check_model(name: str | None) -> None:
    from tui.nlp.models import resolve

    resolve(name)  # raises ModelError with a message that says what to install


# ---------------------------------------------------------------- read (the TUI)


def run_read(args: argparse.Namespace) -> int:
    if args.model:
        check_model(args.model)
    conn = connect()
    problems: list[str] = []
    if args.paths:
        articles, problems = read_articles(args.paths)
        if not articles:
            return EXIT_FAILED
    else:
        articles = reopen_last(conn)
    from tui.storage.db import set_state

    first = articles[0].source
    if first != STDIN:
        set_state(conn, LAST_SOURCE, os.path.abspath(first))
    conn.close()

    from tui.ui.app import BylineApp  # textual is imported only for the reader

    BylineApp([a.source for a in articles], model_name=args.model, articles=articles).run()
    return EXIT_FAILED if problems else EXIT_OK


def reopen_last(conn: sqlite3.Connection) -> list[Article]:
    """The article read last, if it can still be read; else the bundled samples."""
    from tui.storage.db import get_state

    last = get_state(conn, LAST_SOURCE)
    if last and last != STDIN and os.path.isfile(last):
        try:
            return [load(last)]
        except ArticleError as exc:
            complain(f"{exc}; opening the samples instead")
    articles = [load(str(path)) for path in sample_paths()]
    if not articles:
        raise Failure("the bundled sample articles are missing; reinstall byline")
    return articles


# ---------------------------------------------------------------- analyze


def run_analyze(args: argparse.Namespace) -> int:
    check_model(args.model)
    articles, problems = read_articles(args.paths)
    if not articles:
        return EXIT_FAILED
    conn = connect()
    from tui.nlp.service import analyse

    show = print_json_line if args.json else print_tables
    for article in articles:
        show(article, analyse(conn, article, args.model))
    conn.close()
    return EXIT_FAILED if problems else EXIT_OK


def article_record(article: Article, analysis: Analysis) -> dict[str, Any]:
    """One line of ``analyze --json``: the keys the issue specifies first, extras after."""
    data = analysis.to_dict()
    return {"source": article.source, "title": article.title, **data}


def print_json_line(article: Article, analysis: Analysis) -> None:
    line = json.dumps(article_record(article, analysis), ensure_ascii=False) + "\n"
    # JSON Lines is UTF-8 whatever the locale says.
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        sys.stdout.flush()
        buffer.write(line.encode("utf-8"))
        buffer.flush()
    else:
        sys.stdout.write(line)
        sys.stdout.flush()


def print_tables(article: Article, analysis: Analysis) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(highlight=False, emoji=False)
    console.print(Text(one_line(article.title), style="bold"), Text(f"  {one_line(article.source)}", style="dim"))

    actors = Table(title="Actors", title_justify="left", box=box.SIMPLE_HEAD, expand=False)
    actors.add_column("Actor")
    actors.add_column("Kind")
    actors.add_column("Mentions", justify="right")
    actors.add_column("Aliases")
    for actor in analysis.actors_by_salience():
        others = [one_line(alias) for alias in actor.aliases if alias != actor.name]
        actors.add_row(Text(one_line(actor.name)), Text(actor.kind),
                       Text(str(len(actor.named_mentions))), Text(", ".join(others)))
    console.print(actors if analysis.actors else Text("No actors found.", style="dim"))

    quotes = Table(title="Quotes", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    quotes.add_column("Speaker", ratio=1, overflow="fold")
    quotes.add_column("Kind")
    quotes.add_column("Quote", ratio=3, no_wrap=True, overflow="ellipsis")
    for quote in analysis.quotes:
        speaker = analysis.actor(quote.speaker)
        who = speaker.name if speaker else (quote.speaker_text or "—")
        quotes.add_row(Text(one_line(who)), Text(quote.kind), Text(one_line(quote.text)))
    console.print(quotes if analysis.quotes else Text("No quotes found.", style="dim"))
    console.print()


# ---------------------------------------------------------------- export


def run_export(args: argparse.Namespace) -> int:
    from tui import export as exporting

    problems: list[str] = []
    articles: list[Article] | None = None  # None: every article with annotations
    if args.paths:
        articles, problems = read_articles(args.paths)
        if not articles:
            return EXIT_FAILED
    conn = connect()
    result = exporting.export(conn, articles, args.format, warn=complain)
    conn.close()
    if isinstance(result, bytes):
        result = result.decode("utf-8")
    result = "" if result is None else str(result)
    if args.output and args.output != "-":
        try:
            with open(args.output, "w", encoding="utf-8") as out:
                out.write(result)
        except OSError as exc:
            raise Failure(f"{args.output}: cannot be written ({exc.strerror or exc})") from None
    else:
        sys.stdout.write(result)
        sys.stdout.flush()
    return EXIT_FAILED if problems else EXIT_OK


# ---------------------------------------------------------------- entry point


RUNNERS = {"read": run_read, "analyze": run_analyze, "export": run_export}


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return dispatch(sys.argv[1:] if argv is None else argv)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        silence_stdout()
        return EXIT_BROKEN_PIPE
    except UsageError as exc:
        complain(str(exc))
        return EXIT_USAGE
    except (Failure, ArticleError, ModelError, DatabaseError) as exc:
        complain(str(exc))
        return EXIT_FAILED
    except sqlite3.Error as exc:
        complain(f"the database failed ({exc}); if this persists, move the file aside")
        return EXIT_FAILED
    except Exception as exc:  # a bug: still one line, unless asked for the details
        if os.environ.get("BYLINE_DEBUG"):
            raise
        complain(f"unexpected error: {type(exc).__name__}: {exc} (run with BYLINE_DEBUG=1 for details)")
        return EXIT_FAILED


def dispatch(argv: Sequence[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(with_default_command(argv))
    except SystemExit as exc:  # --help and --version print and exit 0 through argparse
        return int(exc.code or 0)
    return RUNNERS[args.command](args)


def silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
