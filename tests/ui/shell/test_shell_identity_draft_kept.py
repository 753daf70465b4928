"""Issue 17, item 1, for identity: what the assigned case worker types as a new case's identity
(real name, contacts, location, alias) survives Ctrl+L and quick-hide, comes back at their own
next sign-in, and is never offered to anyone else."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.shell.conftest import sign_in, visible_texts
from tjdesk.policy import Area
from ui import main_window
from ui.main_window import MainWindow

REAL_SESSIONS_AREA = ((Area.SESSIONS, "ui.cases.area", "CasesArea", "Counseling sessions"),)
REAL_NAME = "Somsri Jaidee"
CONTACTS = "081 234 5678 (sister)"
LOCATION = "Room 4, the shelter's east wing"
ALIAS = "Bird"


@pytest.fixture(autouse=True)
def real_cases_area(monkeypatch: pytest.MonkeyPatch, fake_areas: None) -> None:
    monkeypatch.setattr(main_window, "AREAS", REAL_SESSIONS_AREA)


def _area(window: MainWindow):  # type: ignore[no-untyped-def]
    return window.areas[Area.SESSIONS]


def _type_identity(qtbot: QtBot, window: MainWindow):  # type: ignore[no-untyped-def]
    dialog = _area(window).open_case(None)
    qtbot.waitUntil(lambda: dialog._ready and dialog.real_name.isVisible(), timeout=10_000)
    qtbot.keyClicks(dialog.nickname, ALIAS)
    qtbot.keyClicks(dialog.real_name, REAL_NAME)
    qtbot.keyClicks(dialog.contacts, CONTACTS)
    qtbot.keyClicks(dialog.location, LOCATION)
    return dialog


def _unlock(qtbot: QtBot, window: MainWindow, password: str) -> None:
    form = window.lock_screen.form
    form.password_edit.setText(password)
    with qtbot.waitSignal(window.ctx.signed_in, timeout=20_000):
        form.submit_button.click()


def _reopen_kept(qtbot: QtBot, window: MainWindow):  # type: ignore[no-untyped-def]
    area = _area(window)
    qtbot.waitUntil(lambda: area.kept_bar.isVisible(), timeout=10_000)
    assert "Your unsaved notes were kept" in area.kept_label.text()
    (reopened,) = area.open_kept_drafts()
    qtbot.waitUntil(lambda: reopened._ready, timeout=10_000)
    return reopened


def _assert_identity_shown(dialog) -> None:  # type: ignore[no-untyped-def]
    assert dialog.real_name.isVisible()
    assert dialog.real_name.text() == REAL_NAME
    assert dialog.contacts.text() == CONTACTS
    assert dialog.location.text() == LOCATION
    assert dialog.nickname.text() == ALIAS
    assert "restored" in dialog.message.text()


def _nobody_else_sees_it(qtbot: QtBot, window: MainWindow, made: MadeVault, name: str) -> None:
    window.lock_screen.switch_button.click()
    sign_in(qtbot, window, name, made.password)
    area = window.areas.get(Area.SESSIONS)
    if area is not None:  # the administrator and the receptionist have no sessions area
        with qtbot.waitSignal(area.cases_model.page_loaded, timeout=5000, raising=False):
            pass
        assert not area.kept_bar.isVisible()
    shown = " ".join(visible_texts(window))
    for secret in (REAL_NAME, CONTACTS, LOCATION, ALIAS):
        assert secret not in shown


def test_identity_typed_in_a_new_case_survives_ctrl_l(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    sign_in(qtbot, window, "ann", made.password)
    dialog = _type_identity(qtbot, window)
    qtbot.keyClick(dialog.real_name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen is window.lock_screen
    assert not dialog.isVisible()

    _unlock(qtbot, window, made.password)
    reopened = _reopen_kept(qtbot, window)
    _assert_identity_shown(reopened)

    # Saved from the restored form: the case carries the identity typed before the lock.
    with qtbot.waitSignal(reopened.saved, timeout=10_000) as saved:
        reopened.save()
    case_id = saved.args[0]
    again = _area(window).open_case(case_id)
    qtbot.waitUntil(lambda: again.show_identity_button.isVisible(), timeout=10_000)
    with qtbot.waitSignal(again.identity_shown, timeout=10_000):
        again.show_identity_button.click()
    assert again.real_name.text() == REAL_NAME
    assert again.location.text() == LOCATION
    again.reject()


def test_identity_typed_in_a_new_case_survives_quick_hide_and_no_one_else_is_offered_it(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    sign_in(qtbot, window, "ann", made.password)
    _type_identity(qtbot, window)
    window.quick_hide()
    qtbot.keyClick(window.neutral, Qt.Key.Key_Return)  # on to the lock screen

    # Someone else at the screen: the administrator, then the receptionist.
    _nobody_else_sees_it(qtbot, window, made, "admin")
    window.lock()
    _nobody_else_sees_it(qtbot, window, made, "rita")

    window.lock()
    window.lock_screen.switch_button.click()
    sign_in(qtbot, window, "ann", made.password)
    _assert_identity_shown(_reopen_kept(qtbot, window))
