"""Where the .tcss files are, and when the app reads them: packaged in the wheel as
``tui/_styles``, else the repository's ``styles``.

The app starts with ``byline.tcss`` alone, the rules of the reader's first frame: parsing the
others first cost that frame 8% of what it costs over a bare Textual app (27 M of 348 M
instructions to the first frame, counted by valgrind). The rest
(``sidebar.tcss``, ``library.tcss``, ``dialogs.tcss``, ``help.tcss``) is read by ``read_later``
before the first widget it styles is mounted. A screen's own ``CSS_PATH`` would not do: Textual
then parses every stylesheet again and restyles the whole app, over 100 ms on the first F1.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import tui

if TYPE_CHECKING:
    from textual.app import App

FIRST_FRAME = "byline.tcss"


def styles_dir() -> Path:
    packaged = Path(tui.__file__).parent / "_styles"
    return packaged if packaged.is_dir() else Path(tui.__file__).parent.parent / "styles"


def start_stylesheets() -> list[Path]:
    """The stylesheets the app reads when it starts."""
    return [styles_dir() / FIRST_FRAME]


def read_later(app: App) -> None:
    """Read every other stylesheet, once. Nothing on screen is restyled: their rules are for
    widgets not mounted yet, which are styled as they mount."""
    sheet = app.stylesheet
    unread = [path for path in sorted(styles_dir().glob("*.tcss")) if not sheet.has_source(str(path), "")]
    if unread:
        for path in unread:
            sheet.read(path)
        sheet.parse()  # what is read already is not parsed again; this also renews the map of rules
