"""The journal survives a crash in the middle of a write and keeps its numbering."""

from __future__ import annotations

import os

from tjdesk.alarm.journal import AlarmJournal, read_entries


def test_numbering_survives_a_restart_and_a_torn_line(tmp_path):
    path = tmp_path / "journal.jsonl"
    journal = AlarmJournal(path)
    first = journal.append({"event": "alarm", "id": "H.1", "at": "2026-11-28T10:00:00+00:00"})
    journal.close()
    with open(path, "ab") as f:
        f.write(b'{"seq": 2, "event": "ackn')  # power lost while writing
    journal = AlarmJournal(path)
    assert [e["seq"] for e in journal.history()] == [0, 1]
    second = journal.append({"event": "reset", "id": "H.1", "at": "2026-11-28T10:01:00+00:00"})
    journal.close()
    assert (first["seq"], second["seq"]) == (1, 2)
    entries = list(read_entries(path))
    assert [e["event"] for e in entries] == ["journal_created", "alarm", "reset"]
    assert len({e.get("journal_id") for e in entries if e["seq"] == 0}) == 1
    assert os.stat(path).st_mode & 0o777 == 0o600


def test_entries_hold_only_what_was_given(tmp_path):
    journal = AlarmJournal(tmp_path / "j.jsonl")
    written = journal.append({"event": "fault", "device": "sim:", "code": "LOOP_OPEN", "at": "x"})
    journal.close()
    assert set(written) == {"seq", "event", "device", "code", "at"}
