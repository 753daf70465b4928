"""Copy new alarm journal entries into the vault's alarm log and audit trail.

Runs on the vault worker whenever someone is signed in (the service itself never holds the
vault key). Idempotent: entries are keyed by (journal id, sequence number), so importing the
same journal twice adds nothing. Each imported alarm event also gets one audit entry, in the
same transaction, so the two never disagree.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tjdesk import audit
from tjdesk.alarm.journal import read_entries
from tjdesk.vault.database import Database

# Entries worth an audit line: people's actions, alarms, drills, faults, the service itself.
# (connected/disconnected pair with DEVICE_LOST faults; "latched" is bookkeeping.)
AUDITED = frozenset(
    {
        "alarm",
        "activation",
        "acknowledged",
        "escalated",
        "reset",
        "test_started",
        "test_ended",
        "test_press",
        "fault",
        "fault_cleared",
        "service_started",
        "service_stopped",
        "config_reloaded",
        # Signed alarm commands (signed_commands.py): who signed and who was refused.
        "command_signed",
        "command_refused",
    }
)
_DETAIL_KEYS = (
    "seq",
    "at",
    "source",
    "device",
    "room",
    "reason",
    "level",
    "code",
    "test",
    "cmd",
    "os_user",
)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def import_journal(db: Database, journal_path: Path) -> int:
    """Import entries not yet in ``alarm_log``; returns how many were added."""
    entries = list(read_entries(Path(journal_path)))
    header = next((e for e in entries if e.get("seq") == 0), None)
    journal_id = str(header.get("journal_id", "")) if header else ""
    added = 0
    with db.transaction():
        row = db.query_one(
            "SELECT MAX(seq) AS last FROM alarm_log WHERE journal_id = ?", (journal_id,)
        )
        last = int(row["last"]) if row and row["last"] is not None else 0
        for entry in entries:
            seq = entry.get("seq")
            if not isinstance(seq, int) or seq <= last or seq < 1:
                continue
            event = str(entry.get("event", ""))
            if not event or not isinstance(entry.get("at"), str):
                continue
            level = entry.get("level")
            db.execute(
                "INSERT INTO alarm_log (journal_id, seq, at, event, alarm_id, source, device,"
                " room, actor, reason, level, code, test, entry)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    journal_id,
                    seq,
                    entry["at"],
                    event,
                    _text(entry.get("id")),
                    _text(entry.get("source")),
                    _text(entry.get("device")),
                    _text(entry.get("room")),
                    _text(entry.get("by")),
                    _text(entry.get("reason")),
                    level if isinstance(level, int) else None,
                    _text(entry.get("code")),
                    1 if entry.get("test") is True else 0,
                    json.dumps(entry, ensure_ascii=False, separators=(",", ":")),
                ),
            )
            added += 1
            if event in AUDITED:
                detail = {k: entry[k] for k in _DETAIL_KEYS if entry.get(k) not in (None, "")}
                audit.record(
                    db,
                    _text(entry.get("by")),
                    f"alarm.{event}",
                    target_type="alarm",
                    target_id=_text(entry.get("id")),
                    detail=json.dumps(detail, ensure_ascii=False, separators=(",", ":")),
                )
    return added
