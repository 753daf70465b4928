"""Every text the main screens ask Qt to translate has Thai in the catalogue.

lupdate only sees literal strings; this catches texts it cannot see (a title kept in a table
and translated later, a context held in a variable) by recording what the screens really ask
for, then looking each one up in the Thai catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.i18n.screens import every_main_screen
from ui import i18n

# Qt-internal lookups that are not words on screen, or that Thai writes as in English.
NOT_WORDS = {
    ("QGuiApplication", "QT_LAYOUT_DIRECTION"),  # Thai is left-to-right, the default
    ("QProgressBar", "%p%"),
}
KEY_NAMES = "QShortcut"  # Ctrl, Shift, Alt: Thai keyboards and manuals use the English names


class RecordingTranslator(QTranslator):
    """Notes every (context, text) asked for; translates nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False

    def translate(self, context, source_text, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        if source_text:
            self.asked.add((context, source_text))
        return None  # not mine: Qt asks the Thai catalogue next


def test_every_text_the_main_screens_show_has_thai(
    qtbot: QtBot, made: MadeVault, alarm: object
) -> None:
    catalogue = i18n.CatalogueTranslator()
    data = i18n.catalogue_bytes("th")
    assert data is not None and catalogue.load(data)
    recorder = RecordingTranslator()
    app = QCoreApplication.instance()
    assert app is not None
    i18n.install_language("th")
    app.installTranslator(recorder)
    try:
        screens = [
            name for name, _window in every_main_screen(qtbot, made, alarm, "th", install=False)
        ]
    finally:
        app.removeTranslator(recorder)
    assert len(screens) >= 6 and len(recorder.asked) > 100
    # PySide's self.tr() asks again along the class's bases (QWidget, QObject...) when the
    # translation equals the source: a text counts as found if any context it was asked in has it.
    found = {
        text
        for context, text in recorder.asked
        if (context, text) in NOT_WORDS
        or context == KEY_NAMES
        or catalogue.translate(context, text)
    }
    missing = sorted((context, text) for context, text in recorder.asked if text not in found)
    assert missing == [], "not in the Thai catalogue (see test_catalogue docstring)"
