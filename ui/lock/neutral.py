"""The neutral screen quick-hide shows: a plain clock, nothing that hints at casework.

Someone glancing at the screen sees a clock. A click or a key press leads on to the lock
screen, where only a password goes further.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class NeutralScreen(QWidget):
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("neutral_screen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.time_label = QLabel(objectName="clock")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.date_label = QLabel(objectName="date")
        self.date_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.time_label)
        layout.addWidget(self.date_label)
        layout.addStretch(1)
        self._timer = QTimer(self, interval=10_000)
        self._timer.timeout.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        from ui import dates

        now = QDateTime.currentDateTime()
        self.time_label.setText(now.time().toString("HH:mm"))
        # The app's one date style: "1 ธันวาคม 2569" (Buddhist Era) in Thai, as everywhere.
        self.date_label.setText(dates.date_text(now.date().toPython()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._refresh()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self._refresh()
        self._timer.start()
        self.setFocus()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        self._timer.stop()
        super().hideEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.dismissed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Shift alone is what hid the screen; it must not bring anything back.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.dismissed.emit()
