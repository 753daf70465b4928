"""The lock screen: no client data, only who may unlock, and a way for someone else to sign in.

The alarm banner and panic control sit above it (the main window's alarm strip), so the alarm
stays in sight while the vault is closed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.card import Card
from ui.context import AppContext
from ui.signin.background import run_in_background
from ui.signin.form import CredentialsForm
from ui.signin.session import Session

OpenSession = Callable[[str, str, str], Session]  # name, password, purpose


class LockScreen(QWidget):
    session_opened = Signal(object)
    switch_user_requested = Signal()

    def __init__(
        self, ctx: AppContext, open_session: OpenSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self._ctx = ctx
        self._open_session = open_session

        self._heading = QLabel(objectName="heading")
        self._heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.who = QLabel(objectName="who")
        self.who.setWordWrap(True)
        self.who.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.form = CredentialsForm(button_text=self.tr("Unlock"))
        self.form.name_edit.setReadOnly(True)
        self.form.submitted.connect(self._unlock)
        self.switch_button = QPushButton(objectName="switch_user")
        self.switch_button.setFlat(True)
        self.switch_button.clicked.connect(self.switch_user_requested)

        card = Card(min_width=420, max_width=420)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(14)
        inner.addWidget(self._heading)
        inner.addWidget(self.who)
        inner.addWidget(self.form)
        inner.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignHCenter)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        # Centred by stretches, not by an alignment flag: an aligned item gets its size
        # hint only, which ignores the height its wrapped texts need, and rows overlap.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self._heading.setText(self.tr("TJ Desk is locked"))
        self.switch_button.setText(self.tr("Sign in as someone else"))
        self.form.set_button_text(self.tr("Unlock"))
        self._show_who()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def prepare(self) -> None:
        self.form.clear()
        self.form.name_edit.setText(self._ctx.last_user_name or "")
        self._show_who()
        self.form.focus_first_empty()

    def _show_who(self) -> None:
        name = self._ctx.last_user_name or ""
        self.who.setText(self.tr("Only %1 can unlock, with their password.").replace("%1", name))

    def _unlock(self, name: str, password: str) -> None:
        open_session = self._open_session
        run_in_background(
            self,
            lambda: open_session(name, password, "unlock"),
            self._on_opened,
            self.form.show_error,
        )

    def _on_opened(self, session: Session) -> None:
        self.form.set_busy(False)
        self.form.clear()
        self.session_opened.emit(session)
