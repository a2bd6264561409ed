"""The command line: ``byline [read] PATH...``, ``byline analyze``, ``byline export``,
``byline library``, ``byline actor``."""

from __future__ import annotations

import argparse
from typing import NoReturn, Sequence

from tui import __version__
from tui.cli.exits import UsageError
from tui.export import FORMATS as EXPORT_FORMATS

PROG = "byline"
COMMANDS = ("read", "analyze", "export", "library", "actor")


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
               "2 usage error, 130 interrupted, 141 the reader of the output went away.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    read = commands.add_parser(
        "read", help="open articles in the reader (the default command)",
        description="Open articles in the reader: .txt and .md files, PDF, EPUB, Word (.docx) and "
                    "saved web pages (.html), folders (their articles and documents become the "
                    "library, the first one opens), or '-' for standard input.")
    add_paths(read, "*")
    add_model(read)
    add_encoding(read)

    analyze = commands.add_parser(
        "analyze", help="print the actors and quotes of articles (--json for JSON Lines)",
        description="Analyse articles and print their actors and quotes: tables by default, "
                    "or one JSON object per article per line with --json.")
    add_paths(analyze, "+")
    analyze.add_argument("--json", action="store_true",
                         help="print JSON Lines (one object per article) instead of tables")
    analyze.add_argument("--text", action="store_true",
                         help="with --json, add each article's text (for a PDF, EPUB, DOCX or HTML "
                              "file the extracted text), which the offsets index")
    analyze.add_argument("--no-library", action="store_true",
                         help="do not keep the articles analysed in the library")
    add_model(analyze)
    add_encoding(analyze)
    analyze.add_argument("--no-corrections", action="store_true",
                         help="print the model's own analysis, without the corrections made in the "
                              "reader (they are applied by default)")
    analyze.add_argument("--jobs", "-j", type=positive_int, default=None, metavar="N",
                         help="analyse up to N articles at once, in N processes (default: the "
                              "number of cores); the output keeps the order of the articles")

    export = commands.add_parser(
        "export", help="export your annotations (md, json or jsonl)",
        description="Export annotations, of the articles given or, with no PATH, of every article.")
    add_paths(export, "*")
    export.add_argument("--format", "-f", choices=EXPORT_FORMATS, required=True,
                        help="output format")
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    add_encoding(export)

    library = commands.add_parser(
        "library", help="list the articles kept in the library (--json for JSON Lines)",
        description="List every article opened or analysed, newest first: its source, title, date, "
                    "digest, counts of actors, quotes and annotations, and when it was last read.")
    library.add_argument("--json", action="store_true", help="print JSON Lines (one object per article)")
    library.add_argument("--filter", metavar="TEXT",
                         help="only articles whose title or text has these words (each may be the "
                              "start of a word)")
    library.add_argument("--actor", metavar="NAME",
                         help="only articles that mention this actor (name or alias, case ignored)")

    actor = commands.add_parser(
        "actor", help="an actor's mentions and quotes across the library (--json for JSON Lines)",
        description="Every article in the library that mentions the actor NAME (its canonical "
                    "name or an alias, case ignored), with its mentions and quotes there.")
    actor.add_argument("name", metavar="NAME", help="the actor's name or one of its aliases")
    actor.add_argument("--json", action="store_true",
                       help="print JSON Lines (one object per article)")
    return parser


def add_paths(parser: argparse.ArgumentParser, nargs: str) -> None:
    parser.add_argument("paths", nargs=nargs, metavar="PATH",
                        help="a .txt, .md, .pdf, .epub, .docx or .html file, a folder of them, or '-' "
                             "for standard input")


def add_model(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", metavar="NAME",
                        help="the spaCy model package to use (default: the installed English model)")


def encoding_name(value: str) -> str:
    from tui.core.article import ArticleError
    from tui.sources.decoding import check_encoding

    try:
        return check_encoding(value)
    except ArticleError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_encoding(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--encoding", metavar="NAME", type=encoding_name,
                        help="the encoding of text files and standard input (e.g. latin-1, cp1252); "
                             "by default UTF-8, else the encoding detected, with a notice")


def with_default_command(argv: Sequence[str]) -> list[str]:
    """``byline PATH...`` means ``byline read PATH...``; a file named like a command needs ``./``."""
    argv = list(argv)
    if not argv or argv[0] not in (*COMMANDS, "-h", "--help", "--version"):
        argv.insert(0, "read")
    return argv


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, not {value!r}")
    return number
