"""Where Byline keeps its data: ``BYLINE_HOME`` if set (tests), else the platform's data dir."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    home = os.environ.get("BYLINE_HOME")
    if home:
        path = Path(home).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("byline", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path() -> Path:
    return data_dir() / "byline.sqlite3"


def keymap_path() -> Path:
    return data_dir() / "keymap.toml"
