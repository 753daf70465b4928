"""A bar chart of how long real alarms waited for an answer, month by month (QPainter; QtCharts
is not installed). Each bar is the month's median time to acknowledge; the number of alarms
answered stands under the month. A dashed line marks the 30-second escalation goal.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.alarm.log_model import format_duration

GOAL_S = 30.0
BAR = QColor("#1565C0")
SLOW_BAR = QColor("#B71C1C")  # months whose median missed the goal
INK = QColor("#212121")


class ResponseChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._months: list[tuple[str, float, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)
        self.setAccessibleName(self.tr("Median time to acknowledge, per month"))

    def set_months(self, months: list[tuple[str, float, int]]) -> None:
        self._months = list(months)
        self.update()

    def months(self) -> list[tuple[str, float, int]]:
        return list(self._months)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(480, 220)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(INK)
        painter.drawText(
            QRectF(8, 4, self.width() - 16, 20),
            Qt.AlignmentFlag.AlignLeft,
            self.tr("Median time to acknowledge, per month"),
        )
        painter.setFont(self.font())
        if not self._months:
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No answered alarms in this view."),
            )
            painter.end()
            return
        left, top, right, bottom = 64.0, 30.0, 12.0, 40.0
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        top_value = max(max(m[1] for m in self._months), GOAL_S) * 1.15
        painter.setPen(QPen(QColor("#9E9E9E"), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        for fraction in (0.0, 0.5, 1.0):
            y = plot.bottom() - plot.height() * fraction
            painter.setPen(INK)
            painter.drawText(
                QRectF(0, y - 9, left - 6, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                format_duration(top_value * fraction),
            )
        goal_y = plot.bottom() - plot.height() * GOAL_S / top_value
        painter.setPen(QPen(QColor("#616161"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), goal_y), QPointF(plot.right(), goal_y))
        slot = plot.width() / len(self._months)
        bar_width = min(48.0, slot * 0.6)
        for number, (month, seconds, count) in enumerate(self._months):
            x = plot.left() + slot * number + (slot - bar_width) / 2
            height = plot.height() * seconds / top_value
            bar = QRectF(x, plot.bottom() - height, bar_width, height)
            painter.fillRect(bar, SLOW_BAR if seconds > GOAL_S else BAR)
            painter.setPen(INK)
            painter.drawText(
                QRectF(x - 20, bar.top() - 18, bar_width + 40, 16),
                Qt.AlignmentFlag.AlignHCenter,
                format_duration(seconds),
            )
            label = self.tr("%1 (%2)").replace("%1", month).replace("%2", str(count))
            painter.drawText(
                QRectF(x - slot / 2, plot.bottom() + 4, bar_width + slot, 16),
                Qt.AlignmentFlag.AlignHCenter,
                label,
            )
        painter.end()
