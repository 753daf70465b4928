"""What a keyboard or screen-reader user meets: the interactive controls of a screen, their
accessible names, and the Tab chain through them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)


def describe(w: QWidget) -> str:
    text = w.text() if isinstance(w, QAbstractButton | QLabel) else ""
    return f"{type(w).__name__}#{w.objectName()}" + (f" {text!r}" if text else "")


def is_inner_part(w: QWidget) -> bool:
    """Parts Qt builds inside another control (a combo box's line edit, a spin box's edit,
    a scroll bar, a tab bar's scroll arrows): named and reached through their owner."""
    parent = w.parentWidget()
    if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar | QAbstractItemView):
        return True  # (a table's header is part of the table)
    name = w.objectName()
    return name.startswith("qt_") or isinstance(w, QAbstractSlider)


def controls(root: QWidget) -> list[QWidget]:
    """Visible, enabled interactive controls under ``root``."""
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and w.isVisible() and w.isEnabled() and not is_inner_part(w)
    ]


def labelled_by(w: QWidget) -> str:
    """The text of a label that names ``w`` (a buddy, or its row label in a form)."""
    for label in w.window().findChildren(QLabel):
        if label.buddy() is w and label.text():
            return label.text()
    # Qt's screen-reader support also reads a form row's label, but only when the form is
    # the parent's own layout (not a form nested in another layout).
    parent = w.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(w)
        if isinstance(label, QLabel) and label.text():
            return label.text()
    return ""


def accessible_name(w: QWidget) -> str:
    if w.accessibleName():
        return w.accessibleName()
    if isinstance(w, QComboBox | QAbstractItemView | QTabBar):
        # Qt would read a combo box's current value as its name: that names nothing.
        return labelled_by(w) if not isinstance(w, QTabBar) else "tabs"
    interface = QAccessible.queryAccessibleInterface(w)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return name or labelled_by(w)


def unnamed(root: QWidget) -> list[str]:
    return [describe(w) for w in controls(root) if not accessible_name(w).strip()]


def tab_chain(window: QWidget, start: QWidget | None = None, limit: int = 80) -> list[QWidget]:
    """The widgets focus visits on Tab from ``start`` (or the current focus) until it comes
    back round (or ``limit`` presses)."""
    window.activateWindow()
    for _ in range(200):  # activation arrives as an event; then the focus can be set
        QApplication.processEvents()
        if QApplication.activeWindow() is window.window():
            break
    if start is not None:
        start.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
    first = QApplication.focusWidget()
    assert first is not None, "nothing has the keyboard focus"
    chain = [first]
    left_first = False  # (Tab first steps through a date field's own parts)
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None
        QTest.keyClick(current, Qt.Key.Key_Tab)
        QApplication.processEvents()
        focused = QApplication.focusWidget()
        if focused is None or (focused is first and left_first):
            break
        left_first = left_first or focused is not first
        chain.append(focused)
    return chain
