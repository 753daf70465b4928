"""Alarms linked to a session: any alarm raised in its room while it was in progress.

The link is computed from the alarm log (schema 002_alarm.sql, owned by the alarm engine)
each time a session is shown, so an alarm imported from the alarm journal after the session
was recorded is linked too, and nothing has to be kept in step. The alarm log holds no client
data: times, room, device, event, who. Drill presses (``test = 1``) are not linked.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from tjdesk.cases.records import LinkedAlarm
from tjdesk.cases.times import load_time, store_time
from tjdesk.vault.database import Database


def alarms_in_room_between(
    db: Database, room: str, starts_at: datetime, ends_at: datetime
) -> list[LinkedAlarm]:
    if not room:
        return []
    # The alarm log's times are ISO 8601 UTC but may end in 'Z' or '+00:00', with or without
    # fractions: the text range (one second wider, for the index) finds candidates and
    # julianday() decides exactly.
    rows = db.query(
        "SELECT alarm_id, at, room FROM alarm_log"
        " WHERE event = 'alarm' AND test = 0 AND room = ?"
        " AND at >= ? AND at <= ?"
        " AND julianday(at) BETWEEN julianday(?) AND julianday(?)"
        " ORDER BY at",
        (
            room,
            store_time(starts_at - timedelta(seconds=1))[:19],
            store_time(ends_at + timedelta(seconds=1)),
            store_time(starts_at),
            store_time(ends_at),
        ),
    )
    return [
        LinkedAlarm(
            str(r["alarm_id"] or ""), load_time(str(r["at"]).replace("Z", "+00:00")), str(r["room"])
        )
        for r in rows
    ]
