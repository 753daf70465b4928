"""The audit trail as a Qt table model, loaded a page at a time on the vault worker.

The view asks for more rows as it scrolls (canFetchMore/fetchMore); each page comes back by
queued signal, so the GUI thread never holds more than the pages a person has scrolled to and
never waits on the vault.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from tjdesk.audit_view import PAGE_SIZE, AuditFilter, AuditPage, search
from ui.admin.audit_actions import action_text, detail_text, record_type_text
from ui.ops import run_in_vault

Index = QModelIndex | QPersistentModelIndex

try:  # Buddhist Era dates in Thai; ISO until ui/dates.py is in the tree
    from ui.dates import datetime_text as _datetime_text
except ImportError:  # pragma: no cover - depends on another part
    _datetime_text = None


def when_text(at: str, language: str | None) -> str:
    if _datetime_text is not None:
        try:
            return str(_datetime_text(at, language, seconds=True))
        except Exception:  # noqa: BLE001 - a bad stamp still shows, as stored
            return at
    return at[:19].replace("T", " ")


class AuditModel(QAbstractTableModel):
    page_loaded = Signal()  # after each page (tests wait on this)
    failed = Signal(object)  # the exception

    def __init__(self, ctx: Any, parent: QObject | None = None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._ctx = ctx
        self._page_size = page_size
        self._rows: list[dict[str, Any]] = []
        self._filter = AuditFilter()
        self._total = 0
        self._loading = False
        self._generation = 0  # a page for an older filter is dropped

    # --------------------------------------------------------------------------- loading

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, where: AuditFilter) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._total = 0
        self.endResetModel()
        self._filter = where
        self._load(0)

    def _load(self, offset: int) -> None:
        worker, actor = self._ctx.worker, self._ctx.user
        if worker is None:
            return
        self._loading = True
        generation, where, size = self._generation, self._filter, self._page_size
        run_in_vault(
            self,
            worker,
            lambda db: search(db, actor, where, offset=offset, limit=size),
            lambda page: self._on_page(generation, page),
            lambda err: self._on_error(generation, err),
        )

    def _on_page(self, generation: int, page: AuditPage) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._total = page.total
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.page_loaded.emit()

    def _on_error(self, generation: int, err: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.failed.emit(err)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self._load(len(self._rows))

    # ------------------------------------------------------------------------------ model

    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Record type"),
            self.tr("Record"),
            self.tr("Detail"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 7

    def row(self, number: int) -> dict[str, Any]:
        return self._rows[number]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(entry["seq"])
            if column == 1:
                return when_text(str(entry["at"]), getattr(self._ctx, "language", None))
            if column == 2:
                return entry["actor"] or self.tr("(system)")
            if column == 3:
                return action_text(str(entry["action"]))
            if column == 4:
                return (
                    "" if entry["target_type"] is None else record_type_text(entry["target_type"])
                )
            if column == 6:
                detail = "" if entry["detail"] is None else str(entry["detail"])
                return detail_text(str(entry["action"]), detail)
            key = ("seq", "at", "actor", "action", "target_type", "target_id", "detail")[column]
            value = entry[key]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 4, 6):
            # the code, as `tjdesk audit` and exports show it
            value = entry[{3: "action", 4: "target_type", 6: "detail"}[column]]
            return None if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole and column == 3:
            return str(entry["action"])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = self.headers()
            return names[section] if 0 <= section < len(names) else None
        return None
