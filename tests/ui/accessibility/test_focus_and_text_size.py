"""Where the keyboard is can be seen, and text follows the system's font size."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.i18n.screens import clipped_texts, every_main_screen

UI = Path(__file__).resolve().parents[3] / "ui"


def _luminance(rgb: int) -> float:
    channels = [((rgb >> shift) & 0xFF) / 255 for shift in (16, 8, 0)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _strongly_changed_pixels(a: QImage, b: QImage) -> int:
    """Pixels whose colour changed with a contrast of at least 3:1 (WCAG's focus appearance:
    the focus indicator must differ that much from the unfocused state)."""
    assert a.size() == b.size()
    count = 0
    for y in range(a.height()):
        for x in range(a.width()):
            before, after = a.pixel(x, y), b.pixel(x, y)
            if before != after:
                light, dark = sorted((_luminance(before), _luminance(after)), reverse=True)
                count += (light + 0.05) / (dark + 0.05) >= 3.0
    return count


@pytest.mark.usefixtures("app_style")
def test_keyboard_focus_is_clearly_drawn_on_every_kind_of_control(qtbot: QtBot) -> None:
    window = QWidget()
    column = QVBoxLayout(window)
    start = QLineEdit()
    default = QPushButton("Sign in")
    default.setDefault(True)
    combo = QComboBox()
    combo.addItem("ไทย")
    kinds = [QPushButton("Save"), default, QCheckBox("High risk"), QRadioButton("Thai"), combo,
             QTableView()]  # fmt: skip
    column.addWidget(start)
    for widget in kinds:
        column.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    faint = []
    previous: QWidget = start
    for widget in kinds:
        previous.setFocus()
        qtbot.wait(5)
        before = widget.grab().toImage()
        QTest.keyClick(previous, Qt.Key.Key_Tab)
        assert widget.hasFocus()
        after = widget.grab().toImage()
        # A ring all round: at least the widget's perimeter in changed pixels.
        if _strongly_changed_pixels(before, after) < widget.width() + widget.height():
            faint.append(type(widget).__name__)
        previous = widget
    assert faint == []


def test_no_style_sheet_fixes_text_in_pixels() -> None:
    """Sizes in points follow the system's scaling; pixel sizes would not."""
    offenders = []
    for path in UI.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"font-size:\s*\d+(\.\d+)?px", line):
                offenders.append(f"{path.relative_to(UI.parent)}:{number}")
    assert offenders == []


@pytest.fixture
def large_text(qapp: QApplication, app_style: None) -> Iterator[float]:
    """The system font at 150 % (as a user with low vision sets it)."""
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    qapp.setFont(font)
    yield font.pointSizeF()


@pytest.mark.text_measure
def test_labels_follow_a_larger_system_font_and_nothing_is_cut_off(
    qtbot: QtBot, made: MadeVault, alarm: object, large_text: float
) -> None:
    problems = []
    for name, window in every_main_screen(qtbot, made, alarm, "th"):
        problems += [f"{name}: {p}" for p in clipped_texts(window)]
        if name == "sign-in":
            form_label = window.sign_in.form.findChild(QLabel, "")
            hint = window.sign_in.findChild(QLabel, "hint")
            for label in (form_label, hint):
                assert label is not None
                assert label.font().pointSizeF() == pytest.approx(large_text)
    assert problems == []


@pytest.mark.usefixtures("app_style")
def test_a_focused_spin_box_keeps_its_up_and_down_buttons(qtbot: QtBot) -> None:
    """Seen in the Xvfb walkthrough: the focused 'Keep visits for 730 days' box showed a dash
    where its arrows were (the focus border handed the box to the style sheet)."""
    from PySide6.QtWidgets import QSpinBox

    window = QWidget()
    column = QVBoxLayout(window)
    other = QLineEdit()
    spin = QSpinBox(suffix=" days", maximum=3650, value=730)
    column.addWidget(other)
    column.addWidget(spin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    unfocused = spin.grab().toImage()
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    focused = spin.grab().toImage()
    # The buttons' inside (clear of the border that focus thickens) looks the same.
    changed = sum(
        unfocused.pixel(x, y) != focused.pixel(x, y)
        for x in range(spin.width() - 16, spin.width() - 5)
        for y in range(5, spin.height() - 5)
    )
    assert changed < 40, changed  # a pixel's shift at most; without its arrows about 150
