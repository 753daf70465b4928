"""Printing rule sheets: choose languages and layout, then preview, print or save a PDF.

The sheet is prepared on the vault worker (templates, the visit's names, Thai word breaks);
the page is then laid out and sent to Qt's print dialog, preview or a PDF on the GUI thread,
through ui.printing, the same code ``tjdesk sheet`` uses. A visit's print is recorded (the
exact template versions, and an audit entry) once the sheets have gone out.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tjdesk.actors import Actor
from tjdesk.vault.database import Database
from tjdesk.vault.worker import VaultWorker
from tjdesk.visits.sheet_service import (
    PreparedSheet,
    SheetOptions,
    prepare_blank_sheet,
    prepare_visit_sheet,
)
from tjdesk.visits.visit_log import record_print
from ui.date_field import DateField
from ui.printing import Printable, default_save_path, preview, print_with_dialog, write_pdf
from ui.visitors.labels import error_text, show_warning
from ui.visitors.printable import sheet_printable
from ui.visitors.vault_calls import call_vault


class SheetPrintDialog(QDialog):
    printed = Signal()  # sheets went to a printer or a PDF (and a visit's print was recorded)

    def __init__(
        self,
        worker: VaultWorker,
        user: Actor,
        languages: Mapping[str, str],
        *,
        visit_id: int | None = None,
        chosen: tuple[str, ...] = ("th", "en"),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._user = user
        self.visit_id = visit_id
        self.last_printable: Printable | None = None  # what was last sent out (for tests)
        self._output: tuple[str, Path | None] = ("preview", None)
        self.setWindowTitle(
            self.tr("Print the visit's sheets") if visit_id else self.tr("Print blank sheets")
        )

        self.language_boxes: dict[str, QCheckBox] = {}
        languages_row = QHBoxLayout()
        for code, name in languages.items():
            box = QCheckBox(f"{name} ({code})")
            box.setChecked(code in chosen)
            self.language_boxes[code] = box
            languages_row.addWidget(box)
        languages_row.addStretch(1)

        self.one_per_language = QRadioButton(self.tr("One sheet per language"))
        self.side_by_side = QRadioButton(
            self.tr("Side by side on one sheet (signatures on the back)")
        )
        self.one_per_language.setChecked(True)
        layout_group = QButtonGroup(self)
        layout_group.addButton(self.one_per_language)
        layout_group.addButton(self.side_by_side)
        layout_row = QHBoxLayout()
        layout_row.addWidget(self.one_per_language)
        layout_row.addWidget(self.side_by_side)
        layout_row.addStretch(1)

        self.thai_digits = QCheckBox(self.tr("Thai digits on the Thai sheet"))
        self.print_date = QCheckBox(self.tr("Print this date"))
        self.date = DateField(QDate.currentDate(), calendarPopup=True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setEnabled(False)
        self.print_date.toggled.connect(self.date.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.print_date)
        date_row.addWidget(self.date)
        date_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Languages"), languages_row)
        form.addRow(self.tr("Layout"), layout_row)
        form.addRow("", self.thai_digits)
        if visit_id is None:
            form.addRow(self.tr("Date"), date_row)
        note = QLabel(self.tr("The shelter's address is never printed on a sheet."), wordWrap=True)

        self.preview_button = QPushButton(self.tr("Preview…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        close_button = QPushButton(self.tr("Close"))
        self.preview_button.clicked.connect(self._preview_clicked)
        self.print_button.clicked.connect(self._print_clicked)
        self.pdf_button.clicked.connect(self._ask_pdf_path)
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)

    def _preview_clicked(self) -> None:
        self._prepare("preview")

    def _print_clicked(self) -> None:
        self._prepare("print")

    # --- options ------------------------------------------------------------------------

    def options(self) -> SheetOptions:
        chosen = tuple(code for code, box in self.language_boxes.items() if box.isChecked())
        day = self.date.date().toPython() if self.print_date.isChecked() else None
        assert day is None or isinstance(day, datetime.date)
        return SheetOptions(
            languages=chosen,
            side_by_side=self.side_by_side.isChecked(),
            thai_digits=self.thai_digits.isChecked(),
            date=day,
        )

    def _set_busy(self, busy: bool) -> None:
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(not busy)

    # --- the flow: prepare on the vault worker, print on the GUI thread, record -----------

    def _prepare(self, output: str, target: Path | None = None) -> None:
        """Prepare the sheet on the vault thread, then send it to ``output``: "preview",
        "print" or "pdf" (at ``target``)."""
        options = self.options()
        if not options.languages:
            show_warning(self, self.windowTitle(), self.tr("Choose at least one language."))
            return
        user, visit_id = self._user, self.visit_id

        def prepare(db: Database) -> PreparedSheet:
            if visit_id is None:
                return prepare_blank_sheet(db, options)
            return prepare_visit_sheet(db, user, visit_id, options)

        self._output = (output, target)
        self._set_busy(True)
        call_vault(
            self, self._worker, prepare, SheetPrintDialog._prepared, SheetPrintDialog._failed
        )

    def _prepared(self, prepared: PreparedSheet) -> None:
        self._set_busy(False)
        output, target = self._output
        printable = sheet_printable(prepared, self.side_by_side.isChecked())
        self.last_printable = printable
        if output == "preview":
            sent = preview(self, printable)
        elif output == "print":
            sent = print_with_dialog(self, printable)
        else:
            assert target is not None
            write_pdf(printable, target)
            sent = True
        if sent:
            self._after_output(prepared)
            if prepared.rendered.address_cuts:
                show_warning(
                    self,
                    self.windowTitle(),
                    self.tr(
                        "Something on the sheet matched the shelter's address and was left "
                        "off the printout. Check the visitors' names and organisations."
                    ),
                )

    def _ask_pdf_path(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save sheets as PDF"),
            default_save_path("visitor-sheets.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str | Path) -> None:
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self._prepare("pdf", target)

    def _after_output(self, prepared: PreparedSheet) -> None:
        if prepared.visit_id is None:
            self.printed.emit()
            return
        user, visit_id, ids = self._user, prepared.visit_id, dict(prepared.template_ids)
        call_vault(
            self,
            self._worker,
            lambda db: record_print(db, user, visit_id, ids),
            lambda me, _result: me.printed.emit(),
            SheetPrintDialog._failed,
        )

    def _failed(self, err: BaseException) -> None:
        self._set_busy(False)
        show_warning(self, self.windowTitle(), error_text(err))
