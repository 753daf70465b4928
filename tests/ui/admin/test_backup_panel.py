"""Backups tab and the 7-day reminder in the main window."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.admin.conftest import shot, signed_in_context
from tjdesk.backup import restore_backup
from tjdesk.clock import utc_now
from ui.admin.backup_panel import BackupPanel
from ui.admin.backup_reminder import BackupReminder
from ui.context import AppContext


def _panel(qtbot: QtBot, ctx: AppContext) -> BackupPanel:
    panel = BackupPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(760, 420)
    panel.show()
    qtbot.waitUntil(lambda: bool(panel.last_label.text()), timeout=10_000)
    return panel


def _back_up(qtbot: QtBot, panel: BackupPanel, target: Path) -> None:
    panel.choose_destination = lambda: str(target)  # type: ignore[method-assign]
    with qtbot.waitSignal(panel.backed_up, timeout=30_000):
        panel.backup_button.click()
        assert not panel.backup_button.isEnabled()  # waits while the worker writes


def test_back_up_now_writes_a_file_that_restores(
    qtbot: QtBot, made: MadeVault, admin_ctx: AppContext, tmp_path: Path
) -> None:
    panel = _panel(qtbot, admin_ctx)
    assert panel.last_label.text() == "No backup has been made yet."
    stick = tmp_path / "usb"
    stick.mkdir()
    _back_up(qtbot, panel, stick / "monday.tjbackup")
    assert "Backup written and checked" in panel.status.text()
    qtbot.waitUntil(lambda: panel.last_label.text().startswith("Last backup: "), timeout=10_000)
    shot(panel, "backups")
    restored = restore_backup(
        stick / "monday.tjbackup", tmp_path / "restored", user="ann", password=made.password
    )
    assert restored.vault_id == made.admin.vault_id
    assert restored.row_counts["users"] == 4


def test_a_backup_over_an_existing_file_is_refused_and_changes_nothing(
    qtbot: QtBot, admin_ctx: AppContext, tmp_path: Path
) -> None:
    panel = _panel(qtbot, admin_ctx)
    target = tmp_path / "old.tjbackup"
    target.write_bytes(b"keep me")
    panel.choose_destination = lambda: str(target)  # type: ignore[method-assign]
    with qtbot.waitSignal(panel.failed, timeout=10_000):
        panel.backup_button.click()
    assert panel.status.text() == "The backup file already exists."
    assert target.read_bytes() == b"keep me"
    assert panel.backup_button.isEnabled()


def test_reminder_after_eight_days_and_gone_after_a_backup(
    qtbot: QtBot, admin_ctx: AppContext, tmp_path: Path
) -> None:
    now = [utc_now()]
    reminder = BackupReminder(admin_ctx, clock=lambda: now[0])
    qtbot.addWidget(reminder)
    panel = _panel(qtbot, admin_ctx)
    _back_up(qtbot, panel, tmp_path / "first.tjbackup")

    now[0] = utc_now() + timedelta(days=6)
    with qtbot.waitSignal(reminder.checked, timeout=10_000) as blocker:
        reminder.check()
    assert blocker.args == [False] and reminder.isHidden()

    now[0] = utc_now() + timedelta(days=8)
    with qtbot.waitSignal(reminder.checked, timeout=10_000) as blocker:
        reminder.check()
    assert blocker.args == [True] and not reminder.isHidden()
    assert reminder.text.text() == "The last backup is 8 days old. Make a new one, to a USB stick."
    reminder.resize(900, 40)
    shot(reminder, "backup_reminder")

    _back_up(qtbot, panel, tmp_path / "second.tjbackup")
    assert reminder.isHidden()


def test_reminder_is_for_administrators_only(qtbot: QtBot, made: MadeVault, tmp_path: Path) -> None:
    ctx = signed_in_context(made, "ann")  # never backed up: overdue, but not ann's job
    try:
        reminder = BackupReminder(ctx)
        qtbot.addWidget(reminder)
        reminder.check()
        assert reminder.isHidden()
    finally:
        ctx.end_session()


@pytest.mark.parametrize("name", ["ann", "dora"])
def test_only_an_administrator_can_back_up(
    qtbot: QtBot, made: MadeVault, tmp_path: Path, name: str
) -> None:
    ctx = signed_in_context(made, name)
    try:
        panel = _panel(qtbot, ctx)
        panel.choose_destination = lambda: str(tmp_path / "x.tjbackup")  # type: ignore[method-assign]
        with qtbot.waitSignal(panel.failed, timeout=10_000):
            panel.backup_button.click()
        assert not (tmp_path / "x.tjbackup").exists()
    finally:
        ctx.end_session()
