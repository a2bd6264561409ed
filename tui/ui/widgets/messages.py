"""Messages the sidebar's panels post when the user picks something to jump to."""

from __future__ import annotations

from textual.message import Message


class ActorChosen(Message):
    """Jump to the first mention of this actor."""

    def __init__(self, actor_id: str) -> None:
        super().__init__()
        self.actor_id = actor_id


class QuoteChosen(Message):
    """Jump to the quote at this index of ``Analysis.quotes``."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index


class AnnotationChosen(Message):
    """Jump to this annotation (or correction)."""

    def __init__(self, annotation_id: str) -> None:
        super().__init__()
        self.annotation_id = annotation_id


class AnnotationEditRequested(Message):
    """Edit the note and tags of this annotation."""

    def __init__(self, annotation_id: str) -> None:
        super().__init__()
        self.annotation_id = annotation_id


class AnnotationDeleteRequested(Message):
    """Delete this annotation (undoably)."""

    def __init__(self, annotation_id: str) -> None:
        super().__init__()
        self.annotation_id = annotation_id


class UndoDeleteRequested(Message):
    """Restore the annotation deleted last."""
