"""Journal entries reach the vault's alarm log and audit trail, once each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.db import db  # noqa: F401
from tjdesk import audit
from tjdesk.alarm.engine import AlarmEngine
from tjdesk.alarm.journal import AlarmJournal
from tjdesk.alarm.vault_import import import_journal

from .fakes import FakeClock, FakeDriver, Trace


def run_an_alarm(path: Path) -> AlarmJournal:
    journal = AlarmJournal(path)
    button = FakeDriver("sim:", Trace())
    engine = AlarmEngine(
        [button], journal=journal.append, announce=lambda e: None, clock=FakeClock()
    )
    button.start(engine.on_device_event)
    button.press()
    engine.acknowledge("nok")
    engine.reset("nok", "accidental", room_checked=True)
    return journal


def test_import_copies_each_entry_once_with_an_audit_line(db, tmp_path):  # noqa: F811
    path = tmp_path / "journal.jsonl"
    journal = run_an_alarm(path)
    assert import_journal(db, path) == 3
    rows = db.query("SELECT event, actor, reason, alarm_id, device FROM alarm_log ORDER BY seq")
    assert [r["event"] for r in rows] == ["alarm", "acknowledged", "reset"]
    assert rows[2]["actor"] == "nok" and rows[2]["reason"] == "accidental"
    assert rows[0]["device"] == "sim:" and rows[0]["alarm_id"] == rows[2]["alarm_id"]
    actions = [r["action"] for r in db.query("SELECT action FROM audit_log ORDER BY seq")]
    assert actions[-3:] == ["alarm.alarm", "alarm.acknowledged", "alarm.reset"]
    assert audit.verify(db).intact

    # a second import adds nothing; new entries come in after a restart of the service
    assert import_journal(db, path) == 0
    journal.append({"event": "service_stopped", "at": "2026-11-28T10:00:00.000000+00:00"})
    journal.close()
    assert import_journal(db, path) == 1
    assert db.query_one("SELECT COUNT(*) AS n FROM alarm_log")["n"] == 4


def test_a_new_journal_is_kept_apart(db, tmp_path):  # noqa: F811
    run_an_alarm(tmp_path / "a.jsonl").close()
    run_an_alarm(tmp_path / "b.jsonl").close()
    assert import_journal(db, tmp_path / "a.jsonl") == 3
    assert import_journal(db, tmp_path / "b.jsonl") == 3  # same seq numbers, other journal


def test_torn_last_line_is_not_imported(db, tmp_path):  # noqa: F811
    path = tmp_path / "journal.jsonl"
    run_an_alarm(path).close()
    with open(path, "ab") as f:
        f.write(b'{"seq": 4, "event": "ala')  # a crash in the middle of a write
    assert import_journal(db, path) == 3
    entries = [json.loads(r["entry"]) for r in db.query("SELECT entry FROM alarm_log")]
    assert all(e["seq"] <= 3 for e in entries)


def test_the_alarm_log_is_append_only(db, tmp_path):  # noqa: F811
    path = tmp_path / "journal.jsonl"
    run_an_alarm(path).close()
    import_journal(db, path)
    with pytest.raises(Exception, match="append-only"):
        with db.transaction():
            db.execute("DELETE FROM alarm_log")
