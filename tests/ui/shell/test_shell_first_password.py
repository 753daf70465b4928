"""A one-time password opens the account once; the user then chooses their own. And when every
password is lost, the recovery key sets a new administrator password from the sign-in screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.shell.conftest import sign_in
from tjdesk.actors import Role
from tjdesk.users import UserService
from tjdesk.vault import vault
from tjdesk.vault.errors import WrongPassword
from ui.main_window import MainWindow
from ui.signin.recovery import RecoveryDialog

ONE_TIME = "abcd-efgh-jkmn-pqrs"
OWN = "my own pass phrase"


def _add_user_with_one_time_password(made: MadeVault) -> None:
    db = made.admin.open_database()
    try:
        UserService(db, made.admin).add_user("nok", "Nok", Role.NURSE, ONE_TIME)
    finally:
        db.close()


def test_one_time_password_leads_to_choosing_ones_own(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    _add_user_with_one_time_password(made)
    screen = window.sign_in
    screen.form.name_edit.setText("nok")
    screen.form.password_edit.setText(ONE_TIME)
    screen.form.submit_button.click()
    qtbot.waitUntil(screen.choose.isVisible, timeout=20_000)
    assert window.current_screen is screen  # no work area before the password is chosen
    assert not screen.form.isVisible()

    screen.choose.new_edit.setText("short")
    assert not screen.choose.save_button.isEnabled()
    screen.choose.new_edit.setText(OWN)
    screen.choose.again_edit.setText(OWN)
    with qtbot.waitSignal(window.ctx.signed_in, timeout=20_000):
        screen.choose.save_button.click()
    assert window.current_screen is window.workspace
    assert window.ctx.user is not None and window.ctx.user.name == "nok"

    with pytest.raises(WrongPassword):
        vault.unlock(made.folder, "nok", ONE_TIME)
    assert not vault.unlock(made.folder, "nok", OWN).must_change_password


def test_locking_while_choosing_a_password_closes_that_session(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    _add_user_with_one_time_password(made)
    screen = window.sign_in
    screen.form.name_edit.setText("nok")
    screen.form.password_edit.setText(ONE_TIME)
    screen.form.submit_button.click()
    qtbot.waitUntil(screen.choose.isVisible, timeout=20_000)
    pending = screen._pending
    assert pending is not None
    window.quick_hide()
    assert pending.worker.closed
    assert window.ctx.worker is None


def test_the_recovery_key_sets_a_new_administrator_password(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    window.sign_in.recover_button.click()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryDialog) and w.isVisible()
    )
    dialog.key_edit.setText("0" * 64)  # a wrong key: said plainly, nothing changes
    dialog.name_edit.setText("admin")
    dialog.password_edit.setText("new admin phrase")
    dialog.again_edit.setText("new admin phrase")
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.message.isVisible, timeout=20_000)
    assert "does not open this vault" in dialog.message.text()
    vault.unlock(made.folder, "admin", made.password)  # still the old password

    dialog.key_edit.setText(made.recovery_key.replace("\n", " "))
    with qtbot.waitSignal(dialog.recovered, timeout=20_000):
        dialog.ok_button.click()
    assert not dialog.isVisible()
    assert window.sign_in.form.name_edit.text() == "admin"
    sign_in(qtbot, window, "admin", "new admin phrase")
    assert window.ctx.user is not None and window.ctx.user.role is Role.ADMINISTRATOR
