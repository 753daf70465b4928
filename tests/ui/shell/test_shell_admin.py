"""User administration: list, add, reset a password, disable; the idle-lock setting."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tjdesk.actors import Role
from tjdesk.paths import keyslot_path
from tjdesk.vault import keyslots, vault
from tjdesk.vault.errors import UserDisabled, WrongPassword
from ui.admin.area import AdminArea
from ui.admin.dialogs import AddUserDialog, OneTimePasswordDialog
from ui.context import AppContext
from ui.signin.session import open_session


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


def _one_time_dialog(qtbot: QtBot) -> OneTimePasswordDialog:
    found: list[OneTimePasswordDialog] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, OneTimePasswordDialog) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10_000)
    return found[0]


def _yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )


def test_users_are_listed_with_role_and_status(area: AdminArea) -> None:
    model = area.users.model
    rows = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert rows == {"admin": "Administrator", "ann": "Counsellor", "rita": "Reception"}
    assert model.index(0, 3).data() == "Active"
    assert [area.tabs.tabText(i) for i in range(area.tabs.count())][:2] == ["Users", "Settings"]


def test_adding_a_user_gives_a_one_time_password_that_signs_in(
    qtbot: QtBot, area: AdminArea, made: MadeVault
) -> None:
    area.users.add_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AddUserDialog))
    dialog.name_edit.setText("nok")
    dialog.display_edit.setText("Nok Nurse")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.NURSE))
    with qtbot.waitSignal(area.users.changed, timeout=10_000):
        dialog.accept()
    shown = _one_time_dialog(qtbot)
    one_time = shown.password_label.text()
    assert len(one_time) == 19  # four groups of four, with dashes
    shown.accept()
    assert shown.password_label.text() == ""
    assert area.users.model.rowCount() == 4
    opened = vault.unlock(made.folder, "nok", one_time)
    assert opened.actor is not None and opened.actor.role is Role.NURSE
    assert opened.must_change_password


def test_reset_password_rewrites_only_that_users_slot(
    qtbot: QtBot, area: AdminArea, made: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = keyslots.read_key_file(keyslot_path(made.folder)).slots
    _yes(monkeypatch)
    area.users.select("ann")
    with qtbot.waitSignal(area.users.changed, timeout=10_000):
        area.users.reset_button.click()
    one_time = _one_time_dialog(qtbot).password_label.text()
    after = keyslots.read_key_file(keyslot_path(made.folder)).slots
    assert after["rita"] == before["rita"] and after["admin"] == before["admin"]
    assert after["ann"] != before["ann"]
    with pytest.raises(WrongPassword):
        vault.unlock(made.folder, "ann", made.password)
    assert vault.unlock(made.folder, "ann", one_time).must_change_password


def test_disable_stops_that_user_signing_in(
    qtbot: QtBot, area: AdminArea, made: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    _yes(monkeypatch)
    area.users.select("rita")
    with qtbot.waitSignal(area.users.changed, timeout=10_000):
        area.users.disable_button.click()
    row = next(
        r
        for r in range(area.users.model.rowCount())
        if area.users.model.index(r, 0).data() == "rita"
    )
    assert area.users.model.index(row, 3).data() == "Disabled"
    with pytest.raises(UserDisabled):
        vault.unlock(made.folder, "rita", made.password)
    area.users.select("rita")
    assert area.users.enable_button.isEnabled() and not area.users.disable_button.isEnabled()


def test_an_administrator_cannot_disable_themselves(
    qtbot: QtBot, area: AdminArea, monkeypatch: pytest.MonkeyPatch
) -> None:
    _yes(monkeypatch)
    area.users.select("admin")
    with qtbot.waitSignal(area.users.failed, timeout=10_000):
        area.users.disable_button.click()
    assert "cannot disable yourself" in area.users.message.text()
    assert area.users.model.rowCount() == 3


def test_idle_lock_minutes_are_saved_in_the_vault_and_capped(
    qtbot: QtBot, area: AdminArea, made: MadeVault
) -> None:
    panel = area.settings
    panel.idle_minutes.setValue(99)
    assert panel.idle_minutes.value() == 15  # at most fifteen minutes
    panel.idle_minutes.setValue(2)
    with qtbot.waitSignal(panel.saved, timeout=10_000):
        panel.save_button.click()
    assert area.ctx.idle_lock_ms == 2 * 60_000
    session = open_session(made.folder, "ann", made.password)
    try:
        assert session.idle_lock_minutes == 2  # every user at this workstation gets it
    finally:
        session.worker.close()


def test_users_model_passes_qt_model_checks(qtmodeltester, area: AdminArea) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(area.users.model)


def test_other_parts_add_their_own_admin_tabs(
    qtbot: QtBot, made: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.admin import area as area_module

    monkeypatch.setattr(
        area_module,
        "EXTRA_TABS",
        [
            ("tests.ui.shell.shell_fakes", "ClientArea", "Audit trail"),
            ("tests.ui.shell.no_such_module", "Backups", "Backups"),  # still being built
        ],
    )
    ctx = AppContext(made.folder, language="en")
    handle = made.admin
    assert handle.actor is not None
    ctx.begin_session(made.worker("admin"), handle.actor, 5, handle)
    try:
        widget = AdminArea(ctx)
        qtbot.addWidget(widget)
        titles = [widget.tabs.tabText(i) for i in range(widget.tabs.count())]
        assert titles == ["Users", "Settings", "Audit trail"]
        extra = QLabel("Backups")
        assert widget.add_tab(extra, "Backups") == 3
    finally:
        ctx.end_session()
