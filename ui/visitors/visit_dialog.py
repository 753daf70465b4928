"""The visit form: record a visit now, or pre-register a group ahead with its names."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tjdesk.visits.visit_log import MAX_VISITORS, Visit, VisitInput, VisitorName
from ui.date_field import DateTimeField
from ui.visitors.labels import visit_time_text


def parse_names(text: str) -> tuple[VisitorName, ...]:
    """One visitor a line; an organisation may follow a semicolon ("Jane Doe; UNODC")."""
    names = []
    for line in text.splitlines():
        name, _, organisation = line.partition(";")
        if name.strip():
            names.append(VisitorName(name.strip(), organisation.strip()))
    return tuple(names)


def names_text(names: tuple[VisitorName, ...]) -> str:
    return "\n".join(f"{n.name}; {n.organisation}" if n.organisation else n.name for n in names)


class VisitDialog(QDialog):
    """Emits ``submitted`` with the form's VisitInput; the area saves it and then closes the
    dialog, or shows the service's message here and keeps everything the user typed.

    At a lock or quick-hide, ``keep_draft`` (given by the area) is handed what was typed, to
    keep in the vault as this user's draft; it is offered back at their next sign-in."""

    submitted = Signal(object)

    def __init__(
        self,
        languages: Mapping[str, str],
        *,
        ui_language: str = "en",
        visit: Visit | None = None,
        now: datetime.datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit visit") if visit else self.tr("New visit"))
        self.keep_draft: Callable[[dict[str, Any]], None] | None = None
        self.forget_draft: Callable[[], None] | None = None  # at Cancel: drop what was kept
        self.kept_at_lock = False
        self._ui_language = ui_language
        self.visit_id: int | None = visit.id if visit else None
        start = (
            visit.visit_at
            if visit
            else (now or datetime.datetime.now()).replace(second=0, microsecond=0)
        )

        self.when = DateTimeField(QDateTime(start))
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_read_back = QLabel(objectName="when_read_back")
        self.when.dateTimeChanged.connect(self._show_when)
        self.organisation = QLineEdit(maxLength=200)
        self.purpose = QLineEdit(maxLength=500)
        self.count = QSpinBox(minimum=1, maximum=MAX_VISITORS)
        self.host = QLineEdit(maxLength=200)
        self.names = QPlainTextEdit()
        self.names.setPlaceholderText(
            self.tr("Optional, for the signature lines: one visitor a line, e.g.\nJane Doe; UNODC")
        )
        self.names.setTabChangesFocus(True)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)

        self.language_boxes: dict[str, QCheckBox] = {}
        sheets = QWidget()
        sheets_row = QHBoxLayout(sheets)
        sheets_row.setContentsMargins(0, 0, 0, 0)
        for code, name in languages.items():
            box = QCheckBox(f"{name} ({code})")
            box.setChecked(code in (visit.languages if visit else ("th", "en")))
            self.language_boxes[code] = box
            sheets_row.addWidget(box)
        sheets_row.addStretch(1)

        self.briefed = QCheckBox(self.tr("Briefed"))
        self.sheet_signed = QCheckBox(self.tr("Sheet signed"))
        self.devices_deposited = QCheckBox(self.tr("Phones and cameras deposited"))
        checklist = QGroupBox(self.tr("Checklist"))
        checklist_row = QHBoxLayout(checklist)
        for box in (self.briefed, self.sheet_signed, self.devices_deposited):
            checklist_row.addWidget(box)
        checklist_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Date and time"), self.when)
        form.addRow("", self.when_read_back)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Number of visitors"), self.count)
        form.addRow(self.tr("Staff host"), self.host)
        form.addRow(self.tr("Sheets given in"), sheets)
        form.addRow(self.tr("Names"), self.names)
        form.addRow(self.tr("Notes"), self.notes)

        self.error = QLabel(objectName="visit_error", wordWrap=True)
        self.error.setProperty("role", "error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(checklist)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if visit is not None:
            self.organisation.setText(visit.organisation)
            self.purpose.setText(visit.purpose)
            self.count.setValue(visit.visitor_count)
            self.host.setText(visit.host)
            self.names.setPlainText(names_text(visit.visitors))
            self.notes.setPlainText(visit.notes)
            self.briefed.setChecked(visit.briefed)
            self.sheet_signed.setChecked(visit.sheet_signed)
            self.devices_deposited.setChecked(visit.devices_deposited)
        self._show_when()
        self.resize(560, 620)
        self._as_opened = self.draft()  # kept at a lock only if changed from this

    def _show_when(self) -> None:
        moment = self.when.dateTime().toPython()
        assert isinstance(moment, datetime.datetime)
        # Both eras, so a year typed in the wrong one is caught before it is saved.
        thai, english = visit_time_text(moment, "th"), visit_time_text(moment, "en")
        first, second = (thai, english) if self._ui_language.startswith("th") else (english, thai)
        self.when_read_back.setText(f"{first}  ({second})")

    def visit_input(self) -> VisitInput:
        moment = self.when.dateTime().toPython()
        assert isinstance(moment, datetime.datetime)
        names = parse_names(self.names.toPlainText())
        return VisitInput(
            visit_at=moment.replace(second=0, microsecond=0, tzinfo=None),
            organisation=self.organisation.text(),
            visitor_count=self.count.value(),
            purpose=self.purpose.text(),
            host=self.host.text(),
            languages=tuple(code for code, box in self.language_boxes.items() if box.isChecked()),
            visitors=names,
            briefed=self.briefed.isChecked(),
            sheet_signed=self.sheet_signed.isChecked(),
            devices_deposited=self.devices_deposited.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def submit(self) -> None:
        names = parse_names(self.names.toPlainText())
        if len(names) > self.count.value():
            # More names than the head count: count them rather than refuse.
            self.count.setValue(min(len(names), MAX_VISITORS))
        self.error.hide()
        self.buttons.setEnabled(False)
        self.submitted.emit(self.visit_input())

    def show_error(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(message)
        self.error.show()

    # --- what was typed, kept at a lock -----------------------------------------------------

    def draft(self) -> dict[str, Any]:
        return {
            "when": self.when.dateTime().toString("yyyy-MM-ddTHH:mm"),
            "organisation": self.organisation.text(),
            "purpose": self.purpose.text(),
            "count": self.count.value(),
            "host": self.host.text(),
            "languages": [code for code, box in self.language_boxes.items() if box.isChecked()],
            "names": self.names.toPlainText(),
            "notes": self.notes.toPlainText(),
            "briefed": self.briefed.isChecked(),
            "sheet_signed": self.sheet_signed.isChecked(),
            "devices_deposited": self.devices_deposited.isChecked(),
        }

    def apply_draft(self, draft: Mapping[str, Any]) -> None:
        when = QDateTime.fromString(str(draft.get("when", "")), "yyyy-MM-ddTHH:mm")
        if when.isValid():
            self.when.setDateTime(when)
        self.organisation.setText(str(draft.get("organisation", "")))
        self.purpose.setText(str(draft.get("purpose", "")))
        count = draft.get("count")
        if isinstance(count, int):
            self.count.setValue(count)
        self.host.setText(str(draft.get("host", "")))
        wanted = set(draft.get("languages") or [])
        for code, box in self.language_boxes.items():
            box.setChecked(code in wanted)
        self.names.setPlainText(str(draft.get("names", "")))
        self.notes.setPlainText(str(draft.get("notes", "")))
        self.briefed.setChecked(bool(draft.get("briefed")))
        self.sheet_signed.setChecked(bool(draft.get("sheet_signed")))
        self.devices_deposited.setChecked(bool(draft.get("devices_deposited")))

    def keep_draft_at_lock(self) -> None:
        """The screen is locking or hiding (ui/main_window.KEEP_DRAFT_METHOD)."""
        self.kept_at_lock = True
        if self.keep_draft is not None and self.draft() != self._as_opened:
            self.keep_draft(self.draft())

    def reject(self) -> None:
        if not self.kept_at_lock and self.forget_draft is not None:
            self.forget_draft()
        super().reject()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        # Enter in a one-line field must not save a half-filled form.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.focusNextChild()
            return
        super().keyPressEvent(event)
