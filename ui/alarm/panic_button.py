"""The on-screen panic control and the panic keyboard shortcut.

In a counseling room the person across the desk may be dangerous, so the control is discreet:
a small, plain round button with no red and no "PANIC" on it, no confirmation dialog and no
countdown (a dialog or countdown tips off the aggressor; alarm.md 6.8). Holding it for about
one second raises the alarm; the only feedback is a thin ring that fills around the button while
it is held (visible to the person at the screen, not across the room) and a small tick after.
A short tap does nothing, which keeps accidental clicks from becoming false alarms.

The shortcut (Ctrl+Shift+F12 by default) works in every window of the app while it has focus.
Both go through ``AlarmController.raise_alarm``, the same path as the hidden button.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import QAbstractButton, QWidget

from ui.alarm.controller import AlarmController
from ui.alarm.safe_emit import emit

HOLD_MS = 1000
TICK_MS = 25
DONE_SHOWN_MS = 4000
PANIC_SHORTCUT = "Ctrl+Shift+F12"


def _monotonic_ms() -> float:
    return time.monotonic() * 1000


class PanicButton(QAbstractButton):
    """Press and hold for ``hold_ms`` to raise the alarm (source ``UI``)."""

    raised = Signal()

    def __init__(
        self,
        controller: AlarmController,
        parent: QWidget | None = None,
        *,
        hold_ms: int = HOLD_MS,
        clock: Callable[[], float] = _monotonic_ms,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._hold_ms = hold_ms
        self._clock = clock
        self._pressed_at: float | None = None
        self._fired = False
        self._progress = 0.0
        self._show_done = False
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never triggered by a stray Space/Enter
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._retranslate()
        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._done_timer = QTimer(self, singleShot=True, interval=DONE_SHOWN_MS)
        self._done_timer.timeout.connect(self._clear_done)

    def _retranslate(self) -> None:
        self.setToolTip(self.tr("Hold for one second to call a colleague"))
        self.setAccessibleName(self.tr("Call for help (hold for one second)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    @property
    def progress(self) -> float:
        return self._progress

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(32, 32)

    # ---------------------------------------------------------------------------- holding

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._pressed_at = self._clock()
        self._fired = False
        self._progress = 0.0
        self._ticker.start()
        event.accept()
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._tick()  # a release after the full hold counts even if no tick ran since
        self._ticker.stop()
        self._pressed_at = None
        self._progress = 0.0
        event.accept()
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()  # a hand that slips off the button while holding still counts

    @Slot()
    def _tick(self) -> None:
        if self._pressed_at is None or self._fired:
            return
        held = self._clock() - self._pressed_at
        self._progress = max(0.0, min(1.0, held / self._hold_ms))
        if held >= self._hold_ms:
            self._fired = True
            self._ticker.stop()
            self._show_done = True
            self._done_timer.start()
            self._controller.raise_alarm("UI")
            emit(self.raised)
        self.update()

    @Slot()
    def _clear_done(self) -> None:
        self._show_done = False
        self.update()

    # ---------------------------------------------------------------------------- drawing

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 4.0
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        ink = self.palette().color(self.foregroundRole())
        base = self.palette().color(self.backgroundRole())
        painter.setPen(QPen(QColor(ink).lighter(180) if ink.lightness() < 128 else ink, 1.5))
        painter.setBrush(base)
        painter.drawEllipse(rect)
        # A small plain dot: looks like any toolbar control.
        dot = side * 0.18
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ink))
        centre = rect.center()
        if self._show_done:
            painter.setPen(
                QPen(
                    QColor(ink),
                    max(1.5, side * 0.08),
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                )
            )
            painter.drawLine(
                QPointF(centre.x() - side * 0.18, centre.y()),
                QPointF(centre.x() - side * 0.04, centre.y() + side * 0.14),
            )
            painter.drawLine(
                QPointF(centre.x() - side * 0.04, centre.y() + side * 0.14),
                QPointF(centre.x() + side * 0.2, centre.y() - side * 0.14),
            )
        else:
            painter.drawEllipse(centre, dot / 2, dot / 2)
        if self._progress > 0:
            painter.setPen(
                QPen(
                    QColor(ink),
                    max(2.0, side * 0.09),
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.FlatCap,
                )
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            ring = rect.adjusted(2, 2, -2, -2)
            painter.drawArc(ring, 90 * 16, int(-360 * 16 * self._progress))
        painter.end()


def install_panic_shortcut(
    window: QWidget, controller: AlarmController, sequence: str = PANIC_SHORTCUT
) -> QShortcut:
    """The panic shortcut, live in every window of the app while the app has focus."""
    shortcut = QShortcut(QKeySequence(sequence), window)
    shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
    shortcut.setAutoRepeat(False)
    shortcut.activated.connect(lambda: controller.raise_alarm("HOTKEY"))
    return shortcut
