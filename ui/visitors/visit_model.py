"""The list of visits as a Qt table model (read-only; rows come from the vault worker)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from tjdesk.visits.visit_log import VisitSummary
from ui.visitors.labels import tr, visit_time_text

_Index = QModelIndex | QPersistentModelIndex


class VisitListModel(QAbstractTableModel):
    COLUMNS = ("when", "organisation", "purpose", "visitors", "host", "sheets", "checklist")

    def __init__(self, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[VisitSummary] = []
        self._language = language
        # code -> the sheet's language name ("ภาษาไทย", "English"): the list says which
        # sheets were given in words, not as codes ("th, en").
        self.language_names: dict[str, str] = {}

    def set_rows(self, rows: Sequence[VisitSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def visit_at(self, row: int) -> VisitSummary:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            tr("Date and time"),
            tr("Organisation"),
            tr("Purpose"),
            tr("Visitors"),
            tr("Host"),
            tr("Sheets"),
            tr("Checklist"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        visit = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "when":
                return visit_time_text(visit.visit_at, self._language)
            if column == "organisation":
                return visit.organisation
            if column == "purpose":
                return visit.purpose
            if column == "visitors":
                return str(visit.visitor_count)
            if column == "host":
                return visit.host
            if column == "sheets":
                text = ", ".join(self.language_names.get(c) or c for c in visit.languages)
                return text + (" " + tr("(printed)") if visit.printed else "")
            if column == "checklist":
                done = sum((visit.briefed, visit.sheet_signed, visit.devices_deposited))
                return tr("%1 of 3 done").replace("%1", str(done))
        if role == Qt.ItemDataRole.ToolTipRole and column == "checklist":
            marks = []
            for done, label in (
                (visit.briefed, tr("Briefed")),
                (visit.sheet_signed, tr("Sheet signed")),
                (visit.devices_deposited, tr("Devices deposited")),
            ):
                marks.append(("\u2713 " if done else "\u2717 ") + label)
            return "\n".join(marks)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "visitors":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
