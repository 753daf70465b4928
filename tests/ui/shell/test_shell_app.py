"""Start-up: the wizard when there is no vault, the sign-in screen when there is one, a plain
message when the vault cannot be opened; the language setting; the window icon."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import TEST_KDF, MadeVault
from tjdesk.paths import keyslot_path
from tjdesk.vault.errors import KeyFileDamaged, KeyFileMissing
from ui import app as app_module
from ui.app import install_language, saved_language, start_gui
from ui.main_window import MainWindow
from ui.signin.form import describe_error
from ui.wizard.wizard import FirstRunWizard


@pytest.fixture(autouse=True)
def no_alarm_service(monkeypatch: pytest.MonkeyPatch) -> None:
    # Start-up would start the real alarm service; these tests look at the screens only.
    monkeypatch.setattr(app_module, "start_alarm", lambda alarm=None: alarm)


def _close(gui: app_module.Gui) -> None:
    for widget in (gui.window, gui.wizard):
        if widget is not None:
            widget.close()


def test_no_vault_opens_the_wizard_then_the_sign_in_screen(qtbot: QtBot, tmp_path: Path) -> None:
    gui = start_gui(tmp_path / "vault", kdf=TEST_KDF)
    try:
        assert isinstance(gui.wizard, FirstRunWizard) and gui.wizard.isVisible()
        assert gui.window is None
        wizard = gui.wizard
        wizard.next()
        wizard.shelter_page.name_edit.setText("Room 1")
        wizard.next()
        wizard.admin_page.name_edit.setText("boss")
        wizard.admin_page.password_edit.setText("a long pass phrase")
        wizard.admin_page.confirm_edit.setText("a long pass phrase")
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.key_page, timeout=30_000)
        wizard.key_page.stored.setChecked(True)
        wizard.accept()
        assert isinstance(gui.window, MainWindow) and gui.window.isVisible()
        assert gui.window.current_screen is gui.window.sign_in
        assert gui.window.sign_in.form.name_edit.text() == "boss"
    finally:
        _close(gui)


def test_an_existing_vault_opens_the_sign_in_screen(qtbot: QtBot, made: MadeVault) -> None:
    gui = start_gui(made.folder)
    try:
        assert gui.wizard is None
        assert isinstance(gui.window, MainWindow)
        assert gui.window.current_screen is gui.window.sign_in
        assert gui.window.windowTitle() == "TJ Desk"
    finally:
        _close(gui)


def test_a_missing_key_file_is_explained_on_the_sign_in_screen(
    qtbot: QtBot, made: MadeVault
) -> None:
    keyslot_path(made.folder).unlink()
    gui = start_gui(made.folder)
    try:
        assert isinstance(gui.window, MainWindow)
        form = gui.window.sign_in.form
        qtbot.waitUntil(form.message.isVisible, timeout=10_000)
        # In the saved language (Thai by default), the vault's own sentence for this case.
        assert form.message.text() == describe_error(KeyFileMissing())
        assert form.message.text() != describe_error(KeyFileDamaged())
    finally:
        _close(gui)


def test_the_app_has_an_icon(qtbot: QtBot) -> None:
    icon = app_module.app_icon()
    assert not icon.isNull()
    assert icon.pixmap(64, 64).toImage().pixelColor(32, 8).name() == "#2f6f73"


def test_thai_is_the_default_language_and_english_can_be_chosen(qtbot: QtBot) -> None:
    assert saved_language() == "th"
    app_module.save_language("en")
    try:
        assert saved_language() == "en"
        app_module.save_language("xx")  # ignored: only Thai and English ship
        assert saved_language() == "en"
    finally:
        app_module.save_language("th")


def test_switching_language_on_the_sign_in_screen_retranslates_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    from ui.context import AppContext

    assert isinstance(window.ctx, AppContext)
    screen = window.sign_in
    received: list[str] = []
    screen.language_changed.connect(received.append)
    screen.language.setCurrentIndex(screen.language.findData("th"))
    screen.language.setCurrentIndex(screen.language.findData("en"))
    assert received == ["th", "en"]
    assert window.ctx.language == "en"
    assert screen.form.submit_button.text() == "Sign in"


def test_a_missing_catalogue_leaves_english_and_no_error(qtbot: QtBot) -> None:
    assert QCoreApplication.instance() is not None
    install_language("en")
    assert QCoreApplication.translate("SignInScreen", "Sign in") == "Sign in"


def test_run_gui_runs_until_the_window_is_closed(qtbot: QtBot, made: MadeVault) -> None:
    import argparse

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def close_when_shown() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown = [w for w in windows if w.isVisible()]
        if shown:
            for window in shown:
                window.close()
        else:
            QTimer.singleShot(20, close_when_shown)

    QTimer.singleShot(0, close_when_shown)
    assert app_module.run_gui(argparse.Namespace(vault=str(made.folder))) == 0
