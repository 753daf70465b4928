"""The sign-in screen: user name and password; the unlock runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.signin.background import run_in_background
from ui.signin.form import CredentialsForm
from ui.signin.session import Session

OpenSession = Callable[[str, str, str], Session]  # name, password, purpose


class SignInScreen(QWidget):
    """Emits ``session_opened(session)`` on the GUI thread after a good password."""

    session_opened = Signal(object)

    def __init__(
        self, ctx: AppContext, open_session: OpenSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_screen")
        self._ctx = ctx
        self._open_session = open_session

        self._heading = QLabel(objectName="heading")
        self._heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._hint = QLabel(objectName="hint")
        self._hint.setWordWrap(True)
        self._hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.form = CredentialsForm(button_text=self.tr("Sign in"))
        self.form.submitted.connect(self._unlock)

        card = QFrame(objectName="card")
        card.setFixedWidth(420)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(14)
        inner.addWidget(self._heading)
        inner.addWidget(self._hint)
        inner.addWidget(self.form)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self._heading.setText(self.tr("Sign in to TJ Desk"))
        self._hint.setText(
            self.tr("Each member of staff signs in with their own name and password.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def prepare(self, user_name: str | None = None) -> None:
        """Called each time the screen is shown."""
        self.form.clear()
        if user_name is not None:
            self.form.name_edit.setText(user_name)
        self.form.focus_first_empty()

    def _unlock(self, name: str, password: str) -> None:
        open_session = self._open_session
        run_in_background(
            self,
            lambda: open_session(name, password, "signin"),
            self._on_opened,
            self.form.show_error,
        )

    def _on_opened(self, session: Session) -> None:
        self.form.set_busy(False)
        self.form.clear()
        self.session_opened.emit(session)
