"""Issue 17, item 1: lock, quick-hide and idle lock never throw away what was being typed.

Every open form's content is kept in the vault as the user's draft, and offered back at the
same user's next sign-in ("Your unsaved notes were kept"), new records included.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.shell.conftest import sign_in
from tjdesk.policy import Area, Section
from ui import main_window
from ui.main_window import MainWindow

REAL_SESSIONS_AREA = ((Area.SESSIONS, "ui.cases.area", "CasesArea", "Counseling sessions"),)
NOTE = "Said she will come back on Friday with her sister"


@pytest.fixture(autouse=True)
def real_cases_area(monkeypatch: pytest.MonkeyPatch, fake_areas: None) -> None:
    monkeypatch.setattr(main_window, "AREAS", REAL_SESSIONS_AREA)


def _cases_area(window: MainWindow):  # type: ignore[no-untyped-def]
    return window.areas[Area.SESSIONS]


def _unlock(qtbot: QtBot, window: MainWindow, password: str) -> None:
    form = window.lock_screen.form
    form.password_edit.setText(password)
    with qtbot.waitSignal(window.ctx.signed_in, timeout=20_000):
        form.submit_button.click()


def _kept_bar_shown(qtbot: QtBot, window: MainWindow) -> str:
    area = _cases_area(window)
    qtbot.waitUntil(lambda: area.kept_bar.isVisible(), timeout=10_000)
    return area.kept_label.text()


def test_a_new_session_typed_then_locked_is_offered_back_with_its_notes(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    sign_in(qtbot, window, "ann", made.password)
    area = _cases_area(window)
    dialog = area.open_session(None)
    qtbot.waitUntil(lambda: Section.NOTES in dialog.editors, timeout=10_000)
    qtbot.keyClicks(dialog.editors[Section.NOTES].text, NOTE)
    dialog.room.setText("Room 2")

    # Locked at once: no autosave tick has run (it runs every 3 s).
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen is window.lock_screen

    _unlock(qtbot, window, made.password)
    assert "Your unsaved notes were kept" in _kept_bar_shown(qtbot, window)
    (reopened,) = _cases_area(window).open_kept_drafts()
    qtbot.waitUntil(lambda: Section.NOTES in reopened.editors, timeout=10_000)
    assert reopened.editors[Section.NOTES].text.toPlainText() == NOTE
    assert reopened.room.text() == "Room 2"
    assert "restored" in reopened.message.text()


def test_a_new_case_typed_then_hidden_is_offered_back(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    sign_in(qtbot, window, "ann", made.password)
    dialog = _cases_area(window).open_case(None)
    qtbot.waitUntil(lambda: dialog.nickname.isEnabled() and dialog._ready, timeout=10_000)
    qtbot.keyClicks(dialog.nickname, "Noi")

    window.quick_hide()
    qtbot.keyClick(window.neutral, Qt.Key.Key_Return)  # on to the lock screen
    _unlock(qtbot, window, made.password)

    assert "Your unsaved notes were kept" in _kept_bar_shown(qtbot, window)
    (reopened,) = _cases_area(window).open_kept_drafts()
    qtbot.waitUntil(lambda: reopened.nickname.text() == "Noi", timeout=10_000)


def test_idle_lock_keeps_the_typing_and_another_user_is_not_offered_it(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    sign_in(qtbot, window, "ann", made.password)
    dialog = _cases_area(window).open_session(None)
    qtbot.waitUntil(lambda: Section.NOTES in dialog.editors, timeout=10_000)
    qtbot.keyClicks(dialog.editors[Section.NOTES].text, NOTE)
    window.ctx.set_idle_lock_ms(150)
    with qtbot.waitSignal(window.ctx.locked, timeout=5000):
        pass

    window.lock_screen.switch_button.click()
    sign_in(qtbot, window, "admin", made.password)
    area = _cases_area(window)
    qtbot.waitUntil(lambda: area.sessions_model.rowCount() == 0, timeout=5000)
    with qtbot.waitSignal(area.cases_model.page_loaded, timeout=5000, raising=False):
        pass
    assert not area.kept_bar.isVisible()  # the admin sees nothing of ann's draft

    window.lock()
    window.lock_screen.switch_button.click()
    sign_in(qtbot, window, "ann", made.password)
    assert "Your unsaved notes were kept" in _kept_bar_shown(qtbot, window)


def test_cancel_still_discards_the_draft(qtbot: QtBot, window: MainWindow, made: MadeVault) -> None:
    sign_in(qtbot, window, "ann", made.password)
    dialog = _cases_area(window).open_session(None)
    qtbot.waitUntil(lambda: Section.NOTES in dialog.editors, timeout=10_000)
    qtbot.keyClicks(dialog.editors[Section.NOTES].text, NOTE)
    dialog.autosave_now()
    dialog.reject()
    window.lock()
    _unlock(qtbot, window, made.password)
    area = _cases_area(window)
    with qtbot.waitSignal(area.cases_model.page_loaded, timeout=5000, raising=False):
        pass
    assert not area.kept_bar.isVisible()
