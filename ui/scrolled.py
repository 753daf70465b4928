"""A page that scrolls instead of making the window taller than a small screen.

A tab's minimum height becomes the whole window's: one tall page (the alarm area's "Now" with
its four boxes, the alarm settings) made the signed-in window 813 px tall on a 1366 x 768
laptop, its bottom off the screen. Wrapped, the page fills the space it gets and scrolls when
it gets less.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolled(page: QWidget, name: str = "") -> QScrollArea:
    scroller = QScrollArea(objectName=name)
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    scroller.setWidget(page)
    return scroller
