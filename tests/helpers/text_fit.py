"""Is a widget's text drawn whole? Measured on its pixels, not on its size hint.

A size hint can be right and the text still cut off: Qt measures a button once, in the state it
is in then, and paints it in the state it is in now (focused, the default button), and a style
sheet that changes a border or the font weight between those states cuts the text. So we draw
the widget as it is, and again 200 px wider, and count the pixels of text in each: fewer at its
real width means some of it was cut off.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QRadioButton, QWidget

EXTRA_WIDTH = 200
EDGE = 4  # columns at each side left out: the widget's border, not its text


def _ink(widget: QWidget) -> int:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    rows = range(height // 5, height - height // 5)  # no rounded corners, no top/bottom border
    columns = range(EDGE, width - EDGE)
    pixels = [image.pixel(x, y) & 0xFFFFFF for y in rows for x in columns]
    if not pixels:
        return 0
    background = Counter(pixels).most_common(1)[0][0]
    bg = (background >> 16 & 255, background >> 8 & 255, background & 255)

    def far(rgb: int) -> bool:
        r, g, b = rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255
        return abs(r - bg[0]) + abs(g - bg[1]) + abs(b - bg[2]) > 120

    return sum(1 for p in pixels if far(p))


def text_is_cut_off(widget: QWidget) -> bool:
    """True if some of the widget's text is not drawn at its present width."""
    size = widget.size()
    here = _ink(widget)
    widget.resize(size.width() + EXTRA_WIDTH, size.height())
    wide = _ink(widget)
    widget.resize(size)
    return here < wide - 2  # a couple of antialiased pixels either way


def buttons_cut_off(root: QWidget, *, with_focus: bool = True) -> list[str]:
    """Visible buttons, check boxes and radio buttons of ``root`` whose text is cut off, as
    they are and (``with_focus``) while each has the keyboard focus."""
    found = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text():
            continue
        states = [False, True] if with_focus else [False]
        for focused in states:
            if focused:
                button.setFocus()
                QApplication.processEvents()
            if text_is_cut_off(button):
                kind = "check box" if isinstance(button, QCheckBox | QRadioButton) else "button"
                state = " (focused)" if focused else ""
                found.append(f"{kind} {button.text()!r}{state}")
    return found
