"""The discreet on-screen panic control and the panic shortcut."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ui.alarm.banner import AlarmBanner
from ui.alarm.panic_button import PanicButton, install_panic_shortcut
from ui.alarm.state import Look

SHOTS = Path(os.environ.get("TJDESK_SHOTS", "/tmp/tjdesk-shots"))


class FakeClock:
    def __init__(self) -> None:
        self.ms = 0.0

    def __call__(self) -> float:
        return self.ms


def raises(service) -> list[tuple]:
    return [args for name, args in service.commands if name == "raise_alarm"]


def make_button(qtbot, controller):
    clock = FakeClock()
    button = PanicButton(controller, clock=clock)
    qtbot.addWidget(button)
    button.show()
    return button, clock


def test_a_short_hold_does_nothing(qtbot, controller, fake_service):
    button, clock = make_button(qtbot, controller)
    qtbot.mousePress(button, Qt.MouseButton.LeftButton, pos=QPoint(16, 16))
    clock.ms = 600
    qtbot.waitUntil(lambda: button.progress >= 0.6, timeout=5000)  # the ring has grown
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton, pos=QPoint(16, 16))
    assert raises(fake_service) == []
    assert button.progress == 0.0
    assert controller.view().look is Look.READY


def test_holding_one_second_raises_from_the_screen(qtbot, controller, fake_service):
    button, clock = make_button(qtbot, controller)
    banner = AlarmBanner(controller)
    qtbot.addWidget(banner)
    qtbot.mousePress(button, Qt.MouseButton.LeftButton, pos=QPoint(16, 16))
    clock.ms = 999
    qtbot.waitUntil(lambda: button.progress > 0.99, timeout=5000)
    assert raises(fake_service) == []
    with qtbot.waitSignal(button.raised, timeout=5000):
        clock.ms = 1000
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton, pos=QPoint(16, 16))
    assert raises(fake_service) == [("UI",)]
    # The presser's screen changes only discreetly: no loud alarm, no dialog.
    qtbot.waitUntil(lambda: banner.look is Look.DISCREET_SENT, timeout=5000)
    assert "ALARM" not in banner.headline_text()
    assert fake_service.state == "alarm"
    SHOTS.mkdir(parents=True, exist_ok=True)
    button.grab().save(str(SHOTS / "panic-button-done.png"))


def test_holding_longer_raises_once(qtbot, controller, fake_service):
    button, clock = make_button(qtbot, controller)
    qtbot.mousePress(button, Qt.MouseButton.LeftButton, pos=QPoint(16, 16))
    clock.ms = 5000
    qtbot.waitUntil(lambda: len(raises(fake_service)) == 1, timeout=5000)
    clock.ms = 9000
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton, pos=QPoint(16, 16))
    assert len(raises(fake_service)) == 1


def test_the_shortcut_raises_from_any_widget_of_the_app(qtbot, controller, fake_service):
    window = QWidget()
    layout = QVBoxLayout(window)
    field = QLineEdit(window)
    layout.addWidget(field)
    qtbot.addWidget(window)
    install_panic_shortcut(window, controller)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=5000)
    field.setFocus()
    qtbot.keyClick(
        field,
        Qt.Key.Key_F12,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: raises(fake_service) == [("HOTKEY",)], timeout=5000)
    assert field.text() == ""
