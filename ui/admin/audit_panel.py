"""The audit trail for administrators: who looked at or changed what, and whether the trail holds.

Filters answer the usual questions ("who viewed case X", "what did user Y do this week"); rows
come a page at a time from the vault worker (audit_model.py). "Check the audit trail" walks the
hash chain; "Export an audit checkpoint..." (the chain's head) writes the last entry's number
and hash to a file kept off the machine (and prints it), and "Check against an exported
checkpoint..." later catches a rewrite of the whole trail. Every search, check and export is
itself audited (tjdesk/audit_view.py), which also refuses anyone who is not an administrator or
director.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tjdesk import audit, audit_report
from tjdesk.audit_view import (
    AuditFilter,
    check_trail,
    export_head,
    journal_head,
    read_head_file,
)
from tjdesk.vault.database import Database
from ui.admin.audit_actions import (
    FILTER_CHOICES,
    choice_text,
    record_type_code,
    record_type_text,
)
from ui.admin.audit_model import AuditModel
from ui.admin.failures import failure_text
from ui.date_field import DateField
from ui.fonts import MONO_FAMILY
from ui.ops import run_in_vault


def _local_midnight_utc(day: QDate) -> datetime:
    local = datetime.combine(day.toPython(), time()).astimezone()  # this computer's zone
    return local.astimezone(UTC)


MAX_COLUMN_WIDTH = 520  # px: the other columns stay on screen


class AuditPanel(QWidget):
    checked = Signal(object)  # audit.Verdict, after each check
    head_exported = Signal(object)  # the written head document
    failed = Signal(str)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_panel")
        self._ctx = ctx
        self.model = AuditModel(ctx, self)
        self.last_head: dict[str, Any] | None = None

        self.actor_edit = QLineEdit(objectName="filter_actor")
        self.actor_edit.setPlaceholderText(self.tr("any user"))
        self.action_combo = QComboBox(objectName="filter_action")
        self.action_combo.setEditable(True)
        self.action_combo.addItem("", None)
        for code, label in FILTER_CHOICES:
            self.action_combo.addItem(choice_text(label), code)
        self.action_combo.lineEdit().setPlaceholderText(self.tr("any action"))
        self.type_edit = QLineEdit(objectName="filter_type")
        self.type_edit.setPlaceholderText(
            self.tr("e.g. %1").replace("%1", record_type_text("case"))
        )
        self.id_edit = QLineEdit(objectName="filter_id")
        self.id_edit.setPlaceholderText(self.tr("any"))
        self.dates_box = QCheckBox(self.tr("Only from"), objectName="filter_dates")
        today = QDate.currentDate()
        self.since_edit = DateField(today.addDays(-7), objectName="filter_since")
        self.until_edit = DateField(today, objectName="filter_until")
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.dates_box.toggled.connect(self.since_edit.setEnabled)
        self.dates_box.toggled.connect(self.until_edit.setEnabled)
        self.show_button = QPushButton(self.tr("Show"), objectName="apply_filter")
        self.week_button = QPushButton(self.tr("Last 7 days"), objectName="this_week")
        self.clear_button = QPushButton(self.tr("Clear filters"), objectName="clear_filter")

        filters = QGridLayout()
        for row, column, text, field in (
            (0, 0, self.tr("User"), self.actor_edit),
            (0, 2, self.tr("Action"), self.action_combo),
            (1, 0, self.tr("Record type"), self.type_edit),
            (1, 2, self.tr("Record number"), self.id_edit),
        ):
            label = QLabel(text)
            label.setBuddy(field)  # screen readers name the field by its label
            filters.addWidget(label, row, column)
            filters.addWidget(field, row, column + 1)
        dates = QHBoxLayout()
        dates.addWidget(self.dates_box)
        dates.addWidget(self.since_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.until_edit)
        dates.addStretch(1)
        filters.addLayout(dates, 2, 0, 1, 4)
        filter_buttons = QHBoxLayout()
        filter_buttons.addWidget(self.show_button)
        filter_buttons.addWidget(self.week_button)
        filter_buttons.addWidget(self.clear_button)
        filter_buttons.addStretch(1)
        filters.addLayout(filter_buttons, 3, 0, 1, 4)

        self.view = QTableView(objectName="audit_view")
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.view.setAccessibleName(self.tr("Audit trail"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((60, 170, 110, 170, 100, 80)):
            self.view.setColumnWidth(column, width)
        self.count_label = QLabel(objectName="count")

        self.verify_button = QPushButton(self.tr("Check the audit trail"), objectName="verify")
        self.export_button = QPushButton(
            self.tr("Export an audit checkpoint…"), objectName="export_head"
        )
        self.print_button = QPushButton(self.tr("Print the checkpoint…"), objectName="print_head")
        self.print_button.setEnabled(False)
        self.compare_button = QPushButton(
            self.tr("Check against an exported checkpoint…"), objectName="compare_head"
        )
        self.result_label = QLabel(objectName="verdict", wordWrap=True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        checks = QHBoxLayout()
        for button in (
            self.verify_button,
            self.export_button,
            self.print_button,
            self.compare_button,
        ):
            checks.addWidget(button)
        checks.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(checks)
        layout.addWidget(self.result_label)

        self.show_button.clicked.connect(self.apply_filter)
        self.actor_edit.returnPressed.connect(self.apply_filter)
        self.id_edit.returnPressed.connect(self.apply_filter)
        self.type_edit.returnPressed.connect(self.apply_filter)
        self.week_button.clicked.connect(self.last_seven_days)
        self.clear_button.clicked.connect(self.clear_filter)
        self.verify_button.clicked.connect(lambda: self.check())
        self.export_button.clicked.connect(self.export_head)
        self.compare_button.clicked.connect(self.compare_with_head)
        self.print_button.clicked.connect(self.print_head)
        self.model.page_loaded.connect(self._show_count)
        self.model.failed.connect(lambda err: self._fail(failure_text(err)))
        self.apply_filter()

    # --------------------------------------------------------------------------- filters

    def current_filter(self) -> AuditFilter:
        since = until = None
        if self.dates_box.isChecked():
            first, last = self.since_edit.date(), self.until_edit.date()
            if last < first:
                first, last = last, first
            since = _local_midnight_utc(first)
            until = _local_midnight_utc(last) + timedelta(days=1)  # the whole last day
        return AuditFilter(
            actor=self.actor_edit.text().strip() or None,
            action=self.current_action(),
            target_type=record_type_code(self.type_edit.text()) or None,
            target_id=self.id_edit.text().strip() or None,
            since=since,
            until=until,
        )

    def current_action(self) -> str | None:
        """A choice's code, or what was typed (an action code, or a prefix ending in ".")."""
        text = self.action_combo.currentText().strip()
        if not text:
            return None
        index = self.action_combo.findText(text)
        if index > 0:
            return str(self.action_combo.itemData(index))
        return text

    def apply_filter(self) -> None:
        self.count_label.setText(self.tr("Loading…"))
        self.model.set_filter(self.current_filter())

    def last_seven_days(self) -> None:
        today = QDate.currentDate()
        self.since_edit.setDate(today.addDays(-6))
        self.until_edit.setDate(today)
        self.dates_box.setChecked(True)
        self.apply_filter()

    def clear_filter(self) -> None:
        for edit in (self.actor_edit, self.type_edit, self.id_edit):
            edit.clear()
        self.action_combo.setCurrentIndex(0)
        self.action_combo.setEditText("")
        self.dates_box.setChecked(False)
        self.apply_filter()

    def _fit_columns(self) -> None:
        """Widen "When" and "What" to their longest text on show (an action's description is
        a sentence; cut off, it told the reader nothing). Only ever wider, up to a cap."""
        metrics = self.view.fontMetrics()
        rows = range(min(self.model.rowCount(), 200))
        for column in (1, 3):
            texts = [str(self.model.index(r, column).data() or "") for r in rows]
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max([metrics.horizontalAdvance(t) for t in texts] + [0])
            widest = max(widest, metrics.horizontalAdvance(title) + 24) + 24
            if widest > self.view.columnWidth(column):
                self.view.setColumnWidth(column, min(widest, MAX_COLUMN_WIDTH))

    def _show_count(self) -> None:
        self._fit_columns()
        shown, total = self.model.rowCount(), self.model.total
        if total == 0:
            self.count_label.setText(self.tr("No entries match."))
        else:
            self.count_label.setText(
                self.tr("Showing %1 of %2 entries, newest first.")
                .replace("%1", str(shown))
                .replace("%2", str(total))
            )

    # ---------------------------------------------------------------------------- checks

    def _vault_id(self) -> str:
        vault = getattr(self._ctx, "vault", None)
        return str(vault.vault_id) if vault is not None else ""

    def check(self, head_file: dict[str, Any] | None = None) -> None:
        worker, actor, vault_id = self._ctx.worker, self._ctx.user, self._vault_id()
        if worker is None:
            return
        self.verify_button.setEnabled(False)
        self.result_label.setText(self.tr("Checking every entry…"))

        alarm_folder = getattr(self._ctx.alarm, "alarm_dir", None)

        def work(db: Database) -> audit.Verdict:
            # Without a chosen file, the newest head kept in the alarm journal (issue 14).
            head = head_file
            if head is None and alarm_folder is not None:
                head = journal_head(alarm_folder, vault_id)
            return check_trail(db, actor, vault_id, head)

        run_in_vault(self, worker, work, self._show_verdict, self._fail)

    def verdict_text(self, verdict: audit.Verdict) -> str:
        """The report in plain words: the first bad entry (who, what, when), users nobody
        certified, and the root key fingerprints beside "compare with your recovery sheet"."""

        def translate(text: str) -> str:
            return QCoreApplication.translate(audit_report.CONTEXT, text)

        return "\n".join(line.filled(translate) for line in audit_report.describe(verdict))

    def _show_verdict(self, verdict: audit.Verdict) -> None:
        self.verify_button.setEnabled(True)
        self.result_label.setProperty("role", "" if verdict.intact else "error")
        self.result_label.setStyleSheet("" if verdict.intact else "color: #b3261e;")
        self.result_label.setText(self.verdict_text(verdict))
        self.checked.emit(verdict)

    def _fail(self, text: str | BaseException) -> None:
        message = text if isinstance(text, str) else failure_text(text)
        self.verify_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.result_label.setStyleSheet("color: #b3261e;")
        self.result_label.setText(message)
        self.failed.emit(message)

    # ------------------------------------------------------------------------- the head

    def choose_export_path(self) -> str:
        """The file the head is written to (tests replace this)."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export an audit checkpoint"),
            str(Path.home() / "tjdesk-audit-head.json"),
            self.tr("Audit checkpoint (*.json)"),
        )
        return path

    def choose_head_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an exported audit checkpoint"),
            str(Path.home()),
            self.tr("Audit checkpoint (*.json);;All files (*)"),
        )
        return path

    def export_head(self) -> None:
        worker, actor, vault_id = self._ctx.worker, self._ctx.user, self._vault_id()
        path = self.choose_export_path()
        if worker is None or not path:
            return
        target = Path(path)
        self.export_button.setEnabled(False)
        run_in_vault(
            self,
            worker,
            lambda db: export_head(db, actor, vault_id, target),
            lambda document: self._exported(document, target),
            self._fail,
        )

    def _exported(self, document: dict[str, Any], target: Path) -> None:
        self.export_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.last_head = document
        self.result_label.setStyleSheet("")
        self.result_label.setText(
            self.tr(
                "Checkpoint written to %1 (entry %2). Keep the file, or a printout, away from this "
                "computer. Hash: %3"
            )
            .replace("%1", str(target))
            .replace("%2", str(document["seq"]))
            .replace("%3", str(document["hash"]))
        )
        self.head_exported.emit(document)

    def compare_with_head(self) -> None:
        path = self.choose_head_file()
        if not path:
            return
        try:
            document = read_head_file(Path(path))
        except Exception as err:  # noqa: BLE001 - shown in plain words, nothing changes
            self._fail(failure_text(err))
            return
        self.check(document)

    def head_sheet_html(self) -> str:
        head = self.last_head or {}
        heading = html.escape(self.tr("TJ Desk audit checkpoint"))
        entry = html.escape(self.tr("Entry number:"))
        exported = html.escape(self.tr("Exported:"))
        advice = html.escape(
            self.tr(
                "Keep this sheet away from the computer. If a later check against it fails, "
                "the audit trail was rewritten."
            )
        )
        digest = html.escape(str(head.get("hash", "")))
        when = html.escape(str(head.get("exported_at", "")))
        return (
            f"<h2>{heading}</h2><p>{entry} {int(head.get('seq', 0))}</p>"
            f"<p style=\"font-family: '{MONO_FAMILY}'; font-size: 14pt\">{digest}</p>"
            f"<p>{exported} {when}</p><p>{advice}</p>"
        )

    def print_head(self) -> None:
        if self.last_head is None:
            return
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("TJ Desk")
        dialog = QPrintPreviewDialog(printer, self)
        document = QTextDocument()
        document.setHtml(self.head_sheet_html())
        dialog.paintRequested.connect(document.print_)
        dialog.exec()
