"""Colours and icons of the alarm's looks, shared by the banner and the tray icon.

Colour is never the only signal: each look also has its own icon shape and its own words.
Text and background pairs meet WCAG AA (contrast ratio >= 4.5:1; tests check it). Icons are
painted with QPainter so they need no image files and scale to any size.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from ui.alarm.state import Look


@dataclass(frozen=True)
class Palette:
    background: str
    text: str
    border: str
    icon: str


PALETTES = {
    Look.READY: Palette("#E8F5E9", "#1B5E20", "#A5D6A7", "#2E7D32"),
    Look.ALARM: Palette("#B71C1C", "#FFFFFF", "#FFD600", "#FFFFFF"),
    Look.ACKNOWLEDGED: Palette("#BF360C", "#FFFFFF", "#BF360C", "#FFFFFF"),
    Look.DRILL: Palette("#0D47A1", "#FFFFFF", "#0D47A1", "#FFFFFF"),
    Look.FAULT: Palette("#FFEBEE", "#B71C1C", "#C62828", "#C62828"),
    # Discreet: the calm look of "ready", so an onlooker sees nothing change but the words.
    Look.DISCREET_SENT: Palette("#E8F5E9", "#1B5E20", "#A5D6A7", "#2E7D32"),
    Look.DISCREET_ACKNOWLEDGED: Palette("#E8F5E9", "#1B5E20", "#A5D6A7", "#2E7D32"),
}


def relative_luminance(hex_colour: str) -> float:
    colour = QColor(hex_colour)

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _shield(size: float) -> QPainterPath:
    s = size
    path = QPainterPath(QPointF(s * 0.5, s * 0.06))
    path.lineTo(s * 0.88, s * 0.2)
    path.cubicTo(s * 0.88, s * 0.62, s * 0.7, s * 0.82, s * 0.5, s * 0.95)
    path.cubicTo(s * 0.3, s * 0.82, s * 0.12, s * 0.62, s * 0.12, s * 0.2)
    path.closeSubpath()
    return path


def paint_look_icon(
    look: Look, size: int, colour: str | None = None, mark: str | None = None
) -> QPixmap:
    """The icon of a look: shield with tick (protected), triangle with "!" (alarm), shield
    with a cross (not protected), clock (drill), small tick (discreet)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor(colour or PALETTES[look].icon)
    s = float(size)
    stroke = QPen(
        ink,
        max(1.5, s * 0.09),
        Qt.PenStyle.SolidLine,
        Qt.PenCapStyle.RoundCap,
        Qt.PenJoinStyle.RoundJoin,
    )
    if look in (Look.ALARM, Look.ACKNOWLEDGED):
        triangle = QPolygonF(
            [QPointF(s * 0.5, s * 0.06), QPointF(s * 0.96, s * 0.92), QPointF(s * 0.04, s * 0.92)]
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawPolygon(triangle)
        mark_colour = QColor(mark or PALETTES[look].background)
        painter.setPen(QPen(mark_colour, s * 0.11, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(s * 0.5, s * 0.36), QPointF(s * 0.5, s * 0.62))
        painter.drawPoint(QPointF(s * 0.5, s * 0.78))
    elif look is Look.FAULT:
        painter.setPen(stroke)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(_shield(s))
        painter.drawLine(QPointF(s * 0.34, s * 0.32), QPointF(s * 0.66, s * 0.64))
        painter.drawLine(QPointF(s * 0.66, s * 0.32), QPointF(s * 0.34, s * 0.64))
    elif look is Look.DRILL:
        painter.setPen(stroke)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QRectF(s * 0.08, s * 0.08, s * 0.84, s * 0.84))
        painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.24))
        painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.7, s * 0.6))
    elif look in (Look.DISCREET_SENT, Look.DISCREET_ACKNOWLEDGED):
        painter.setPen(stroke)
        painter.drawLine(QPointF(s * 0.14, s * 0.52), QPointF(s * 0.36, s * 0.74))
        painter.drawLine(QPointF(s * 0.36, s * 0.74), QPointF(s * 0.86, s * 0.26))
    else:  # READY
        painter.setPen(stroke)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(_shield(s))
        painter.drawLine(QPointF(s * 0.32, s * 0.5), QPointF(s * 0.45, s * 0.64))
        painter.drawLine(QPointF(s * 0.45, s * 0.64), QPointF(s * 0.7, s * 0.36))
    painter.end()
    return pixmap


def look_icon(look: Look) -> QIcon:
    """A tray/window icon: the look's shape in its signal colour on a transparent ground."""
    colour = (
        PALETTES[look].background
        if look in (Look.ALARM, Look.ACKNOWLEDGED, Look.DRILL)
        else PALETTES[look].icon
    )
    icon = QIcon()
    for size in (16, 22, 32, 64):
        icon.addPixmap(paint_look_icon(look, size, colour, mark="#FFFFFF"))
    return icon
