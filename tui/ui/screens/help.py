"""The help screen: every binding with its current keys, what it does, and its id for the keymap."""

from __future__ import annotations

from typing import ClassVar, Iterable

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.ui import bindings


def binding_rows(sections: Iterable[tuple[str, Iterable[BindingType]]], keymap: dict[str, str],
                 key_display) -> list[tuple[str, str, str, str, str]]:
    """(section, keys, description, tooltip, id) per binding id, keys after the user's keymap."""
    rows = []
    for section, section_bindings in sections:
        seen: dict[str, list[str]] = {}
        info: dict[str, Binding] = {}
        for binding in Binding.make_bindings(section_bindings):
            ident = binding.id or binding.action
            keys = keymap.get(binding.id, "").split(",") if binding.id in keymap else [binding.key]
            for key in keys:
                shown = key_display(binding.with_key(key))
                if shown not in seen.setdefault(ident, []):
                    seen[ident].append(shown)
            info.setdefault(ident, binding)
        for ident, keys in seen.items():
            binding = info[ident]
            rows.append((section, " ".join(keys), binding.description, binding.tooltip, binding.id or ""))
    return rows


# The keys named in the introduction are binding ids in braces: the user's keymap shows in it.
INTRO = (
    "Mentions are highlighted by kind; the cursor ({next-mention} {previous-mention} {next-same-actor} "
    "{previous-same-actor}) makes an actor current: all its mentions are emphasised, marked in the left "
    "gutter and in the right-hand column (where they fall in the whole text), and the status line shows "
    "e.g. “Vladimir Putin · 2/6”. Click a mention to make it current. The palette ({command-palette}) has "
    "Go to actor…, Go to quote…, Open file… and Toggle entity kinds….\n\n"
    "Annotating: {select} starts a selection at the cursor; while selecting, {select-word-forward} "
    "{select-word-back}, {select-sentence-forward} {select-sentence-back}, {select-paragraph-forward} "
    "{select-paragraph-back} and {select-entity-forward} {select-entity-back} grow it by word, sentence, "
    "paragraph and mention/quote, and {clear} cancels. {highlight} highlights, {note} adds a note, {tag} "
    "tags (the selection, else the current sentence); {colour-1}-{colour-6} pick the colour (and recolour "
    "the annotation under the cursor); {bookmark} bookmarks; {next-annotation} and {previous-annotation} "
    "go to the next and previous annotation. {correct-kind} {correct-merge} {correct-split} "
    "{correct-add-mention} {correct-speaker} correct the analysis; corrections are kept and applied to "
    "every later analysis. The Annotations tab lists everything ({annotation-edit} edit, "
    "{annotation-delete} delete, {annotation-undo-delete} undo).\n\n"
    "The library: {library} lists every article kept, newest first (type to filter by title or text; "
    "@name keeps the articles mentioning an actor, @@name those quoting it, → completes the name, a "
    "comma then words filters further; enter opens an article where you left it, d removes it and keeps "
    "its annotations). {actor-page} shows the current actor across the library (every mention and quote "
    "by article, and a chart of mentions over time); {next-article-with-actor} opens the next article "
    "that mentions it. Documents with pages show the page in the status line (p. 12/40); the palette "
    "has Go to page… and Go to chapter….\n\n"
)


class _Keys(dict):
    def __missing__(self, ident: str) -> str:
        return ident


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = bindings.HELP

    def __init__(self, rows: list[tuple[str, str, str, str, str]], keymap_file: str,
                 keys: dict[str, str] | None = None) -> None:
        super().__init__()
        self.rows = rows
        self.keymap_file = keymap_file
        self.keys = keys or {}  # binding id -> the key it has now (tui.ui.bindings.live_keys)

    def compose(self) -> ComposeResult:
        table = Table(expand=True, box=None, padding=(0, 1), show_edge=False)
        table.add_column("Keys", style="bold", no_wrap=True)
        table.add_column("Does")
        table.add_column("Binding id (for the keymap)", style="dim", no_wrap=True)
        section = None
        for row_section, keys, description, tooltip, ident in self.rows:
            if row_section != section:
                section = row_section
                table.add_row(Text(section, style="bold underline"), "", "")
            table.add_row(keys, tooltip or description, ident)
        intro = Text.assemble(
            ("Byline — keys\n", "bold"), INTRO.format_map(_Keys(self.keys)),
            ("Remap keys in ", "dim"), (self.keymap_file, "dim italic"),
            (' with lines such as  next-mention = "]"  (TOML).\n', "dim"),
        )
        with VerticalScroll(id="help-body"):
            yield Static(intro, id="help-intro")
            yield Static(table, id="help-table")

    def action_dismiss_help(self) -> None:
        self.dismiss(None)

    def action_scroll(self, how: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        move = {"down": body.scroll_down, "up": body.scroll_up, "page_down": body.scroll_page_down,
                "page_up": body.scroll_page_up, "home": body.scroll_home, "end": body.scroll_end}[how]
        move(animate=False)
