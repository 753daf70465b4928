"""No button's text is cut off, as it is drawn: focused, the default button, in Thai and
English, whatever fonts the machine has (make test runs these again with no system fonts).

These are the buttons a new user found cut off on a machine with other fonts: the wizard's
"Create the vault", "Add user", the alarm's "Reset", "Recover", a question's "Yes", a visit's
"ภาษาไทย (th)" language box, the sign-in screen's recovery link."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.text_fit import buttons_cut_off, text_is_cut_off
from tests.ui.i18n.screens import settle
from ui import i18n
from ui.context import AppContext

pytestmark = [pytest.mark.text_measure, pytest.mark.usefixtures("app_style")]

LANGUAGES = {"th": "ภาษาไทย", "en": "English"}


def show(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=5000)
    settle(qtbot, widget)
    return widget


def add_user() -> QWidget:
    from ui.admin.dialogs import AddUserDialog

    return AddUserDialog()


def alarm_reset() -> QWidget:
    from ui.alarm.reset_dialog import ResetDialog

    return ResetDialog("somsri", "Counseling room 1")


def recovery(tmp_path) -> Callable[[], QWidget]:  # noqa: ANN001
    def make() -> QWidget:
        from ui.signin.recovery import RecoveryDialog

        return RecoveryDialog(tmp_path)

    return make


def question() -> QWidget:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "TJ Desk",
        "Delete the draft?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box


def new_visit() -> QWidget:
    from ui.visitors.visit_dialog import VisitDialog

    return VisitDialog({"th": "ภาษาไทย (th)", "en": "English (en)"})


@pytest.mark.parametrize("name", ["add user", "alarm reset", "recovery", "question", "new visit"])
def test_no_dialog_button_is_cut_off_focused_or_not(
    qtbot: QtBot,
    tmp_path,
    language: str,
    name: str,  # noqa: ANN001
) -> None:
    make = {
        "add user": add_user,
        "alarm reset": alarm_reset,
        "recovery": recovery(tmp_path),
        "question": question,
        "new visit": new_visit,
    }[name]
    dialog = show(qtbot, make())
    assert buttons_cut_off(dialog) == []


def test_the_wizard_buttons_are_not_cut_off(qtbot: QtBot, tmp_path, alarm, language) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QLineEdit, QWizard

    from ui.wizard.wizard import FirstRunWizard

    wizard = FirstRunWizard(AppContext(tmp_path / "new-vault", alarm=alarm, language=language))
    show(qtbot, wizard)
    problems = []
    for page in range(3):
        settle(qtbot, wizard)
        problems += [f"page {page}: {p}" for p in buttons_cut_off(wizard)]
        if page == 1:
            wizard.currentPage().findChild(QLineEdit).setText("Demo shelter")
        wizard.next()
    # The administrator's page commits: its button says "Create the vault".
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and commit.text()
    assert problems == []


def test_the_sign_in_links_are_not_cut_off_in_a_long_language(
    qtbot: QtBot,
    made,
    alarm,  # noqa: ANN001
) -> None:
    import os

    from tests.ui.i18n.screens import open_window

    os.environ[i18n.PSEUDO_SCALE_ENV] = "1.4"
    try:
        window = open_window(qtbot, made, alarm, "en")
        settle(qtbot, window)
        link = window.sign_in.recover_button
        assert link.isVisible() and not text_is_cut_off(link)
        link.setFocus()
        QApplication.processEvents()
        assert not text_is_cut_off(link)
    finally:
        os.environ.pop(i18n.PSEUDO_SCALE_ENV, None)
