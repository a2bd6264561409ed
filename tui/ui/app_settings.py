"""The app's settings kept between runs (the theme, animated scrolling) and the palette's
system commands that change them; the screenshot command saves into the data folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from textual.app import SystemCommand

from tui.services.preferences import ANIMATE, THEME, read_preference, save_preference
from tui.storage.paths import data_dir

if TYPE_CHECKING:
    from tui.ui.app import BylineApp

ANIMATED, INSTANT = "full", "basic"  # Textual animation levels: "basic" skips scroll animations


def restore(app: "BylineApp") -> None:
    """The theme chosen in an earlier run, and scrolling without animation unless asked for."""
    theme = read_preference(THEME)
    if theme and theme in app.available_themes:
        app.theme = theme
    if read_preference(ANIMATE) == "on":
        app.animation_level = ANIMATED
    elif app.animation_level == ANIMATED:  # Textual's default; TEXTUAL_ANIMATIONS=none stays none
        app.animation_level = INSTANT
    app.watch(app, "theme", lambda theme: save_preference(THEME, theme), init=False)


def toggle_animation(app: "BylineApp") -> None:
    animated = app.animation_level != ANIMATED
    app.animation_level = ANIMATED if animated else INSTANT
    save_preference(ANIMATE, "on" if animated else "off")
    app.notify("Scrolling is animated" if animated else "Scrolling is instant", timeout=2)


def system_commands(app: "BylineApp") -> Iterable[SystemCommand]:
    state = "on" if app.animation_level == ANIMATED else "off"
    yield SystemCommand("Animated scrolling", f"Animate scrolling ({state} now; kept for the next runs)",
                        lambda: toggle_animation(app))


def save_screenshot(app: "BylineApp") -> None:
    """An SVG of the screen in the data folder's ``screenshots``; the notice says where."""
    folder = Path(data_dir()) / "screenshots"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        saved = app.save_screenshot(path=str(folder))
    except OSError as exc:
        app.notify(f"The screenshot cannot be saved in {folder}: {exc.strerror or exc}",
                   title="Screenshot", severity="error", markup=False, timeout=8)
        return
    app.notify(f"Saved to {saved}", title="Screenshot", markup=False, timeout=8)
