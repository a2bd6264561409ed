"""Articles from files, folders and standard input, and the samples bundled for a first run."""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

from tui.core.article import STDIN, Article, ArticleError
from tui.sources.documents import MAX_DOCUMENT_BYTES, SUFFIX_FORMATS, sniff
from tui.sources.documents.file_bytes import read_limited
from tui.sources.formats import MAX_BYTES, PLAIN, SUFFIX_TYPES, Raw, to_article

FOLDER_KINDS = ".txt, .md, .pdf, .epub, .docx or .html"  # the main suffixes of SUFFIX_TYPES, for messages


def readable_name(path: Path) -> str:
    """The file name as a title: ``china-stuck_here.txt`` -> ``China stuck here``."""
    stem = path.stem.replace("-", " ").replace("_", " ").strip()
    return stem[:1].upper() + stem[1:] if stem else str(path)


def read_file(path: Path, encoding: str | None = None) -> Article:
    where = str(path)
    # Only the head is read to judge the content: a real report may be far larger than any text.
    # Not from a pipe (``/dev/stdin``): what sniffing reads would be lost to the reading after it.
    document = path.suffix.lower() in SUFFIX_FORMATS or (path.is_file() and sniff(path) is not None)
    limit = MAX_DOCUMENT_BYTES if document else MAX_BYTES
    data = read_limited(path, limit)
    try:
        changed = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc).date().isoformat()
    except OSError:
        changed = None  # a pipe or a file gone since: its day is unknown
    content_type = SUFFIX_TYPES.get(path.suffix.lower(), PLAIN)
    return to_article(Raw(where, where, data, content_type, readable_name(path), encoding,
                          name=path.name, date=changed))


def read_stdin(encoding: str | None = None) -> Article:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise ArticleError("standard input is not available")
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ArticleError("standard input: too large")
    # Text from standard input is called that unless it has a title of its own (a heading, a
    # headline line, a document's metadata).
    return to_article(Raw(STDIN, "standard input", data, PLAIN, "Standard input", encoding))


def articles_in(folder: Path) -> list[Path]:
    """The files of ``folder`` that hold articles or documents (by suffix), in name order; hidden
    ones left out."""
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in SUFFIX_TYPES and not p.name.startswith("."))


def expand(raw: str) -> tuple[list[str], list[str]]:
    """The article sources a command-line argument stands for (a folder: its article files;
    ``-``: standard input), and the problem found, if any."""
    if raw == STDIN:
        return [STDIN], []
    path = Path(raw).expanduser()
    if path.is_dir():
        found = articles_in(path)
        return [str(p) for p in found], ([] if found else [f"{raw}: no {FOLDER_KINDS} files in this folder"])
    if not path.exists():
        return [], [f"{raw}: no such file"]
    return [str(path)], []


def sample_paths() -> list[Path]:
    """The articles bundled with the package, for a first run."""
    from importlib import resources

    folder = resources.files("tui") / "samples"
    return sorted(Path(str(p)) for p in folder.iterdir() if str(p).endswith(".txt"))
