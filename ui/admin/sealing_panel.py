"""Administration > Sealed sections: the recovery identity, and handing cases over.

A vault made before sealed sections has no recovery identity, and no section can be sealed
without one. An administrator makes it here (as ``tjdesk recovery-identity`` does): it is
shown once, with the recovery key, on a sheet to print or save as PDF, never stored; then
what was left in the clear is sealed. A vault that has one says so, and offers the handover
of a case with the recovery identity (ui/cases/handover_dialog.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from tjdesk.vault import recovery
from tjdesk.vault.database import Database
from tjdesk.vault.sealing import recovery_recipient
from tjdesk.vault.vault import format_recovery_key
from ui.admin.key_panel import NewRecoveryKeyDialog, _shelter_name
from ui.cases.session_dialog import error_text
from ui.ops import run_in_vault


class SealingPanel(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sealing_panel")
        self._ctx = ctx
        self._shelter = ""
        self.identity_dialog: NewRecoveryKeyDialog | None = None
        self.handover_dialog: QWidget | None = None
        self.state = QLabel(objectName="recovery_state", wordWrap=True)
        self.make_button = QPushButton(
            self.tr("Make the recovery identity…"), objectName="make_recovery_identity"
        )
        self.make_button.hide()
        self.make_button.clicked.connect(self.make_identity)
        self.handover_button = QPushButton(self.tr("Hand over a case…"), objectName="open_handover")
        self.handover_button.clicked.connect(self.open_handover)
        handover_text = QLabel(
            self.tr(
                "When everyone who could read part of a case has left, hand the case over to "
                "a new case worker with the recovery identity from the recovery sheet."
            ),
            wordWrap=True,
        )
        self.status = QLabel(objectName="status", wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.make_button)
        row.addStretch(1)
        handover_row = QHBoxLayout()
        handover_row.addWidget(self.handover_button)
        handover_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(handover_text)
        layout.addLayout(handover_row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        if ctx.worker is not None:
            run_in_vault(self, ctx.worker, _recovery_state, self._show_state, self._failed)

    def _show_state(self, state: tuple[bool, str]) -> None:
        has_identity, self._shelter = state
        if has_identity:
            self.state.setText(
                self.tr(
                    "This vault has its recovery identity. It is not stored on this computer: "
                    "it is on the recovery sheet, beside the recovery key."
                )
            )
            self.make_button.hide()
            self.handover_button.setEnabled(True)
            return
        self.state.setText(
            self.tr(
                "This vault was made before case sections were sealed and has no recovery "
                "identity yet. Until it has one, notes and identities stay protected only by "
                "the vault key, which every signed-in colleague holds. Make it now: it is "
                "shown once, with the recovery key, to print or save as PDF."
            )
        )
        self.make_button.show()
        self.handover_button.setEnabled(False)

    def confirm(self) -> bool:
        """Asked before anything happens (tests replace this)."""
        answer = QMessageBox.question(
            self,
            "TJ Desk",
            self.tr(
                "Make the recovery identity now? Have a printer or a safe place ready: it is "
                "shown only once. Then every case section is sealed, which can take a minute."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def make_identity(self) -> None:
        if self._ctx.worker is None or not self.confirm():
            return
        self.make_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Making the recovery identity and sealing… Please wait."))
        run_in_vault(
            self, self._ctx.worker, recovery.make_for_older_vault, self._made, self._failed
        )

    def _made(self, made: tuple[str, int]) -> None:
        secret, sealed = made
        vault = getattr(self._ctx, "vault", None)
        sheet = recovery.format_recovery_identity(secret)
        if vault is not None:  # the sheet holds both, as at set-up
            sheet = format_recovery_key(vault.key) + "\n\n" + sheet
        self.make_button.setEnabled(True)
        self._show_state((True, self._shelter))
        self.status.setText(
            self.tr("Recovery identity made; case sections sealed: %1.").replace("%1", str(sealed))
        )
        self.identity_dialog = NewRecoveryKeyDialog(
            sheet,
            self._shelter,
            self,
            intro=self.tr(
                "This is the recovery sheet with the new recovery identity (the lines starting "
                "AGE-SECRET-KEY-1) below the recovery key. It is shown only now and is not "
                "stored anywhere. Print it or save it as PDF, keep it locked away from this "
                "computer, and destroy the old recovery sheet."
            ),
            stored_text=self.tr("I have stored the recovery sheet in a safe place"),
        )
        self.identity_dialog.open()

    def open_handover(self) -> QWidget:
        from ui.cases.handover_dialog import HandoverDialog

        dialog = HandoverDialog(self._ctx.worker, self._ctx.user, None, parent=self)
        self.handover_dialog = dialog
        dialog.open()
        return dialog

    def _failed(self, error: BaseException) -> None:
        self.make_button.setEnabled(True)
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setText(error_text(error))


def _recovery_state(db: Database) -> tuple[bool, str]:
    return recovery_recipient(db) is not None, _shelter_name(db)
