"""The sort arrow in list headers points the way people read it: ▲ for smallest first.

Qt draws an ascending column with its "sort down" arrow (QHeaderView paints AscendingOrder as
QStyleOptionHeader.SortDown), so in the Fusion style the case list sorted 0001, 0002 shows ▼
and sorted 0002, 0001 shows ▲. Windows Explorer, macOS Finder and the people in the Xvfb
walkthrough read ▲ as "ascending" (issue 17, item 10), so the arrow is flipped here; the order
each list is in does not change.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionHeader, QWidget

_FLIPPED = {
    QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
    QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
}


class SortArrowStyle(QProxyStyle):
    def drawPrimitive(  # noqa: N802 - Qt API
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            flipped = QStyleOptionHeader(option)
            flipped.sortIndicator = _FLIPPED.get(option.sortIndicator, option.sortIndicator)
            super().drawPrimitive(element, flipped, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)


def app_style() -> QStyle:
    """The app's style: Fusion (the same look everywhere), with the arrow as people read it."""
    return SortArrowStyle("Fusion")
