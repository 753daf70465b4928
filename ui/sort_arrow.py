"""The sort arrow in list headers points the way people read it: ▲ for smallest first.

Qt draws an ascending column with its "sort down" arrow (QHeaderView paints AscendingOrder as
QStyleOptionHeader.SortDown), so in the Fusion style the case list sorted 0001, 0002 shows ▼
and sorted 0002, 0001 shows ▲. Windows Explorer, macOS Finder and the people in the Xvfb
walkthrough read ▲ as "ascending" (issue 17, item 10), so the arrow is flipped here; the order
each list is in does not change.

The flip is the style of each sortable list's header (``flip_sort_arrow``), not the app's:
an app-wide Python style is called for every primitive of every widget painted, and loading it
cost the start-up about 10 ms before the sign-in window could be painted (issue 18).
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)

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


APP_STYLE = "Fusion"  # the same look everywhere (and in the README screenshots)


def app_style() -> QStyle:
    """Fusion, the app's style, with the arrow as people read it."""
    return SortArrowStyle(APP_STYLE)


_shared: list[QStyle] = []


def flip_sort_arrow(header: QHeaderView) -> None:
    """▲ on ``header``'s column when its smallest value is on top. One style for every header,
    kept as long as the application (a widget does not own the style it is given)."""
    if not _shared:
        style = app_style()
        app = QApplication.instance()
        if app is not None:
            style.setParent(app)
        _shared.append(style)
    header.setStyle(_shared[0])
