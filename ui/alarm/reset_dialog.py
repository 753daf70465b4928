"""Resetting an alarm: a reason (real incident, accidental press; a drill only for a press
during a drill window) and a tick that someone has checked on the room. Both are required:
a cancelled alarm still needs a visit (alarm.md section 5: "cancel downgrades to check on
room N"). The signed-in user is recorded.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.alarm.controller import RESET_REASONS


class ResetDialog(QDialog):
    def __init__(
        self, user_name: str, room: str, parent: QWidget | None = None, *, drill: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reset the alarm"))
        layout = QVBoxLayout(self)
        intro = self.tr("Reset the alarm in %1 as %2.").replace("%1", room or self.tr("the room"))
        layout.addWidget(QLabel(intro.replace("%2", user_name), self))
        layout.addWidget(QLabel(self.tr("Why was the alarm raised?"), self))
        labels = {
            "real": self.tr("A real incident"),
            "accidental": self.tr("An accidental press"),
            "drill": self.tr("A drill"),
        }
        self.reasons = QButtonGroup(self)
        self.reason_buttons: dict[str, QRadioButton] = {}
        # A real alarm must never be closed as "a drill" (the log would hide it): that reason
        # is offered only for a press during a drill window, and then it is the only one.
        offered = ("drill",) if drill else tuple(r for r in RESET_REASONS if r != "drill")
        for reason in offered:
            button = QRadioButton(labels[reason], self)
            self.reasons.addButton(button)
            self.reason_buttons[reason] = button
            layout.addWidget(button)
        self.room_checked = QCheckBox(self.tr("Someone has checked on the room in person"), self)
        layout.addWidget(self.room_checked)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reset"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reasons.buttonToggled.connect(self._update)
        self.room_checked.toggled.connect(self._update)
        self._update()

    @property
    def reason(self) -> str:
        for reason, button in self.reason_buttons.items():
            if button.isChecked():
                return reason
        return ""

    @property
    def ok_button(self):  # type: ignore[no-untyped-def]
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _update(self, *_args: object) -> None:
        self.ok_button.setEnabled(bool(self.reason) and self.room_checked.isChecked())
