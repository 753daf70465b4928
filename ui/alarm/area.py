"""The alarm area: the room's devices, the current alarm, acknowledge/reset, drills, the log.

Everything shown comes from the alarm service's status (through ``ctx.alarm``, the
AlarmController) and from the vault's alarm log (through ``ui.ops.run_in_vault``, never on the
GUI thread). Reset needs the signed-in user (``ctx.user``), a reason and a tick that someone
has checked on the room. On a screen marked as visible from the counseling room, the current
alarm shows only the same discreet words as the banner.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tjdesk.alarm.engine import MAX_DRILL_SECONDS
from tjdesk.errors import TJDeskError
from ui.alarm.controller import AlarmController
from ui.alarm.log_model import (
    KIND_ALARM,
    KIND_FAULT,
    KIND_SERVICE,
    KIND_TEST,
    AlarmLogFilter,
    AlarmLogModel,
    Incident,
    load_incidents,
    monthly_response,
)
from ui.alarm.network_rooms import NetworkRoomsModel
from ui.alarm.reset_dialog import ResetDialog
from ui.alarm.response_chart import ResponseChart
from ui.alarm.safe_emit import weak_callback
from ui.alarm.state import LOUD_ALARM_LOOKS, AlarmView, Look, fault_sentence
from ui.date_field import DateField
from ui.i18n import error_text
from ui.scrolled import scrolled
from ui.sort_arrow import flip_sort_arrow

DRILL_PROMPT_DAYS = 7
LOG_RELOAD_DELAY_MS = 800
LOG_EVENTS = {
    "alarm",
    "acknowledged",
    "reset",
    "escalated",
    "fault",
    "fault_cleared",
    "test_press",
    "test_ended",
    "service_started",
    "service_stopped",
}


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_sentence(err: BaseException) -> str:
    return error_text(err, _translate("AlarmArea", "That did not work. Nothing was changed."))


class DevicesModel(QAbstractTableModel):
    """The room's devices as the service reports them."""

    COLUMNS = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._devices: list[dict[str, Any]] = []

    def set_devices(self, devices: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._devices = [dict(d) for d in devices]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._devices)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            labels = (
                self.tr("Device"),
                self.tr("State"),
                self.tr("Last heartbeat"),
                self.tr("Light"),
                self.tr("Port"),
                self.tr("What to check"),
            )
            return labels[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        device = self._devices[index.row()]
        faulty = bool(device.get("faults")) or not device.get("connected")
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1 and faulty:
            return QColor("#B71C1C")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        spec = str(device.get("spec", ""))
        if column == 0:
            return spec
        if column == 1:
            faults = list(device.get("faults") or [])
            if faults:
                return " ".join(fault_sentence(str(code), spec) for code in faults)
            if not device.get("connected"):
                return self.tr("Not connected")
            return self.tr("Working")
        if column == 2:
            age = device.get("last_heartbeat_age_s")
            if age is None:
                return self.tr("never")
            return self.tr("%1 s ago").replace("%1", f"{float(age):.1f}")
        if column == 3:
            light = device.get("light")
            if light is None:
                return ""
            names = {
                "OFF": self.tr("off"),
                "ON": self.tr("on"),
                "FL1": self.tr("alarm flash"),
                "FL2": self.tr("drill flash"),
            }
            text = names.get(str(light), str(light))
            if not device.get("confirmed"):
                text += " " + self.tr("(as commanded; this board cannot confirm)")
            return text
        if column == 4:
            return " ".join(str(p) for p in (device.get("port"), device.get("usb_id")) if p)
        if column == 5:
            hint = device.get("hint")
            return _translate("alarm", str(hint)) if hint else ""
        return None


class AlarmArea(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._controller: AlarmController = ctx.alarm
        if self._controller is None:
            # No alarm link in this window (it could not be started): say so, plainly.
            self.unavailable = QLabel(
                self.tr("The alarm service is not connected to this window."), self
            )
            self.unavailable.setWordWrap(True)
            QVBoxLayout(self).addWidget(self.unavailable)
            return
        self.reset_dialog: ResetDialog | None = None
        self._view: AlarmView | None = None
        self.log_loads = 0
        self._revealed_id: str | None = None
        self._now = lambda: datetime.now(UTC)

        tabs = QTabWidget(self)
        # Scrolled: the "Now" page's boxes together are taller than a small laptop's screen.
        tabs.addTab(scrolled(self._build_now_tab(), "alarm_now"), self.tr("Now"))
        tabs.addTab(scrolled(self._build_log_tab(), "alarm_log"), self.tr("Alarm log"))
        self.tabs = tabs
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(tabs)

        self._log_timer = QTimer(self, singleShot=True, interval=LOG_RELOAD_DELAY_MS)
        self._log_timer.timeout.connect(self.reload_log)
        self._controller.status_changed.connect(self.refresh)
        self._controller.service_lost.connect(self.refresh)
        self._controller.service_restored.connect(self.refresh)
        self._controller.event_received.connect(self._on_event)
        self._controller.command_failed.connect(self._show_message)
        self.refresh()

    # ------------------------------------------------------------------------ building

    def _build_now_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)

        self.current_box = QGroupBox(self.tr("Current alarm"), page)
        current = QVBoxLayout(self.current_box)
        self.current_headline = QLabel(self.current_box)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(20)
        self.current_headline.setFont(font)
        self.current_headline.setWordWrap(True)
        self.current_detail = QLabel(self.current_box)
        self.current_detail.setWordWrap(True)
        current.addWidget(self.current_headline)
        current.addWidget(self.current_detail)
        actions = QHBoxLayout()
        self.ack_button = QPushButton(self.tr("I'm on my way"), self.current_box)
        self.ack_button.clicked.connect(self.acknowledge)
        self.reset_button = QPushButton(self.tr("Reset the alarm..."), self.current_box)
        self.reset_button.clicked.connect(self.open_reset_dialog)
        # On a discreet screen the alarm shows as "Received"; staff can open it deliberately
        # (e.g. to reset it when this is the only computer).
        self.reveal_button = QPushButton(self.tr("Details"), self.current_box)
        self.reveal_button.clicked.connect(self.reveal)
        actions.addWidget(self.reveal_button)
        actions.addWidget(self.ack_button)
        actions.addWidget(self.reset_button)
        actions.addStretch(1)
        current.addLayout(actions)
        layout.addWidget(self.current_box)

        self.drill_prompt = QLabel(page)
        self.drill_prompt.setWordWrap(True)
        self.drill_prompt.setStyleSheet(
            "QLabel { background: #FFF8E1; color: #5D4037; border: 1px solid #FFB300;"
            " border-radius: 4px; padding: 8px; }"
        )
        layout.addWidget(self.drill_prompt)

        drill_box = QGroupBox(self.tr("Drill"), page)
        drill = QHBoxLayout(drill_box)
        drill.addWidget(QLabel(self.tr("Length:"), drill_box))
        self.drill_minutes = QSpinBox(drill_box)
        self.drill_minutes.setRange(1, MAX_DRILL_SECONDS // 60)
        self.drill_minutes.setValue(2)
        self.drill_minutes.setSuffix(self.tr(" min"))
        drill.addWidget(self.drill_minutes)
        self.start_drill_button = QPushButton(self.tr("Start a drill"), drill_box)
        self.start_drill_button.clicked.connect(self.start_drill)
        self.stop_drill_button = QPushButton(self.tr("End the drill"), drill_box)
        self.stop_drill_button.clicked.connect(self.stop_drill)
        drill.addWidget(self.start_drill_button)
        drill.addWidget(self.stop_drill_button)
        drill.addStretch(1)
        layout.addWidget(drill_box)

        self.service_label = QLabel(page)
        self.service_label.setWordWrap(True)
        # Whoever sees "not running" can start it right here (not only under Administration).
        self.start_service_button = QPushButton(self.tr("Start the alarm service"), page)
        self.start_service_button.setObjectName("start_alarm_service")
        self.start_service_button.clicked.connect(self.start_service)
        service_row = QHBoxLayout()
        service_row.addWidget(self.service_label, 1)
        service_row.addWidget(self.start_service_button)
        layout.addLayout(service_row)
        self.message_label = QLabel(page)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("QLabel { color: #B71C1C; }")
        layout.addWidget(self.message_label)

        # The alarm network: every other room, and how this station is connected.
        self.network_box = QGroupBox(self.tr("Rooms on the alarm network"), page)
        network_layout = QVBoxLayout(self.network_box)
        self.network_label = QLabel(self.network_box)
        self.network_label.setWordWrap(True)
        network_layout.addWidget(self.network_label)
        self.rooms_model = NetworkRoomsModel(self)
        self.rooms_view = QTableView(self.network_box)
        self.rooms_view.setModel(self.rooms_model)
        self.rooms_view.setTabKeyNavigation(False)
        self.rooms_view.setAccessibleName(self.tr("Rooms on the alarm network"))
        self.rooms_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rooms_view.horizontalHeader().setStretchLastSection(True)
        self.rooms_view.verticalHeader().hide()
        network_layout.addWidget(self.rooms_view)
        layout.addWidget(self.network_box)

        devices_box = QGroupBox(self.tr("Devices in this room"), page)
        devices_layout = QVBoxLayout(devices_box)
        self.devices_model = DevicesModel(self)
        self.devices_view = QTableView(devices_box)
        self.devices_view.setModel(self.devices_model)
        self.devices_view.setTabKeyNavigation(False)  # Tab leaves the table
        self.devices_view.setAccessibleName(self.tr("Devices in this room"))
        self.devices_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.devices_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # A fault sentence can be long: the state and "What to check" share what is left and
        # wrap, so "What to check" is never pushed off the screen.
        for column in (1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.devices_view.setWordWrap(True)
        self.devices_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.devices_view.verticalHeader().hide()
        devices_layout.addWidget(self.devices_view)
        layout.addWidget(devices_box, 1)
        return page

    def _build_log_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        filters = QFormLayout()
        dates = QHBoxLayout()
        today = QDate.currentDate()
        self.date_from = DateField(today.addYears(-1), page)
        self.date_to = DateField(today, page)
        self.date_from.setAccessibleName(self.tr("From"))
        self.date_to.setAccessibleName(self.tr("To"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._apply_filters)
            dates.addWidget(edit)
        dates.addStretch(1)
        filters.addRow(self.tr("From / to:"), dates)
        self.room_filter = QComboBox(page)
        self.room_filter.addItem(self.tr("All rooms"), "")
        self.room_filter.currentIndexChanged.connect(self._apply_filters)
        filters.addRow(self.tr("Room:"), self.room_filter)
        self.kind_filter = QComboBox(page)
        for label, kind in (
            (self.tr("Everything"), ""),
            (self.tr("Real alarms"), KIND_ALARM),
            (self.tr("Drill presses (tests)"), KIND_TEST),
            (self.tr("Faults"), KIND_FAULT),
            (self.tr("Alarm service stopped or started"), KIND_SERVICE),
        ):
            self.kind_filter.addItem(label, kind)
        self.kind_filter.currentIndexChanged.connect(self._apply_filters)
        filters.addRow(self.tr("Kind:"), self.kind_filter)
        self.slow_filter = QSpinBox(page)
        self.slow_filter.setRange(0, 3600)
        self.slow_filter.setSuffix(self.tr(" s"))
        self.slow_filter.setSpecialValueText(self.tr("any"))
        self.slow_filter.valueChanged.connect(self._apply_filters)
        filters.addRow(self.tr("Answered after at least:"), self.slow_filter)
        layout.addLayout(filters)

        self.log_model = AlarmLogModel(self)
        self.log_filter = AlarmLogFilter(self)
        self.log_filter.setSourceModel(self.log_model)
        self.log_view = QTableView(page)
        self.log_view.setModel(self.log_filter)
        self.log_view.setTabKeyNavigation(False)  # Tab leaves the table
        self.log_view.setAccessibleName(self.tr("Alarm log"))
        flip_sort_arrow(self.log_view.horizontalHeader())  # ▲ = oldest on top
        self.log_view.setSortingEnabled(True)
        self.log_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.log_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_view.verticalHeader().hide()
        self.log_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.chart = ResponseChart(page)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.addWidget(self.log_view)
        splitter.addWidget(self.chart)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        self.log_status = QLabel(page)
        refresh = QPushButton(self.tr("Refresh"), page)
        refresh.clicked.connect(self.reload_log)
        bottom.addWidget(self.log_status, 1)
        bottom.addWidget(refresh)
        layout.addLayout(bottom)
        return page

    # ------------------------------------------------------------------------- showing

    def _user_name(self) -> str | None:
        user = getattr(self._ctx, "user", None)
        return getattr(user, "name", None) if user is not None else None

    @Slot()
    def refresh(self, *_args: object) -> None:
        controller = self._controller
        status = controller.status or {}
        alarm_id = (status.get("alarm") or {}).get("id")
        # Revealed for this alarm only: the next alarm is discreet again.
        view = controller.view(full=alarm_id is not None and alarm_id == self._revealed_id)
        self._view = view
        signed_in = bool(self._user_name())
        in_alarm = status.get("state") in ("alarm", "acknowledged") and bool(status.get("alarm"))
        loud = view.look in LOUD_ALARM_LOOKS
        self._refresh_network(status, view.network_line)

        if view.room_id is not None:
            # Another room's alarm: answer it from here; it is reset only in that room.
            self.current_headline.setText(view.headline)
            self.current_detail.setText(view.detail)
            self.reveal_button.setVisible(False)
            self.ack_button.setVisible(True)
            self.ack_button.setEnabled(view.can_acknowledge)
            self.reset_button.setVisible(False)
        elif in_alarm and (loud or view.look in (Look.DISCREET_SENT, Look.DISCREET_ACKNOWLEDGED)):
            self.current_headline.setText(view.headline)
            self.current_detail.setText(view.detail)
        elif controller.available and view.drill:
            self.current_headline.setText(self.tr("Alarm drill"))
            self.current_detail.setText(view.drill)
        elif controller.available:
            self.current_headline.setText(self.tr("No alarm"))
            self.current_detail.setText("")
        else:
            self.current_headline.setText(view.headline)
            self.current_detail.setText(view.detail)
        alarm = status.get("alarm") or {}
        if view.room_id is None:
            self.reveal_button.setVisible(in_alarm and not loud)
            self.ack_button.setVisible(in_alarm and loud)
            self.ack_button.setEnabled(in_alarm and not alarm.get("acknowledged_by"))
            self.reset_button.setVisible(in_alarm and loud)
        self.reset_button.setEnabled(signed_in)
        self.reset_button.setToolTip("" if signed_in else self.tr("Sign in to reset the alarm."))

        drilling = status.get("state") == "test"
        self.start_drill_button.setVisible(not drilling)
        self.start_drill_button.setEnabled(controller.available and not in_alarm and signed_in)
        self.stop_drill_button.setVisible(drilling)
        self._update_drill_prompt(status)

        if controller.available:
            text = self.tr("The alarm service is running.")
            if controller.restart_count:
                text += " " + self.tr("It stopped and was started again %1 time(s).").replace(
                    "%1", str(controller.restart_count)
                )
        else:
            text = view.detail
        self.service_label.setText(text)
        self.start_service_button.setVisible(not controller.available)
        self.start_service_button.setEnabled(not controller.connecting)
        self.devices_model.set_devices(list(status.get("devices") or []))

    def _refresh_network(self, status: dict[str, Any], line: str) -> None:
        network = status.get("network") or None
        # Discreet screens stay discreet: other rooms' alarms are not listed there.
        self.network_box.setVisible(network is not None and not self._controller.discreet_screen)
        self.network_label.setText(line)
        self.rooms_model.set_rooms(list((network or {}).get("rooms") or []))

    def _update_drill_prompt(self, status: dict[str, Any]) -> None:
        if not self._controller.available or status.get("state") == "test":
            self.drill_prompt.hide()
            return
        last = status.get("last_drill_at")
        if not last:
            text = self.tr("No drill has been run yet. Test the panic button once a week.")
        else:
            try:
                when = datetime.fromisoformat(str(last).replace("Z", "+00:00"))
            except ValueError:
                when = None
            if when is None:
                self.drill_prompt.hide()
                return
            days = (self._now() - when).days
            if days < DRILL_PROMPT_DAYS:
                self.drill_prompt.hide()
                return
            text = self.tr(
                "The last drill was %1 days ago. Test the panic button once a week."
            ).replace("%1", str(days))
        self.drill_prompt.setText(text)
        self.drill_prompt.show()

    @Slot(str)
    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)

    @Slot(dict)
    def _on_event(self, event: dict[str, Any]) -> None:
        if event.get("event") in LOG_EVENTS and self.isVisible():
            self._log_timer.start()

    # ------------------------------------------------------------------------ commands

    def _run(self, command: Any, *args: Any) -> None:
        self.message_label.clear()
        try:
            command(*args)
        except TJDeskError as err:
            self._show_message(error_sentence(err))

    @Slot()
    def reveal(self) -> None:
        self._revealed_id = ((self._controller.status or {}).get("alarm") or {}).get("id")
        self.refresh()

    @Slot()
    def acknowledge(self) -> None:
        view = getattr(self, "_view", None)
        if view is not None and view.room_id is not None and view.alarm_id:
            self._run(
                self._controller.acknowledge_room,
                view.room_id,
                view.alarm_id,
                self._user_name() or "",
            )
            return
        self._run(self._controller.acknowledge, self._user_name() or "")

    @Slot()
    def open_reset_dialog(self) -> None:
        user = self._user_name()
        if not user:
            self._show_message(self.tr("Sign in to reset the alarm."))
            return
        status = self._controller.status or {}
        room = str(status.get("room") or "")
        drill = bool((status.get("alarm") or {}).get("test"))
        dialog = ResetDialog(user, room, self, drill=drill)
        reset = weak_callback(self._reset_from_dialog)
        dialog.accepted.connect(lambda: reset(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.reset_dialog = dialog
        dialog.open()

    def _reset_from_dialog(self, dialog: ResetDialog) -> None:
        self._run(
            self._controller.reset,
            self._user_name() or "",
            dialog.reason,
            dialog.room_checked.isChecked(),
        )

    @Slot()
    def start_drill(self) -> None:
        self._run(
            self._controller.start_drill, self._user_name() or "", self.drill_minutes.value() * 60
        )

    @Slot()
    def start_service(self) -> None:
        self.message_label.clear()
        self._controller.start()
        self.refresh()

    @Slot()
    def stop_drill(self) -> None:
        self._run(self._controller.stop_drill, self._user_name() or "")

    # ----------------------------------------------------------------------------- log

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.reload_log()

    @Slot()
    def reload_log(self) -> None:
        worker = getattr(self._ctx, "worker", None)
        if worker is None:
            self.log_status.setText(self.tr("Sign in to see the alarm log."))
            return
        from tjdesk.alarm.paths import journal_path
        from ui.ops import run_in_vault

        self.log_status.setText(self.tr("Loading the alarm log..."))
        journal = journal_path(self._controller.alarm_dir)
        run_in_vault(
            self,
            worker,
            partial(load_incidents, journal=journal),
            weak_callback(self._log_loaded),
            weak_callback(self._log_failed),
        )

    def _log_loaded(self, incidents: list[Incident]) -> None:
        self.log_loads += 1
        self.log_model.set_incidents(incidents)
        rooms = sorted({i.room for i in incidents if i.room})
        current = self.room_filter.currentData()
        self.room_filter.blockSignals(True)
        while self.room_filter.count() > 1:
            self.room_filter.removeItem(1)
        for room in rooms:
            self.room_filter.addItem(room, room)
        index = self.room_filter.findData(current)
        self.room_filter.setCurrentIndex(max(0, index))
        self.room_filter.blockSignals(False)
        self._apply_filters()

    def _log_failed(self, error: BaseException) -> None:
        self.log_status.setText(error_sentence(error))

    @Slot()
    def _apply_filters(self, *_args: object) -> None:
        self.log_filter.set_filters(
            date_from=self.date_from.date(),
            date_to=self.date_to.date(),
            room=str(self.room_filter.currentData() or ""),
            kind=str(self.kind_filter.currentData() or ""),
            min_ack_seconds=self.slow_filter.value(),
        )
        shown = self.log_filter.visible_incidents()
        self.chart.set_months(monthly_response(shown))
        self.log_status.setText(
            self.tr("%1 of %2 entries shown.")
            .replace("%1", str(len(shown)))
            .replace("%2", str(self.log_model.rowCount()))
        )
