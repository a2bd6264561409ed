"""Byline's Textual app: ``BylineApp(sources, model_name=None, articles=None).run()``.

``sources`` are what ``tui.sources.load_one`` accepts (paths, or ``-``); several make a
library (``<``/``>`` and "Open file…" in the palette switch between them) and the first
opens. ``articles`` are articles the caller has already read (standard input can be read
only once): an article whose ``source`` is in ``sources`` is used instead of reading it again.
``pending`` URLs and feeds are fetched once the reader shows (open what is ready first).
"""

from __future__ import annotations

import sys
from typing import ClassVar, Sequence

from textual.app import App
from textual.binding import BindingType
from textual.screen import Screen

from tui.core.article import Article
from tui.core.reading.colours import css_variables
from tui.services.collector import release_collection
from tui.storage.paths import keymap_path
from tui.ui.keymap import conflicts, load_keymap
from tui.ui import app_settings, bindings
from tui.ui.library import Library
from tui.ui.screens.arriving import fetch_later
from tui.ui.screens.reader import ReaderScreen
from tui.ui.styles import read_later, start_stylesheets
from tui.ui.terminal import keys_from_terminal

INTERRUPTED = 130  # ctrl+c, as a shell reports an interrupted program
PALETTE = ("BylineCommands", "ActorCommands", "QuoteCommands", "FileCommands", "KindCommands", "LibraryCommands")


def _provider(name: str):
    """The palette's providers are imported when the palette first opens, not before the first paint
    (Textual takes a callable that returns the provider class)."""
    def provider():
        from tui.ui import commands

        return getattr(commands, name)
    return provider


class BylineApp(App):
    TITLE = "Byline"
    CSS_PATH = start_stylesheets()
    COMMANDS = App.COMMANDS | {_provider(name) for name in PALETTE}
    COMMAND_PALETTE_DISPLAY = "ctrl+p"

    BINDINGS: ClassVar[list[BindingType]] = bindings.APP
    # Classes the stylesheet sizes by (styles/byline.tcss, "Small and wide terminals").
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (80, "-medium"), (120, "-normal"), (200, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (28, "-tall")]

    def __init__(self, sources: list[str], model_name: str | None = None,
                 articles: list[Article] | None = None, start: int = 0,
                 notices: list[str] | tuple[str, ...] = (), pending: Sequence[str] = (),
                 encoding: str | None = None) -> None:
        super().__init__()
        self.pending, self.encoding = list(pending), encoding  # URLs and feeds fetched once running
        self.arrival_problems: list[str] = []  # those that could not be read (tui.ui.screens.arriving)
        self.start_notices = list(notices)  # what reading the inputs had to say (the CLI's stderr)
        self.library = Library(sources, articles, start)
        self.model_name = model_name
        self.keymap_problems: list[str] = []
        self.keymap: dict[str, str] = {}  # the user's, as applied: binding id -> keys
        self.hint_keys: dict[str, str] = bindings.live_keys({}, self.get_key_display)

    def get_css_variables(self) -> dict[str, str]:
        return {**super().get_css_variables(), **css_variables()}

    def get_default_screen(self) -> Screen:
        return ReaderScreen(self.library, self.model_name)

    @property
    def reader(self) -> ReaderScreen | None:
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                return screen
        return None

    def on_mount(self) -> None:
        app_settings.restore(self)
        self._apply_keymap()
        for notice in self.start_notices:
            self.notify(notice, title="Input", severity="warning", markup=False, timeout=15)
        for problem in self.keymap_problems:
            self.notify(problem, title="Keymap", severity="warning", markup=False, timeout=10)
        if self.pending:
            fetch_later(self, self.pending, self.encoding)
        self.call_after_refresh(release_collection)  # held by the command line until the first frame

    def _apply_keymap(self) -> None:
        self.keymap, self.keymap_problems = load_keymap(keymap_path(), bindings.binding_ids)
        if self.keymap:  # the default keys cannot conflict, and __init__ made their hints
            self.keymap_problems += conflicts(self.keymap, bindings.KEY_SCOPES)
            self.set_keymap(self.keymap)
            self.hint_keys = bindings.live_keys(self.keymap, self.get_key_display)

    def run(self, *args, **kwargs):
        # Standard input was the article: keys from /dev/tty (not for a headless run: no keys).
        problem = None if kwargs.get("headless") else keys_from_terminal()
        if problem is not None:
            print(f"byline: {problem}", file=sys.stderr)
            self._return_code = 1
            return None
        return super().run(*args, **kwargs)

    def push_screen(self, screen, *args, **kwargs):
        read_later(self)  # every other screen's rules, before its first widget is styled
        return super().push_screen(screen, *args, **kwargs)

    def action_interrupt(self) -> None:
        self.exit(return_code=INTERRUPTED)

    def get_system_commands(self, screen: Screen):
        yield from super().get_system_commands(screen)
        yield from app_settings.system_commands(self)

    def deliver_screenshot(self, filename: str | None = None, path: str | None = None,
                           time_format: str | None = None) -> str | None:
        # Textual's default folder (Downloads) may not exist: the data folder always does.
        app_settings.save_screenshot(self)
        return None

    def action_help(self) -> None:
        from tui.ui.screens.help import HelpScreen, binding_rows

        if isinstance(self.screen, HelpScreen):
            return
        rows = binding_rows(bindings.HELP_SECTIONS, self.keymap, self.get_key_display)
        self.push_screen(HelpScreen(rows, str(keymap_path()), self.hint_keys))


def main(argv: list[str] | None = None) -> None:
    """``python -m tui.ui.app PATH...``: the reader without the CLI (for development)."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        from tui.sources import sample_paths

        args = [str(p) for p in sample_paths()]
    BylineApp(args).run()


if __name__ == "__main__":
    main()
