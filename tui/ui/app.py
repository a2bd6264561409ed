"""Byline's Textual app: ``BylineApp(sources, model_name=None, articles=None).run()``.

``sources`` are what ``tui.sources.load_one`` accepts (paths, or ``-``); several make a
library (``<``/``>`` and "Open file…" in the palette switch between them) and the first
opens. ``articles`` are articles the caller has already read (standard input can be read
only once): an article whose ``source`` is in ``sources`` is used instead of reading it again.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

import tui
from tui.core.article import Article
from tui.storage.paths import keymap_path
from tui.ui.commands import PROVIDERS
from tui.ui.keymap import load_keymap
from tui.ui.library import Library
from tui.ui.screens.help import HelpScreen, binding_rows
from tui.ui.screens.reader import ANNOTATE_BINDINGS, CORRECT_BINDINGS, ReaderScreen
from tui.ui.widgets.annotations_panel import AnnotationsPanel
from tui.ui.widgets.article_view import MOVE_BINDINGS, SELECTION_BINDINGS
from tui.ui.widgets.search_bar import SearchBar
from tui.ui.widgets.sidebar import Sidebar


def styles_dir() -> Path:
    """The .tcss folder: packaged in the wheel as ``tui/_styles``, else the repository's ``styles``."""
    packaged = Path(tui.__file__).parent / "_styles"
    return packaged if packaged.is_dir() else Path(tui.__file__).parent.parent / "styles"


def stylesheets() -> list[Path]:
    return sorted(styles_dir().glob("*.tcss"))


class BylineApp(App):
    TITLE = "Byline"
    CSS_PATH = stylesheets()
    COMMANDS = App.COMMANDS | PROVIDERS
    COMMAND_PALETTE_DISPLAY = "ctrl+p"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="quit", tooltip="Quit Byline"),
        Binding("question_mark,f1", "help", "Help", id="help", tooltip="Show every key and what it does"),
        Binding("ctrl+p", "command_palette", "Palette", id="command-palette", priority=True, show=False,
                tooltip="Open the command palette: go to an actor or a quote, open a file, toggle kinds"),
    ]

    # The bindings the help screen lists, in this order: a class's BINDINGS, or a list.
    HELP_SECTIONS: ClassVar[list[tuple[str, type | list[BindingType]]]] = [
        ("Moving in the text", MOVE_BINDINGS),
        ("Mentions, quotes, search", ReaderScreen.NAVIGATION_BINDINGS),
        ("Annotating", ANNOTATE_BINDINGS),
        ("Selecting (after v)", SELECTION_BINDINGS),
        ("Correcting the analysis", CORRECT_BINDINGS),
        ("Sidebar", Sidebar),
        ("Annotations tab", AnnotationsPanel),
        ("Search field", SearchBar),
        ("Everywhere", App),  # replaced by the class itself below
    ]

    def __init__(self, sources: list[str], model_name: str | None = None,
                 articles: list[Article] | None = None) -> None:
        super().__init__()
        self.library = Library(sources, articles)
        self.model_name = model_name
        self.keymap_problems: list[str] = []

    def get_default_screen(self) -> Screen:
        return ReaderScreen(self.library, self.model_name)

    @property
    def reader(self) -> ReaderScreen | None:
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                return screen
        return None

    def help_sections(self) -> list[tuple[str, list[BindingType]]]:
        return [(title, list(source) if isinstance(source, list) else
                 list((type(self) if source is App else source).BINDINGS))
                for title, source in self.HELP_SECTIONS]

    def binding_ids(self) -> set[str]:
        return {b.id for _, bindings in self.help_sections() for b in Binding.make_bindings(bindings) if b.id}

    def on_mount(self) -> None:
        keymap, self.keymap_problems = load_keymap(keymap_path(), self.binding_ids())
        if keymap:
            self.set_keymap(keymap)
        for problem in self.keymap_problems:
            self.notify(problem, title="Keymap", severity="warning", markup=False, timeout=10)

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        rows = binding_rows(self.help_sections(), dict(self._keymap), self.get_key_display)
        self.push_screen(HelpScreen(rows, str(keymap_path())))


def main(argv: list[str] | None = None) -> None:
    """``python -m tui.ui.app PATH...``: the reader without the CLI (for development)."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        from tui.sources import sample_paths

        args = [str(p) for p in sample_paths()]
    BylineApp(args).run()


if __name__ == "__main__":
    main()
