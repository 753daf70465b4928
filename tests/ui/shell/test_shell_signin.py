"""Sign-in: the right password opens the areas for the user's role; a wrong one says so."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.shell.conftest import open_window, sign_in
from tjdesk.actors import Role
from tjdesk.paths import backoff_path, database_path, keyslot_path
from tjdesk.policy import Area
from tjdesk.vault.backoff import SignInBackoff
from ui.main_window import WINDOW_TITLE, MainWindow


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sign_in_opens_the_areas_of_the_users_role(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    assert window.current_screen is window.sign_in
    sign_in(qtbot, window, "admin", made.password)
    assert window.ctx.user is not None and window.ctx.user.role is Role.ADMINISTRATOR
    assert set(window.areas) == {Area.SESSIONS, Area.VISITORS, Area.ALARM, Area.ADMIN}
    assert window.workspace.count() == 4
    assert "admin" in window.user_label.text()
    assert window.ctx.worker is not None and not window.ctx.worker.closed
    assert window.sign_in.form.password_edit.text() == ""  # the password is not kept


def test_reception_sees_only_visitor_briefings(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    sign_in(qtbot, window, "rita", made.password)
    assert list(window.areas) == [Area.VISITORS]
    assert window.workspace.tabText(0) == "Visitor briefings"


def test_wrong_password_says_so_and_changes_only_the_backoff_record(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    before = (_digest(database_path(made.folder)), _digest(keyslot_path(made.folder)))
    form = window.sign_in.form
    form.name_edit.setText("ann")
    form.password_edit.setText("not the password")
    form.submit_button.click()
    qtbot.waitUntil(lambda: form.message.isVisible() and not form.busy, timeout=20_000)
    assert "Wrong user name or password" in form.message.text()
    assert window.current_screen is window.sign_in
    assert window.ctx.worker is None
    assert form.password_edit.selectedText() == "not the password"  # ready to retype
    assert (_digest(database_path(made.folder)), _digest(keyslot_path(made.folder))) == before
    assert SignInBackoff(backoff_path(made.folder)).failures("ann") == 1


def test_after_repeated_failures_the_wait_is_shown_and_counted_down(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    form = window.sign_in.form
    form.name_edit.setText("ann")
    for _ in range(3):  # the third failure asks for a wait
        qtbot.waitUntil(form.submit_button.isEnabled, timeout=20_000)
        form.password_edit.setText("wrong")
        form.submit_button.click()
        qtbot.waitUntil(lambda: not form.busy, timeout=20_000)
    assert "Wait" in form.message.text()
    # The button waits out the back-off, then offers to sign in again.
    qtbot.waitUntil(lambda: not form.submit_button.isEnabled(), timeout=1000)
    qtbot.waitUntil(form.submit_button.isEnabled, timeout=10_000)
    assert form.submit_button.text() == "Sign in"


def test_backoff_survives_a_restart_and_spares_other_users(qtbot: QtBot, made: MadeVault) -> None:
    first = open_window(qtbot, made.folder)
    form = first.sign_in.form
    form.name_edit.setText("ann")
    form.password_edit.setText("wrong")
    form.submit_button.click()
    qtbot.waitUntil(lambda: form.message.isVisible() and not form.busy, timeout=20_000)
    first.close()
    # More failures from elsewhere (another run, the command line): a long wait is due now.
    backoff = SignInBackoff(backoff_path(made.folder))
    for _ in range(8):
        backoff.record_failure("ann")

    second = open_window(qtbot, made.folder)  # "restart": a new window and context
    form = second.sign_in.form
    form.name_edit.setText("ann")
    form.password_edit.setText(made.password)  # even the right password must wait
    form.submit_button.click()
    qtbot.waitUntil(lambda: form.message.isVisible() and not form.busy, timeout=20_000)
    assert "Too many wrong passwords" in form.message.text()
    assert not form.submit_button.isEnabled()
    assert form.submit_button.text().startswith("Wait ")
    assert second.current_screen is second.sign_in

    # Another user at the same PC is not locked out by ann's failures.
    second.close()
    third = open_window(qtbot, made.folder)
    sign_in(qtbot, third, "admin", made.password)
    third.close()


def test_window_title_is_neutral_on_every_screen(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    assert window.windowTitle() == WINDOW_TITLE
    sign_in(qtbot, window, "ann", made.password)
    assert window.windowTitle() == WINDOW_TITLE
    window.lock()
    assert window.windowTitle() == WINDOW_TITLE
