"""A bar under the alarm strip that tells administrators of something to do, with one button.

The backup reminder and the recovery-key warning are two of them: a sentence (nothing about
clients) and a button that opens the right tab. Each hides itself when the session ends.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ReminderBar(QFrame):
    open_requested = Signal()  # the button: open the tab that deals with it

    def __init__(
        self,
        name: str,
        colours: tuple[str, str, str],
        parent: QWidget | None = None,
    ) -> None:
        """``colours``: background, border and text (the text at 4.5:1 or more on the
        background)."""
        super().__init__(parent)
        self.setObjectName(name)
        background, border, text = colours
        self.setStyleSheet(
            f"QFrame#{name} {{ background: {background}; border-bottom: 1px solid {border}; }}"
            f" QFrame#{name} QLabel {{ color: {text}; }}"
        )
        self.text = QLabel(objectName=f"{name}_text", wordWrap=True)
        self.button = QPushButton(objectName=f"{name}_button")
        self.button.clicked.connect(self.open_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 12, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.button, 0)
        self.hide()
