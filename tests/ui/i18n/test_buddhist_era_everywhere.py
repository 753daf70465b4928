"""Issue 17, item 8: in Thai every date shown or entered is Buddhist Era, in one style (the
lists' "1 ธ.ค. 2569"); the sign-in error follows a language switch."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.i18n.catalogue import has_thai
from tests.ui.i18n.screens import open_window
from ui import dates, i18n
from ui.date_field import DateField
from ui.lock.neutral import NeutralScreen


def test_a_sign_in_error_is_reworded_when_thai_is_chosen(
    qtbot: QtBot, made: MadeVault, alarm: object
) -> None:
    window = open_window(qtbot, made, alarm, "en")
    form = window.sign_in.form
    form.name_edit.setText("somsri")
    form.password_edit.setText("not the password")
    qtbot.waitUntil(form.submit_button.isEnabled, timeout=5000)
    form.submit_button.click()
    qtbot.waitUntil(lambda: form.message.isVisible() and bool(form.message.text()), timeout=20_000)
    english = form.message.text()
    assert not has_thai(english)

    screen = window.sign_in
    screen.language.setCurrentIndex(screen.language.findData("th"))
    qtbot.waitUntil(lambda: has_thai(form.message.text()), timeout=5000)
    assert form.message.text() != english


def test_the_date_field_shows_and_takes_buddhist_era_in_thai(qtbot: QtBot) -> None:
    i18n.install_language("th")
    field = DateField(QDate(2026, 12, 1))
    qtbot.addWidget(field)
    field.show()
    assert field.text_shown() == "1 ธ.ค. 2569"
    assert field.text_shown() == dates.short_date_text(dt.date(2026, 12, 1))  # lists' style

    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "15/1/2570")
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
    assert field.date() == QDate(2027, 1, 15)
    assert field.text_shown() == "15 ม.ค. 2570"

    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "no date")
    field.clearFocus()
    field.editingFinished.emit()
    assert field.date() == QDate(2027, 1, 15)  # a bad entry changes nothing

    field.show_calendar()
    assert field.popup is not None and field.popup.heading.text() == "มกราคม 2570"
    field.popup.close()

    i18n.install_language("en")
    qtbot.waitUntil(lambda: field.text_shown() == "15 Jan 2027", timeout=2000)


def test_every_date_entry_in_the_forms_is_our_field() -> None:
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[3] / "ui"
    found = []
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
                "QDateEdit",
                "QDateTimeEdit",
            ):
                found.append(str(path.relative_to(root)))
    # Qt's fields have no Buddhist Era; the time part of DateTimeField is Qt's (no year).
    assert found == ["date_field.py"]


def test_the_hide_screen_clock_uses_the_same_era_and_style(qtbot: QtBot) -> None:
    i18n.install_language("th")
    screen = NeutralScreen()
    qtbot.addWidget(screen)
    screen.show()
    today = dt.date.today()
    assert screen.date_label.text() == dates.date_text(today, "th")
    assert str(today.year + 543) in screen.date_label.text()
    i18n.install_language("en")
