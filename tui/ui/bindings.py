"""Every key binding of the app (each with an id for the user's keymap and a tooltip), the help
screen's sections, and the live keys shown in hints.

Widgets take their ``BINDINGS`` from here; the help screen lists ``HELP_SECTIONS``; the status
line's hints ask ``live_keys`` what key a binding id has now, after the user's keymap.
"""

from __future__ import annotations

from typing import Callable, Mapping

from textual.binding import Binding, BindingType

from tui.core.annotation_kinds import COLOURS

_MENTION = Binding.Group("Mention")
_SAME_ACTOR = Binding.Group("Same actor")
_QUOTE = Binding.Group("Quote")
_ANNOTATION = Binding.Group("Annotation")
_CORRECT = Binding.Group("Correct", compact=True)

APP: list[BindingType] = [
    Binding("q", "quit", "Quit", id="quit", tooltip="Quit Byline"),
    Binding("question_mark,f1", "help", "Help", id="help", tooltip="Show every key and what it does"),
    Binding("ctrl+p", "command_palette", "Palette", id="command-palette", priority=True, show=False,
            tooltip="Open the command palette: go to an actor or a quote, open a file, toggle kinds"),
    Binding("ctrl+c", "interrupt", "Interrupt", show=False, id="interrupt",
            tooltip="Quit at once, exit status 130 (in a text field ctrl+c copies)"),
]

# The article view's own keys. Selecting (after v): these shadow the reader's ] [ } { only while
# a selection is open (the view's check_action turns them off otherwise).
SELECTION: list[BindingType] = [
    Binding("w", "extend('word', 1)", "Word ▸", id="select-word-forward",
            group=Binding.Group("Word", compact=True),
            tooltip="Selecting: extend the selection by a word forward (or take a word back)"),
    Binding("b", "extend('word', -1)", "Word ◂", id="select-word-back",
            group=Binding.Group("Word", compact=True),
            tooltip="Selecting: extend the selection by a word backward (or take a word back)"),
    Binding(")", "extend('sentence', 1)", "Sentence ▸", id="select-sentence-forward",
            group=Binding.Group("Sentence", compact=True),
            tooltip="Selecting: extend the selection to the end of the sentence, then sentence by sentence"),
    Binding("(", "extend('sentence', -1)", "Sentence ◂", id="select-sentence-back",
            group=Binding.Group("Sentence", compact=True),
            tooltip="Selecting: extend the selection backward by a sentence"),
    Binding("}", "extend('paragraph', 1)", "Paragraph ▸", id="select-paragraph-forward",
            group=Binding.Group("Paragraph", compact=True),
            tooltip="Selecting: extend the selection forward by a paragraph"),
    Binding("{", "extend('paragraph', -1)", "Paragraph ◂", id="select-paragraph-back",
            group=Binding.Group("Paragraph", compact=True),
            tooltip="Selecting: extend the selection backward by a paragraph"),
    Binding("]", "extend('entity', 1)", "Entity ▸", id="select-entity-forward",
            group=Binding.Group("Entity/quote", compact=True),
            tooltip="Selecting: extend the selection to the end of the next mention or quote"),
    Binding("[", "extend('entity', -1)", "Entity ◂", id="select-entity-back",
            group=Binding.Group("Entity/quote", compact=True),
            tooltip="Selecting: extend the selection to the start of the previous mention or quote"),
]

MOVE: list[BindingType] = [
    Binding("j,down", "scroll_down", "Down", show=False, id="scroll-down",
            tooltip="Scroll the text down one line"),
    Binding("k,up", "scroll_up", "Up", show=False, id="scroll-up",
            tooltip="Scroll the text up one line"),
    Binding("space,pagedown", "page_down", "Page down", show=False, id="page-down",
            tooltip="Scroll the text down one page"),
    Binding("b,pageup", "page_up", "Page up", show=False, id="page-up",
            tooltip="Scroll the text up one page"),
    Binding("g,home", "scroll_home", "Top", show=False, id="top",
            tooltip="Go to the top of the article"),
    Binding("G,end", "scroll_end", "Bottom", show=False, id="bottom",
            tooltip="Go to the bottom of the article"),
    Binding("escape", "clear", "Clear", show=False, id="clear",
            tooltip="Cancel the selection; else clear the cursor and the search highlights"),
    # less and vim keys.
    Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="half-page-down",
            tooltip="Scroll the text down half a page"),
    Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="half-page-up",
            tooltip="Scroll the text up half a page"),
    Binding("ctrl+f", "page_down", "Page down", show=False, id="page-down-ctrl",
            tooltip="Scroll the text down one page (as space)"),
    Binding("ctrl+b", "page_up", "Page up", show=False, id="page-up-ctrl",
            tooltip="Scroll the text up one page (as b)"),
]

# The reader screen's keys: the cursor moves are one action, cursor(move, step).
NAVIGATION: list[BindingType] = [
    Binding("]", "cursor('mention', 1)", "Next mention", id="next-mention", group=_MENTION,
            tooltip="Move the cursor to the next mention of any actor"),
    Binding("[", "cursor('mention', -1)", "Prev mention", id="previous-mention", group=_MENTION,
            tooltip="Move the cursor to the previous mention of any actor"),
    Binding("*", "cursor('same_actor', 1)", "Same actor ▸", id="next-same-actor", group=_SAME_ACTOR,
            tooltip="Next mention of the current actor (wraps at the end)"),
    Binding("#", "cursor('same_actor', -1)", "Same actor ◂", id="previous-same-actor", group=_SAME_ACTOR,
            tooltip="Previous mention of the current actor (wraps at the start)"),
    Binding("}", "cursor('quote', 1)", "Next quote", id="next-quote", group=_QUOTE,
            tooltip="Move the cursor to the next quote"),
    Binding("{", "cursor('quote', -1)", "Prev quote", id="previous-quote", group=_QUOTE,
            tooltip="Move the cursor to the previous quote"),
    Binding("apostrophe", "cursor('actor_quote', 1)", "Actor's quote ▸", show=False, id="next-actor-quote",
            tooltip="Next quote of the current actor (from any of its mentions; wraps)"),
    Binding("quotation_mark", "cursor('actor_quote', -1)", "Actor's quote ◂", show=False,
            id="previous-actor-quote", tooltip="Previous quote of the current actor (wraps)"),
    Binding("/", "search", "Search", id="search",
            tooltip="Search the text; matches are highlighted"),
    Binding("n", "cursor('match', 1)", "Next match", show=False, id="next-match",
            tooltip="Go to the next search match (wraps)"),
    Binding("N", "cursor('match', -1)", "Previous match", show=False, id="previous-match",
            tooltip="Go to the previous search match (wraps)"),
    Binding("tab", "switch_focus", "Text/sidebar", show=False, id="switch-focus",
            tooltip="Move the focus between the text and the sidebar"),
    Binding("shift+tab", "switch_focus", "Text/sidebar", show=False, id="switch-focus-back",
            tooltip="Move the focus between the text and the sidebar"),
    Binding("s", "toggle_sidebar", "Sidebar", show=False, id="toggle-sidebar",
            tooltip="Hide or show the sidebar"),
    Binding("p", "toggle_pronouns", "Pronouns", show=False, id="toggle-pronouns",
            tooltip="Make linked pronouns (he, she, they) stops of ] [ * # too, or not"),
    Binding(">", "step_article(1)", "Next article", show=False, id="next-article",
            tooltip="Open the next article of the library"),
    Binding("<", "step_article(-1)", "Previous article", show=False, id="previous-article",
            tooltip="Open the previous article of the library"),
    # ? is the help key, so backward search (less's and vim's ?) is ctrl+r.
    Binding("ctrl+r", "search(-1)", "Search backward", show=False, id="search-backward",
            tooltip="Search the text backward from the screen (the first match before it)"),
    Binding("r", "reload", "Reload", show=False, id="reload",
            tooltip="Read the article again from its source (the file or page changed)"),
]

ANNOTATE: list[BindingType] = [
    Binding("v", "select", "Select", id="select",
            tooltip="Start a selection at the cursor (or the top of the screen); then w b ) ( } { ] [ "
                    "extend it, esc cancels"),
    Binding("h", "annotate('highlight')", "Highlight", id="highlight",
            tooltip="Highlight the selection, or the current sentence, in the current colour (1-6)"),
    Binding("a", "annotate('note')", "Note", id="note",
            tooltip="Attach a note to the selection or the current sentence (on an annotation: edit its note)"),
    Binding("t", "annotate('tags')", "Tag", id="tag",
            tooltip="Tag the selection or the current sentence (comma-separated; → completes a tag in use)"),
    Binding("m", "annotate('bookmark')", "Bookmark", show=False, id="bookmark",
            tooltip="Bookmark the cursor's line (or the selection)"),
    Binding("full_stop", "cursor('annotation', 1)", "Next annotation", show=False, id="next-annotation",
            group=_ANNOTATION, tooltip="Move the cursor to the next annotation"),
    Binding("comma", "cursor('annotation', -1)", "Previous annotation", show=False,
            id="previous-annotation", group=_ANNOTATION, tooltip="Move the cursor to the previous annotation"),
    *(Binding(str(n), f"colour({n})", f"Colour {colour}", show=False, id=f"colour-{n}",
              tooltip=f"Highlight colour {colour}: for the next highlight, and recolours the annotation "
                      "under the cursor")
      for n, colour in enumerate(COLOURS, start=1)),
]

CORRECT: list[BindingType] = [
    Binding("K", "correct('change_kind')", "Kind", id="correct-kind", group=_CORRECT,
            tooltip="Correct the current actor's kind (person, organisation, place, group)"),
    Binding("M", "correct('merge_actor')", "Merge", id="correct-merge", group=_CORRECT,
            tooltip="Merge the current actor into another one (chosen from a list)"),
    Binding("X", "correct('split_mention')", "Split", id="correct-split", group=_CORRECT,
            tooltip="Split the mention under the cursor off its actor"),
    Binding("plus", "correct('add_mention')", "Add mention", id="correct-add-mention", group=_CORRECT,
            tooltip="Mark the selection as a mention of an actor (chosen from a list, or a new one)"),
    Binding("S", "correct('set_speaker')", "Speaker", id="correct-speaker", group=_CORRECT,
            tooltip="Set or clear the speaker of the quote under the cursor"),
]

SIDEBAR: list[BindingType] = [
    Binding("right,l", "tab(1)", "Next tab", show=False, id="sidebar-next-tab",
            tooltip="Show the sidebar's next tab"),
    Binding("left,h", "tab(-1)", "Previous tab", show=False, id="sidebar-previous-tab",
            tooltip="Show the sidebar's previous tab"),
    # less and vim keys in the lists (a click may leave the focus on the tabs: they work there too).
    Binding("j,down", "in_list('cursor_down')", "Down", show=False, id="sidebar-down",
            tooltip="The next row of the list"),
    Binding("k,up", "in_list('cursor_up')", "Up", show=False, id="sidebar-up",
            tooltip="The previous row of the list"),
    Binding("g,home", "in_list('first')", "First", show=False, id="sidebar-first",
            tooltip="The first row of the list"),
    Binding("G,end", "in_list('last')", "Last", show=False, id="sidebar-last",
            tooltip="The last row of the list"),
    Binding("space,pagedown,ctrl+f,ctrl+d", "in_list('page_down')", "Page down", show=False,
            id="sidebar-page-down", tooltip="A page down the list"),
    Binding("b,pageup,ctrl+b,ctrl+u", "in_list('page_up')", "Page up", show=False,
            id="sidebar-page-up", tooltip="A page up the list"),
    Binding("escape", "back_to_text", "Back to the text", show=False, id="sidebar-back",
            tooltip="Back to the text (as tab)"),
]

ANNOTATIONS_TAB: list[BindingType] = [
    Binding("e", "edit", "Edit", id="annotation-edit",
            tooltip="Annotations tab: edit the note and tags of the highlighted annotation"),
    Binding("d,delete", "delete", "Delete", id="annotation-delete",
            tooltip="Annotations tab: delete the highlighted annotation (u undoes)"),
    Binding("u", "undo_delete", "Undo delete", id="annotation-undo-delete",
            tooltip="Annotations tab: bring back the annotation deleted last"),
]

SEARCH_FIELD: list[BindingType] = [
    Binding("escape", "close", "Close search", show=False, id="search-close",
            tooltip="Close the search field (the matches stay highlighted)"),
]

HELP: list[BindingType] = [
    Binding("escape,q,question_mark,f1", "dismiss_help", "Close help", id="close-help",
            tooltip="Close the help screen"),
    Binding("j,down", "scroll('down')", "Down", show=False, id="help-down", tooltip="Scroll the help down"),
    Binding("k,up", "scroll('up')", "Up", show=False, id="help-up", tooltip="Scroll the help up"),
    Binding("space,pagedown,ctrl+f,ctrl+d", "scroll('page_down')", "Page down", show=False,
            id="help-page-down", tooltip="Scroll the help down a page"),
    Binding("b,pageup,ctrl+b,ctrl+u", "scroll('page_up')", "Page up", show=False, id="help-page-up",
            tooltip="Scroll the help up a page"),
    Binding("g,home", "scroll('home')", "Top", show=False, id="help-top", tooltip="The top of the help"),
    Binding("G,end", "scroll('end')", "Bottom", show=False, id="help-bottom", tooltip="The end of the help"),
]

NOTE_DIALOG: list[BindingType] = [
    Binding("enter", "save", "Save", priority=True, id="dialog-save", tooltip="Save and close"),
    Binding("ctrl+j", "new_line", "New line", priority=True, show=False, id="dialog-new-line",
            tooltip="A new line in the note"),
    Binding("escape", "cancel", "Cancel", priority=True, id="dialog-cancel", tooltip="Close without saving"),
]

CHOICE_DIALOG: list[BindingType] = [
    Binding("escape", "cancel", "Cancel", priority=True, id="choice-cancel", tooltip="Close without choosing"),
    Binding("down", "move(1)", "Down", show=False, id="choice-down", tooltip="Next choice"),
    Binding("up", "move(-1)", "Up", show=False, id="choice-up", tooltip="Previous choice"),
]

# The reader's keys into the library (issues 11 and 12).
ACROSS_LIBRARY: list[BindingType] = [
    Binding("L", "library", "Library", id="library", show=False,
            tooltip="Open the library: every article kept, newest first; filter by words or @actor"),
    Binding("A", "actor_page", "Actor page", id="actor-page", show=False,
            tooltip="The current actor across the library: every mention and quote by article, and a chart "
                    "of mentions over time"),
    Binding("J", "next_article_with_actor", "Next story of actor", id="next-article-with-actor", show=False,
            tooltip="Open the next article (by date, wrapping) that mentions the current actor"),
]

LIBRARY_SCREEN: list[BindingType] = [
    Binding("enter", "open", "Open", id="library-open",
            tooltip="Library: open the highlighted article where it was last read"),
    Binding("d,delete", "remove", "Remove", id="library-remove",
            tooltip="Library: remove the highlighted article (its annotations are kept, orphaned)"),
    Binding("A", "actor_page", "Actor page", id="library-actor-page",
            tooltip="Library: the actor page of the actor the filter names (@name)"),
    Binding("slash", "filter", "Filter", id="library-filter",
            tooltip="Library: type to filter by title or text; @name: articles mentioning an actor, "
                    "@@name: quoting it; → completes the name"),
    Binding("escape", "close", "Back", id="library-close",
            tooltip="Library: clear the filter, then back to the reader"),
    Binding("down", "rows", "Rows", show=False, id="library-rows",
            tooltip="Library: from the filter to the rows (enter too)"),
]

ACTOR_PAGE: list[BindingType] = [
    Binding("enter", "open", "Open", id="actor-page-open",
            tooltip="Actor page: open the article with the cursor on the highlighted mention or quote"),
    Binding("escape", "close", "Back", id="actor-page-close", tooltip="Actor page: back"),
]

QUOTES_PANEL: list[BindingType] = [
    Binding("f", "cycle_filter", "Filter", id="quotes-filter",
            tooltip="Quotes tab: show all quotes, what was said, verbatim only, evidence, or beliefs"),
]

# What the help screen lists, in this order.
HELP_SECTIONS: list[tuple[str, list[BindingType]]] = [
    ("Moving in the text", MOVE),
    ("Mentions, quotes, search", NAVIGATION),
    ("Annotating", ANNOTATE),
    ("Selecting (after v)", SELECTION),
    ("Correcting the analysis", CORRECT),
    ("Sidebar", SIDEBAR),
    ("Quotes tab", QUOTES_PANEL),
    ("Annotations tab", ANNOTATIONS_TAB),
    ("Search field", SEARCH_FIELD),
    ("Everywhere", APP),
    ("Library and actors", ACROSS_LIBRARY),
    ("Library screen", LIBRARY_SCREEN),
    ("Actor page", ACTOR_PAGE),
]


def binding_ids() -> set[str]:
    """Every id a user's keymap may remap."""
    return {b.id for _, bindings in HELP_SECTIONS for b in Binding.make_bindings(bindings) if b.id}


def live_keys(keymap: Mapping[str, str], key_display: Callable[[Binding], str]) -> dict[str, str]:
    """Binding id -> the key shown in hints: the first key after the user's keymap."""
    out: dict[str, str] = {}
    for _, bindings in HELP_SECTIONS:
        for binding in Binding.make_bindings(bindings):
            if binding.id and binding.id not in out:
                key = keymap[binding.id].split(",")[0] if binding.id in keymap else binding.key
                out[binding.id] = key_display(binding.with_key(key))
    return out


# The bindings active at the same time (a key must not mean two of them): the reader with the
# text focused. The selection keys shadow the reader's on purpose, so they are a scope apart.
KEY_SCOPES: list[list[BindingType]] = [APP + MOVE + NAVIGATION + ANNOTATE + CORRECT, APP + SELECTION]
