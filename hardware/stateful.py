"""What every driver keeps: connection, faults, light, heartbeat; events sent once per change.

Events reach ``on_event`` only from the driver's own thread. A callback that raises is logged
and never kills that thread: a dead reader thread would be a silent room.
"""

from __future__ import annotations

import logging
import threading
import time

from hardware.base import (
    DeviceEvent,
    DeviceStatus,
    Driver,
    EventCallback,
    EventKind,
    Fault,
    Light,
    Source,
)

log = logging.getLogger(__name__)

# Why a device counts as lost, as a stable code the app can translate (detail["code"]).
_LOSS_CODES = (
    ("port busy", "busy"),
    ("no permission", "permission"),
    ("port not found", "absent"),
    ("not plugged in", "absent"),
    (" is not ", "wrong_device"),
    ("has not said it is", "unidentified"),
    ("no valid frame", "silent"),
    ("simulated", "simulated"),
)


def loss_code(reason: str) -> str:
    """busy, permission, absent, wrong_device, unidentified, silent, simulated, or io (the
    port failed)."""
    for words, code in _LOSS_CODES:
        if words in reason:
            return code
    return "io"


class StatefulDriver(Driver):
    """Book-keeping shared by the drivers; subclasses call the ``_note_*`` methods."""

    confirms_light = True

    def __init__(self, spec: str) -> None:
        super().__init__(spec)
        self._on_event: EventCallback | None = None
        self._state_lock = threading.Lock()
        self._connected = False
        self._faults: dict[Fault, dict[str, str]] = {}
        self._last_heartbeat: float | None = None
        self._light: Light | None = None
        self._port: str | None = None
        self._usb_id: str | None = None
        self._detail: dict[str, str] = {}

    # -- events --------------------------------------------------------------------------
    def _emit(
        self,
        kind: EventKind,
        *,
        alarm_id: str | None = None,
        source: Source | None = None,
        test: bool = False,
        fault: Fault | None = None,
        detail: dict[str, str] | None = None,
    ) -> None:
        callback = self._on_event
        if callback is None:
            return
        event = DeviceEvent(
            kind,
            self.spec,
            time.monotonic(),
            alarm_id=alarm_id,
            source=source,
            test=test,
            fault=fault,
            detail=dict(detail or {}),
        )
        try:
            callback(event)
        except Exception:  # the listener's bug must not stop the device thread
            log.exception("event listener failed on %s", kind.value)

    def _note_connected(self, detail: dict[str, str] | None = None) -> None:
        with self._state_lock:
            was = self._connected
            self._connected = True
        if not was:
            self._emit(EventKind.CONNECTED, detail=detail)
        self._clear_fault(Fault.DEVICE_LOST)

    def _note_lost(self, reason: str) -> None:
        """The device is gone (or never came): DISCONNECTED once, DEVICE_LOST once."""
        with self._state_lock:
            was = self._connected
            self._connected = False
        detail = {"reason": reason, "code": loss_code(reason)}
        if was:
            self._emit(EventKind.DISCONNECTED, detail=detail)
        self._set_fault(Fault.DEVICE_LOST, detail)

    def _set_fault(self, fault: Fault, detail: dict[str, str] | None = None) -> None:
        with self._state_lock:
            if fault in self._faults:
                return
            self._faults[fault] = dict(detail or {})
        self._emit(EventKind.FAULT_SET, fault=fault, detail=detail)

    def _clear_fault(self, fault: Fault, detail: dict[str, str] | None = None) -> None:
        with self._state_lock:
            if self._faults.pop(fault, None) is None:
                return
        self._emit(EventKind.FAULT_CLEARED, fault=fault, detail=detail)

    def _note_heartbeat(self, detail: dict[str, str] | None = None) -> None:
        with self._state_lock:
            self._last_heartbeat = time.monotonic()
        self._emit(EventKind.HEARTBEAT, detail=detail)

    def _note_light(self, light: Light) -> None:
        with self._state_lock:
            self._light = light

    def _note_detail(self, **detail: str) -> None:
        with self._state_lock:
            self._detail.update(detail)

    # -- status --------------------------------------------------------------------------
    @property
    def connected(self) -> bool:
        return self._connected

    @property
    def faults(self) -> frozenset[Fault]:
        with self._state_lock:
            return frozenset(self._faults)

    def status(self) -> DeviceStatus:
        with self._state_lock:
            return DeviceStatus(
                device=self.spec,
                connected=self._connected,
                faults=frozenset(self._faults),
                last_heartbeat=self._last_heartbeat,
                light=self._light,
                confirmed=self.confirms_light,
                port=self._port,
                usb_id=self._usb_id,
                detail=dict(self._detail),
            )
