"""Quick-hide on Shift pressed three times (GOV.UK "Exit this page", made for a desktop).

An application-wide event filter, so it works from any window and from an open dialog. Only
Shift taps count: any other key in between starts the count again, so typing capitals never
hides the screen. Each tap counts once however many widgets the key event passes through (a
tap is counted on its first press and re-armed by the release), and key auto-repeat never
counts. The three taps must fall within ``window_s`` seconds.

The same filter also turns Ctrl+L into ``lock_requested``: a window's own shortcut does not
fire while a modal dialog is open, and locking must work from anywhere.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

TAPS = 3
WINDOW_S = 2.0
_SHIFTS = (Qt.Key.Key_Shift,)
_PRESS = QEvent.Type.KeyPress
_RELEASE = QEvent.Type.KeyRelease
_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
_SHIFT_MOD = Qt.KeyboardModifier.ShiftModifier
_MODIFIER_KEYS = (Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr)


class ShiftTapDetector(QObject):
    triggered = Signal()
    lock_requested = Signal()  # Ctrl+L, from any window or dialog
    tapped = Signal(int)  # taps so far (1, 2): lets the screen show that a press counted

    def __init__(
        self,
        *,
        window_s: float = WINDOW_S,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window_s = window_s
        self._clock = clock
        self._taps: list[float] = []
        self._armed = True
        self._lock_armed = True
        self._installed = False

    def install(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Called for every event of the app: the common case returns after one comparison.
        kind = event.type()
        if kind is not _PRESS and kind is not _RELEASE:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key in _SHIFTS:
            if kind is _RELEASE:
                self._armed = True
            elif self._armed and not event.isAutoRepeat():
                self._armed = False
                self._count_tap()
            return False
        if kind is _PRESS and key not in _MODIFIER_KEYS:
            self._taps.clear()
        if key == Qt.Key.Key_L:
            if kind is _RELEASE:
                self._lock_armed = True
            elif (
                self._lock_armed
                and not event.isAutoRepeat()
                and event.modifiers() & _CTRL
                and not event.modifiers() & (_ALT | _SHIFT_MOD)
            ):
                self._lock_armed = False
                self.lock_requested.emit()
                return True  # handled: no widget also gets this Ctrl+L
        return False

    def _count_tap(self) -> None:
        now = self._clock()
        self._taps = [t for t in self._taps if now - t <= self._window_s]
        self._taps.append(now)
        if len(self._taps) >= TAPS:
            self._taps.clear()
            self.triggered.emit()
        else:
            self.tapped.emit(len(self._taps))
