"""Settings an administrator sets for everyone at this workstation: the idle-lock time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.admin.failures import failure_text
from ui.context import MAX_IDLE_LOCK_MINUTES, MIN_IDLE_LOCK_MINUTES, AppContext
from ui.ops import run_in_vault
from ui.signin.session import read_idle_lock_minutes, write_idle_lock_minutes


class SettingsPanel(QWidget):
    saved = Signal(int)  # minutes

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_panel")
        self._ctx = ctx
        self.idle_minutes = QSpinBox(objectName="idle_minutes")
        self.idle_minutes.setRange(MIN_IDLE_LOCK_MINUTES, MAX_IDLE_LOCK_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(max(MIN_IDLE_LOCK_MINUTES, ctx.idle_lock_ms // 60_000))
        self.idle_minutes.setMinimumWidth(110)
        self.save_button = QPushButton(self.tr("Save"), objectName="save_settings")
        self.status = QLabel(objectName="status", wordWrap=True)
        explain = QLabel(
            self.tr(
                "The screen locks after this long without keyboard or mouse use (at most "
                "%1 minutes). Shorter is safer on a shared computer."
            ).replace("%1", str(MAX_IDLE_LOCK_MINUTES)),
            wordWrap=True,
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Lock when idle for"), self.idle_minutes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        if ctx.worker is not None:
            run_in_vault(self, ctx.worker, read_idle_lock_minutes, self.idle_minutes.setValue)

    def save(self) -> None:
        worker, actor = self._ctx.worker, self._ctx.user
        if worker is None or actor is None:
            return
        minutes = self.idle_minutes.value()
        self.save_button.setEnabled(False)

        def done(stored: int) -> None:
            self.save_button.setEnabled(True)
            self._ctx.set_idle_lock_ms(stored * 60_000)
            self.status.setText(self.tr("Saved."))
            self.saved.emit(stored)

        def failed(err: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.status.setText(failure_text(err))

        run_in_vault(
            self, worker, lambda db: write_idle_lock_minutes(db, minutes, actor), done, failed
        )
