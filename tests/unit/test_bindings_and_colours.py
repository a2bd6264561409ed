"""The binding table (tui.ui.bindings) and the highlight colour table (tui.core.reading.colours)."""

from __future__ import annotations

from textual.binding import Binding

from tui.core.annotations import COLOURS
from tui.core.reading.colours import HIGHLIGHT_HEX, css_variables, on_white
from tui.ui import bindings


def test_every_binding_has_an_id_and_a_tooltip_and_ids_are_unique_per_section():
    for section, table in bindings.HELP_SECTIONS:
        seen: dict[str, str] = {}
        for binding in Binding.make_bindings(table):
            assert binding.id and binding.tooltip, (section, binding)
            assert seen.setdefault(binding.id, binding.action) == binding.action, (section, binding.id)


def test_live_keys_take_the_first_key_after_the_users_keymap():
    keys = bindings.live_keys({"next-mention": "x,ctrl+n"}, lambda b: b.key)
    assert keys["next-mention"] == "x"
    assert keys["previous-mention"] == "left_square_bracket"  # shown as [ by the app
    assert keys["scroll-down"] == "j"  # "j,down": the first key
    assert set(keys) == bindings.binding_ids()


def test_one_colour_table_for_every_annotation_colour():
    assert tuple(HIGHLIGHT_HEX) == COLOURS
    assert css_variables()["hl-yellow"] == HIGHLIGHT_HEX["yellow"]
    assert on_white("yellow", 0.0) == "#ffffff" and on_white("yellow", 1.0) == HIGHLIGHT_HEX["yellow"]


def test_the_palette_names_every_provider_it_imports_on_first_use():
    from tui.ui import app, commands

    assert [commands.PROVIDERS[i].__name__ for i in range(len(commands.PROVIDERS))] == list(app.PALETTE)
    assert {provider() for provider in app.BylineApp.COMMANDS if provider.__name__ == "provider"} == \
        set(commands.PROVIDERS)
