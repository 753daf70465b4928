"""No label or button is cut off when the words get longer: every text 40 % longer (a
pseudo-locale), and the real Thai. A text that cannot fit must wrap instead."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.i18n.screens import clipped_texts, every_main_screen, settle
from ui import i18n
from ui.context import AppContext

# A 1366 x 768 laptop is the smallest screen the shelters use; on Windows its taskbar and the
# window's title bar take about 70 px of the height.
SMALLEST_SCREEN_WIDTH = 1366
SMALLEST_SCREEN_HEIGHT = 768 - 40 - 30


@pytest.fixture(params=["pseudo", "th"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param == "pseudo":
        os.environ[i18n.PSEUDO_SCALE_ENV] = "1.4"
    try:
        yield "en" if request.param == "pseudo" else "th"
    finally:
        os.environ.pop(i18n.PSEUDO_SCALE_ENV, None)
        i18n.install_language("en")


def test_the_pseudo_locale_makes_texts_longer_and_keeps_placeholders(qapp: object) -> None:
    os.environ[i18n.PSEUDO_SCALE_ENV] = "1.4"
    try:
        i18n.install_language("th")
        text = qapp.translate("MainWindow", "Signed in: %1 (%2)")  # type: ignore[attr-defined]
        assert text.startswith("ผู้ใช้งาน: %1 (%2)") and len(text) >= 1.4 * len("ผู้ใช้งาน: %1 (%2)")
    finally:
        os.environ.pop(i18n.PSEUDO_SCALE_ENV, None)
        i18n.install_language("en")
    assert i18n.lengthen("<b>Alarm</b>", 1.4).endswith("</b>")


@pytest.mark.text_measure
@pytest.mark.usefixtures("app_style")
def test_no_text_is_cut_off_on_the_main_screens(
    qtbot: QtBot, made: MadeVault, alarm: object, language: str
) -> None:
    problems = []
    for name, window in every_main_screen(qtbot, made, alarm, language):
        problems += [f"{name}: {p}" for p in clipped_texts(window)]
        needed = window.minimumSizeHint()
        # Real Thai must fit the smallest screen; the +40 % stress test only must not clip
        # (the window may grow).
        if language == "th" and needed.width() > SMALLEST_SCREEN_WIDTH:
            problems.append(f"{name}: the window needs {needed.width()} px")
        if language == "th" and needed.height() > SMALLEST_SCREEN_HEIGHT:
            problems.append(f"{name}: the window needs {needed.height()} px of height")
    assert problems == []


@pytest.mark.text_measure
@pytest.mark.usefixtures("app_style")
def test_no_text_is_cut_off_in_the_wizard(
    qtbot: QtBot, tmp_path, alarm: object, language: str
) -> None:
    from ui.wizard.wizard import FirstRunWizard

    i18n.install_language(language)
    wizard = FirstRunWizard(AppContext(tmp_path / "new-vault", alarm=alarm, language=language))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    problems = []
    for page in range(3):
        settle(qtbot, wizard)
        problems += [f"page {page}: {p}" for p in clipped_texts(wizard)]
        if page == 1:
            wizard.currentPage().findChild(QLineEdit).setText("Demo shelter")
        wizard.next()
    assert problems == []
