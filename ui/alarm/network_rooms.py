"""Every room of the alarm network, as this station's service knows it: a Qt table model.

One row per other room (name, state, who answered, whether its computer is on the network).
Only places and staff names: never client data.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ui.alarm.state import local_time

STATE_COLORS = {"alarm": "#B71C1C", "acknowledged": "#E65100", "fault": "#B71C1C"}


class NetworkRoomsModel(QAbstractTableModel):
    COLUMNS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rooms: list[dict[str, Any]] = []

    def set_rooms(self, rooms: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rooms = [dict(r) for r in rooms]
        self.endResetModel()

    def room(self, row: int) -> dict[str, Any]:
        return dict(self._rooms[row])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rooms)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Room"),
                self.tr("State"),
                self.tr("Answered by"),
                self.tr("Room computer"),
            )[section]
        return None

    def state_text(self, room: dict[str, Any]) -> str:
        state = str(room.get("state"))
        since = local_time(room.get("since"))
        texts = {
            "ready": self.tr("Calm"),
            "alarm": self.tr("ALARM since %1").replace("%1", since),
            "acknowledged": self.tr("ALARM, answered at %1").replace("%1", since),
            "test": self.tr("Drill"),
            "fault": self.tr("Not protected (%1)").replace(
                "%1", ", ".join(str(f) for f in room.get("faults") or [])
            ),
        }
        return texts.get(state, state)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        room = self._rooms[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            color = STATE_COLORS.get(str(room.get("state")))
            return QColor(color) if color else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return str(room.get("room_name") or room.get("room_id") or "")
        if column == 1:
            return self.state_text(room)
        if column == 2:
            return str(room.get("acknowledged_by") or "")
        if column == 3:
            if room.get("station_online"):
                return self.tr("on the network")
            return self.tr("NOT on the network")
        return None
