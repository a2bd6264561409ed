"""Textual's Footer, recomposed only when the keys it shows change.

Textual rebuilds every key of the Footer whenever a screen's bindings may have changed: focus
moving, a screen stacked, ``refresh_bindings()``. Each rebuild restyles some forty widgets (about
80 ms here), and opening an article asked for four before the first key. The keys shown are
compared first; an unchanged set is not rebuilt.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    def __init__(self) -> None:
        super().__init__()
        self._shown: tuple | None = None
        self._pending = False

    def on_mount(self) -> None:
        # Mounted after the screen's first frame (``Later``): the screen's bindings were settled
        # before, and no change of them may come to say so.
        self.bindings_changed(self.screen)

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._pending:
            self._pending = True  # several changes before the next refresh: one look at them
            self.call_after_refresh(self._recompose_if_changed)

    def _keys(self) -> tuple:
        app = self.app
        return tuple((binding.key, app.get_key_display(binding), binding.action, binding.description,
                      binding.show, binding.group, enabled, tooltip)
                     for _node, binding, enabled, tooltip in self.screen.active_bindings.values())

    async def _recompose_if_changed(self) -> None:
        self._pending = False
        if not self.is_attached:
            return
        keys = self._keys()
        if keys != self._shown:
            self._shown = keys
            await self.recompose()
