"""Issue 17, item 4: settings never change under the mouse wheel while scrolling a page."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tjdesk.actors import Actor, Role
from ui.alarm.settings import AlarmSettings
from ui.wheel_guard import install_wheel_guard


def _wheel(widget: QWidget, notches: int = -1) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _settings(qtbot: QtBot, controller, tmp_path) -> AlarmSettings:  # type: ignore[no-untyped-def]
    install_wheel_guard()
    ctx = SimpleNamespace(alarm=controller, user=Actor(1, "Admin", Role.ADMINISTRATOR), worker=None)
    station = QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat)
    widget = AlarmSettings(ctx, list_ports=lambda: [], station=station)
    qtbot.addWidget(widget)
    widget.resize(700, 420)  # small: the page scrolls
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_scrolling_over_the_escalation_time_leaves_it_alone(qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.alarm.alarm_fakes import FakeAlarmService
    from tests.ui.alarm.conftest import make_controller

    controller = make_controller(FakeAlarmService(), tmp_path / "alarm")
    try:
        widget = _settings(qtbot, controller, tmp_path)
        spin = widget.escalate_second
        before = spin.value()
        controls = [spin, widget.escalate_first, widget.hold_ms]
        values = [c.value() for c in controls]
        for control in controls:
            _wheel(control)
            _wheel(control.lineEdit())  # the text part of the box, where the pointer often is
        assert [c.value() for c in controls] == values
        assert not spin.hasFocus()

        spin.setFocus()
        qtbot.waitUntil(spin.hasFocus, timeout=2000)
        _wheel(spin)  # focused: the wheel is meant for it
        assert spin.value() != before
    finally:
        controller.close()


def test_the_wheel_over_an_unfocused_list_scrolls_the_page_instead(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox, QScrollArea, QVBoxLayout

    install_wheel_guard()
    area = QScrollArea()
    page = QWidget()
    column = QVBoxLayout(page)
    combo = QComboBox()
    combo.addItems(["Thai", "English", "Burmese", "Lao"])
    column.addWidget(combo)
    column.addSpacing(2000)  # a long page
    area.setWidget(page)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    _wheel(combo)
    assert combo.currentText() == "Thai"
    assert area.verticalScrollBar().value() > 0  # the page moved, as the user meant


def test_controls_shown_before_the_guard_is_installed_are_guarded_too(qtbot: QtBot) -> None:
    """The app installs the guard only after its first screen is painted (start-up time,
    issue 18): a spin box already on screen then must not take the wheel either."""
    from PySide6.QtWidgets import QSpinBox

    spin = QSpinBox()
    spin.setRange(0, 100)
    spin.setValue(50)
    qtbot.addWidget(spin)
    spin.show()
    qtbot.waitExposed(spin)
    spin.setFocusPolicy(Qt.FocusPolicy.WheelFocus)  # as Qt leaves it when polished unguarded
    spin.clearFocus()
    install_wheel_guard()
    _wheel(spin)
    assert spin.value() == 50
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus
