"""Regenerate packaging/windows/tjdesk.ico from the SVG icon (run after editing the SVG).

QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/windows/make_icon.py
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZE = 256  # Windows scales a 256-pixel icon down for the Start menu and taskbar

if __name__ == "__main__":
    app = QGuiApplication([])
    renderer = QSvgRenderer(str(HERE.parent / "linux" / "tjdesk.svg"))
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(HERE / "tjdesk.ico"), "ICO"):
        raise SystemExit("could not write tjdesk.ico")
