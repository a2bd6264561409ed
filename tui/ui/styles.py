"""Where the .tcss files are: packaged in the wheel as ``tui/_styles``, else the repository's
``styles``. The app reads the reader's (``byline.tcss``); each other screen names its own file in
its ``CSS_PATH``, which Textual reads when that screen first opens."""

from __future__ import annotations

from pathlib import Path

import tui


def styles_dir() -> Path:
    packaged = Path(tui.__file__).parent / "_styles"
    return packaged if packaged.is_dir() else Path(tui.__file__).parent.parent / "styles"


def stylesheet(name: str) -> Path:
    return styles_dir() / name
