"""A screen reader can name every control: its own text, an accessible name, or a label
that names it (a buddy or its form row). Placeholder text does not count: it vanishes."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.accessibility.controls import accessible_name, unnamed
from tests.ui.i18n.screens import every_main_screen
from ui.context import AppContext


def test_the_check_notices_a_field_without_a_name(qtbot: QtBot) -> None:
    window = QWidget()
    field = QLineEdit(window, placeholderText="Search")
    qtbot.addWidget(window)
    window.show()
    assert unnamed(window) == ["QLineEdit#"]
    field.setAccessibleName("Search")
    assert accessible_name(field) == "Search"


def test_every_control_of_the_main_screens_has_a_name(
    qtbot: QtBot, made: MadeVault, alarm: object
) -> None:
    problems = []
    for name, window in every_main_screen(qtbot, made, alarm, "th"):
        problems += [f"{name}: {w}" for w in unnamed(window)]
    assert problems == []


def test_every_control_of_the_wizard_has_a_name(qtbot: QtBot, tmp_path, alarm: object) -> None:
    from ui.wizard.wizard import FirstRunWizard

    wizard = FirstRunWizard(AppContext(tmp_path / "new-vault", alarm=alarm, language="en"))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    problems = []
    for page_number in range(3):
        problems += [f"page {page_number}: {w}" for w in unnamed(wizard)]
        if page_number == 1:
            wizard.currentPage().findChild(QLineEdit).setText("Demo shelter")
        wizard.next()
    assert problems == []
