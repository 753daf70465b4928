"""Settings never change under the mouse wheel: a spin box, date field, drop-down list or
slider takes the wheel only when it has the keyboard focus (clicked or tabbed into).

Otherwise the wheel scrolls the page it sits on, as the user meant: a walkthrough saw "Second
escalation after" go from 120 s to 113 s while scrolling the alarm settings. One app-wide
event filter, so every such control in every screen behaves the same.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

_PROPERTY = "tjdesk_wheel_guard"
_CONTROLS = (QAbstractSpinBox, QComboBox, QAbstractSlider)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, _CONTROLS):
            # Qt gives a spin box the focus on the first wheel turn (WheelFocus), before any
            # filter sees the turn: only a click or Tab may focus these controls.
            _take_wheel_only_with_focus(watched)
            return False
        if kind != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        control = _value_control(watched)
        if control is None or control.hasFocus():
            return False
        # Handed to the scroll area the control sits in, so the page scrolls as meant.
        ancestor = control.parentWidget()
        while ancestor is not None:
            if isinstance(ancestor, QAbstractScrollArea):
                QApplication.sendEvent(ancestor.viewport(), event.clone())
                break
            ancestor = ancestor.parentWidget()
        return True  # the control's value stays as it was


def _take_wheel_only_with_focus(control: QWidget) -> None:
    if control.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _value_control(widget: QWidget) -> QWidget | None:
    """The spin box, combo box or slider this widget is (or is part of), if any."""
    current: QWidget | None = widget
    for _ in range(3):  # a spin box's line edit, a combo box's inner parts
        if current is None:
            return None
        if isinstance(current, QScrollBar):
            return None  # scroll bars scroll: that is what the wheel is for
        if isinstance(current, _CONTROLS):
            return current
        current = current.parentWidget()
    return None


def install_wheel_guard(app: QApplication | None = None) -> None:
    """Install the filter once on the application (idempotent)."""
    instance = app or QApplication.instance()
    if not isinstance(instance, QApplication):
        return
    if not instance.property(_PROPERTY):
        guard = WheelGuard(instance)
        instance.installEventFilter(guard)
        instance.setProperty(_PROPERTY, True)
    # The guard comes after the first screen is painted (start-up time): controls polished
    # before then get the focus rule now.
    for widget in instance.allWidgets():
        if isinstance(widget, _CONTROLS):
            _take_wheel_only_with_focus(widget)
