"""Fixtures for the shell tests: a real vault (fast Argon2), a main window on its sign-in screen,
with stand-in areas so the tests do not depend on the other parts being finished."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault, make_vault
from tests.ui.shell import shell_fakes
from tjdesk.actors import Role
from tjdesk.policy import Area
from ui import main_window
from ui.context import AppContext
from ui.main_window import MainWindow

FAKE_AREAS = (
    (Area.SESSIONS, "tests.ui.shell.shell_fakes", "ClientArea", "Counseling sessions"),
    (Area.VISITORS, "tests.ui.shell.shell_fakes", "ClientArea", "Visitor briefings"),
    (Area.ALARM, "tests.ui.shell.shell_fakes", "ClientArea", "Alarm"),
    (Area.ADMIN, "tests.ui.shell.shell_fakes", "ClientArea", "Administration"),
)


@pytest.fixture(autouse=True)
def private_settings(qapp: object, tmp_path: Path) -> Iterator[None]:
    """The language choice is kept in QSettings: each test gets its own. Whatever a test does
    to the language, translators and default locale are put back for the tests that follow."""
    from PySide6.QtCore import QLocale, QSettings

    from ui import app as app_module

    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    locale = QLocale()
    yield
    app_module.install_language("en")  # removes any translator we installed
    QLocale.setDefault(locale)


@pytest.fixture(autouse=True)
def no_global_style(monkeypatch: pytest.MonkeyPatch) -> None:
    """start_gui styles the whole application (style, font, style sheet); in the shared test
    process that would change how every later test's widgets look, so it is left out here.
    (The README screenshots and the benchmark run the real styling.)"""
    from PySide6.QtWidgets import QApplication

    from ui import app as app_module

    monkeypatch.setattr(app_module, "create_application", lambda argv=None: QApplication.instance())


@pytest.fixture(autouse=True)
def fake_areas(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(main_window, "AREAS", FAKE_AREAS)
    shell_fakes.LIVE_AREAS.clear()
    yield
    shell_fakes.LIVE_AREAS.clear()


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> MadeVault:
    """Built once: making a vault costs about a second (fsyncs, migrations); copying it, not."""
    made = make_vault(
        tmp_path_factory.mktemp("template") / "vault",
        users=[("ann", Role.COUNSELOR), ("rita", Role.RECEPTION)],
    )
    made.close()
    return made


@pytest.fixture
def made(template_vault: MadeVault, tmp_path: Path) -> Iterator[MadeVault]:
    """A private copy of the template vault: admin, ann (counselor), rita (reception)."""
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


def open_window(qtbot: QtBot, folder: Path) -> MainWindow:
    ctx = AppContext(folder, language="en")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, made: MadeVault) -> Iterator[MainWindow]:
    win = open_window(qtbot, made.folder)
    yield win
    win.close()


def sign_in(qtbot: QtBot, win: MainWindow, name: str, password: str) -> None:
    form = win.sign_in.form
    form.name_edit.setText(name)
    form.password_edit.setText(password)
    with qtbot.waitSignal(win.ctx.signed_in, timeout=20_000):
        form.submit_button.click()
    assert win.current_screen is win.workspace


def visible_texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    """Every text a person could read in the window right now."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

    texts = []
    for child in widget.findChildren(QWidget):
        if not child.isVisible():
            continue
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QLineEdit) and child.echoMode() == QLineEdit.EchoMode.Normal:
            texts.append(child.text())
    return texts
