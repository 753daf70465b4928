"""Issue 17, item 3: one TJ Desk per user session; a second start brings the first forward."""

from __future__ import annotations

import os
import uuid

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from ui import app as app_module
from ui.single_instance import SingleInstance, server_name


@pytest.fixture(autouse=True)
def no_alarm_service(monkeypatch: pytest.MonkeyPatch) -> None:
    # Start-up would start the real alarm service; these tests look at the window only.
    monkeypatch.setattr(app_module, "start_alarm", lambda alarm=None: alarm)


def test_names_differ_per_user_and_hide_the_user_name() -> None:
    assert server_name("ann") != server_name("rita")
    assert "ann" not in server_name("ann")


def test_a_second_start_hands_over_and_the_first_window_comes_forward(
    qtbot: QtBot, made: MadeVault
) -> None:
    name = f"tjdesk-test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    first = SingleInstance(name)
    assert first.acquire()
    try:
        gui = app_module.start_gui(made.folder)
        window = gui.window
        assert window is not None
        app_module.follow_later_starts(gui, first)
        window.showMinimized()
        qtbot.waitUntil(window.isMinimized, timeout=5000)

        second = SingleInstance(name)
        with qtbot.waitSignal(first.show_requested, timeout=5000):
            assert not second.acquire()  # the second copy is told to quit

        assert not window.isMinimized() and window.isVisible()
        assert not (window.windowState() & Qt.WindowState.WindowMinimized)
        assert window.current_screen is window.sign_in  # it comes forward as it was
    finally:
        first.release()
        window.close()


def test_after_the_first_copy_ends_a_new_start_runs(qtbot: QtBot) -> None:
    name = f"tjdesk-test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    first = SingleInstance(name)
    assert first.acquire()
    first.release()
    again = SingleInstance(name)
    assert again.acquire()
    again.release()
