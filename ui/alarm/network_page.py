"""Administration > Alarm network: join this computer's alarm service to the shelter's alarm
network with a station folder (from ``tjdesk network add-station``), and see the broker, the
stations online and the last message.

The service holds the connection, not this page: joining writes ``network`` into alarm.json and
asks the service to reload. Reading the station folder's small files is all this page does
itself; it never talks to the broker.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tjdesk.actors import Role
from tjdesk.alarm.config import load_config, save_config
from tjdesk.alarm.network.identity import load_identity
from tjdesk.alarm.network.timing import OFFLINE_WITHIN_S
from tjdesk.errors import TJDeskError
from ui.alarm.area import error_sentence
from ui.alarm.controller import AlarmController
from ui.alarm.state import local_time, network_line


class NetworkPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("network_page")
        self._ctx = ctx
        self._controller: AlarmController = ctx.alarm

        explain = QLabel(
            self.tr(
                "Every desk sees every room's alarm through the shelter's own broker. Join with "
                "the station folder the administrator made for this computer (tjdesk network "
                "add-station). The light outside the room never depends on the network."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(self.tr("Station folder"))
        self.folder.setPlaceholderText(self.tr("e.g. /etc/tjdesk/station or C:\\TJDesk\\station"))
        self.join_button = QPushButton(self.tr("Join"), self)
        self.join_button.clicked.connect(self.join)
        self.leave_button = QPushButton(self.tr("Leave the network"), self)
        self.leave_button.clicked.connect(self.leave)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.join_button)
        row.addWidget(self.leave_button)

        self.connection = QLabel(self)
        self.connection.setWordWrap(True)
        self.station = QLabel(self)
        self.broker = QLabel(self)
        self.stations = QLabel(self)
        self.stations.setWordWrap(True)
        self.last_message = QLabel(self)
        self.invalid = QLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("This station:"), self.station)
        form.addRow(self.tr("Broker:"), self.broker)
        form.addRow(self.tr("Stations online:"), self.stations)
        form.addRow(self.tr("Last message:"), self.last_message)
        form.addRow(self.tr("Messages ignored (not valid):"), self.invalid)
        # What the broker can keep (Mosquitto 2.0 sweeps keepalives every 6 s), not the
        # protocol's 1.5 x keepalive: see tjdesk/alarm/network/link.py.
        self.offline_note = QLabel(
            self.tr(
                "A computer that hangs or loses its cable is shown offline within %1 seconds; "
                "one that is shut down or closes the alarm service, at once."
            ).replace("%1", str(OFFLINE_WITHIN_S)),
            self,
        )
        self.offline_note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.connection)
        layout.addLayout(form)
        layout.addWidget(self.offline_note)
        layout.addWidget(self.message)
        layout.addStretch(1)

        self._controller.status_changed.connect(self.refresh)
        self._load_folder()
        self.refresh()

    def _is_admin(self) -> bool:
        user = getattr(self._ctx, "user", None)
        return user is not None and getattr(user, "role", None) is Role.ADMINISTRATOR

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("QLabel { color: %s; }" % ("#B71C1C" if error else "#1B5E20"))
        self.message.setText(text)

    def _load_folder(self) -> None:
        try:
            self.folder.setText(load_config(self._controller.alarm_dir).network)
        except TJDeskError as err:
            self._say(error_sentence(err), error=True)

    # ------------------------------------------------------------------------ actions

    @Slot()
    def join(self) -> None:
        self._set_network(self.folder.text().strip())

    @Slot()
    def leave(self) -> None:
        self._set_network("")

    def _set_network(self, folder: str) -> None:
        if not self._is_admin():
            self._say(self.tr("Only an administrator can change the alarm network."), error=True)
            return
        try:
            if folder:
                identity = load_identity(folder)  # a bad folder: one clear sentence, no change
            config = load_config(self._controller.alarm_dir)
            save_config(self._controller.alarm_dir, replace(config, network=folder))
        except TJDeskError as err:
            self._say(error_sentence(err), error=True)
            return
        self._controller.reload_config()
        if folder:
            self._say(
                self.tr("Joining as %1 (%2). The broker is %3.")
                .replace("%1", identity.name)
                .replace("%2", identity.station)
                .replace("%3", identity.broker)
            )
        else:
            self._say(self.tr("This computer has left the alarm network."))

    # ------------------------------------------------------------------------ showing

    @Slot()
    def refresh(self, *_args: object) -> None:
        status = self._controller.status or {}
        network = status.get("network") or None
        admin = self._is_admin()
        self.join_button.setEnabled(admin)
        self.leave_button.setEnabled(admin and network is not None)
        if network is None:
            self.connection.setText(self.tr("This computer has not joined the alarm network."))
            for label in (self.station, self.broker, self.stations, self.last_message):
                label.setText("-")
            self.invalid.setText("0")
            return
        self.connection.setText(network_line(status))
        self.connection.setStyleSheet(
            "" if network.get("connected") else "QLabel { color: #B71C1C; font-weight: bold; }"
        )
        if network.get("joined"):
            self.station.setText(
                f"{network.get('name')} ({network.get('station')}, {network.get('kind')}), "
                + self.tr("site %1").replace("%1", str(network.get("site")))
            )
        else:
            self.station.setText("-")
        broker = str(network.get("broker") or "-")
        state = self.tr("connected") if network.get("connected") else self.tr("NOT connected")
        self.broker.setText(f"{broker}: {state}")
        online = [s for s in network.get("stations") or [] if s.get("online")]
        self.stations.setText(
            ", ".join(f"{s.get('name')} ({s.get('kind')})" for s in online) or self.tr("none")
        )
        self.last_message.setText(local_time(network.get("last_message_at")) or self.tr("none"))
        self.invalid.setText(str(network.get("invalid_payloads") or 0))
