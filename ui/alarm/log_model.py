"""The alarm log: incidents read from the vault's ``alarm_log`` table, as a Qt model.

``alarm_log`` (schema 002, by the alarm-core engineer) holds the journal's entries one per row.
:func:`load_incidents` runs **on the vault worker** (through ``ui.ops.run_in_vault``): it
imports new journal entries first (when ``tjdesk.alarm.vault_import`` is there), reads the rows
and folds them into incidents: one per alarm (raised, acknowledged, escalated, reset), one per
drill press, one per fault (set, cleared). Rows are read by column name, and a JSON column
holding the whole entry is understood too, so the table's exact layout matters little.

Nothing here holds client data: times, room, device, source, staff names and reasons only.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from tjdesk import safe_json
from tjdesk.i18n import QT_TRANSLATE_NOOP
from ui.alarm.state import source_name

KIND_ALARM = "alarm"
KIND_TEST = "test"
KIND_FAULT = "fault"
KIND_SERVICE = "service"  # the alarm service stopped or started: the room unprotected or again
KIND_NAMES = {
    KIND_ALARM: QT_TRANSLATE_NOOP("AlarmLog", "Alarm"),
    KIND_TEST: QT_TRANSLATE_NOOP("AlarmLog", "Drill press"),
    KIND_FAULT: QT_TRANSLATE_NOOP("AlarmLog", "Fault"),
    KIND_SERVICE: QT_TRANSLATE_NOOP("AlarmLog", "Alarm service"),
}
SERVICE_EVENT_NAMES = {
    "service_started": QT_TRANSLATE_NOOP("AlarmLog", "Started"),
    "service_stopped": QT_TRANSLATE_NOOP("AlarmLog", "Stopped (room not protected)"),
}
REASON_NAMES = {
    "real": QT_TRANSLATE_NOOP("AlarmLog", "Real incident"),
    "accidental": QT_TRANSLATE_NOOP("AlarmLog", "Accidental press"),
    "drill": QT_TRANSLATE_NOOP("AlarmLog", "Drill"),
}
_JSON_COLUMNS = ("entry", "data", "detail", "payload", "json")
_INDEX_ONLY = ("journal_id", "seq", "imported_at")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AlarmLog", text)


def parse_time(value: object) -> datetime | None:
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(float(value), UTC)
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass
class Incident:
    key: str
    kind: str
    at: datetime
    room: str = ""
    device: str = ""
    source: str = ""  # BTN/UI/HOTKEY/LOOP_SHORT, or the fault code
    acknowledged_by: str | None = None
    acknowledged_at: datetime | None = None
    escalation: int = 0
    closed_by: str | None = None  # reset by, for alarms
    closed_at: datetime | None = None  # reset, or fault cleared
    reason: str | None = None

    @property
    def test(self) -> bool:
        return self.kind == KIND_TEST

    @property
    def seconds_to_acknowledge(self) -> float | None:
        if self.acknowledged_at is None:
            return None
        return max(0.0, (self.acknowledged_at - self.at).total_seconds())


def normalise_row(row: dict[str, Any]) -> dict[str, Any]:
    """One ``alarm_log`` row as a journal entry (``event``, ``id``, ``at``, ``by`` ...)."""
    entry: dict[str, Any] = {}
    for column in _JSON_COLUMNS:
        raw = row.get(column)
        if isinstance(raw, str) and raw.startswith("{"):
            try:
                parsed = safe_json.loads(raw)
            except ValueError:
                continue
            if isinstance(parsed, dict):
                entry.update(parsed)
    for key, value in row.items():
        if key in _JSON_COLUMNS or value is None:
            continue
        entry.setdefault(key, value)
    aliases = {
        "event": ("kind", "event_type"),
        "id": ("alarm_id",),
        "by": ("by_user", "actor", "user"),
        "code": ("fault", "fault_code"),
    }
    for name, others in aliases.items():
        for other in others:
            if entry.get(name) is None and entry.get(other) is not None:
                entry[name] = entry[other]
    return entry


def incidents_from_entries(entries: list[dict[str, Any]]) -> list[Incident]:
    incidents: list[Incident] = []
    alarms: dict[str, Incident] = {}
    open_faults: dict[tuple[str, str], Incident] = {}
    room = ""
    for number, entry in enumerate(entries):
        kind = entry.get("event")
        at = parse_time(entry.get("at"))
        if at is None:
            continue
        room = str(entry.get("room") or room)
        alarm_id = str(entry.get("id") or "")
        if kind == "alarm" or kind == "test_press":
            test = kind == "test_press" or bool(entry.get("test"))
            if kind == "alarm" and test and alarm_id in alarms:
                continue
            incident = Incident(
                key=alarm_id or f"row{number}",
                kind=KIND_TEST if test else KIND_ALARM,
                at=at,
                room=str(entry.get("room") or room),
                device=str(entry.get("device") or ""),
                source=str(entry.get("source") or ""),
            )
            incidents.append(incident)
            if alarm_id and not test:
                alarms[alarm_id] = incident
        elif kind == "acknowledged" and alarm_id in alarms:
            incident = alarms[alarm_id]
            if incident.acknowledged_at is None:
                incident.acknowledged_by = str(entry.get("by") or "")
                incident.acknowledged_at = at
        elif kind == "escalated" and alarm_id in alarms:
            alarms[alarm_id].escalation = max(
                alarms[alarm_id].escalation, int(entry.get("level") or 0)
            )
        elif kind == "reset" and alarm_id in alarms:
            incident = alarms[alarm_id]
            incident.closed_by = str(entry.get("by") or "")
            incident.closed_at = at
            incident.reason = str(entry.get("reason") or "")
        elif kind == "fault":
            device, code = str(entry.get("device") or ""), str(entry.get("code") or "")
            incident = Incident(
                key=f"fault{number}", kind=KIND_FAULT, at=at, room=room, device=device, source=code
            )
            incidents.append(incident)
            open_faults[(device, code)] = incident
        elif kind in SERVICE_EVENT_NAMES:
            incidents.append(
                Incident(
                    key=f"service{number}",
                    kind=KIND_SERVICE,
                    at=at,
                    room=room,
                    source=str(kind),
                    closed_by=str(entry.get("by") or "") or None,
                )
            )
        elif kind == "fault_cleared":
            found = open_faults.pop(
                (str(entry.get("device") or ""), str(entry.get("code") or "")), None
            )
            if found is not None:
                found.closed_at = at
    return incidents


def load_incidents(db: Any, journal: Path | None = None) -> list[Incident]:
    """Runs on the vault worker thread. Imports new journal entries, then reads the log."""
    if journal is not None and journal.exists():
        try:
            from tjdesk.alarm.vault_import import import_journal
        except ImportError:  # the importer is not there yet: show what the vault holds
            import_journal = None
        if import_journal is not None:
            import_journal(db, journal)
    columns = {row["name"] for row in db.query("PRAGMA table_info(alarm_log)")}
    if not columns:
        return []
    order = ", ".join(c for c in ("at", "seq", "id") if c in columns) or "rowid"
    rows = db.query(f"SELECT * FROM alarm_log ORDER BY {order}")  # noqa: S608 - names checked
    return incidents_from_entries([normalise_row(row) for row in rows])


# --------------------------------------------------------------------------- Qt model


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    whole = int(round(seconds))
    if whole < 60:
        return _tr("%1 s").replace("%1", str(whole))
    return _tr("%1 min %2 s").replace("%1", str(whole // 60)).replace("%2", str(whole % 60))


def local(moment: datetime | None) -> str:
    from ui import dates, i18n

    if moment and i18n.current_language() == "th":
        return dates.datetime_text(moment, "th", seconds=True)  # Buddhist Era, Thai months
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S") if moment else ""


class AlarmLogModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("AlarmLog", "When"),
        QT_TRANSLATE_NOOP("AlarmLog", "Room"),
        QT_TRANSLATE_NOOP("AlarmLog", "Kind"),
        QT_TRANSLATE_NOOP("AlarmLog", "Source or fault"),
        QT_TRANSLATE_NOOP("AlarmLog", "Device"),
        QT_TRANSLATE_NOOP("AlarmLog", "Acknowledged by"),
        QT_TRANSLATE_NOOP("AlarmLog", "Time to acknowledge"),
        QT_TRANSLATE_NOOP("AlarmLog", "Reset or cleared"),
        QT_TRANSLATE_NOOP("AlarmLog", "Reason"),
    )
    ACK_COLUMN = 6
    IncidentRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._incidents: list[Incident] = []

    def set_incidents(self, incidents: list[Incident]) -> None:
        self.beginResetModel()
        self._incidents = list(incidents)
        self.endResetModel()

    def incidents(self) -> list[Incident]:
        return list(self._incidents)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._incidents)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._incidents):
            return None
        incident = self._incidents[index.row()]
        column = index.column()
        if role == self.IncidentRole:
            return incident
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return self._sort_key(incident, column)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return local(incident.at)
        if column == 1:
            return incident.room
        if column == 2:
            return _tr(KIND_NAMES[incident.kind])
        if column == 3:
            if incident.kind == KIND_SERVICE:
                return _tr(SERVICE_EVENT_NAMES.get(incident.source, ""))
            return incident.source if incident.kind == KIND_FAULT else source_name(incident.source)
        if column == 4:
            return incident.device
        if column == 5:
            if incident.acknowledged_by:
                return incident.acknowledged_by
            return _tr("nobody") if incident.kind == KIND_ALARM else ""
        if column == 6:
            return format_duration(incident.seconds_to_acknowledge)
        if column == 7:
            who = incident.closed_by or ""
            if incident.kind == KIND_SERVICE:
                return who  # who stopped it (a start from the app or at login names nobody)
            return " ".join(t for t in (local(incident.closed_at), who) if t)
        if column == 8:
            return _tr(REASON_NAMES[incident.reason]) if incident.reason in REASON_NAMES else ""
        return None

    @staticmethod
    def _sort_key(incident: Incident, column: int) -> Any:
        if column == 0:
            return incident.at.timestamp()
        if column == 6:
            seconds = incident.seconds_to_acknowledge
            return float("inf") if seconds is None else seconds
        if column == 7:
            return incident.closed_at.timestamp() if incident.closed_at else 0.0
        return None


class AlarmLogFilter(QSortFilterProxyModel):
    """Date range, room, kind (real alarm / drill press / fault), slowest answers only."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.date_from: date | None = None
        self.date_to: date | None = None
        self.room = ""
        self.kind = ""
        self.min_ack_seconds = 0
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_filters(
        self,
        *,
        date_from: QDate | date | None = None,
        date_to: QDate | date | None = None,
        room: str = "",
        kind: str = "",
        min_ack_seconds: int = 0,
    ) -> None:
        self.beginFilterChange()
        self.date_from = date_from.toPython() if isinstance(date_from, QDate) else date_from
        self.date_to = date_to.toPython() if isinstance(date_to, QDate) else date_to
        self.room = room
        self.kind = kind
        self.min_ack_seconds = min_ack_seconds
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self,
        source_row: int,  # noqa: N802
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        model = self.sourceModel()
        incident = model.data(model.index(source_row, 0, source_parent), AlarmLogModel.IncidentRole)
        if not isinstance(incident, Incident):
            return False
        day = incident.at.astimezone().date()
        if self.date_from and day < self.date_from:
            return False
        if self.date_to and day > self.date_to:
            return False
        if self.room and incident.room != self.room:
            return False
        if self.kind and incident.kind != self.kind:
            return False
        if self.min_ack_seconds:
            if incident.kind != KIND_ALARM:
                return False
            seconds = incident.seconds_to_acknowledge
            if seconds is not None and seconds < self.min_ack_seconds:
                return False
        return True

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,  # noqa: N802
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        a = left.data(Qt.ItemDataRole.UserRole)
        b = right.data(Qt.ItemDataRole.UserRole)
        if a is None or b is None:
            return str(left.data()) < str(right.data())
        return bool(a < b)

    def visible_incidents(self) -> list[Incident]:
        return [
            self.index(row, 0).data(AlarmLogModel.IncidentRole) for row in range(self.rowCount())
        ]


def monthly_response(incidents: list[Incident]) -> list[tuple[str, float, int]]:
    """(month "YYYY-MM", median seconds to acknowledge, alarms answered) for real alarms."""
    by_month: dict[str, list[float]] = {}
    for incident in incidents:
        seconds = incident.seconds_to_acknowledge
        if incident.kind != KIND_ALARM or seconds is None:
            continue
        by_month.setdefault(incident.at.astimezone().strftime("%Y-%m"), []).append(seconds)
    return [
        (month, statistics.median(values), len(values))
        for month, values in sorted(by_month.items())
    ]
