"""The sign-in screen: user name and password; the unlock runs off the GUI thread.

Also here: the language of the app (Thai or English, switched at once), the step where a user
who signed in with a one-time password chooses their own, and the way back in with the
recovery key when every password is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.card import Card
from ui.context import AppContext
from ui.signin.background import run_in_background
from ui.signin.form import CredentialsForm
from ui.signin.session import Session

if TYPE_CHECKING:
    from ui.signin.choose_password import ChoosePasswordPanel

OpenSession = Callable[[str, str, str], Session]  # name, password, purpose


class SignInScreen(QWidget):
    """Emits ``session_opened(session)`` on the GUI thread after a good password."""

    session_opened = Signal(object)
    language_changed = Signal(str)

    def __init__(
        self, ctx: AppContext, open_session: OpenSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_screen")
        self._ctx = ctx
        self._open_session = open_session
        self._pending: Session | None = None  # signed in, still choosing a password
        self._one_time = ""

        self._heading = QLabel(objectName="heading")
        self._heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._heading.setWordWrap(True)
        self._hint = QLabel(objectName="hint")
        self._hint.setWordWrap(True)
        self._hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.form = CredentialsForm(button_text=self.tr("Sign in"))
        self.form.submitted.connect(self._unlock)
        # The panel for choosing one's own password after a one-time one: made when first
        # needed (rarely; not before the first paint, issue 18).
        self._choose: ChoosePasswordPanel | None = None
        self.recover_button = QPushButton(objectName="switch_user")
        self.recover_button.setFlat(True)
        self.recover_button.clicked.connect(self._open_recovery)

        self.language = QComboBox(objectName="language")
        # Each language is named in itself, so anyone can find their own.
        # (Locales by name: Qt's language enum has hundreds of members and is slow to load.)
        self.language.addItem(QLocale("th_TH").nativeLanguageName(), "th")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.language)))
        self.language.currentIndexChanged.connect(self._switch_language)

        # 420 px wide, growing when a language needs more room for a button.
        card = Card(min_width=420, max_width=600)
        self._card_layout = inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(14)
        inner.addWidget(self._heading)
        inner.addWidget(self._hint)
        inner.addWidget(self.form)
        inner.addWidget(self.recover_button, 0, Qt.AlignmentFlag.AlignHCenter)

        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
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
        self._heading.setText(self.tr("Sign in to TJ Desk"))
        self._hint.setText(
            self.tr("Each member of staff signs in with their own name and password.")
        )
        self.form.set_button_text(self.tr("Sign in"))
        self.recover_button.setText(self.tr("Every password lost? Use the recovery key"))
        self.language.setToolTip(self.tr("Language"))
        self.language.setAccessibleName(self.tr("Language"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def prepare(self, user_name: str | None = None) -> None:
        """Called each time the screen is shown."""
        self._drop_pending()
        self.form.clear()
        if user_name is not None:
            self.form.name_edit.setText(user_name)
        self.form.focus_first_empty()

    # ---------------------------------------------------------------------------- language

    def _switch_language(self) -> None:
        from ui.i18n import install_language, save_language

        language = str(self.language.currentData())
        install_language(language)  # Qt sends LanguageChange to every widget
        save_language(language)
        self._ctx.language = language
        self.language_changed.emit(language)

    # ----------------------------------------------------------------------------- sign-in

    def _unlock(self, name: str, password: str) -> None:
        open_session = self._open_session

        def opened(session: Session) -> None:
            self._on_opened(session, password)

        run_in_background(
            self, lambda: open_session(name, password, "signin"), opened, self.form.show_error
        )

    def _on_opened(self, session: Session, password: str) -> None:
        self.form.set_busy(False)
        self.form.clear()
        if not session.must_change_password:
            self.session_opened.emit(session)
            return
        self._pending = session
        self._one_time = password
        self.form.hide()
        self.recover_button.hide()
        self.choose.reset()
        self.choose.show()
        self.choose.new_edit.setFocus()

    def _change_password(self, new_password: str) -> None:
        session = self._pending
        if session is None:
            return
        one_time = self._one_time
        from ui.ops import run_in_vault  # the vault modules load on first sign-in, not at start

        def work(db: Any) -> None:
            from tjdesk.users import UserService

            UserService(db, session.vault, session.user).change_own_password(one_time, new_password)

        def done(_result: object) -> None:
            if self._pending is not session:
                return
            self._pending = None
            self._one_time = ""
            self._show_form()
            self.session_opened.emit(session)

        run_in_vault(self, session.worker, work, done, self.choose.show_error)

    @property
    def choose(self) -> ChoosePasswordPanel:
        if self._choose is None:
            from ui.signin.choose_password import ChoosePasswordPanel

            panel = ChoosePasswordPanel()
            panel.chosen.connect(self._change_password)
            panel.hide()
            # Where the form is, which it stands in for.
            self._card_layout.insertWidget(self._card_layout.indexOf(self.form) + 1, panel)
            self._choose = panel
        return self._choose

    def _show_form(self) -> None:
        if self._choose is not None:
            self._choose.reset()
            self._choose.hide()
        self.form.show()
        self.recover_button.show()

    def _drop_pending(self) -> None:
        if self._pending is not None:
            self._pending.worker.close(timeout=0)
            self._pending = None
            self._one_time = ""
        self._show_form()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        # Locked or hidden while choosing a password: that half-open session ends here.
        self._drop_pending()
        super().hideEvent(event)

    # ---------------------------------------------------------------------------- recovery

    def _open_recovery(self) -> None:
        from ui.signin.recovery import RecoveryDialog

        dialog = RecoveryDialog(self._ctx.vault_dir, self)
        dialog.recovered.connect(self._recovered)
        dialog.open()

    def _recovered(self, admin: str) -> None:
        self.form.clear()
        self.form.name_edit.setText(admin)
        self.form.show_message(
            self.tr("The administrator's new password is set. Sign in with it now.")
        )
        self.form.password_edit.setFocus()
