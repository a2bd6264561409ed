"""The correction keys (K M X + S): each asks what it needs in a chooser, handled beside it,
then stores the correction; the reader shows the analysis with it applied, re-seating the
cursor once."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from tui.core.correction_records import Correction, add_mention, change_kind, merge_actor, set_speaker, split_mention
from tui.core.model import GROUP, KIND_TITLES, KINDS, ORG, PERSON, PLACE, Actor
from tui.core.textsafe import one_line

if TYPE_CHECKING:
    from tui.ui.screens.dialogs import Choice
    from tui.ui.screens.reader import ReaderScreen


# The dialogs (their widgets and CSS) are imported when a correction is first asked for.
def _choice(*args, **kwargs) -> "Choice":
    from tui.ui.screens.dialogs import Choice

    return Choice(*args, **kwargs)


def _choice_dialog(*args, **kwargs):
    from tui.ui.screens.dialogs import ChoiceDialog

    return ChoiceDialog(*args, **kwargs)


NEW_ACTOR = "new:"  # the value of "a new actor of this kind" in the add-mention chooser
NO_SPEAKER = "none"
NEW_KIND_WORDS = {PERSON: "person", ORG: "organisation", PLACE: "place", GROUP: "group"}
CORRECTIONS = ("change_kind", "merge_actor", "split_mention", "add_mention", "set_speaker")


class Correcting:
    def __init__(self, reader: "ReaderScreen") -> None:
        self.reader = reader

    def correct(self, what: str) -> None:
        if what not in CORRECTIONS or self.reader.article is None:
            return
        if self.reader.analysing:  # a long text's actors so far may still merge or split
            self.reader.notify("The article is still being analysed", severity="warning", timeout=3)
            return
        getattr(self, what)()

    def _store(self, make: Callable[[], Correction]) -> None:
        """Store the correction ``make()`` builds and show the analysis with it applied."""
        reader = self.reader
        made = reader.io.change(lambda store: store.add_correction(reader.article, make()))
        if made is not None:
            reader.view.end_selection()
            reader.reload_annotations()
            reader.notify(f"Corrected: {made.correction.describe()}", timeout=3, markup=False)

    def _choose(self, title: str, choices: list[Choice], chosen: Callable[[object], None],
                offer: Callable[[str], list[Choice]] | None = None) -> None:
        self.reader.app.push_screen(_choice_dialog(title, choices, offer),
                                    lambda value: value is not None and chosen(value))

    @property
    def _text(self) -> str:
        return self.reader.article.text

    def _actor(self, actor_id) -> Actor | None:
        analysis = self.reader.analysis
        return analysis.actor(actor_id) if analysis and actor_id else None

    def _current_actor(self) -> Actor | None:
        actor = self._actor(self.reader.view.current_actor_id)
        if actor is None:
            self.reader.notify("Put the cursor on a mention of the actor first (] or click a name).",
                               severity="warning", timeout=3)
        return actor

    def _actor_choices(self, exclude: Actor | None = None) -> list[Choice]:
        analysis = self.reader.analysis
        if analysis is None:
            return []
        return [_choice(actor.name, actor.id, KIND_TITLES.get(actor.kind, actor.kind), tuple(actor.aliases))
                for actor in analysis.actors_by_salience() if actor is not exclude]

    def change_kind(self) -> None:
        actor = self._current_actor()
        if actor is not None:
            self._choose(f"{one_line(actor.name, 40)} is a…",
                         [_choice(KIND_TITLES[kind], kind) for kind in KINDS if kind != actor.kind],
                         lambda kind: self._store(lambda: change_kind(self._text, actor, kind)))

    def merge_actor(self) -> None:
        actor = self._current_actor()
        if actor is None:
            return

        def chosen(target_id) -> None:
            target = self._actor(target_id)
            if target is not None:
                self._store(lambda: merge_actor(self._text, actor, target))

        self._choose(f"Merge {one_line(actor.name, 40)} into…", self._actor_choices(exclude=actor), chosen)

    def split_mention(self) -> None:
        mention = self.reader.view.current_mention
        if mention is None:
            self.reader.notify("Put the cursor on a mention first (] or click a name).",
                               severity="warning", timeout=3)
            return
        self._store(lambda: split_mention(self._text, mention))

    def add_mention(self) -> None:
        span = self.reader.view.selection_span
        if span is None:
            self.reader.notify("Select the words first (v, then w to extend).", severity="warning", timeout=3)
            return
        passage = self._text[span[0]:span[1]]

        def new_actors(name: str) -> list[Choice]:
            return [_choice(f"New {NEW_KIND_WORDS[kind]} named “{one_line(name, 50)}”", (NEW_ACTOR + kind, name),
                           pinned=True) for kind in KINDS]

        choices = self._actor_choices() + new_actors(" ".join(passage.split()))

        def chosen(value) -> None:
            if isinstance(value, tuple):
                kind, name = value[0][len(NEW_ACTOR):], value[1]
                self._store(lambda: add_mention(self._text, *span, kind=kind, name=name))
                return
            actor = self._actor(value)
            if actor is not None:
                self._store(lambda: add_mention(self._text, *span, actor=actor))

        self._choose(f"“{one_line(passage, 40)}” mentions…", choices, chosen,
                     offer=lambda typed: new_actors(" ".join(typed.split())))

    def set_speaker(self) -> None:
        quote = self.reader.view.current_quote
        if quote is None:
            self.reader.notify("Put the cursor on a quote first (} or the Quotes tab).",
                               severity="warning", timeout=3)
            return
        choices = [_choice("No speaker (clear the attribution)", NO_SPEAKER)] + self._actor_choices()

        def chosen(value: str) -> None:
            speaker = None if value == NO_SPEAKER else self._actor(value)
            if value == NO_SPEAKER or speaker is not None:
                self._store(lambda: set_speaker(self._text, quote, speaker))

        self._choose(f"Who said “{one_line(quote.text, 40)}”?", choices, chosen)
