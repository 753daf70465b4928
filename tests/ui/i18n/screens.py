"""The app's main screens, built for the language and accessibility tests: the sign-in screen,
the signed-in main window with its real areas, the lock screen and the first-run wizard.

A real vault (fast Argon2, made once per session and copied per test), a fake alarm service
(no hardware), and the app's own style sheet and fonts, as a user sees them.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault, make_vault
from tests.ui.alarm.alarm_fakes import FakeAlarmService
from tests.ui.alarm.conftest import make_controller
from tjdesk.actors import Role
from ui import i18n
from ui.context import AppContext
from ui.main_window import MainWindow

SOCIAL_WORKER = "somsri"
ADMIN = "admin"


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """Whatever a test does to the language, English and the old locale come back after it;
    QSettings (the saved language) is the test's own."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    locale = QLocale()
    yield
    i18n.install_language("en")
    QLocale.setDefault(locale)


@pytest.fixture
def app_style(qapp: QApplication) -> Iterator[None]:
    """The app's style sheet and fonts (restored after: other tests expect plain widgets)."""
    from ui.app import STYLE, register_app_fonts

    sheet, font, style = qapp.styleSheet(), qapp.font(), qapp.style().name()
    qapp.setStyle("Fusion")
    register_app_fonts(qapp)
    qapp.setStyleSheet(STYLE)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setStyle(style)


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> MadeVault:
    made = make_vault(
        tmp_path_factory.mktemp("i18n-template") / "vault",
        users=[(SOCIAL_WORKER, Role.SOCIAL_WORKER)],
        shelter_name="Demo shelter",
    )
    made.close()
    return made


@pytest.fixture
def made(template_vault: MadeVault, tmp_path: Path) -> Iterator[MadeVault]:
    folder = tmp_path / "vault"
    shutil.copytree(template_vault.folder, folder)
    vault = MadeVault(
        folder,
        template_vault.recovery_key,
        template_vault.password,
        {name: replace(h, folder=folder) for name, h in template_vault.handles.items()},
    )
    yield vault
    vault.close()


@pytest.fixture
def alarm(qtbot: QtBot, tmp_path: Path) -> Iterator[object]:
    service = FakeAlarmService()
    controller = make_controller(service, tmp_path / "alarm")
    with qtbot.waitSignal(controller.status_changed, timeout=5000):
        controller.start()
    qtbot.waitUntil(lambda: controller.available, timeout=5000)
    yield controller
    controller.close()


def open_window(
    qtbot: QtBot, made: MadeVault, alarm: object, language: str = "en", *, install: bool = True
) -> MainWindow:
    if install:  # False: keep the translators a test installed itself
        i18n.install_language(language)
    window = MainWindow(AppContext(made.folder, alarm=alarm, language=language))
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def sign_in(qtbot: QtBot, window: MainWindow, name: str, password: str) -> None:
    form = window.sign_in.form
    form.name_edit.setText(name)
    form.password_edit.setText(password)
    with qtbot.waitSignal(window.ctx.signed_in, timeout=30_000):
        form.submit_button.click()
    qtbot.waitUntil(lambda: window.current_screen is window.workspace, timeout=10_000)


def settle(qtbot: QtBot, widget: QWidget) -> None:
    """Let layouts and queued work (first vault loads) land before measuring."""
    qtbot.wait(50)
    widget.layout() and widget.layout().activate()  # type: ignore[func-returns-value]
    QApplication.processEvents()


def readable_widgets(root: QWidget) -> list[QWidget]:
    """Visible labels and buttons: what a person reads."""
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, QLabel | QAbstractButton) and w.isVisible() and w.window().isVisible()
    ]


def visible_texts(root: QWidget) -> list[str]:
    texts = []
    for w in readable_widgets(root):
        text = w.text()
        if text:
            texts.append(text)
    return texts


def clipped_texts(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text needs (a label that wraps is fine)."""
    found = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, QLabel | QAbstractButton) or not w.isVisible():
            continue
        if not w.text() or (isinstance(w, QLabel) and (w.wordWrap() or w.pixmap() is not None)):
            continue
        if w.sizeHint().width() > w.width() + 1:
            found.append(f"{type(w).__name__}#{w.objectName()} {w.text()!r}: "
                         f"needs {w.sizeHint().width()} px, has {w.width()}")  # fmt: skip
    return found


def every_main_screen(  # type: ignore[no-untyped-def]
    qtbot: QtBot, made: MadeVault, alarm: object, language: str, *, install: bool = True
):
    """Yields (name, window) for the sign-in screen, each area of a social worker and of the
    administrator, and the lock screen; the wizard is separate (no vault yet)."""
    for user in (SOCIAL_WORKER, ADMIN):
        window = open_window(qtbot, made, alarm, language, install=install)
        if user == SOCIAL_WORKER:
            settle(qtbot, window)
            yield "sign-in", window
        sign_in(qtbot, window, user, made.password)
        for index in range(window.workspace.count()):
            window.workspace.setCurrentIndex(index)
            settle(qtbot, window)
            qtbot.wait(150)  # the area's first page of rows arrives from the vault
            area = f"{user}: {window.workspace.tabText(index)}"
            yield area, window
            # The area's own tabs (administration: users, settings, audit trail...).
            for inner in window.workspace.widget(index).findChildren(QTabWidget):
                for page in range(1, inner.count()):
                    inner.setCurrentIndex(page)
                    settle(qtbot, window)
                    qtbot.wait(100)
                    yield f"{area} / {inner.tabText(page)}", window
                inner.setCurrentIndex(0)
        window.lock()
        settle(qtbot, window)
        yield f"{user}: lock screen", window
        window.close()
