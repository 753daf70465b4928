"""Choosing a language changes the words on screen at once, without a restart: the sign-in
screen, the lock screen, the window's own toolbar and tabs, the alarm banner and the wizard.
The work areas are built at sign-in, in the language chosen by then."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QWidget, QWizard
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.i18n.catalogue import has_thai, plain
from tests.ui.i18n.screens import SOCIAL_WORKER, open_window, sign_in
from ui import i18n
from ui.context import AppContext

ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
# Data and names, not interface text: the same in every language.
NOT_INTERFACE = {"Counseling room 1", SOCIAL_WORKER, "English", "TJ Desk", "Demo shelter"}


def shown_texts(root: QWidget) -> list[str]:
    texts = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        texts.append(w.toolTip())
    return [t for t in texts if t]


def english_left(root: QWidget) -> list[str]:
    """Texts on show that are still English interface words."""
    return [
        t
        for t in shown_texts(root)
        if ENGLISH_WORD.search(t) and not has_thai(t) and t not in NOT_INTERFACE
    ]


def switch(qtbot: QtBot, language: str) -> None:
    i18n.install_language(language)
    qtbot.wait(20)  # LanguageChange is posted: let it arrive


def test_choosing_thai_on_the_sign_in_screen_changes_it_at_once(
    qtbot: QtBot, made: MadeVault, alarm: object
) -> None:
    window = open_window(qtbot, made, alarm, "en")
    screen = window.sign_in
    assert screen.form.submit_button.text() == "Sign in"
    assert english_left(window)  # it really starts in English

    screen.language.setCurrentIndex(screen.language.findData("th"))
    qtbot.waitUntil(lambda: plain(screen.form.submit_button.text()) == "เข้าสู่ระบบ", timeout=2000)
    assert english_left(window) == []
    assert i18n.current_language() == "th" and window.ctx.language == "th"

    screen.language.setCurrentIndex(screen.language.findData("en"))
    qtbot.waitUntil(lambda: screen.form.submit_button.text() == "Sign in", timeout=2000)
    assert not any(has_thai(t) for t in shown_texts(window) if t != "ไทย")


def test_after_signing_in_in_thai_the_areas_and_window_are_thai(
    qtbot: QtBot, made: MadeVault, alarm: object
) -> None:
    window = open_window(qtbot, made, alarm, "en")
    window.sign_in.language.setCurrentIndex(window.sign_in.language.findData("th"))
    sign_in(qtbot, window, SOCIAL_WORKER, made.password)
    for index in range(window.workspace.count()):
        window.workspace.setCurrentIndex(index)
        qtbot.wait(100)
        assert has_thai(window.workspace.tabText(index))
        assert english_left(window) == [], window.workspace.tabText(index)


def test_the_window_chrome_and_lock_screen_follow_a_switch(
    qtbot: QtBot, made: MadeVault, alarm: object
) -> None:
    window = open_window(qtbot, made, alarm, "en")
    sign_in(qtbot, window, SOCIAL_WORKER, made.password)
    assert window.lock_action.text() == "Lock (Ctrl+L)"
    switch(qtbot, "th")
    assert plain(window.lock_action.text()) == "ล็อกหน้าจอ (Ctrl+L)"
    assert all(has_thai(window.workspace.tabText(i)) for i in range(window.workspace.count()))
    assert has_thai(window.user_label.text())
    assert english_left(window.alarm_strip) == []

    window.lock()
    qtbot.waitUntil(lambda: window.current_screen is window.lock_screen, timeout=2000)
    assert english_left(window) == []
    switch(qtbot, "en")
    assert window.lock_screen.form.submit_button.text() == "Unlock"
    switch(qtbot, "th")
    assert plain(window.lock_screen.form.submit_button.text()) == "ปลดล็อก"


def test_choosing_thai_in_the_wizard_changes_its_pages_and_buttons(
    qtbot: QtBot, tmp_path, alarm: object
) -> None:
    from ui.wizard.wizard import FirstRunWizard

    i18n.install_language("en")
    wizard = FirstRunWizard(AppContext(tmp_path / "new-vault", alarm=alarm, language="en"))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.language_page.english.setChecked(True)
    qtbot.wait(20)
    assert wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "").startswith("Next")
    wizard.language_page.thai.setChecked(True)
    qtbot.waitUntil(lambda: has_thai(wizard.language_page.title()), timeout=2000)
    assert english_left(wizard) == []
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert has_thai(next_button.text()), next_button.text()
    wizard.next()
    qtbot.wait(20)
    assert english_left(wizard) == []


def test_a_widget_with_the_retranslating_mixin_follows_a_switch(qtbot: QtBot) -> None:
    from PySide6.QtCore import QCoreApplication

    class Panel(i18n.Retranslating, QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.title = QLabel(self)
            self.retranslate()

        def retranslate(self) -> None:
            self.title.setText(QCoreApplication.translate("SignInScreen", "Sign in"))

    panel = Panel()
    qtbot.addWidget(panel)
    switch(qtbot, "th")
    assert plain(panel.title.text()) == "เข้าสู่ระบบ"
    switch(qtbot, "en")
    assert panel.title.text() == "Sign in"
