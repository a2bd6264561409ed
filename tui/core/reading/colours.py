"""The highlight colours: one table for every place that draws them (one hex per name of
``tui.core.annotation_kinds.COLOURS``, in the same order).

The reader lays each colour over the text's background at ``OPACITY`` (so one rule reads well on
dark and light themes); the app passes the table to its stylesheet as ``$hl-<name>`` variables.
A light page (an export) gets the same colours blended over white with ``on_white``.
"""

from __future__ import annotations

HIGHLIGHT_HEX = {
    "yellow": "#f2c500",
    "green": "#3fb950",
    "blue": "#4493f8",
    "pink": "#f778ba",
    "orange": "#f0883e",
    "purple": "#a371f7",
}
OPACITY = 0.40


def css_variables() -> dict[str, str]:
    """``hl-yellow: #f2c500`` and so on, for the stylesheet."""
    return {f"hl-{name}": value for name, value in HIGHLIGHT_HEX.items()}


def on_white(name: str, opacity: float = OPACITY) -> str:
    """The colour as it looks laid over a white page at ``opacity``."""
    value = HIGHLIGHT_HEX[name].lstrip("#")
    channels = [int(value[i:i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(255 - (255 - c) * opacity):02x}" for c in channels)
