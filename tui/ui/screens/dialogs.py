"""Small modal dialogs of the annotation keys: a note and tags editor, and a chooser.

Everything shown comes from the article or the reader (passages, notes, tags, actor names),
so it is drawn as ``rich.text.Text`` / ``OptionList(markup=False)``, never parsed as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, ClassVar, Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from tui.core.name_match import ranked
from tui.core.textsafe import one_line
from tui.ui import bindings


class TagSuggester(Suggester):
    """Completes the last of comma-separated tags from the tags in use (most used first)."""

    def __init__(self, tags: Sequence[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.tags = list(tags)

    async def get_suggestion(self, value: str) -> str | None:
        stem = value.rpartition(",")[2].lstrip()
        if not stem:
            return None
        typed = {t.strip().casefold() for t in value.split(",")[:-1]}
        for tag in self.tags:
            if tag.casefold().startswith(stem.casefold()) and len(tag) > len(stem) \
                    and tag.casefold() not in typed:
                return value + tag[len(stem):]
        return None


@dataclass(frozen=True)
class AnnotationEdit:
    note: str | None
    tags: str | None


class AnnotationDialog(ModalScreen[AnnotationEdit | None]):
    """A note editor and/or a tags field; enter saves, escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.NOTE_DIALOG

    def __init__(self, title: str, passage: str, note: str | None = None, tags: str | None = None,
                 suggestions: Sequence[str] = ()) -> None:
        super().__init__()
        self.title_text = title
        self.passage = passage
        self.note = note
        self.tags = tags
        self.suggestions = list(suggestions)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-body", classes="dialog"):
            yield Static(Text(self.title_text, style="bold"), classes="dialog-title")
            yield Static(Text(one_line(self.passage, 200), style="italic"), classes="dialog-passage")
            if self.note is not None:
                yield TextArea(self.note, id="dialog-note", soft_wrap=True, show_line_numbers=False)
            if self.tags is not None:
                yield Input(self.tags, id="dialog-tags", placeholder="tags, comma-separated",
                            suggester=TagSuggester(self.suggestions))
            hint = "enter save · esc cancel"
            if self.note is not None:
                hint += " · ctrl+j new line"
            if self.tags is not None:
                hint += " · → accepts a suggested tag"
            yield Static(Text(hint, style="dim"), classes="dialog-hint")

    def on_mount(self) -> None:
        first = self.query("#dialog-note, #dialog-tags").first()
        first.focus()
        if isinstance(first, TextArea):
            first.move_cursor(first.document.end)

    def action_save(self) -> None:
        # enter is a priority binding, answered before the field has handled the keys typed
        # just before it (a paste, a fast typist): save once the field's own queue is through.
        field = self.focused
        if field is not None:
            field.call_later(self._save)
        else:
            self._save()

    def _save(self) -> None:
        if not self.is_attached:
            return
        note = self.query_one("#dialog-note", TextArea).text if self.note is not None else None
        tags = self.query_one("#dialog-tags", Input).value if self.tags is not None else None
        self.dismiss(AnnotationEdit(note, tags))

    def action_new_line(self) -> None:
        if isinstance(self.focused, TextArea):
            self.focused.insert("\n")

    def action_cancel(self) -> None:
        self.dismiss(None)


@dataclass(frozen=True)
class Choice:
    label: str
    value: Any
    detail: str = ""
    aliases: tuple[str, ...] = ()  # other names typing may match (an actor's aliases)
    pinned: bool = False  # offered whatever is typed (after the matches), e.g. "no speaker"


class ChoiceDialog(ModalScreen[Any]):
    """Pick one of a list; typing filters it. Dismisses with the choice's value, or None."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.CHOICE_DIALOG

    def __init__(self, title: str, choices: Sequence[Choice],
                 offer: Callable[[str], list[Choice]] | None = None) -> None:
        super().__init__()
        self.offer = offer  # choices made from the typed text (a new actor of that name)
        self.title_text = title
        self.choices = list(choices)
        self._offered: dict[str, Choice] = {}

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-body", classes="dialog"):
            yield Static(Text(self.title_text, style="bold"), classes="dialog-title")
            yield Input(id="choice-filter", placeholder="type to filter…")
            yield OptionList(*self._options(""), id="choice-list", markup=False)
            yield Static(Text("enter choose · ↑↓ move · esc cancel", style="dim"), classes="dialog-hint")

    def _options(self, query: str) -> list[Option]:
        """The choices matching ``query``, best first (``name_match``); then the offers made
        from the typed text, or else the pinned choices that did not match."""
        indexed = list(enumerate(self.choices))
        matching = ranked(query, indexed, lambda item: (item[1].label, *item[1].aliases))
        offers = self.offer(query) if self.offer is not None and query.strip() else []
        self._offered = {f"offer-{n}": choice for n, choice in enumerate(offers)}
        rest = list(self._offered.items()) or [(str(i), c) for i, c in indexed
                                                  if c.pinned and (i, c) not in matching]
        out = []
        for option_id, choice in [(str(i), c) for i, c in matching] + rest:
            prompt = Text(one_line(choice.label, 80))
            if choice.detail:
                prompt.append(f"  {one_line(choice.detail, 40)}", style="dim")
            out.append(Option(prompt, id=option_id))
        return out

    def on_mount(self) -> None:
        self.query_one("#choice-filter", Input).focus()
        options = self.query_one("#choice-list", OptionList)
        if options.option_count:
            options.highlighted = 0

    @on(Input.Changed, "#choice-filter")
    def _filter(self, event: Input.Changed) -> None:
        options = self.query_one("#choice-list", OptionList)
        options.clear_options()
        options.add_options(self._options(event.value))
        if options.option_count:
            options.highlighted = 0

    def action_move(self, step: int) -> None:
        options = self.query_one("#choice-list", OptionList)
        if options.option_count:
            current = options.highlighted if options.highlighted is not None else -step
            options.highlighted = (current + step) % options.option_count

    @on(Input.Submitted, "#choice-filter")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        options = self.query_one("#choice-list", OptionList)
        if options.highlighted_option is not None:
            self._choose(options.highlighted_option.id)

    @on(OptionList.OptionSelected, "#choice-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option_id)

    def _choose(self, option_id: str | None) -> None:
        if option_id is None:
            return
        if option_id.startswith("offer-"):
            self.dismiss(self._offered[option_id].value)
        else:
            self.dismiss(self.choices[int(option_id)].value)

    def action_cancel(self) -> None:
        self.dismiss(None)
