"""Issue 17, item 12: what an administrator was missing: change a user's name or role, remove a
user who never signed in, restore a backup from the app (the command line's checks), sign out
and quit, switch the language while signed in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.shell.conftest import sign_in
from tjdesk.actors import Role
from tjdesk.backup import write_backup
from tjdesk.paths import keyslot_path
from tjdesk.policy import Area
from tjdesk.vault import keyslots, vault
from ui import main_window
from ui.admin.area import AdminArea
from ui.context import AppContext
from ui.main_window import MainWindow


@pytest.fixture
def area(qtbot: QtBot, made: MadeVault) -> Iterator[AdminArea]:
    ctx = AppContext(made.folder, language="en")
    handle = made.admin
    assert handle.actor is not None
    ctx.begin_session(made.worker("admin"), handle.actor, 5, handle)
    widget = AdminArea(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.users.model.rowCount() == 3, timeout=10_000)
    yield widget
    ctx.end_session()


def _yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )


def _row(area: AdminArea, name: str) -> list[str]:
    model = area.users.model
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == name:
            return [model.index(r, c).data() for c in range(model.columnCount())]
    return []


def test_an_administrator_changes_a_name_and_a_role(qtbot: QtBot, area: AdminArea) -> None:
    area.users.select("rita")
    area.users.edit_button.click()
    dialog = area.users.edit_dialog
    dialog.display_edit.setText("Rita Somboon")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.SOCIAL_WORKER))
    with qtbot.waitSignal(area.users.changed, timeout=10_000):
        dialog.accept()
    qtbot.waitUntil(lambda: "Social worker" in _row(area, "rita"), timeout=10_000)
    assert "Rita Somboon" in _row(area, "rita")


def test_an_account_never_used_is_removed_and_a_used_one_is_not(
    qtbot: QtBot, area: AdminArea, made: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    _yes(monkeypatch)
    from tjdesk.users import UserService

    db = made.admin.open_database()
    try:  # added with a typo in the name, never used
        UserService(db, made.admin).add_user("ritaa", "Rita", Role.RECEPTION, "x" * 16)
    finally:
        db.close()
    area.users.reload()
    qtbot.waitUntil(lambda: bool(_row(area, "ritaa")), timeout=10_000)
    area.users.select("ritaa")
    with qtbot.waitSignal(area.users.changed, timeout=10_000):
        area.users.remove_button.click()
    qtbot.waitUntil(lambda: _row(area, "ritaa") == [], timeout=10_000)
    key_file = keyslots.read_key_file(keyslot_path(made.folder))
    assert "ritaa" not in key_file.slots and "ritaa" not in key_file.disabled_users

    vault.unlock(made.folder, "ann", made.password)  # ann has signed in once
    area.users.select("ann")
    with qtbot.waitSignal(area.users.failed, timeout=10_000) as failed:
        area.users.remove_button.click()
    assert "Disable it instead" in failed.args[0]
    assert _row(area, "ann")
    assert not area.users.remove_button.isEnabled() or area.users.selected_user() is not None
    area.users.select("admin")
    assert not area.users.remove_button.isEnabled()  # never oneself


@pytest.fixture
def admin_window(
    qtbot: QtBot, made: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setattr(
        main_window,
        "AREAS",
        ((Area.ADMIN, "ui.admin.area", "AdminArea", "Administration"),),
    )
    ctx = AppContext(made.folder, language="en")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def test_a_backup_is_restored_from_the_app_and_takes_the_vaults_place(
    qtbot: QtBot, admin_window: MainWindow, made: MadeVault, tmp_path: Path
) -> None:
    db = made.admin.open_database()
    try:
        write_backup(db, made.admin, tmp_path / "monday.tjbackup")
    finally:
        db.close()
    sign_in(qtbot, admin_window, "admin", made.password)
    from ui.admin.backup_panel import BackupPanel

    panel = admin_window.areas[Area.ADMIN].findChild(BackupPanel)
    dialog = panel.open_restore()

    # A wrong password: the command line's check, in words; nothing is unpacked.
    dialog.file_edit.setText(str(tmp_path / "monday.tjbackup"))
    dialog.user_edit.setText("admin")
    dialog.password_edit.setText("not the password")
    with qtbot.waitSignal(dialog.failed, timeout=30_000):
        dialog.restore_button.click()
    assert not list(made.folder.parent.glob("vault.restored-*"))

    dialog.password_edit.setText(made.password)
    with qtbot.waitSignal(dialog.restored, timeout=30_000):
        dialog.restore_button.click()
    assert "Restored and checked" in dialog.message.text()
    with qtbot.waitSignal(admin_window.restore_finished, timeout=30_000) as finished:
        dialog.use_button.click()
    assert admin_window.current_screen is admin_window.sign_in
    assert admin_window.ctx.worker is None
    kept = Path(finished.args[0])
    assert kept.is_dir() and (made.folder / "tjdesk.db").is_file()
    assert "is now the vault" in admin_window.sign_in.form.message.text()
    sign_in(qtbot, admin_window, "admin", made.password)  # the restored vault opens


def test_sign_out_leaves_the_sign_in_screen_empty_and_is_audited(
    qtbot: QtBot, admin_window: MainWindow, made: MadeVault
) -> None:
    sign_in(qtbot, admin_window, "admin", made.password)
    assert admin_window.sign_out_action.isVisible()
    worker = admin_window.ctx.worker
    admin_window.sign_out_action.trigger()
    assert admin_window.current_screen is admin_window.sign_in
    assert admin_window.sign_in.form.name_edit.text() == ""
    assert not admin_window.sign_out_action.isVisible()
    assert worker is not None
    qtbot.waitUntil(lambda: not worker._thread.is_alive(), timeout=10_000)
    db = made.admin.open_database()
    try:
        actions = [r["action"] for r in db.query("SELECT action FROM audit_log ORDER BY seq")]
    finally:
        db.close()
    assert actions[-1] == "signout"


def test_quit_signs_out_and_closes(qtbot: QtBot, admin_window: MainWindow, made: MadeVault) -> None:
    sign_in(qtbot, admin_window, "admin", made.password)
    admin_window.quit_action.trigger()
    assert not admin_window.isVisible()
    assert admin_window.ctx.worker is None


def test_the_language_is_switched_while_signed_in(
    qtbot: QtBot, admin_window: MainWindow, made: MadeVault
) -> None:
    from tests.ui.i18n.catalogue import has_thai

    sign_in(qtbot, admin_window, "admin", made.password)
    box = admin_window.language_box
    assert admin_window.language_action.isVisible()
    box.setCurrentIndex(box.findData("th"))
    qtbot.waitUntil(lambda: has_thai(admin_window.workspace.tabText(0)), timeout=5000)
    area = admin_window.areas[Area.ADMIN]
    assert has_thai(area.tabs.tabText(0))  # the area was built again, in Thai
    assert admin_window.ctx.is_signed_in  # still signed in
    box.setCurrentIndex(box.findData("en"))
    qtbot.waitUntil(lambda: admin_window.workspace.tabText(0) == "Administration", timeout=5000)
