"""Stand-in areas for the shell tests: they show client-like text the lock must take away."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

CLIENT_TEXT = "Client Somsri K., room 4, safe house on Soi 12"
LIVE_AREAS: list[QWidget] = []


class ClientArea(QWidget):
    def __init__(self, ctx: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.label = QLabel(CLIENT_TEXT, objectName="client_text")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        LIVE_AREAS.append(self)


class TitleChangingArea(ClientArea):
    """A careless area that tries to put a client's name in the window title."""

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        self.window().setWindowTitle(CLIENT_TEXT)
        super().showEvent(event)  # type: ignore[arg-type]


class BrokenArea(QWidget):
    def __init__(self, ctx: object, parent: QWidget | None = None) -> None:
        raise RuntimeError("this part is broken")
