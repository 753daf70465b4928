"""Start-up work put off until the first screen is painted (issue 18) still happens."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui.first_paint import after_first_paint


def test_the_work_runs_after_the_window_is_painted(qtbot: QtBot) -> None:
    calls: list[bool] = []
    window = QLabel("TJ Desk")
    qtbot.addWidget(window)
    after_first_paint(window, lambda: calls.append(window.isVisible()))
    assert calls == []  # not before anything is on screen
    window.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=5000)


def test_the_work_runs_even_if_the_window_is_never_painted(qtbot: QtBot) -> None:
    calls: list[str] = []
    window = QLabel("hidden")
    qtbot.addWidget(window)
    after_first_paint(window, lambda: calls.append("done"))
    qtbot.waitUntil(lambda: calls == ["done"], timeout=5000)
