"""One TJ Desk per user session: a second start hands over to the first and quits.

Two copies would mean two lock states (one locked, one not) and two vault connections. The
first copy listens on a local socket named for the user (QLocalServer: a Unix socket in the
user's runtime folder, a named pipe on Windows); a second start connects, asks the first to
bring its window forward, and ends. Nothing is sent but a fixed word: no client data.
"""

from __future__ import annotations

import getpass
import hashlib
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

SHOW_REQUEST = b"show\n"
CONNECT_TIMEOUT_MS = 500


def server_name(user: str | None = None) -> str:
    """A name private to this user's session (hashed: a user name may hold any character)."""
    who = user if user is not None else getpass.getuser()
    return "tjdesk-" + hashlib.sha256(who.encode("utf-8")).hexdigest()[:16]


class SingleInstance(QObject):
    """``acquire()`` True: this is the first copy (and ``show_requested`` fires whenever a later
    start asks for the window). False: another copy runs and has been asked to come forward."""

    show_requested = Signal()

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        if self._ask_running_copy():
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket left behind by a copy that crashed: nobody answered, so it is stale.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                # Still no: run anyway (a missing guard must never stop the alarm screen).
                log.warning("single-instance guard unavailable: %s", server.errorString())
                return True
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _ask_running_copy(self) -> bool:
        # No parent and no deleteLater: Python owns the socket and frees it on return (a
        # pending deferred delete of a child would race this object's own deletion).
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            socket.abort()
            return False
        socket.write(SHOW_REQUEST)
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        if socket.state() != QAbstractSocket.SocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
        return True

    def _on_connection(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            if socket is None:
                break
            # The request is one short word: wait for it briefly rather than keep the socket.
            if socket.bytesAvailable() or socket.waitForReadyRead(CONNECT_TIMEOUT_MS):
                if SHOW_REQUEST.strip() in bytes(socket.readAll().data()):
                    self.show_requested.emit()
            socket.abort()


def bring_forward(window: object) -> None:
    """Show the window on top (restored if minimised). It stays on whatever screen it shows:
    a locked window comes forward locked."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    if not isinstance(window, QWidget):
        return
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
