"""A table model that loads its rows a page at a time on the vault worker.

The GUI thread never waits: ``reload`` and ``fetchMore`` hand a page query to the vault worker
(ui.ops.run_in_vault) and rows are appended when the page comes back. A view asks for more
rows (fetchMore) as the user scrolls near the end, so opening a list of 100,000 sessions
touches one page. Sorting and filtering start again from the first page, in the database,
where the indexes are.

Each reload carries a generation number, so a late page from an older filter or sort is
dropped instead of being mixed into the new list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from tjdesk.vault.database import Database
from ui.ops import run_in_vault

Index = QModelIndex | QPersistentModelIndex
Row = dict[str, Any]
# (db, offset, limit, sort key or None, descending) -> rows
PageQuery = Callable[[Database, int, int, str | None, bool], list[Row]]


@dataclass(frozen=True)
class Column:
    key: str  # the row field shown
    title: str  # English source, context "CasesArea"
    sort: str | None = None  # the service's sort key; None: not sortable
    display: Callable[[Row], str] | None = None  # turns a row into the cell's text


class PagedTableModel(QAbstractTableModel):
    page_loaded = Signal(int)  # rows in the page that just arrived
    load_failed = Signal(object)  # the exception

    def __init__(self, columns: Sequence[Column], page_size: int = 200, parent: Any = None):
        super().__init__(parent)
        self._columns = list(columns)
        self._page_size = page_size
        self._rows: list[Row] = []
        self._texts: list[list[str]] = []
        self._query: PageQuery | None = None
        self._worker: Any = None
        self._generation = 0
        self._loading = False
        self._exhausted = True
        self.sort_key: str | None = None
        self.sort_descending = True

    # -- what the screen sets ---------------------------------------------------------------

    def set_source(self, worker: Any, query: PageQuery) -> None:
        """Show the rows ``query`` pages out, from the first page."""
        self._worker = worker
        self._query = query
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._texts = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self._load_next()

    def row_data(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def cell_text(self, row: int, column: int) -> str:
        return self._texts[row][column]

    @property
    def is_loading(self) -> bool:
        return self._loading

    # -- paging -------------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if self.canFetchMore(parent):
            self._load_next()

    def _load_next(self) -> None:
        if self._query is None or self._worker is None or self._loading or self._exhausted:
            return
        self._loading = True
        generation = self._generation
        offset = len(self._rows)
        query, size = self._query, self._page_size
        sort_key, descending = self.sort_key, self.sort_descending

        def page(db: Database) -> list[Row]:
            return query(db, offset, size, sort_key, descending)

        run_in_vault(
            self,
            self._worker,
            page,
            lambda rows: self._page_arrived(generation, rows),
            lambda err: self._page_failed(generation, err),
        )

    def _page_arrived(self, generation: int, rows: list[Row]) -> None:
        if generation != self._generation:
            return  # an older filter or sort
        self._loading = False
        self._exhausted = len(rows) < self._page_size
        if rows:
            first = len(self._rows)
            # Cell texts are made once per page, not on every paint.
            texts = [[self._cell_text(column, row) for column in self._columns] for row in rows]
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._texts.extend(texts)
            self.endInsertRows()
        self.page_loaded.emit(len(rows))

    def _page_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True
        self.load_failed.emit(error)

    # -- the table ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()].get("id")
        return None

    @staticmethod
    def _cell_text(column: Column, row: Row) -> str:
        if column.display is not None:
            return column.display(row)
        value = row.get(column.key)
        return "" if value is None else str(value)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return QCoreApplication.translate("CasesArea", self._columns[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self._columns)) or self._columns[column].sort is None:
            return
        key = self._columns[column].sort
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.sort_descending) and self._rows:
            return
        self.sort_key = key
        self.sort_descending = descending
        self.reload()
