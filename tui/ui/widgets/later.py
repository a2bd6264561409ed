"""Room kept on screen for a widget that is mounted after the screen's first frame.

Textual's ``Lazy`` mounts a widget after a refresh but takes no room meanwhile, so everything
below would move when it arrives. ``Later`` is styled to the size of what it stands for (the
stylesheet's ``#id`` rule) and hands its place over; ``make`` builds the widget then, so its
module is imported only then.
"""

from __future__ import annotations

from typing import Callable

from textual.widget import Widget


class Later(Widget):
    def __init__(self, make: Callable[[], Widget], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._make = make

    def on_mount(self) -> None:
        self.call_after_refresh(self._arrive)

    async def _arrive(self) -> None:
        parent = self.parent
        if parent is None or not self.is_attached:
            return
        with self.app.batch_update():
            await parent.mount(self._make(), before=self)
            await self.remove()
