"""The white panel in the middle of the sign-in and lock screens."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QWidget


class Card(QFrame):
    """A panel at least ``min_width`` wide that grows up to ``max_width`` for its texts, and
    past it when a text that cannot wrap (a button's) needs more: in another language or
    another font a button is never cut off to keep the panel narrow."""

    def __init__(self, min_width: int, max_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="card")
        self._max_width = max_width
        self.setMinimumWidth(min_width)
        self.setMaximumWidth(max_width)

    def event(self, event: QEvent) -> bool:
        # The layout has taken in the new texts (Qt hands it the request first).
        if event.type() == QEvent.Type.LayoutRequest and self.layout() is not None:
            needed = self.layout().minimumSize().width()
            self.setMaximumWidth(max(self._max_width, needed))
        return super().event(event)
