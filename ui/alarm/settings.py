"""Alarm settings (administrators): the room's devices, its name, escalation times, silent or
audible, the PBL/1 box's hold time; whether this screen can be seen from the counseling room;
stopping and starting the alarm service.

Saving checks everything through ``tjdesk.alarm.config`` first: a bad value gets one clear,
translated sentence and nothing is written. A good one is written atomically to alarm.json and
the service is told to reload it. Stopping the service asks first and says that the room will
be unprotected.

The ui reaches hardware only through tjdesk: detected ports come from a ``list_ports``
callable (by default ``tjdesk.alarm.discovery.detected_ports``), run off the GUI thread.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tjdesk.actors import Role
from tjdesk.alarm.config import (
    ESCALATE_RANGE,
    HOLD_RANGE,
    ROOM_MAX,
    SECOND_ESCALATE_RANGE,
    AlarmConfig,
    check_device_spec,
    config_from_dict,
    load_config,
    save_config,
)
from tjdesk.alarm.limits import ALARM_OPEN_NO_STOP
from tjdesk.errors import DeviceSpecError, TJDeskError
from ui.alarm.area import error_sentence
from ui.alarm.controller import AlarmController
from ui.alarm.safe_emit import emit
from ui.alarm.station import load_discreet_setting, save_discreet_setting

PortList = Callable[[], list[dict[str, str]]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AlarmSettings", text)


def spec_error_sentence(err: BaseException) -> str:
    """A bad device spec as one translated sentence (hardware's SpecError carries a stable
    ``problem`` code and the offending ``value``)."""
    cause = err.__cause__
    problem = getattr(cause, "problem", "")
    value = str(getattr(cause, "value", ""))
    sentences = {
        "empty": _tr("Type a device, for example panicbox:COM3 or sim:."),
        "unknown_driver": _tr(
            '"%1" is not a known kind of device. Known kinds: panicbox, numato, lcus, modbus, sim.'
        ),
        "missing_port": _tr(
            '"%1" names no port. Add one, for example panicbox:COM3 or panicbox:/dev/ttyACM0.'
        ),
        "bad_option": _tr('"%1" is not an option of the form name=value.'),
        "unknown_option": _tr('This kind of device has no option "%1".'),
        "duplicate_option": _tr('The option "%1" is given twice.'),
        "bad_value": _tr('"%1" is not a valid value.'),
        "conflict": _tr('Two outputs use the same pin or channel "%1". Give them different ones.'),
    }
    if problem in sentences:
        return sentences[problem].replace("%1", value)
    return error_sentence(err)


def _default_list_ports() -> list[dict[str, str]]:
    from tjdesk.alarm.discovery import detected_ports

    return list(detected_ports())


class AlarmSettings(QWidget):
    _ports_found = Signal(object)  # from the scanning thread

    def __init__(
        self,
        ctx: Any,
        parent: QWidget | None = None,
        *,
        list_ports: PortList | None = None,
        station: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._controller: AlarmController = ctx.alarm
        self._list_ports = list_ports or _default_list_ports
        self._station = station
        self.saved_config: AlarmConfig | None = None
        self._scanning = False
        self.ports_scanned = 0
        self._ports_found.connect(self._show_ports, Qt.ConnectionType.QueuedConnection)

        layout = QVBoxLayout(self)
        self.admin_note = QLabel(
            self.tr("Only an administrator can change the alarm settings."), self
        )
        layout.addWidget(self.admin_note)

        self.form = QWidget(self)
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)

        room_box = QGroupBox(self.tr("Room"), self.form)
        room_form = QFormLayout(room_box)
        self.room = QLineEdit(room_box)
        self.room.setMaxLength(ROOM_MAX)
        self.room.setPlaceholderText(self.tr("e.g. Counselling room 1 (a place, never a person)"))
        room_form.addRow(self.tr("Room name:"), self.room)
        form_layout.addWidget(room_box)

        devices_box = QGroupBox(self.tr("Panic buttons and lights"), self.form)
        devices = QVBoxLayout(devices_box)
        self.devices = QListWidget(devices_box)
        self.devices.setAccessibleName(self.tr("Panic buttons and lights"))
        devices.addWidget(self.devices)
        by_spec = QHBoxLayout()
        self.spec_edit = QLineEdit(devices_box)
        self.spec_edit.setPlaceholderText(self.tr("panicbox:COM3, lcus:/dev/ttyUSB0?channel=1 ..."))
        self.spec_edit.returnPressed.connect(self.add_spec)
        add = QPushButton(self.tr("Add"), devices_box)
        add.clicked.connect(self.add_spec)
        remove = QPushButton(self.tr("Remove"), devices_box)
        remove.clicked.connect(self.remove_selected)
        by_spec.addWidget(self.spec_edit, 1)
        by_spec.addWidget(add)
        by_spec.addWidget(remove)
        devices.addLayout(by_spec)
        # What is wrong with a typed device is said right under it (at the bottom of the page
        # it was below the fold, far from the Add button).
        self.spec_message = QLabel(devices_box, objectName="spec_message")
        self.spec_message.setWordWrap(True)
        self.spec_message.setStyleSheet("QLabel { color: #B71C1C; }")
        self.spec_message.hide()
        devices.addWidget(self.spec_message)
        detected = QHBoxLayout()
        self.ports = QComboBox(devices_box)
        scan = QPushButton(self.tr("Look for devices"), devices_box)
        scan.clicked.connect(self.refresh_ports)
        self.scan_button = scan
        add_port = QPushButton(self.tr("Add this device"), devices_box)
        add_port.clicked.connect(self.add_detected)
        detected_label = QLabel(self.tr("Detected:"), devices_box)
        detected_label.setBuddy(self.ports)  # names the list of ports for screen readers
        detected.addWidget(detected_label)
        detected.addWidget(self.ports, 1)
        detected.addWidget(scan)
        detected.addWidget(add_port)
        devices.addLayout(detected)
        form_layout.addWidget(devices_box)

        timing_box = QGroupBox(self.tr("When nobody answers"), self.form)
        timing = QFormLayout(timing_box)
        self.escalate_first = QSpinBox(timing_box)
        self.escalate_first.setRange(*ESCALATE_RANGE)
        self.escalate_first.setSuffix(self.tr(" s"))
        self.escalate_second = QSpinBox(timing_box)
        self.escalate_second.setRange(*SECOND_ESCALATE_RANGE)
        self.escalate_second.setSuffix(self.tr(" s"))
        timing.addRow(self.tr("First escalation after:"), self.escalate_first)
        timing.addRow(self.tr("Second escalation after:"), self.escalate_second)
        self.silent = QRadioButton(
            self.tr("Silent: the light outside; the sounder only if nobody answers in time"),
            timing_box,
        )
        self.audible = QRadioButton(
            self.tr("Audible: the sounder too, from the first moment"),
            timing_box,
        )
        sound = QButtonGroup(self)
        sound.addButton(self.silent)
        sound.addButton(self.audible)
        timing.addRow(self.silent)
        timing.addRow(self.audible)
        self.hold_ms = QSpinBox(timing_box)
        self.hold_ms.setRange(*HOLD_RANGE)
        self.hold_ms.setSingleStep(50)
        self.hold_ms.setSuffix(self.tr(" ms"))
        timing.addRow(self.tr("Panic box: hold the button for:"), self.hold_ms)
        form_layout.addWidget(timing_box)

        screen_box = QGroupBox(self.tr("This screen"), self.form)
        screen = QVBoxLayout(screen_box)
        self.discreet = QCheckBox(
            self.tr(
                "This screen can be seen from the counselling room: show alarms discreetly, "
                "never the red alarm banner"
            ),
            screen_box,
        )
        screen.addWidget(self.discreet)
        form_layout.addWidget(screen_box)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"), self.form)
        self.save_button.clicked.connect(self.save)
        self.stop_button = QPushButton(self.tr("Stop the alarm service..."), self.form)
        self.stop_button.clicked.connect(self.ask_stop_service)
        self.start_button = QPushButton(self.tr("Start the alarm service"), self.form)
        self.start_button.clicked.connect(self._controller.start)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        form_layout.addLayout(buttons)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)

        self._controller.status_changed.connect(self._update_service_buttons)
        self._controller.service_lost.connect(self._update_service_buttons)
        self._controller.service_restored.connect(self._update_service_buttons)
        self._apply_role()
        self.load()
        self._update_service_buttons()

    # ------------------------------------------------------------------------- state

    def _is_admin(self) -> bool:
        user = getattr(self._ctx, "user", None)
        return user is not None and getattr(user, "role", None) is Role.ADMINISTRATOR

    def _apply_role(self) -> None:
        admin = self._is_admin()
        self.admin_note.setVisible(not admin)
        self.form.setEnabled(admin)

    def load(self) -> None:
        try:
            config = load_config(self._controller.alarm_dir)
        except TJDeskError as err:
            self._say(error_sentence(err), error=True)
            config = AlarmConfig()
        self.room.setText(config.room)
        self.devices.clear()
        self.devices.addItems(list(config.devices))
        self.escalate_first.setValue(config.escalate_after_s)
        self.escalate_second.setValue(config.escalate_second_s)
        (self.silent if config.silent else self.audible).setChecked(True)
        self.hold_ms.setValue(config.pbl1_hold_ms)
        self.discreet.setChecked(load_discreet_setting(self._station))
        self._loaded = config

    def device_specs(self) -> list[str]:
        return [self.devices.item(row).text() for row in range(self.devices.count())]

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("QLabel { color: %s; }" % ("#B71C1C" if error else "#1B5E20"))
        self.message.setText(text)

    @Slot()
    def _update_service_buttons(self, *_args: object) -> None:
        running = self._controller.available
        self.stop_button.setVisible(running)
        self.start_button.setVisible(not running and self._controller.stopped_by is not None)

    # ----------------------------------------------------------------------- devices

    @Slot()
    def add_spec(self) -> None:
        text = self.spec_edit.text().strip()
        try:
            spec = check_device_spec(text)
        except DeviceSpecError as err:
            self._say_by_spec(spec_error_sentence(err))
            return
        if spec in self.device_specs():
            self._say_by_spec(self.tr("This device is already in the list."))
            return
        self.devices.addItem(spec)
        self.spec_edit.clear()
        self._say_by_spec("")
        self._say("")

    def _say_by_spec(self, text: str) -> None:
        self.spec_message.setText(text)
        self.spec_message.setVisible(bool(text))
        if text:
            self.spec_edit.setFocus()

    @Slot()
    def remove_selected(self) -> None:
        for item in self.devices.selectedItems():
            self.devices.takeItem(self.devices.row(item))

    @Slot()
    def refresh_ports(self) -> None:
        """Scan on a background thread: probing a port can take a second, and the screen must
        never wait on a serial port."""
        if self._scanning:
            return
        self._scanning = True
        self.scan_button.setEnabled(False)
        self._say(self.tr("Looking for devices..."))
        me = weakref.ref(self)
        list_ports = self._list_ports

        def scan() -> None:
            try:
                found: object = list(list_ports())
            except Exception:  # noqa: BLE001 - a failing scan must not break the settings
                found = []
            settings = me()
            if settings is not None:
                try:
                    emit(settings._ports_found, found)
                except RuntimeError:
                    pass  # the screen was closed meanwhile

        threading.Thread(target=scan, name="alarm-port-scan", daemon=True).start()

    @Slot(object)
    def _show_ports(self, found: object) -> None:
        self._scanning = False
        self.scan_button.setEnabled(True)
        self.ports.clear()
        ports = [p for p in found if isinstance(p, dict)] if isinstance(found, list) else []
        for port in ports:
            label = " ".join(
                str(p) for p in (port.get("port"), port.get("description"), port.get("usb_id")) if p
            )
            self.ports.addItem(label, dict(port))
            troubles = port.get("troubles")
            if troubles:
                self.ports.setItemData(
                    self.ports.count() - 1, str(troubles), Qt.ItemDataRole.ToolTipRole
                )
        self.ports_scanned += 1
        if ports:
            self._say(self.tr("%1 device(s) found.").replace("%1", str(len(ports))))
        else:
            self._say(
                self.tr("No serial devices were found. Check the cable, or type the device below."),
                error=True,
            )

    @Slot()
    def add_detected(self) -> None:
        port = self.ports.currentData()
        if not isinstance(port, dict):
            return
        spec = str(port.get("spec") or "")
        if not spec:
            # An unknown board: the administrator names its kind; never guess a driver.
            self.spec_edit.setText(":" + str(port.get("port", "")))
            self.spec_edit.setFocus()
            self.spec_edit.setCursorPosition(0)
            self._say(
                self.tr('Type the kind of device before the port, for example "lcus%1".').replace(
                    "%1", self.spec_edit.text()
                ),
                error=True,
            )
            return
        self.spec_edit.setText(spec)
        self.add_spec()
        troubles = port.get("troubles")
        if troubles and self.device_specs() and self.device_specs()[-1] == spec:
            self._say(str(troubles), error=True)

    # -------------------------------------------------------------------------- save

    def current_config(self) -> AlarmConfig:
        """What the form says, checked by tjdesk.alarm.config (raises TJDeskError)."""
        data = {
            "devices": self.device_specs(),
            "room": self.room.text(),
            "escalate_after_s": self.escalate_first.value(),
            "escalate_second_s": self.escalate_second.value(),
            "silent": self.silent.isChecked(),
            "pbl1_hold_ms": self.hold_ms.value(),
            "network": self._loaded.network,  # set on the Alarm network page
        }
        checked = config_from_dict(data)
        return replace(checked, extra=dict(self._loaded.extra))

    @Slot()
    def save(self) -> None:
        if not self._is_admin():
            self._say(self.tr("Only an administrator can change the alarm settings."), error=True)
            return
        try:
            config = self.current_config()
            save_config(self._controller.alarm_dir, config)
        except DeviceSpecError as err:
            self._say(spec_error_sentence(err), error=True)
            return
        except TJDeskError as err:
            self._say(error_sentence(err), error=True)
            return
        except OSError:
            self._say(
                self.tr("The alarm settings could not be written. Nothing was changed."), error=True
            )
            return
        save_discreet_setting(self.discreet.isChecked(), self._station)
        self._controller.set_discreet_screen(self.discreet.isChecked())
        self.saved_config = config
        self._loaded = config
        if self._controller.reload_config():
            self._say(self.tr("Saved. The alarm is using the new settings."))
        else:
            self._say(self.tr("Saved. The alarm will use them when it runs again."), error=True)

    @Slot()
    def ask_stop_service(self) -> None:
        status = self._controller.status or {}
        if status.get("state") in ("alarm", "acknowledged"):
            # The service refuses too; saying so here spares a question that cannot be granted.
            room = str(status.get("room") or "") or "?"
            self._say(
                QCoreApplication.translate("alarm", ALARM_OPEN_NO_STOP).replace("%1", room),
                error=True,
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Stop the alarm?"),
            self.tr(
                "If you stop the alarm service, the room is NOT protected: presses of the panic "
                "button reach nobody on this computer until it runs again. Stop it?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        user = getattr(getattr(self._ctx, "user", None), "name", "") or ""
        try:
            self._controller.stop_service(user)
        except TJDeskError as err:
            self._say(error_sentence(err), error=True)
            return
        self._say(self.tr("The alarm service is stopped. The room is not protected."), error=True)
