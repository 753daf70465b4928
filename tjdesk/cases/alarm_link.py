"""Alarms linked to a session: any alarm raised in its room while it was in progress.

The link is computed from the alarm log (schema 002_alarm.sql, owned by the alarm engine)
each time a session is shown, so an alarm imported from the alarm journal after the session
was recorded is linked too, and nothing has to be kept in step. The alarm log holds no client
data: times, room, device, event, who.
"""

from __future__ import annotations

from datetime import datetime

from tjdesk.cases.records import LinkedAlarm
from tjdesk.cases.times import load_time, store_time
from tjdesk.vault.database import Database

# Column names tried in order, so a rename in the alarm schema degrades to "no alarms shown"
# rather than an error on every session.
_TIME_COLUMNS = ("at", "raised_at", "time", "occurred_at")
_ID_COLUMNS = ("alarm_id", "event_id", "id")
_KIND_COLUMNS = ("event", "kind", "event_kind")


def _columns(db: Database, table: str) -> list[str]:
    return [str(r["name"]) for r in db.query(f"PRAGMA table_info({table})")]


def alarms_in_room_between(
    db: Database, room: str, starts_at: datetime, ends_at: datetime
) -> list[LinkedAlarm]:
    if not room:
        return []
    columns = _columns(db, "alarm_log")
    if not columns or "room" not in columns:
        return []
    time_col = next((c for c in _TIME_COLUMNS if c in columns), None)
    id_col = next((c for c in _ID_COLUMNS if c in columns), None)
    if time_col is None or id_col is None:
        return []
    kind_col = next((c for c in _KIND_COLUMNS if c in columns), None)
    # Only the raising of an alarm links it (not its acknowledgement or reset).
    kind_sql = f" AND {kind_col} = 'alarm'" if kind_col else ""
    # julianday() reads both '+00:00' and 'Z' forms of UTC, whatever the alarm log stores.
    rows = db.query(
        f"SELECT {id_col} AS alarm_id, {time_col} AS at, room FROM alarm_log"
        f" WHERE room = ? AND julianday({time_col}) BETWEEN julianday(?) AND julianday(?)"
        f"{kind_sql} ORDER BY {time_col}",
        (room, store_time(starts_at), store_time(ends_at)),
    )
    return [LinkedAlarm(str(r["alarm_id"]), load_time(str(r["at"])), str(r["room"])) for r in rows]
