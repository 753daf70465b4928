"""Everything works from the keyboard: Tab walks every control of the main screens in a
sensible order and comes back round (no trap), and a user can sign in without a mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.accessibility.controls import controls, describe, tab_chain
from tests.ui.i18n.screens import SOCIAL_WORKER, every_main_screen, open_window, sign_in
from ui.context import AppContext


def not_reached(window, chain) -> list[str]:  # type: ignore[no-untyped-def]
    """Controls Tab should reach but does not. The toolbar's Lock and Hide have their own keys
    (Ctrl+L, Shift three times); the on-screen panic control takes no focus on purpose (a
    stray Space must never call for help)."""
    from ui.alarm.panic_button import PanicButton

    return [
        describe(w)
        for w in controls(window)
        if w not in chain
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w, PanicButton)
    ]


def test_the_sign_in_screen_is_walked_in_reading_order(
    qtbot: QtBot, made: MadeVault, alarm: object
) -> None:
    window = open_window(qtbot, made, alarm)
    screen = window.sign_in
    chain = tab_chain(window, screen.form.name_edit)
    assert chain == [
        screen.form.name_edit,
        screen.form.password_edit,
        screen.form.submit_button,
        screen.recover_button,
        screen.language,
    ]


def test_a_user_signs_in_and_locks_without_a_mouse(
    qtbot: QtBot, made: MadeVault, alarm: object
) -> None:
    window = open_window(qtbot, made, alarm)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sign_in.form.name_edit)
    QTest.keyClicks(QApplication.focusWidget(), SOCIAL_WORKER)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.sign_in.form.password_edit
    QTest.keyClicks(QApplication.focusWidget(), made.password)
    with qtbot.waitSignal(window.ctx.signed_in, timeout=30_000):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen is window.workspace, timeout=10_000)
    # (Offscreen, the window loses activation while the areas are built; a desktop's window
    # manager gives it back. Do as it does.)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert window.workspace.isAncestorOf(QApplication.focusWidget())

    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_screen is window.lock_screen, timeout=2000)
    # The lock screen puts the cursor in the password field: type, Enter, back in.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.lock_screen.form.password_edit)
    QTest.keyClicks(QApplication.focusWidget(), made.password)
    with qtbot.waitSignal(window.ctx.signed_in, timeout=30_000):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_the_lock_screen_starts_at_the_password_then_unlock(
    qtbot: QtBot, made: MadeVault, alarm: object
) -> None:
    window = open_window(qtbot, made, alarm)
    sign_in(qtbot, window, SOCIAL_WORKER, made.password)
    window.lock()
    form = window.lock_screen.form
    chain = tab_chain(window, form.password_edit)
    assert chain[:3] == [form.password_edit, form.submit_button, window.lock_screen.switch_button]
    assert not_reached(window, chain) == []


def test_tab_reaches_every_control_of_every_main_screen_and_comes_back(
    qtbot: QtBot, made: MadeVault, alarm: object
) -> None:
    problems = []
    for name, window in every_main_screen(qtbot, made, alarm, "en"):
        chain = tab_chain(window, limit=120)
        if len(chain) > 100:
            problems.append(f"{name}: Tab is caught in {describe(chain[-1])}")
        # (Tab steps through a date field's day, month and year before leaving it.)
        pairs = zip(chain, chain[1:], strict=False)
        if any(a is b and not isinstance(a, QDateTimeEdit) for a, b in pairs):
            problems.append(f"{name}: Tab stays on one control")
        problems += [f"{name}: not reached: {w}" for w in not_reached(window, chain)]
    assert problems == []


def test_each_wizard_page_is_walked_from_its_fields_to_its_buttons(
    qtbot: QtBot, tmp_path, alarm: object
) -> None:
    from ui.wizard.wizard import FirstRunWizard

    wizard = FirstRunWizard(AppContext(tmp_path / "new-vault", alarm=alarm, language="en"))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    problems = []
    for page_number in range(3):
        page = wizard.currentPage()
        fields = [w for w in controls(page) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        chain = tab_chain(wizard, fields[0] if fields else None)
        problems += [f"page {page_number}: {w}" for w in not_reached(wizard, chain)]
        # Fields come in the order they are shown, before the wizard's buttons.
        shown = [w for w in chain if w in fields]
        if shown != sorted(shown, key=lambda w: w.mapTo(page, w.rect().topLeft()).y()):
            problems.append(f"page {page_number}: fields out of order")
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        if next_button.isVisible() and next_button.isEnabled() and next_button not in chain:
            problems.append(f"page {page_number}: Next is not reached")
        if page_number == 1:
            page.findChild(QLineEdit).setText("Demo shelter")
        wizard.next()
    assert problems == []
