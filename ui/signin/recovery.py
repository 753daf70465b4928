"""When every password is lost: the recovery key adds (or restores) an administrator.

The key is the one printed at set-up. Checking it and writing the new key slot includes an
Argon2 derivation, so it runs off the GUI thread. Nothing changes on disk unless the key
opens the vault.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from tjdesk.vault.errors import RECOVERY_KEY_CHARACTERS
from ui.signin.background import run_in_background
from ui.signin.form import describe_error


class RecoveryDialog(QDialog):
    recovered = Signal(str)  # the administrator's user name

    def __init__(self, vault_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle("TJ Desk")
        self._vault_dir = Path(vault_dir)
        intro = QLabel(
            self.tr(
                "Type the recovery key from the sheet printed at set-up (%1 characters: the "
                "digits 0-9 and the letters a-f; spaces do not matter), then the administrator "
                "who will sign in with a new password. Every other user keeps their password."
            ).replace("%1", str(RECOVERY_KEY_CHARACTERS)),
            wordWrap=True,
        )
        self.key_edit = QLineEdit(objectName="recovery_key_input")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setMaxLength(200)
        self.name_edit = QLineEdit(objectName="admin_name")
        self.name_edit.setMaxLength(64)
        self.password_edit = QLineEdit(objectName="new_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit(objectName="new_password_again")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setProperty("role", "error")
        self.message.hide()
        self.busy_bar = QProgressBar(objectName="busy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Recovery key"), self.key_edit)
        form.addRow(self.tr("Administrator's user name"), self.name_edit)
        form.addRow(self.tr("New password"), self.password_edit)
        form.addRow(self.tr("New password again"), self.again_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Recover"))
        self.buttons.accepted.connect(self._recover)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        for edit in (self.key_edit, self.name_edit, self.password_edit, self.again_edit):
            edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ready = (
            bool(self.key_edit.text().strip())
            and bool(self.name_edit.text().strip())
            and bool(self.password_edit.text())
            and not self.busy_bar.isVisible()
        )
        self.ok_button.setEnabled(ready)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _recover(self) -> None:
        if self.password_edit.text() != self.again_edit.text():
            self._say(self.tr("The two passwords differ."))
            return
        folder = self._vault_dir
        key = self.key_edit.text()
        name = self.name_edit.text().strip()
        password = self.password_edit.text()
        self.message.hide()
        self.busy_bar.show()
        self._update()

        def work() -> str:
            from tjdesk.vault import vault

            unlocked = vault.add_admin_with_recovery_key(folder, key, name, password)
            return unlocked.actor.name if unlocked.actor else name

        def done(admin: str) -> None:
            self.busy_bar.hide()
            self.recovered.emit(admin)
            self.accept()

        def failed(err: BaseException) -> None:
            self.busy_bar.hide()
            self._update()
            self._say(describe_error(err))

        run_in_background(self, work, done, failed)

    def done(self, result: int) -> None:
        # Nothing typed here outlives the dialog.
        for edit in (self.key_edit, self.password_edit, self.again_edit):
            edit.clear()
        super().done(result)
