"""The reader's cursor logic without a terminal: where each key moves, what the status line says.

``stops`` answers every cursor move over an analysis, the hidden kinds, the pronoun setting,
the annotations' placements and the search matches; ``status`` words the status line;
``marks`` computes the margin icons and the overview column; ``units`` the spans a selection
grows by. The Textual view only keeps a ``Cursor`` and paints.
"""

from tui.core.reading.cursor import Cursor, CursorKind, Refused
from tui.core.reading.stops import Stops

__all__ = ["Cursor", "CursorKind", "Refused", "Stops"]
