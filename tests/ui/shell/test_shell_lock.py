"""Lock (Ctrl+L, idle) and quick-hide: no client data left on screen, the vault closed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.shell import shell_fakes
from tests.ui.shell.conftest import sign_in, visible_texts
from tjdesk.vault import vault
from ui import main_window
from ui.lock.quick_hide import ShiftTapDetector
from ui.main_window import WINDOW_TITLE, MainWindow


def _tap_shift(qtbot: QtBot, widget, times: int = 3) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        qtbot.keyPress(widget, Qt.Key.Key_Shift)
        qtbot.keyRelease(widget, Qt.Key.Key_Shift)


def _audit_actions(made: MadeVault) -> list[str]:
    db = vault.unlock(made.folder, "admin", made.password).open_database()
    try:
        return [row["action"] for row in db.query("SELECT action FROM audit_log ORDER BY seq")]
    finally:
        db.close()


def test_ctrl_l_locks_closes_the_vault_and_shows_who_may_unlock(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    sign_in(qtbot, window, "ann", made.password)
    worker = window.ctx.worker
    assert worker is not None
    assert shell_fakes.CLIENT_TEXT in visible_texts(window)

    qtbot.keyClick(window.workspace, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.current_screen is window.lock_screen
    assert worker.closed and window.ctx.worker is None and window.ctx.user is None
    qtbot.waitUntil(lambda: not worker._thread.is_alive(), timeout=10_000)
    assert window.workspace.count() == 0 and not window.areas
    assert shell_fakes.CLIENT_TEXT not in visible_texts(window)
    assert "ann" in window.lock_screen.who.text()
    assert window.windowTitle() == WINDOW_TITLE
    assert "session.lock" in _audit_actions(made)


def test_unlock_from_the_lock_screen_rebuilds_the_areas(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    sign_in(qtbot, window, "ann", made.password)
    window.lock()
    form = window.lock_screen.form
    assert form.name_edit.text() == "ann" and form.name_edit.isReadOnly()
    form.password_edit.setText(made.password)
    with qtbot.waitSignal(window.ctx.signed_in, timeout=20_000):
        form.submit_button.click()
    assert window.current_screen is window.workspace
    assert window.workspace.count() == 3  # a counselor: sessions, visitors, alarm
    assert "session.unlock" in _audit_actions(made)


def test_someone_else_can_sign_in_from_the_lock_screen(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    sign_in(qtbot, window, "ann", made.password)
    window.lock()
    window.lock_screen.switch_button.click()
    assert window.current_screen is window.sign_in
    sign_in(qtbot, window, "rita", made.password)
    assert window.ctx.user is not None and window.ctx.user.name == "rita"


def test_idle_time_locks_the_screen(qtbot: QtBot, window: MainWindow, made: MadeVault) -> None:
    sign_in(qtbot, window, "ann", made.password)
    assert window.ctx.idle_lock_ms == 5 * 60_000  # the default: five minutes
    window.ctx.set_idle_lock_ms(150)
    with qtbot.waitSignal(window.ctx.locked, timeout=5000):
        pass
    assert window.current_screen is window.lock_screen
    assert window.ctx.worker is None


def test_input_keeps_the_session_open_until_idle(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    sign_in(qtbot, window, "ann", made.password)
    window.ctx.set_idle_lock_ms(400)
    typing = QTimer(interval=100)
    typing.timeout.connect(lambda: qtbot.keyClick(window.workspace, Qt.Key.Key_A))
    typing.start()
    with qtbot.assertNotEmitted(window.ctx.locked, wait=1000):
        pass
    typing.stop()
    with qtbot.waitSignal(window.ctx.locked, timeout=5000):
        pass


def test_shift_three_times_from_an_open_dialog_hides_everything_and_locks(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    sign_in(qtbot, window, "ann", made.password)
    worker = window.ctx.worker
    dialog = QDialog(window)
    dialog.setWindowTitle("Case notes")
    QVBoxLayout(dialog).addWidget(QLabel(shell_fakes.CLIENT_TEXT))
    results: list[int] = []

    def tap_in_dialog() -> None:
        qtbot.waitExposed(dialog)
        _tap_shift(qtbot, dialog)

    QTimer.singleShot(0, tap_in_dialog)
    results.append(dialog.exec())  # a modal dialog's own event loop, as an area would run it

    assert results == [QDialog.DialogCode.Rejected]
    assert not dialog.isVisible()
    assert window.current_screen is window.neutral
    assert not window.toolbar.isVisible()
    assert worker is not None and worker.closed
    texts = visible_texts(window)
    assert shell_fakes.CLIENT_TEXT not in texts and "ann" not in " ".join(texts)
    visible_windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible_windows == [window]
    image = window.grab().toImage()
    assert not image.isNull()
    assert window.windowTitle() == WINDOW_TITLE

    # Shift alone brings nothing back; Enter leads to the lock screen (password needed).
    _tap_shift(qtbot, window.neutral, times=1)
    assert window.current_screen is window.neutral
    qtbot.keyClick(window.neutral, Qt.Key.Key_Return)
    assert window.current_screen is window.lock_screen


def test_the_hide_button_blanks_the_window(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    sign_in(qtbot, window, "ann", made.password)
    window.hide_action.trigger()
    assert window.current_screen is window.neutral
    assert window.ctx.worker is None
    assert shell_fakes.CLIENT_TEXT not in visible_texts(window)


def test_typing_capitals_never_hides(qtbot: QtBot) -> None:
    detector = ShiftTapDetector()
    detector.install()
    try:
        target = QLabel()
        qtbot.addWidget(target)
        with qtbot.assertNotEmitted(detector.triggered):
            for key in (Qt.Key.Key_M, Qt.Key.Key_S, Qt.Key.Key_K):  # Shift+M, Shift+S, Shift+K
                qtbot.keyPress(target, Qt.Key.Key_Shift)
                qtbot.keyClick(target, key, Qt.KeyboardModifier.ShiftModifier)
                qtbot.keyRelease(target, Qt.Key.Key_Shift)
    finally:
        detector.uninstall()


def test_three_taps_must_come_quickly(qtbot: QtBot) -> None:
    now = [0.0]
    detector = ShiftTapDetector(clock=lambda: now[0])
    detector.install()
    try:
        target = QLabel()
        qtbot.addWidget(target)
        with qtbot.assertNotEmitted(detector.triggered):
            for _ in range(3):
                _tap_shift(qtbot, target, times=1)
                now[0] += 1.5  # slower than three taps in two seconds
        with qtbot.waitSignal(detector.triggered, timeout=1000):
            _tap_shift(qtbot, target, times=3)
    finally:
        detector.uninstall()


def test_held_shift_auto_repeat_does_not_count(qtbot: QtBot) -> None:
    detector = ShiftTapDetector()
    detector.install()
    try:
        target = QLabel()
        qtbot.addWidget(target)
        with qtbot.assertNotEmitted(detector.triggered):
            QApplication.sendEvent(
                target,
                QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier),
            )
            for _ in range(5):
                QApplication.sendEvent(
                    target,
                    QKeyEvent(
                        QEvent.Type.KeyPress,
                        Qt.Key.Key_Shift,
                        Qt.KeyboardModifier.ShiftModifier,
                        "",
                        True,
                    ),
                )
    finally:
        detector.uninstall()


def test_a_careless_area_cannot_put_data_in_the_title(
    qtbot: QtBot, window: MainWindow, made: MadeVault, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from tjdesk.policy import Area

    monkeypatch.setattr(
        main_window,
        "AREAS",
        ((Area.SESSIONS, "tests.ui.shell.shell_fakes", "TitleChangingArea", "Sessions"),),
    )
    sign_in(qtbot, window, "ann", made.password)
    qtbot.waitUntil(lambda: window.areas[Area.SESSIONS].isVisible())
    assert window.windowTitle() == WINDOW_TITLE


def test_a_broken_area_shows_a_placeholder_and_the_rest_work(
    qtbot: QtBot, window: MainWindow, made: MadeVault, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from tjdesk.policy import Area

    monkeypatch.setattr(
        main_window,
        "AREAS",
        (
            (Area.SESSIONS, "tests.ui.shell.shell_fakes", "BrokenArea", "Sessions"),
            (Area.VISITORS, "tests.ui.shell.no_such_module", "Nothing", "Visitors"),
            (Area.ALARM, "tests.ui.shell.shell_fakes", "ClientArea", "Alarm"),
        ),
    )
    sign_in(qtbot, window, "ann", made.password)
    assert window.workspace.count() == 3
    assert window.areas[Area.SESSIONS].objectName() == "area_unavailable"
    assert window.areas[Area.VISITORS].objectName() == "area_unavailable"
    assert isinstance(window.areas[Area.ALARM], shell_fakes.ClientArea)


def test_ctrl_l_locks_from_an_open_modal_dialog(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    sign_in(qtbot, window, "ann", made.password)
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QLabel(shell_fakes.CLIENT_TEXT))

    def press() -> None:
        qtbot.waitExposed(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(0, press)
    assert dialog.exec() == QDialog.DialogCode.Rejected  # closed by the lock
    assert window.current_screen is window.lock_screen
    assert window.ctx.worker is None


def test_ctrl_l_does_nothing_on_the_sign_in_screen(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.assertNotEmitted(window.ctx.locked):
        qtbot.keyClick(
            window.sign_in.form.name_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
        )
    assert window.current_screen is window.sign_in


def test_copied_text_does_not_outlive_the_session(
    qtbot: QtBot, window: MainWindow, made: MadeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QClipboard

    sign_in(qtbot, window, "ann", made.password)
    clipboard = QApplication.clipboard()
    clipboard.setText("copied in another program")
    # The offscreen platform cannot tell who owns the clipboard; a desktop can.
    monkeypatch.setattr(QClipboard, "ownsClipboard", lambda self: False)
    window.lock()
    assert clipboard.text() == "copied in another program"  # not ours: left alone

    window.lock_screen.switch_button.click()
    sign_in(qtbot, window, "ann", made.password)
    clipboard.setText(shell_fakes.CLIENT_TEXT)
    monkeypatch.setattr(QClipboard, "ownsClipboard", lambda self: True)
    window.lock()
    assert clipboard.text() == ""


def test_each_counted_shift_shows_on_the_hide_button(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    sign_in(qtbot, window, "ann", made.password)
    _tap_shift(qtbot, window.workspace, times=2)
    assert window.hide_action.text().endswith("●●○")
    _tap_shift(qtbot, window.workspace, times=1)
    assert window.current_screen is window.neutral
    assert "●" not in window.hide_action.text()


def test_closing_the_window_signs_out_and_closes_the_vault(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    sign_in(qtbot, window, "ann", made.password)
    worker = window.ctx.worker
    assert worker is not None
    window.close()
    assert worker.closed and window.ctx.worker is None
    assert _audit_actions(made)[-2] == "signout"  # then the check's own sign-in
