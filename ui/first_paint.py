"""Work that the first screen does not need, done once that screen has been painted.

Start-up shows the sign-in screen (or the first-run wizard) before anything else (issue 18):
the window icon, the app-wide wheel guard and the like follow a moment later. If the window
is never painted (minimised, hidden at once), the work runs after a short wait all the same.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, work: Callable[[], None]) -> None:
        super().__init__(widget)
        self._work: Callable[[], None] | None = work
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and self._work is not None:
            # After this paint has reached the screen, not inside it.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        parent = self.parent()
        if isinstance(parent, QWidget):
            parent.removeEventFilter(self)
        if work is not None:
            work()


def after_first_paint(widget: QWidget, work: Callable[[], None]) -> None:
    """Run ``work`` on the GUI thread once ``widget`` has been painted for the first time."""
    _FirstPaint(widget, work)
