"""Widgets imported and mounted after the screen's first frame.

Textual's ``Lazy`` mounts a widget after a refresh but takes no room meanwhile, so everything
below would move when it arrives. ``Later`` is styled to the size of what it stands for (the
stylesheet's ``#id`` rule) and hands its place over. Widgets are named ``"module:Class"``, so
their modules are imported only then.
"""

from __future__ import annotations

import importlib

from textual.widget import Widget


def widget_class(target: str) -> type[Widget]:
    """The class named ``"module:Class"``, imported now."""
    module, colon, cls = target.partition(":")
    if not (module and colon and cls):
        raise ValueError(f"a widget is named 'module:Class', not {target!r}")
    return getattr(importlib.import_module(module), cls)


class Later(Widget):
    def __init__(self, target: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.target = target

    def on_mount(self) -> None:
        self.call_after_refresh(self._arrive)

    async def _arrive(self) -> None:
        parent = self.parent
        if parent is None or not self.is_attached:
            return
        with self.app.batch_update():
            await parent.mount(widget_class(self.target)(), before=self)
            await self.remove()
