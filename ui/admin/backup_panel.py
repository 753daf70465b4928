"""Backups for administrators: back up now to a file they choose (a USB stick), when the last
one was made, and restore one (ui.admin.restore_dialog: checked in a new folder first; it takes
the vault's place only after everyone is signed out, the old vault kept beside it).

The backup runs on the vault worker (tjdesk.backup.write_backup: an encrypted copy, checked,
then written as one zip); the button waits meanwhile and a busy bar shows it is working.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tjdesk.actors import Role
from tjdesk.backup import BackupInfo, last_backup_at, write_backup
from tjdesk.errors import AccessDenied
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault.database import Database
from ui.admin.audit_model import when_text
from ui.admin.backup_news import backup_news
from ui.admin.failures import failure_text
from ui.ops import run_in_vault


def backup_file_name(now: datetime | None = None) -> str:
    return f"tjdesk-backup-{(now or datetime.now()).strftime('%Y-%m-%d-%H%M')}.tjbackup"


class BackupPanel(QWidget):
    backed_up = Signal(object)  # BackupInfo
    # A restored, checked vault to put in the current one's place (the main window signs out
    # and swaps it in: ui.main_window.MainWindow.use_restored_vault).
    restore_chosen = Signal(object)
    failed = Signal(str)
    loaded = Signal()  # the last backup time is on screen

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_panel")
        self._ctx = ctx
        self.last_label = QLabel(objectName="last_backup", wordWrap=True)
        self.backup_button = QPushButton(self.tr("Back up now…"), objectName="backup_now")
        self.busy = QProgressBar(objectName="busy")
        self.busy.setRange(0, 0)  # "working", with no figure to promise
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(200)
        self.busy.hide()
        self.status = QLabel(objectName="status", wordWrap=True)
        explain = QLabel(
            self.tr(
                "A backup is one encrypted file holding every record and the key slots as they "
                "are today: each user's password of today opens it, and so does the recovery "
                "key. Keep it on a USB stick or disk stored away from this computer. Back up "
                "at least once a week."
            ),
            wordWrap=True,
        )
        restore = QLabel(
            self.tr(
                "Restoring a backup unpacks it into a new folder and checks it first; only "
                "then, if you choose, does it take the current vault's place (everyone is "
                "signed out), and the current vault is kept beside it, never overwritten. "
                "The command line does the same: tjdesk restore BACKUP-FILE --into NEW-FOLDER."
            ),
            wordWrap=True,
            objectName="restore_help",
        )
        self.restore_button = QPushButton(self.tr("Restore a backup…"), objectName="restore")
        self.restore_button.clicked.connect(self.open_restore)
        self.restore_dialog: Any = None
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.busy)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.last_label)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addSpacing(16)
        layout.addWidget(restore)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        layout.addLayout(restore_row)
        layout.addStretch(1)
        self.backup_button.clicked.connect(self.back_up_now)
        self.reload()

    def open_restore(self) -> Any:
        from ui.admin.restore_dialog import RestoreDialog

        user = getattr(self._ctx.user, "name", "") or ""
        dialog = RestoreDialog(self._ctx.vault_dir, user, self)
        dialog.use_requested.connect(self.restore_chosen.emit)
        dialog.finished.connect(dialog.deleteLater)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def reload(self) -> None:
        worker = self._ctx.worker
        if worker is None:
            return
        run_in_vault(self, worker, last_backup_at, self._show_last)

    def _show_last(self, last: datetime | None) -> None:
        if last is None:
            self.last_label.setText(self.tr("No backup has been made yet."))
        else:
            when = when_text(last.isoformat(), getattr(self._ctx, "language", None))
            self.last_label.setText(self.tr("Last backup: %1").replace("%1", when))
        self.loaded.emit()

    def choose_destination(self) -> str:
        """Where the backup goes (tests replace this)."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the backup"),
            str(Path.home() / backup_file_name()),
            self.tr("TJ Desk backups (*.tjbackup)"),
        )
        return path

    def back_up_now(self) -> None:
        worker, vault = self._ctx.worker, getattr(self._ctx, "vault", None)
        if worker is None or vault is None:
            return
        path = self.choose_destination()
        if not path:
            return
        target = Path(path)
        self.backup_button.setEnabled(False)
        self.busy.show()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Backing up… You can keep working meanwhile."))
        actor = self._ctx.user

        def work(db: Database) -> BackupInfo:
            # Checked here too, not only by who sees this tab.
            if actor is None or actor.role is not Role.ADMINISTRATOR:
                raise AccessDenied(
                    QT_TRANSLATE_NOOP("errors", "Only an administrator can make a backup.")
                )
            return write_backup(db, vault, target)

        run_in_vault(self, worker, work, self._done, self._failed)

    def _done(self, info: BackupInfo) -> None:
        self.backup_button.setEnabled(True)
        self.busy.hide()
        self.status.setText(self.tr("Backup written and checked: %1").replace("%1", str(info.path)))
        self.reload()
        self.backed_up.emit(info)
        backup_news.written.emit()

    def _failed(self, err: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.busy.hide()
        message = failure_text(err)
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setText(message)
        self.failed.emit(message)
