"""Restore a backup from the app, with the command line's checks (tjdesk.backup.restore_backup:
the file unpacked into a new folder, opened with a password of the backup's day or the
recovery key, both integrity checks and the row counts, before anything else happens).

Then, only if the administrator asks: everyone is signed out and the restored vault takes the
current one's place (tjdesk.backup.replace_vault); the current one is kept beside it, never
overwritten. The slow parts run off the GUI thread.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tjdesk.backup import RestoredVault, restore_backup
from ui.admin.failures import failure_text
from ui.signin.background import run_in_background


def restore_folder_for(vault_dir: Path, now: datetime | None = None) -> Path:
    """A new folder beside the vault for the restored copy."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return vault_dir.with_name(f"{vault_dir.name}.restored-{stamp}")


class RestoreDialog(QDialog):
    restored = Signal(object)  # RestoredVault: unpacked and checked, not yet in use
    use_requested = Signal(object)  # RestoredVault: put it in the current vault's place
    failed = Signal(str)

    def __init__(self, vault_dir: Path, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("TJ Desk")
        self._vault_dir = Path(vault_dir)
        self.result_vault: RestoredVault | None = None
        intro = QLabel(
            self.tr(
                "Choose a backup file. It is unpacked into a new folder and checked there, "
                "as the command line does; nothing in use changes. Then you can put it in "
                "place of the current vault, which is kept beside it."
            ),
            wordWrap=True,
        )
        self.file_edit = QLineEdit(objectName="restore_file")
        browse = QPushButton(self.tr("Choose…"), objectName="restore_browse")
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        self.user_edit = QLineEdit(user_name, objectName="restore_user")
        self.password_edit = QLineEdit(objectName="restore_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.use_recovery = QCheckBox(
            self.tr("Open it with the recovery key instead"), objectName="restore_use_recovery"
        )
        self.recovery_edit = QLineEdit(objectName="restore_recovery_key")
        self.recovery_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.recovery_edit.setEnabled(False)
        self.use_recovery.toggled.connect(self._toggle_recovery)
        form = QFormLayout()
        form.addRow(self.tr("Backup file"), file_row)
        form.addRow(self.tr("User name (as of the backup)"), self.user_edit)
        form.addRow(self.tr("Password (as of the backup)"), self.password_edit)
        form.addRow("", self.use_recovery)
        form.addRow(self.tr("Recovery key"), self.recovery_edit)
        self.message = QLabel(objectName="restore_message", wordWrap=True)
        self.message.hide()
        self.restore_button = QPushButton(self.tr("Restore and check"), objectName="restore_go")
        self.restore_button.clicked.connect(self.restore)
        self.use_button = QPushButton(
            self.tr("Use it now (signs you out)"), objectName="restore_use"
        )
        self.use_button.hide()
        self.use_button.clicked.connect(self._use)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(Path.home()),
            self.tr("TJ Desk backups (*.tjbackup)"),
        )
        if path:
            self.file_edit.setText(path)

    def _toggle_recovery(self, on: bool) -> None:
        self.recovery_edit.setEnabled(on)
        self.user_edit.setEnabled(not on)
        self.password_edit.setEnabled(not on)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setProperty("role", "error" if error else "note")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.show()

    def restore(self) -> None:
        backup = Path(self.file_edit.text().strip())
        if not self.file_edit.text().strip():
            self._say(self.tr("Choose the backup file first."), error=True)
            return
        into = restore_folder_for(self._vault_dir)
        options: dict[str, Any]
        if self.use_recovery.isChecked():
            options = {"recovery_key": self.recovery_edit.text()}
        else:
            options = {"user": self.user_edit.text().strip(), "password": self.password_edit.text()}
        self.password_edit.clear()
        self.recovery_edit.clear()
        self.restore_button.setEnabled(False)
        self._say(self.tr("Unpacking and checking the backup…"), error=False)
        run_in_background(
            self, lambda: restore_backup(backup, into, **options), self._done, self._failed
        )

    def _done(self, restored: RestoredVault) -> None:
        self.result_vault = restored
        self.restore_button.setEnabled(True)
        rows = sum(restored.row_counts.values())
        self._say(
            self.tr("Restored and checked: the backup of %1, %2 rows, in %3.")
            .replace("%1", restored.created_at or "?")
            .replace("%2", str(rows))
            .replace("%3", str(restored.folder)),
            error=False,
        )
        self.use_button.show()
        self.restored.emit(restored)

    def _failed(self, err: BaseException) -> None:
        self.restore_button.setEnabled(True)
        text = failure_text(err)
        self._say(text, error=True)
        self.failed.emit(text)

    def _use(self) -> None:
        if self.result_vault is not None:
            self.use_requested.emit(self.result_vault)
            self.accept()
