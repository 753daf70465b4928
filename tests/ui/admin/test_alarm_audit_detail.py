"""The Audit trail's Detail column says an alarm entry in words, not as the journal's JSON.

Seen in the last walkthrough: an administrator reading the trail after an alarm saw
``{"seq":3,"at":"...","source":"BTN","device":"sim:","reason":"accidental"}``.
"""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.helpers.db import db  # noqa: F401
from tests.tjdesk.alarm.test_vault_import import run_an_alarm
from tjdesk.alarm.vault_import import import_journal
from ui import i18n
from ui.admin.audit_actions import detail_text


def _alarm_details(db, path: Path) -> dict[str, str]:  # noqa: F811
    import_journal(db, path)
    rows = db.query("SELECT action, detail FROM audit_log WHERE action LIKE 'alarm.%'")
    return {r["action"]: detail_text(r["action"], r["detail"] or "") for r in rows}


def test_an_alarm_and_its_reset_are_said_in_words(db, tmp_path, qapp) -> None:  # noqa: F811
    path = tmp_path / "journal.jsonl"
    run_an_alarm(path).close()
    shown = _alarm_details(db, path)
    assert shown["alarm.alarm"] == "Source: hidden button · Device: sim:"
    assert shown["alarm.reset"] == "Reason: Accidental press"
    assert not any("{" in text for text in shown.values()), shown


def test_in_thai_the_detail_is_thai(db, tmp_path, qapp) -> None:  # noqa: F811
    path = tmp_path / "journal.jsonl"
    run_an_alarm(path).close()
    i18n.install_language("th")
    try:
        shown = {k: v.replace("\u200b", "") for k, v in _alarm_details(db, path).items()}
    finally:
        i18n.install_language("en")
    assert shown["alarm.alarm"] == "ที่มา: ปุ่มฉุกเฉินที่ติดตั้งซ่อนไว้ · อุปกรณ์: sim:", shown
    assert shown["alarm.reset"] == "เหตุผล: กดโดยไม่ตั้งใจ"


def test_signed_and_refused_commands_fault_and_drill(qapp, qtbot: QtBot) -> None:
    def shown(action: str, **fields: object) -> str:
        return detail_text(action, json.dumps(fields))

    assert (
        shown("alarm.command_signed", cmd="stop_service", os_user="reception")
        == "Command: stop the alarm service · Computer account: reception"
    )
    assert (
        shown("alarm.command_refused", cmd="reset", reason="The signature does not match.")
        == "Command: reset the alarm · Reason: The signature does not match."
    )
    assert (
        shown("alarm.fault", device="panicbox:COM3", code="LOOP_OPEN")
        == "The wire to the panic button panicbox:COM3 is cut."
    )
    assert shown("alarm.escalated", room="Counselling 1", level=2) == (
        "Room: Counselling 1 · Escalation level 2"
    )
    assert shown("alarm.test_press", source="UI", test=True) == (
        "Source: on-screen control · Drill"
    )


def test_a_detail_that_is_not_the_journals_json_is_shown_as_stored(qapp) -> None:
    for stored in ("", "not json", "[1, 2]", '"text"', "{"):
        assert detail_text("alarm.reset", stored) == stored
    # other entries' details are untouched
    assert detail_text("backup.create", '{"a":1}') == '{"a":1}'
