"""Visitor settings: how long visits are kept, and the shelter address printouts are checked
against (the address is kept in the vault only to make sure it is never printed)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tjdesk.actors import Actor
from tjdesk.vault.database import Database
from tjdesk.vault.worker import VaultWorker
from tjdesk.visits import settings
from tjdesk.visits.access import VisitAction, may
from ui.visitors.labels import error_text, show_warning
from ui.visitors.vault_calls import call_vault


class VisitorSettingsDialog(QDialog):
    def __init__(self, worker: VaultWorker, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Visitor settings"))
        self._worker = worker
        self._user = user
        self._loaded: tuple[int, str] | None = None
        self.retention = QSpinBox(
            minimum=settings.MIN_RETENTION_DAYS, maximum=settings.MAX_RETENTION_DAYS
        )
        self.retention.setSuffix(self.tr(" days"))
        self.retention.setEnabled(may(user, VisitAction.SET_RETENTION))
        self.address = QPlainTextEdit()
        self.address.setEnabled(may(user, VisitAction.SET_ADDRESS))
        self.address.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Keep visits for"), self.retention)
        form.addRow(self.tr("Shelter address"), self.address)
        hint = QLabel(
            self.tr(
                "Visits older than this are deleted automatically (the deletion is audited). "
                "The address is never printed: sheets are checked against it and it is cut "
                "out wherever it appears."
            ),
            wordWrap=True,
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        call_vault(
            self,
            worker,
            lambda db: (settings.retention_days(db), settings.shelter_address(db)),
            VisitorSettingsDialog._show,
            VisitorSettingsDialog._failed,
        )

    def _show(self, values: tuple[int, str]) -> None:
        self._loaded = values
        self.retention.setValue(values[0])
        self.address.setPlainText(values[1])
        self.buttons.setEnabled(True)

    def save(self) -> None:
        if self._loaded is None:
            return
        user, days, address = self._user, self.retention.value(), self.address.toPlainText()
        old_days, old_address = self._loaded

        def write(db: Database) -> None:
            with db.transaction():
                if days != old_days:
                    settings.set_retention_days(db, user, days)
                if address.strip() != old_address:
                    settings.set_shelter_address(db, user, address)

        self.buttons.setEnabled(False)
        call_vault(
            self, self._worker, write, lambda me, _r: me.accept(), VisitorSettingsDialog._failed
        )

    def _failed(self, err: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_warning(self, self.windowTitle(), error_text(err))
