"""The alarm log: incidents from alarm_log rows, filters, response times per month."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QDate

from tests.helpers.db import vault_worker  # noqa: F401
from tjdesk.actors import Actor, Role
from ui.alarm.area import AlarmArea
from ui.alarm.log_model import (
    KIND_ALARM,
    KIND_FAULT,
    KIND_TEST,
    AlarmLogFilter,
    AlarmLogModel,
    incidents_from_entries,
    monthly_response,
    normalise_row,
)

SHOTS = Path(os.environ.get("TJDESK_SHOTS", "/tmp/tjdesk-shots"))

ENTRIES = [
    {
        "seq": 1,
        "event": "alarm",
        "id": "37.1",
        "source": "BTN",
        "device": "panicbox:/dev/ttyACM0",
        "room": "Room 1",
        "at": "2026-09-03T02:00:00Z",
        "test": False,
    },
    {
        "seq": 2,
        "event": "acknowledged",
        "id": "37.1",
        "by": "Somchai",
        "at": "2026-09-03T02:00:20Z",
    },
    {
        "seq": 3,
        "event": "reset",
        "id": "37.1",
        "by": "Malee",
        "reason": "real",
        "at": "2026-09-03T02:10:00Z",
    },
    {
        "seq": 4,
        "event": "alarm",
        "id": "H.5",
        "source": "UI",
        "device": "sim:",
        "room": "Room 2",
        "at": "2026-10-10T08:00:00Z",
        "test": False,
    },
    {"seq": 5, "event": "escalated", "id": "H.5", "level": 1, "at": "2026-10-10T08:00:30Z"},
    {"seq": 6, "event": "acknowledged", "id": "H.5", "by": "Anan", "at": "2026-10-10T08:01:30Z"},
    {
        "seq": 7,
        "event": "reset",
        "id": "H.5",
        "by": "Anan",
        "reason": "accidental",
        "at": "2026-10-10T08:05:00Z",
    },
    {
        "seq": 8,
        "event": "test_started",
        "until": "2026-10-11T08:02:00Z",
        "by": "Anan",
        "at": "2026-10-11T08:00:00Z",
    },
    {
        "seq": 9,
        "event": "test_press",
        "device": "sim:",
        "source": "BTN",
        "test": True,
        "at": "2026-10-11T08:00:10Z",
    },
    {
        "seq": 10,
        "event": "fault",
        "device": "sim:",
        "code": "LOOP_OPEN",
        "at": "2026-10-12T01:00:00Z",
    },
    {
        "seq": 11,
        "event": "fault_cleared",
        "device": "sim:",
        "code": "LOOP_OPEN",
        "at": "2026-10-12T01:05:00Z",
    },
    {
        "seq": 12,
        "event": "alarm",
        "id": "H.6",
        "source": "HOTKEY",
        "device": "sim:",
        "room": "Room 2",
        "at": "2026-10-20T08:00:00Z",
        "test": False,
    },
]


def test_incidents_pair_alarms_with_their_answer_and_reset():
    incidents = incidents_from_entries(ENTRIES)
    kinds = [i.kind for i in incidents]
    assert kinds == [KIND_ALARM, KIND_ALARM, KIND_TEST, KIND_FAULT, KIND_ALARM]
    first, second, drill, fault, open_alarm = incidents
    assert first.acknowledged_by == "Somchai" and first.seconds_to_acknowledge == 20
    assert first.closed_by == "Malee" and first.reason == "real"
    assert second.escalation == 1 and second.seconds_to_acknowledge == 90
    assert drill.test and drill.acknowledged_by is None
    assert fault.source == "LOOP_OPEN" and fault.closed_at is not None
    assert open_alarm.seconds_to_acknowledge is None


def test_rows_with_a_json_column_are_understood():
    row = {"journal_id": "abc", "seq": 4, "event": "alarm", "entry": json.dumps(ENTRIES[3])}
    entry = normalise_row(row)
    assert entry["id"] == "H.5" and entry["room"] == "Room 2"
    assert normalise_row({"kind": "reset", "alarm_id": "x", "by_user": "A"})["by"] == "A"


def test_filters_by_date_room_kind_and_slow_answers(qtbot):
    model = AlarmLogModel()
    model.set_incidents(incidents_from_entries(ENTRIES))
    proxy = AlarmLogFilter()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 5
    proxy.set_filters(room="Room 1")
    assert [i.key for i in proxy.visible_incidents()] == ["37.1"]
    proxy.set_filters(kind=KIND_TEST)
    assert [i.kind for i in proxy.visible_incidents()] == [KIND_TEST]
    proxy.set_filters(date_from=QDate(2026, 10, 1), date_to=QDate(2026, 10, 11))
    assert {i.key for i in proxy.visible_incidents()} == {"H.5", "row8"}
    proxy.set_filters(min_ack_seconds=60)  # slow or never answered
    assert {i.key for i in proxy.visible_incidents()} == {"H.5", "H.6"}
    proxy.set_filters()
    ack_column = [model.index(r, AlarmLogModel.ACK_COLUMN).data() for r in range(5)]
    assert ack_column[:2] == ["20 s", "1 min 30 s"]


def test_monthly_response_uses_real_answered_alarms_only():
    months = monthly_response(incidents_from_entries(ENTRIES))
    assert months == [("2026-09", 20.0, 1), ("2026-10", 90.0, 1)]


def seed_alarm_log(db, entries) -> None:
    """Put entries where the area reads them: the real table if schema 002 made it, else a
    stand-in with one JSON column per entry (what normalise_row understands)."""
    columns = [r["name"] for r in db.query("PRAGMA table_info(alarm_log)")]
    with db.transaction():
        if not columns:
            db.execute("CREATE TABLE alarm_log (seq INTEGER, at TEXT, event TEXT, entry TEXT)")
            for e in entries:
                db.execute(
                    "INSERT INTO alarm_log VALUES (?, ?, ?, ?)",
                    (e["seq"], e["at"], e["event"], json.dumps(e)),
                )
            return
        for e in entries:
            row = normalise_row(e)
            values = {c: row.get(c) for c in columns if c in row}
            for json_column in ("entry", "data", "detail", "payload", "json"):
                if json_column in columns:
                    values[json_column] = json.dumps(e)
            if "journal_id" in columns:
                values["journal_id"] = "test-journal"
            names = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            db.execute(f"INSERT INTO alarm_log ({names}) VALUES ({marks})", tuple(values.values()))


def test_the_area_loads_the_log_from_the_vault_off_the_gui_thread(qtbot, controller, vault_worker):  # noqa: F811
    vault_worker.call(lambda db: seed_alarm_log(db, ENTRIES))
    ctx = SimpleNamespace(
        alarm=controller, user=Actor(1, "Somchai", Role.DIRECTOR), worker=vault_worker
    )
    area = AlarmArea(ctx)
    qtbot.addWidget(area)
    area.resize(1000, 720)
    area.date_from.setDate(QDate(2026, 1, 1))
    area.date_to.setDate(QDate(2026, 12, 31))
    area.show()
    qtbot.waitUntil(lambda: area.log_model.rowCount() == 5, timeout=10000)
    assert area.room_filter.count() == 3  # all rooms, Room 1, Room 2
    assert [m[0] for m in area.chart.months()] == ["2026-09", "2026-10"]
    area.tabs.setCurrentIndex(1)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert area.grab().save(str(SHOTS / "area-log.png"))
    area.kind_filter.setCurrentIndex(area.kind_filter.findData(KIND_FAULT))
    assert area.log_filter.rowCount() == 1
    assert "1 of 5" in area.log_status.text()


def test_opening_the_log_imports_new_journal_entries_into_the_vault(
    qtbot,
    controller,
    vault_worker,  # noqa: F811
):
    from tjdesk.alarm.journal import AlarmJournal
    from tjdesk.alarm.paths import journal_path

    journal = AlarmJournal(journal_path(controller.alarm_dir))
    for entry in ENTRIES[:3]:
        journal.append({k: v for k, v in entry.items() if k != "seq"})
    ctx = SimpleNamespace(
        alarm=controller, user=Actor(1, "Somchai", Role.DIRECTOR), worker=vault_worker
    )
    area = AlarmArea(ctx)
    qtbot.addWidget(area)
    area.date_from.setDate(QDate(2026, 1, 1))
    area.date_to.setDate(QDate(2026, 12, 31))
    area.show()
    qtbot.waitUntil(lambda: area.log_model.rowCount() == 1, timeout=10000)
    incident = area.log_model.incidents()[0]
    assert (incident.key, incident.acknowledged_by, incident.closed_by) == (
        "37.1",
        "Somchai",
        "Malee",
    )
    rows = vault_worker.call(lambda db: db.query("SELECT event FROM alarm_log ORDER BY seq"))
    assert [r["event"] for r in rows] == ["alarm", "acknowledged", "reset"]
    area.reload_log()  # importing again adds nothing
    qtbot.waitUntil(lambda: area.log_loads == 2, timeout=10000)
    assert area.log_model.rowCount() == 1
