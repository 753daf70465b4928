"""Changing the vault key (administrators): for when the recovery key may have been seen.

What happens, in order: the app's vault worker is closed (rotation needs every connection to
the vault closed), the key is rotated off the GUI thread (tjdesk.vault.rotate: the database is
re-encrypted into a new file, checked, swapped in; every user's slot is resealed, so passwords
stay the same), a new worker is opened with the new key and put in the session, and the NEW
recovery key is shown once, with printing, until the administrator ticks that it is stored.
If rotation fails, the old key stays and the worker is reopened with it.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from tjdesk.errors import TJDeskError
from tjdesk.vault.database import Database
from tjdesk.vault.recovery_key_notice import confirm_stored, recovery_key_not_stored
from tjdesk.vault.vault import SETTING_SHELTER_NAME, UnlockedVault
from tjdesk.vault.worker import VaultWorker
from ui.admin.key_reminder import key_news
from ui.fonts import MONO_FAMILY
from ui.i18n import error_text
from ui.ops import run_in_vault
from ui.signin.background import run_in_background
from ui.wizard.recovery_sheet import RecoveryKeyPrinter

log = logging.getLogger(__name__)

OPEN_TIMEOUT_S = 60.0


@dataclass
class RotationOutcome:
    worker: VaultWorker
    vault: UnlockedVault
    recovery_key: str | None  # None: rotation failed, the old key stays
    error: BaseException | None
    root_fingerprint: str | None = None  # printed on the new sheet, as on the first one


def rotate_with_worker_closed(worker: VaultWorker, vault: UnlockedVault) -> RotationOutcome:
    """Runs off the GUI thread: close the worker, rotate, open a worker with whichever key now
    opens the vault."""
    from tjdesk.vault.rotate import rotate_key

    worker.close()  # lets queued work finish, then closes the connection
    try:
        new_vault, recovery_key = rotate_key(vault)
    except BaseException as err:  # noqa: BLE001 - reported on screen; the old key stays
        reopened = vault.open_worker()
        reopened.opened.result(OPEN_TIMEOUT_S)
        return RotationOutcome(reopened, vault, None, err)
    fresh = new_vault.open_worker()
    fresh.opened.result(OPEN_TIMEOUT_S)
    from tjdesk.vault.vault import root_fingerprints

    roots = fresh.call(root_fingerprints, OPEN_TIMEOUT_S)
    return RotationOutcome(fresh, new_vault, recovery_key, None, roots[0] if roots else None)


class NewRecoveryKeyDialog(QDialog):
    """The new key, shown once; closes only after "I have stored the new recovery key"."""

    def __init__(
        self,
        recovery_key: str,
        shelter: str,
        parent: QWidget | None = None,
        root_fingerprint: str | None = None,
        *,
        intro: str | None = None,
        stored_text: str | None = None,
    ) -> None:
        """``intro`` and ``stored_text`` replace the words about a changed key (the same sheet
        shown when an older vault gets its recovery identity)."""
        super().__init__(parent)
        self.setObjectName("new_recovery_key")
        self.setWindowTitle("TJ Desk")
        self.setModal(True)
        self._key = recovery_key
        self._shelter = shelter
        self.printer = RecoveryKeyPrinter(
            lambda: (self._shelter, self._key), lambda: root_fingerprint
        )
        intro_label = QLabel(
            intro
            or self.tr(
                "The vault has a new key. This is the NEW recovery key; the old one no longer "
                "opens the vault. It is shown only now. Print it or write it down, keep it "
                "locked away from this computer, and destroy the old sheet. Backups made "
                "before today still open with the old recovery key: make a new backup and "
                "destroy the old ones if that key is why you changed it."
            ),
            wordWrap=True,
        )
        self.key_label = QLabel(recovery_key, objectName="recovery_key")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setStyleSheet(f"font-family: '{MONO_FAMILY}'; font-size: 18pt;")
        self.print_button = QPushButton(self.tr("Print…"), objectName="print_key")
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), objectName="save_key_pdf")
        self.stored = QCheckBox(
            stored_text or self.tr("I have stored the new recovery key in a safe place"),
            objectName="key_stored",
        )
        self.close_button = QPushButton(self.tr("Close"), objectName="close")
        self.close_button.setEnabled(False)
        for button in (self.print_button, self.pdf_button, self.close_button):
            button.setAutoDefault(False)
        self.print_button.clicked.connect(lambda: self.printer.preview(self))
        self.pdf_button.clicked.connect(lambda: self.printer.save_pdf_as(self))
        self.stored.toggled.connect(self.close_button.setEnabled)
        self.close_button.clicked.connect(self.accept)
        printing = QHBoxLayout()
        printing.addWidget(self.print_button)
        printing.addWidget(self.pdf_button)
        printing.addStretch(1)
        closing = QHBoxLayout()
        closing.addWidget(self.stored, 1)
        closing.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(self.key_label)
        layout.addLayout(printing)
        layout.addSpacing(8)
        layout.addLayout(closing)
        self.resize(640, 380)

    def reject(self) -> None:
        # Escape or the window's close button do nothing until the key is stored; a lock
        # (which hides every dialog) still takes it off the screen.
        if self.stored.isChecked() or not self.isVisible():
            self._forget()
            super().reject()

    def accept(self) -> None:
        if not self.stored.isChecked():
            return
        self._forget()
        super().accept()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.stored.isChecked():
            event.ignore()
            return
        super().closeEvent(event)

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        self._forget()  # whatever hid it (a lock, quick-hide), the key leaves the screen
        super().hideEvent(event)

    def _forget(self) -> None:
        self._key = ""
        self.key_label.clear()


class KeyPanel(QWidget):
    rotated = Signal()  # the new key is in use and its dialog is open
    failed = Signal(str)
    mark_checked = Signal(bool)  # the vault said whether its recovery key is still unstored

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("key_panel")
        self._ctx = ctx
        self._shelter = ""
        self.key_dialog: NewRecoveryKeyDialog | None = None
        explain = QLabel(
            self.tr(
                "Change the vault key if the recovery key, or a copy of it, may have been seen "
                "by someone who should not have it. Everyone keeps their password. TJ Desk "
                "closes the vault for a moment, re-encrypts every record under a new key and "
                "checks the result; then it shows the new recovery key once, to print and "
                "store. The old recovery key stops working. TJ Desk must be closed on every "
                "other computer or window that opens this vault."
            ),
            wordWrap=True,
        )
        self.rotate_button = QPushButton(self.tr("Change the vault key…"), objectName="rotate")
        self.busy = QProgressBar(objectName="busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(200)
        self.busy.hide()
        self.status = QLabel(objectName="status", wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.rotate_button)
        row.addWidget(self.busy)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.rotate_button.clicked.connect(self.change_key)
        self.rotation: threading.Thread | None = None  # the last change, while it runs
        if ctx.worker is not None:
            run_in_vault(self, ctx.worker, _shelter_name, self._set_shelter)
            run_in_vault(self, ctx.worker, recovery_key_not_stored, self._show_not_stored)

    def _show_not_stored(self, not_stored: bool) -> None:
        # A change whose new key was never shown (a lock, or the computer stopped, before it
        # could be): the audit trail says so until a new key is stored (recovery_key_notice).
        self.mark_checked.emit(not_stored)
        if not not_stored or self.key_dialog is not None:
            return
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setText(
            self.tr(
                "The key was changed, but the new recovery key was never shown (the screen "
                "locked, or the computer stopped, before it could be). Change the key again "
                "to get one."
            )
        )

    def _set_shelter(self, name: str) -> None:
        self._shelter = name

    def confirm(self) -> bool:
        """Asked before anything happens (tests replace this)."""
        answer = QMessageBox.question(
            self,
            "TJ Desk",
            self.tr(
                "Change the vault key now? The vault closes for a moment (up to a minute on a "
                "large vault); have a printer or a safe place ready for the new recovery key."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def change_key(self) -> None:
        ctx = self._ctx
        worker, vault = ctx.worker, getattr(ctx, "vault", None)
        if worker is None or vault is None or ctx.user is None:
            return
        if not self.confirm():
            return
        self.rotate_button.setEnabled(False)
        self.busy.show()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Changing the key… Please wait."))
        panel = self

        def done(outcome: RotationOutcome) -> None:
            # Settled here, whatever became of this panel meanwhile (a lock destroys it).
            if ctx.user is None or ctx.worker is not worker:
                # Locked or signed out meanwhile: this worker belongs to no session.
                outcome.worker.close(timeout=0)
                if outcome.recovery_key is not None:
                    # rotate.py's audit entry tells every administrator (recovery_key_notice).
                    log.warning("vault key changed during a lock: new recovery key not shown")
                return
            # The session carries on with the worker (and key) that now opens the vault.
            ctx.worker = outcome.worker
            ctx.vault = outcome.vault
            if isValid(panel):
                panel._show_outcome(outcome)

        def failed(err: BaseException) -> None:
            if isValid(panel):
                panel._crashed(err)

        # Owned by the context (it lives for the whole run), so the result is never dropped.
        self.rotation = run_in_background(
            ctx, lambda: rotate_with_worker_closed(worker, vault), done, failed
        )

    def _show_outcome(self, outcome: RotationOutcome) -> None:
        self.rotate_button.setEnabled(True)
        self.busy.hide()
        if outcome.error is not None or outcome.recovery_key is None:
            message = self._failure_text(outcome.error or RuntimeError())
            self.status.setStyleSheet("color: #b3261e;")
            self.status.setText(message)
            self.failed.emit(message)
            return
        self.status.setStyleSheet("")
        self.status.setText(self.tr("The vault key was changed. Store the new recovery key now."))
        self.key_dialog = NewRecoveryKeyDialog(
            outcome.recovery_key, self._shelter, self, outcome.root_fingerprint
        )
        self.key_dialog.accepted.connect(self._key_stored)
        self.key_dialog.accepted.connect(self._renew_screens)
        self.key_dialog.open()
        self.rotated.emit()

    def _key_stored(self) -> None:
        """The administrator ticked that the new key is stored: audited, the warning goes."""
        worker, user = self._ctx.worker, self._ctx.user
        if worker is None or user is None:
            return
        # On the context, not this panel: the screens are built again right after.
        run_in_vault(
            self._ctx, worker, lambda db: confirm_stored(db, user), lambda _: key_news.stored.emit()
        )

    def _renew_screens(self) -> None:
        # Screens that kept the old (closed) worker are built again on the new one; later,
        # from the event loop, because this panel is one of them.
        window = self.window()
        rebuild = getattr(window, "rebuild_areas", None)
        if callable(rebuild):
            QTimer.singleShot(0, window, rebuild)

    def _crashed(self, err: BaseException) -> None:
        # Reopening failed too: the session cannot go on; the next sign-in settles the vault.
        self.rotate_button.setEnabled(True)
        self.busy.hide()
        message = self._failure_text(err)
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setText(message)
        self.failed.emit(message)

    def _failure_text(self, err: BaseException) -> str:
        """Our errors in their own words. Anything else may have come after the database was
        re-keyed (reopening it failed): "nothing was changed" could be false, so the panel
        says what to do instead (the next sign-in finishes a change cut short)."""
        if not isinstance(err, TJDeskError):
            log.error("the key change failed: %s", type(err).__name__)
        return error_text(
            err,
            self.tr(
                "The change of the vault's key may not have finished. Sign in again before "
                "doing anything else: signing in finishes it and says what to do next."
            ),
        )


def _shelter_name(db: Database) -> str:
    value = db.scalar("SELECT value FROM settings WHERE key = ?", (SETTING_SHELTER_NAME,))
    return str(value or "")
