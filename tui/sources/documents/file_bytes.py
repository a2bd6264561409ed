"""Reading a whole file under a size limit, each way it can fail one sentence naming the file."""

from __future__ import annotations

from pathlib import Path

from tui.core.article import ArticleError


def read_limited(path: Path, limit: int, error: type[ArticleError] = ArticleError) -> bytes:
    """The bytes of the file at ``path``; ``error`` if it is over ``limit`` or cannot be read."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise error(f"{where}: too large ({size // (1024 * 1024)} MB; the limit is "
                        f"{limit // (1024 * 1024)} MB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise error(f"{where}: no such file") from None
    except IsADirectoryError:
        raise error(f"{where}: is a folder") from None
    except PermissionError:
        raise error(f"{where}: permission denied") from None
    except OSError as exc:
        raise error(f"{where}: cannot be read ({exc.strerror or exc})") from None
