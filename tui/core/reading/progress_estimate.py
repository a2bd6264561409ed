"""What the progress line says while an article is analysed: the share done and the time left.

Pure: the caller gives the clock's readings, so the estimate is the same in a test as on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ProgressEstimate:
    """The share of an analysis done, and the time left at the pace since it started."""

    started: float  # clock reading when the analysis started
    done: int = 0
    total: int = 1
    now: float = field(default=0.0)

    def advance(self, done: int, total: int, now: float) -> None:
        self.done, self.total, self.now = max(0, done), max(1, total), now

    @property
    def fraction(self) -> float:
        return min(1.0, self.done / self.total)

    @property
    def seconds_left(self) -> float | None:
        """None until some work is done (no pace to go by yet)."""
        elapsed = self.now - self.started
        if self.done <= 0 or elapsed <= 0:
            return None
        return max(0.0, elapsed * (self.total - self.done) / self.done)

    def describe(self) -> str:
        left = self.seconds_left
        share = f"Analysing… {round(self.fraction * 100)}%"
        return share if left is None else f"{share} · {duration(left)} left"


def duration(seconds: float) -> str:
    """``about 40 s``, ``about 3 min``: a rough figure, as the pace changes from part to part."""
    if seconds < 1:
        return "under a second"
    if seconds < 90:
        return f"about {round(seconds)} s"
    return f"about {round(seconds / 60)} min"
