"""Lock after a spell with no input (KeePassXC's InactivityTimer, ported line for line).

An application-wide event filter restarts one single-shot timer on any key, mouse or wheel
event, in any window or dialog of the app. When it runs out, ``idle`` is emitted once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)


class InactivityTimer(QObject):
    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=max(1, interval_ms))
        self._timer.timeout.connect(self._on_timeout)
        self._active = False

    @property
    def active(self) -> bool:
        return self._active

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval(self, interval_ms: int) -> None:
        self._timer.setInterval(max(1, interval_ms))
        if self._active:
            self._timer.start()

    def activate(self) -> None:
        if not self._active:
            self._active = True
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)
        self._timer.start()

    def deactivate(self) -> None:
        if self._active:
            self._active = False
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self._active and event.type() in _ACTIVITY:
            self._timer.start()
        return False

    def _on_timeout(self) -> None:
        if self._active:
            self.deactivate()
            self.idle.emit()
