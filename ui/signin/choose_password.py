"""After signing in with a one-time password, the user chooses their own before going on.

Administrators never choose a lasting password for someone else (users.py): an account that
was added, reset or re-enabled opens once with the one-time password it was given, and only
after this step does the work area open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tjdesk.vault.passwords import (
    MIN_PASSWORD_LENGTH,
    PASSWORD_ADVICE,
    password_hint,
    with_password_lengths,
)
from ui.signin.form import describe_error

MIN_LENGTH = MIN_PASSWORD_LENGTH  # the service checks it again


class ChoosePasswordPanel(QWidget):
    """Emits ``chosen(new_password)``; the owner changes it on the vault and reports back."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choose_password")
        self._intro = QLabel(wordWrap=True)
        self.new_edit = QLineEdit(objectName="new_password")
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit(objectName="new_password_again")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(objectName="strength_hint", wordWrap=True)
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setProperty("role", "error")
        self.message.hide()
        self.save_button = QPushButton(objectName="submit")
        self.busy_bar = QProgressBar(objectName="busy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedHeight(6)
        self.busy_bar.hide()
        self._labels = (QLabel(), QLabel())
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self._labels[0], self.new_edit)
        form.addRow(self._labels[1], self.again_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.save_button)
        layout.addWidget(self.busy_bar)
        self.new_edit.textChanged.connect(self._update)
        self.again_edit.textChanged.connect(self._update)
        self.again_edit.returnPressed.connect(self._submit)
        self.save_button.clicked.connect(self._submit)
        self.retranslate()

    def retranslate(self) -> None:
        self._intro.setText(
            self.tr(
                "You signed in with a one-time password. Choose your own now; only you will "
                "know it."
            )
        )
        self._labels[0].setText(self.tr("New password"))
        self._labels[1].setText(self.tr("New password again"))
        self.save_button.setText(self.tr("Save and continue"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reset(self) -> None:
        self.new_edit.clear()
        self.again_edit.clear()
        self.message.hide()
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.new_edit.setEnabled(not busy)
        self.again_edit.setEnabled(not busy)
        self._update()
        if busy:
            self.save_button.setEnabled(False)

    def show_error(self, err: BaseException) -> None:
        self.set_busy(False)
        self.message.setText(describe_error(err))
        self.message.show()

    def _valid(self) -> bool:
        text = self.new_edit.text()
        return len(text) >= MIN_LENGTH and text == self.again_edit.text()

    def _update(self) -> None:
        password = self.new_edit.text()
        hint = _hint(password)
        if self.again_edit.text() and self.again_edit.text() != password:
            hint += " " + self.tr("The two passwords differ.")
        self.hint.setText(hint)
        self.save_button.setEnabled(self._valid() and not self.busy_bar.isVisible())

    def _submit(self) -> None:
        if self.save_button.isEnabled():
            self.set_busy(True)
            self.chosen.emit(self.new_edit.text())


def _hint(password: str) -> str:
    if not password:
        return with_password_lengths(QCoreApplication.translate("vault", PASSWORD_ADVICE))

    hint = password_hint(password)
    if hint is None:
        return QCoreApplication.translate("ChoosePasswordPanel", "Strong enough.")
    return with_password_lengths(QCoreApplication.translate("vault", hint))
