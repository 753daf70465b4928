"""Colours meet WCAG AA: text at least 4.5:1 against its background, in the alarm banner's
every look (an emergency must be readable across the room) and in the app's style sheet."""

from __future__ import annotations

import re

import pytest

from ui.alarm.looks import PALETTES
from ui.alarm.state import LOUD_ALARM_LOOKS, Look

AA_TEXT = 4.5
AA_LARGE_OR_UI = 3.0  # focus rings and other non-text parts


def luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a #rrggbb colour (computed here, not borrowed from the
    code under test)."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_formula_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("look", list(Look), ids=lambda look: look.name)
def test_the_alarm_banner_text_is_readable_in_every_look(look: Look) -> None:
    palette = PALETTES[look]
    assert contrast(palette.text, palette.background) >= AA_TEXT
    assert contrast(palette.icon, palette.background) >= AA_LARGE_OR_UI
    if look in LOUD_ALARM_LOOKS:
        # "I'm on my way": the look's colour as text on a white button.
        assert contrast(palette.background, "#FFFFFF") >= AA_TEXT


def test_the_banner_on_screen_uses_those_colours(qtbot, alarm) -> None:  # type: ignore[no-untyped-def]
    from ui.alarm.banner import AlarmBanner

    banner = AlarmBanner(alarm)
    qtbot.addWidget(banner)
    palette = PALETTES[banner.look]
    sheet = banner.styleSheet()
    assert f"background: {palette.background}" in sheet
    assert f"color: {palette.text}" in sheet


def _rule_colours(style: str, selector: str) -> dict[str, str]:
    match = re.search(re.escape(selector) + r"\s*(?:,[^{]*)?\{([^}]*)\}", style)
    assert match, selector
    return dict(re.findall(r"(?<![-\w])(background|color):\s*(#[0-9a-fA-F]{6})", match.group(1)))


def test_the_style_sheet_text_colours_are_readable() -> None:
    from ui.app import STYLE

    page = _rule_colours(STYLE, "QMainWindow")["background"]
    card = _rule_colours(STYLE, "QFrame#card")["background"]
    body = _rule_colours(STYLE, "QWidget")["color"]
    error = _rule_colours(STYLE, 'QLabel[role="error"]')
    default = _rule_colours(STYLE, "QPushButton:default")
    strip = _rule_colours(STYLE, "QFrame#alarm_strip")["background"]
    pairs = {
        "body text on the page": (body, page),
        "body text on a card": (body, card),
        "heading on a card": (_rule_colours(STYLE, "QLabel#heading")["color"], card),
        "hint on the page": (_rule_colours(STYLE, "QLabel#hint")["color"], page),
        "error message": (error["color"], error["background"]),
        "main button": (default["color"], default["background"]),
        "fault on the alarm strip": (_rule_colours(STYLE, 'QLabel[role="fault"]')["color"], strip),
        "link button on a card": (_rule_colours(STYLE, "QPushButton#switch_user")["color"], card),
        "lock-screen clock": (_rule_colours(STYLE, "QLabel#clock")["color"], page),
    }
    low = {name: round(contrast(*pair), 2) for name, pair in pairs.items()}
    assert {name: ratio for name, ratio in low.items() if ratio < AA_TEXT} == {}


def test_a_field_that_cannot_be_changed_does_not_look_like_one_that_can(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Seen in the walkthrough: a read-only session's room field looked editable (white)."""
    from PySide6.QtWidgets import QLineEdit, QTimeEdit, QVBoxLayout, QWidget

    from ui.app import STYLE

    holder = QWidget()
    holder.setStyleSheet(STYLE)
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    editable, disabled, read_only = QLineEdit("Room 2"), QLineEdit("Room 2"), QLineEdit("Room 2")
    disabled.setEnabled(False)
    read_only.setReadOnly(True)
    time_editable, time_disabled = QTimeEdit(), QTimeEdit()
    time_disabled.setEnabled(False)
    for widget in (editable, disabled, read_only, time_editable, time_disabled):
        layout.addWidget(widget)
    holder.show()
    qtbot.waitExposed(holder)

    def inside(widget: QWidget) -> str:
        # a pixel in the middle of the field, right of its short text
        return widget.grab().toImage().pixelColor(widget.width() // 2, widget.height() // 2).name()

    assert inside(editable) == "#ffffff"
    assert inside(disabled) != "#ffffff" and inside(read_only) != "#ffffff"
    assert inside(time_editable) == "#ffffff" and inside(time_disabled) != "#ffffff"
    # the greyed text stays readable on the greyed field
    greyed = _rule_colours(STYLE, "QLineEdit:disabled")
    assert contrast(greyed["color"], greyed["background"]) >= AA_TEXT
    assert disabled.sizeHint() == editable.sizeHint()  # nothing moves when a field locks
