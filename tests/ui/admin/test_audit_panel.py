"""The audit tab: filters, the chain check in plain words, the exported head."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.admin.conftest import shot
from tjdesk import audit
from tjdesk.audit_view import AuditFilter, check_trail, read_head_file, search
from tjdesk.errors import AccessDenied
from ui.admin.audit_panel import AuditPanel
from ui.commands.audit import read_head_file as cli_read_head_file
from ui.context import AppContext


def _seed(made: MadeVault) -> None:
    # Each entry from its own person's session: entries are signed by whoever made them.
    for case_id, who in (("7", "ann"), ("7", "dora"), ("8", "ann"), ("7", "ann")):
        db = made.handles[who].open_database()
        try:
            audit.record(
                db,
                who,
                "case.view_section",
                target_type="case",
                target_id=case_id,
                detail="notes",
            )
        finally:
            db.close()
    db = made.handles["ann"].open_database()
    try:
        audit.record(db, "ann", "case.update_section", target_type="case", target_id="7")
    finally:
        db.close()


def _panel(qtbot: QtBot, ctx: AppContext) -> AuditPanel:
    panel = AuditPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 560)
    panel.show()
    qtbot.waitUntil(lambda: "Showing" in panel.count_label.text(), timeout=10_000)
    return panel


def _rows(panel: AuditPanel) -> list[tuple[str, str, str]]:
    model = panel.model
    return [
        (model.index(r, 2).data(), model.index(r, 3).data(), model.index(r, 5).data())
        for r in range(model.rowCount())
    ]


def test_an_admin_filters_to_who_viewed_one_case(
    qtbot: QtBot, made: MadeVault, admin_ctx: AppContext
) -> None:
    _seed(made)
    panel = _panel(qtbot, admin_ctx)
    panel.action_combo.setEditText("case.view_section")
    panel.type_edit.setText("case")
    panel.id_edit.setText("7")
    with qtbot.waitSignal(panel.model.page_loaded, timeout=10_000):
        panel.show_button.click()
    assert _rows(panel) == [
        ("ann", "Viewed a case section", "7"),
        ("dora", "Viewed a case section", "7"),
        ("ann", "Viewed a case section", "7"),
    ]
    assert panel.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "case.view_section"
    assert panel.count_label.text() == "Showing 3 of 3 entries, newest first."
    shot(panel, "audit_filtered")
    # Looking at the trail is itself in the trail.
    db = made.admin.open_database()
    try:
        views = db.query("SELECT actor, detail FROM audit_log WHERE action = 'audit.view'")
    finally:
        db.close()
    assert {"actor": "admin", "detail": "action,target_type,target_id"} in views


def test_what_one_user_did_this_week(qtbot: QtBot, made: MadeVault, admin_ctx: AppContext) -> None:
    _seed(made)
    panel = _panel(qtbot, admin_ctx)
    panel.actor_edit.setText("ann")
    with qtbot.waitSignal(panel.model.page_loaded, timeout=10_000):
        panel.week_button.click()
    actions = [row[1] for row in _rows(panel)]
    assert actions.count("Viewed a case section") == 3 and "Changed a case section" in actions
    assert {row[0] for row in _rows(panel)} == {"ann"}


def test_a_choice_in_the_action_list_filters_by_its_family(
    qtbot: QtBot, made: MadeVault, admin_ctx: AppContext
) -> None:
    _seed(made)
    panel = _panel(qtbot, admin_ctx)
    panel.action_combo.setCurrentIndex(panel.action_combo.findData("case."))
    assert panel.action_combo.currentText() == "Everything done with cases"
    with qtbot.waitSignal(panel.model.page_loaded, timeout=10_000):
        panel.show_button.click()
    codes = {
        panel.model.index(r, 3).data(Qt.ItemDataRole.UserRole)
        for r in range(panel.model.rowCount())
    }
    assert codes == {"case.view_section", "case.update_section"}


def test_rows_come_a_page_at_a_time(qtbot: QtBot, made: MadeVault, admin_ctx: AppContext) -> None:
    db = made.handles["ann"].open_database()
    try:
        with db.transaction():
            for n in range(450):
                audit.record(db, "ann", "case.view_section", target_type="case", target_id=n)
    finally:
        db.close()
    panel = _panel(qtbot, admin_ctx)
    assert panel.model.rowCount() == 200  # one page, not every row
    assert panel.model.canFetchMore()
    with qtbot.waitSignal(panel.model.page_loaded, timeout=10_000):
        panel.model.fetchMore()
    assert panel.model.rowCount() == 400


def test_verify_says_intact_then_names_the_edited_entry(
    qtbot: QtBot, made: MadeVault, admin_ctx: AppContext
) -> None:
    _seed(made)
    panel = _panel(qtbot, admin_ctx)
    with qtbot.waitSignal(panel.checked, timeout=10_000):
        panel.verify_button.click()
    assert panel.result_label.text().startswith("The audit trail is intact (")
    # The root key's fingerprint, to hold against the printed recovery sheet (issue 14).
    db = made.admin.open_database()
    try:
        from tjdesk.vault.vault import root_fingerprints

        root = root_fingerprints(db)[0]
    finally:
        db.close()
    assert f"Root key {root}, pinned by admin at set-up" in panel.result_label.text()
    assert "compare with your recovery sheet" in panel.result_label.text()
    # Someone with the key edits an entry behind the app's back.
    db = made.admin.open_database()
    try:
        seq = db.scalar("SELECT seq FROM audit_log WHERE target_id = '8'")
        db.execute("DROP TRIGGER audit_log_no_update")
        db.execute("UPDATE audit_log SET actor = 'someone' WHERE seq = ?", (seq,))
    finally:
        db.close()
    with qtbot.waitSignal(panel.checked, timeout=10_000):
        panel.verify_button.click()
    text = panel.result_label.text()
    assert f"The first bad entry is entry {seq} (" in text
    assert "its content was changed" in text
    shot(panel, "audit_tampered")


def test_exported_head_is_accepted_by_the_cli_and_catches_a_rewrite(
    qtbot: QtBot, made: MadeVault, admin_ctx: AppContext, tmp_path: Path
) -> None:
    panel = _panel(qtbot, admin_ctx)
    target = tmp_path / "head.json"
    panel.choose_export_path = lambda: str(target)  # type: ignore[method-assign]
    with qtbot.waitSignal(panel.head_exported, timeout=10_000):
        panel.export_button.click()
    document = cli_read_head_file(target)  # the file `tjdesk audit verify --head` reads
    db = made.admin.open_database()
    try:
        verdict = audit.verify(db, audit.Head(document["seq"], document["hash"]))
    finally:
        db.close()
    assert verdict.intact
    assert str(document["seq"]) in panel.result_label.text()
    assert document["hash"] in panel.head_sheet_html()

    panel.choose_head_file = lambda: str(target)  # type: ignore[method-assign]
    with qtbot.waitSignal(panel.checked, timeout=10_000):
        panel.compare_button.click()
    assert "intact" in panel.result_label.text()

    # The whole trail rewritten from the exported entry on: the chain holds, the head does not.
    db = made.admin.open_database()
    try:
        db.execute("DROP TRIGGER audit_log_no_update")
        db.execute("DROP TRIGGER audit_log_no_delete")
        db.execute("DELETE FROM audit_log WHERE seq >= ?", (document["seq"],))
        audit.record(db, "admin", "case.view_section", target_type="case", target_id="1")
    finally:
        db.close()
    with qtbot.waitSignal(panel.checked, timeout=10_000):
        panel.compare_button.click()
    assert "differs from the exported checkpoint" in panel.result_label.text()


def test_a_file_that_is_not_a_head_is_refused_in_plain_words(
    qtbot: QtBot, admin_ctx: AppContext, tmp_path: Path
) -> None:
    panel = _panel(qtbot, admin_ctx)
    bad = tmp_path / "notes.txt"
    bad.write_text("hello", encoding="utf-8")
    panel.choose_head_file = lambda: str(bad)  # type: ignore[method-assign]
    with qtbot.waitSignal(panel.failed, timeout=10_000):
        panel.compare_button.click()
    assert panel.result_label.text() == "This is not an exported audit checkpoint."


@pytest.mark.parametrize("name", ["ann", "rita"])
def test_the_service_refuses_non_admins(made: MadeVault, name: str) -> None:
    db = made.handles[name].open_database()
    try:
        with pytest.raises(AccessDenied):
            search(db, made.handles[name].actor, AuditFilter())
        with pytest.raises(AccessDenied):
            check_trail(db, made.handles[name].actor, made.admin.vault_id)
    finally:
        db.close()
    db = made.handles["dora"].open_database()
    try:
        # A director may read it.
        assert search(db, made.handles["dora"].actor, AuditFilter()).total > 0
    finally:
        db.close()


def test_read_head_file_matches_the_cli_format(tmp_path: Path) -> None:
    path = tmp_path / "h.json"
    path.write_text('{"format": "tjdesk-audit-head", "vault_id": "v", "seq": 3, "hash": "ab"}')
    assert read_head_file(path)["seq"] == 3


def test_times_are_in_the_buddhist_era_in_thai() -> None:
    from ui.admin.audit_model import when_text

    assert "2569" in when_text("2026-11-28T02:30:00+00:00", "th")
    assert "2026" in when_text("2026-11-28T02:30:00+00:00", "en")


def test_the_what_column_shows_each_description_whole(
    qtbot: QtBot, made: MadeVault, admin_ctx: AppContext
) -> None:
    """Issue 17, item 10: the "What" column was cut off."""
    _seed(made)
    db = made.handles["ann"].open_database()  # ann's entries, signed by ann's session
    try:
        for action in ("session.note_conflict", "session.create", "case.print_report"):
            audit.record(db, "ann", action, target_type="session", target_id="3")
    finally:
        db.close()
    panel = _panel(qtbot, admin_ctx)
    metrics = panel.view.fontMetrics()
    width = panel.view.columnWidth(3)
    texts = [panel.model.index(r, 3).data() for r in range(panel.model.rowCount())]
    assert texts
    for text in texts:
        assert metrics.horizontalAdvance(text) + 8 <= width, (text, width)


def test_record_types_and_roles_are_in_thai_on_a_thai_screen(
    qtbot: QtBot, made: MadeVault, admin_ctx: AppContext
) -> None:
    """Seen in the Xvfb walkthrough: the Thai audit trail said 'user', 'case' and 'nurse'."""
    from ui import i18n

    _seed(made)
    db = made.admin.open_database()
    try:
        audit.record(db, "admin", "user.add", target_type="user", target_id="4", detail="nurse")
    finally:
        db.close()
    i18n.install_language("th")
    try:
        panel = _panel_thai(qtbot, admin_ctx)
        model = panel.model
        rows = [
            [str(model.index(r, c).data()).replace("\u200b", "") for c in range(7)]
            for r in range(model.rowCount())
        ]
        added = next(row for row in rows if row[4] == "ผู้ใช้" and row[5] == "4" and row[6])
        assert added[6] == "พยาบาล"  # the nurse's role, as the Users tab says it
        assert {row[4] for row in rows} == {"ผู้ใช้", "กรณี", ""}
        assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == "user"  # the stored code
        looked = next(row for row in rows if row[5] == "8")
        assert looked[6] == "บันทึกงานสังคมสงเคราะห์"  # the section, not 'notes'
        # Every action in words: none left as its code (set-up's own entries included).
        assert not [row[3] for row in rows if re.fullmatch(r"[a-z_]+\.[a-z_.]+", row[3])]

        # The filter takes the record type as the screen says it.
        assert panel.type_edit.placeholderText() == "เช่น กรณี"
        panel.type_edit.setText("กรณี")
        with qtbot.waitSignal(panel.model.page_loaded, timeout=10_000):
            panel.show_button.click()
        assert model.rowCount() == 5
        assert {model.index(r, 4).data() for r in range(model.rowCount())} == {"กรณี"}
    finally:
        i18n.install_language("en")


def _panel_thai(qtbot: QtBot, ctx: AppContext) -> AuditPanel:
    panel = AuditPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10_000)
    return panel


def test_every_alarm_entry_the_trail_imports_is_said_in_words() -> None:
    """Seen in the Xvfb walkthrough: 'Alarm: command_signed', 'Alarm: activation'."""
    from tjdesk.alarm.vault_import import AUDITED
    from ui.admin.audit_actions import action_text

    for event in sorted(AUDITED):
        text = action_text(f"alarm.{event}")
        assert text != f"Alarm: {event}" and "_" not in text, text
