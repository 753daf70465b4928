"""The user-name-and-password form shared by the sign-in and lock screens.

KeePassXC's unlock behaviour: errors inline (not a modal box), the password selected for a
quick retry, and the password wiped when the screen is hidden. After a wrong password the
button waits out the back-off the vault asks for, counting down so nobody wonders why.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tjdesk.errors import TJDeskError
from ui.i18n import error_text

log = logging.getLogger(__name__)


def describe_error(err: BaseException) -> str:
    """The translated sentence for an error; never the exception's own (English) text."""
    if not isinstance(err, TJDeskError):
        log.error("unexpected error while opening the vault: %s", type(err).__name__)
    return error_text(
        err,
        QCoreApplication.translate(
            "CredentialsForm", "The vault could not be opened because of an unexpected error."
        ),
    )


def retry_after(err: BaseException) -> float:
    """Seconds the vault asks us to wait before the next try (0 when none)."""
    value = getattr(err, "retry_after", 0.0)
    try:
        return max(0.0, float(value))
    except (TypeError, ValueError):
        return 0.0


class CredentialsForm(QWidget):
    """Emits ``submitted(name, password)``; the owner runs the unlock and reports back."""

    submitted = Signal(str, str)

    def __init__(
        self,
        *,
        button_text: str,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._button_text = button_text
        self._wait_until = 0.0
        self._busy = False

        self.name_edit = QLineEdit(objectName="user_name")
        self.name_edit.setMaxLength(64)
        self.password_edit = QLineEdit(objectName="password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(1024)
        self.submit_button = QPushButton(button_text, objectName="submit")
        self.submit_button.setDefault(True)
        self.busy_bar = QProgressBar(objectName="busy")
        self.busy_bar.setRange(0, 0)  # indeterminate: Argon2 gives no progress
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedHeight(6)
        self.busy_bar.hide()
        self.message = QLabel(objectName="message")
        self._message_text: Callable[[], str] | None = None
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.hide()

        self._name_label = QLabel()
        self._password_label = QLabel()
        # Buddies: a screen reader names each field by its label (and Alt+letter reaches it).
        self._name_label.setBuddy(self.name_edit)
        self._password_label.setBuddy(self.password_edit)
        fields = QFormLayout()
        fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        fields.addRow(self._name_label, self.name_edit)
        fields.addRow(self._password_label, self.password_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(fields)
        layout.addWidget(self.message)
        layout.addWidget(self.submit_button)
        layout.addWidget(self.busy_bar)

        self._countdown = QTimer(self, interval=250)
        self._countdown.timeout.connect(self._tick)
        self.submit_button.clicked.connect(self._submit)
        self.name_edit.returnPressed.connect(self._submit)
        self.password_edit.returnPressed.connect(self._submit)
        self.retranslate()

    def retranslate(self) -> None:
        self._name_label.setText(self.tr("User name"))
        self._password_label.setText(self.tr("Password"))
        if self._message_text is not None and not self.message.isHidden():
            # A message on show is said again in the new language, not left in the old one.
            self.message.setText(self._message_text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----------------------------------------------------------------------------- state

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.name_edit.setEnabled(not busy and not self.name_edit.isReadOnly())
        self.password_edit.setEnabled(not busy)
        self._update_button()

    def _say(self, text: Callable[[], str]) -> None:
        """Show a message, kept as how to word it so a language switch rewords it."""
        self._message_text = text
        self.message.setText(text())
        self.message.show()

    def show_error(self, err: BaseException) -> None:
        self.set_busy(False)
        self._say(lambda: describe_error(err))
        wait = retry_after(err)
        if wait > 0:
            self._wait_until = self._clock() + wait
            self._countdown.start()
        self._update_button()
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def set_button_text(self, text: str) -> None:
        self._button_text = text
        self._update_button()

    def show_message(self, text: str | Callable[[], str]) -> None:
        """A message; pass a function (e.g. ``lambda: describe_error(err)``) to have it
        reworded when the language is switched."""
        self._say(text if callable(text) else (lambda: text))

    def clear(self) -> None:
        """Forget the password and any message (on success, and whenever hidden)."""
        self.password_edit.clear()
        self._message_text = None
        self.message.clear()
        self.message.hide()

    def seconds_to_wait(self) -> int:
        return max(0, math.ceil(self._wait_until - self._clock()))

    def focus_first_empty(self) -> None:
        if not self.name_edit.text().strip() and not self.name_edit.isReadOnly():
            self.name_edit.setFocus()
        else:
            self.password_edit.setFocus()

    # ---------------------------------------------------------------------------- private

    def _tick(self) -> None:
        if self.seconds_to_wait() == 0:
            self._countdown.stop()
        self._update_button()

    def _update_button(self) -> None:
        wait = self.seconds_to_wait()
        if wait > 0:
            self.submit_button.setText(self.tr("Wait %1 s").replace("%1", str(wait)))
        else:
            self.submit_button.setText(self._button_text)
        self.submit_button.setEnabled(not self._busy and wait == 0)

    def _submit(self) -> None:
        if not self.submit_button.isEnabled():
            return
        name = self.name_edit.text().strip()
        password = self.password_edit.text()
        if not name:
            self._say(lambda: self.tr("Type your user name."))
            self.name_edit.setFocus()
            return
        if not password:
            self._say(lambda: self.tr("Type your password."))
            self.password_edit.setFocus()
            return
        self.message.hide()
        self.set_busy(True)
        self.submitted.emit(name, password)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        # A password must not wait in a hidden field for the next person at this PC.
        if not self._busy:
            self.password_edit.clear()
        super().hideEvent(event)
