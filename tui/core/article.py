"""Articles and how they are read from files, folders and standard input.

Every failure becomes an ``ArticleError`` with one sentence a person can act on;
callers print it (CLI) or show it as a notice (UI), never a traceback.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
MAX_BYTES = 50 * 1024 * 1024  # a book is ~1 MB; more than this is not an article
STDIN = "-"


class ArticleError(Exception):
    """An article that cannot be read; the message is shown to the user as is."""


@dataclass(frozen=True, slots=True)
class Article:
    source: str  # a path, "-" for standard input, or a URL
    title: str
    text: str

    @property
    def digest(self) -> str:
        return text_digest(self.text)


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def decode(data: bytes, where: str) -> str:
    """Decode bytes as UTF-8 (or UTF-16 with a BOM) without normalising anything."""
    if not data.strip():
        raise ArticleError(f"{where}: the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ArticleError(f"{where}: not valid UTF-16 text (byte {exc.start})") from None
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{where}: this is a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{where}: not UTF-8 text (undecodable byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def title_for(path: Path, text: str) -> str:
    """A Markdown heading if the file starts with one, else the file name made readable."""
    first = text.lstrip("\ufeff").split("\n", 1)[0].strip()
    if first.startswith("#"):
        heading = first.lstrip("#").strip()
        if heading:
            return heading
    stem = path.stem.replace("-", " ").replace("_", " ").strip()
    return stem[:1].upper() + stem[1:] if stem else str(path)


def read_file(path: Path) -> Article:
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(f"{where}: too large ({size // (1024 * 1024)} MB; the limit is "
                               f"{MAX_BYTES // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{where}: no such file") from None
    except IsADirectoryError:
        raise ArticleError(f"{where}: is a folder") from None
    except PermissionError:
        raise ArticleError(f"{where}: permission denied") from None
    except OSError as exc:
        raise ArticleError(f"{where}: cannot be read ({exc.strerror or exc})") from None
    text = decode(data, where)
    return Article(source=str(path), title=title_for(path, text), text=text)


def read_stdin() -> Article:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise ArticleError("standard input is not available")
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ArticleError("standard input: too large")
    text = decode(data, "standard input")
    return Article(source=STDIN, title="Standard input", text=text)


def text_files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES and not p.name.startswith("."))


def expand(paths: list[str]) -> tuple[list[str], list[str]]:
    """Turn command-line arguments into article sources, and problems found on the way.

    A folder stands for the text files in it; ``-`` is standard input.
    """
    sources: list[str] = []
    problems: list[str] = []
    for raw in paths:
        if raw == STDIN:
            sources.append(STDIN)
            continue
        path = Path(raw).expanduser()
        if path.is_dir():
            found = text_files_in(path)
            if not found:
                problems.append(f"{raw}: no .txt or .md files in this folder")
            sources.extend(str(p) for p in found)
        elif not path.exists():
            problems.append(f"{raw}: no such file")
        else:
            sources.append(str(path))
    return sources, problems


def load(source: str) -> Article:
    if source == STDIN:
        return read_stdin()
    return read_file(Path(source))


def sample_paths() -> list[Path]:
    """The articles bundled with the package, for a first run."""
    folder = resources.files("tui") / "samples"
    return sorted(Path(str(p)) for p in folder.iterdir() if str(p).endswith(".txt"))
