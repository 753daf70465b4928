"""The one small interface every alarm device driver implements.

Events go out through a callback that the driver calls **on its own reader thread** (the alarm
engine's hot path runs right there, before anything else hears of the press). Commands come in
from any thread; drivers serialise their writes with a lock.

Adding a device means a new folder under ``hardware/`` with a ``Driver`` subclass and an entry
in ``hardware/registry.py``; nothing above ``hardware/`` changes.
"""

from __future__ import annotations

import enum
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field


class EventKind(enum.Enum):
    BUTTON_PRESSED = "button_pressed"
    BUTTON_RELEASED = "button_released"
    ALARM = "alarm"  # a box that latches by itself reports an activation with its own id
    HEARTBEAT = "heartbeat"
    FAULT_SET = "fault_set"
    FAULT_CLEARED = "fault_cleared"
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"


class Fault(enum.Enum):
    DEVICE_LOST = "DEVICE_LOST"  # port vanished, read/write failed, or no frame for 3 s
    LOOP_OPEN = "LOOP_OPEN"  # the button's wire is cut
    LOOP_SHORT = "LOOP_SHORT"
    LAMP_OPEN = "LAMP_OPEN"  # the light outside is blown or unplugged
    RELAY = "RELAY"
    BROWNOUT = "BROWNOUT"
    HOST_LOST = "HOST_LOST"  # the box stopped hearing the PC
    POLL_FAILED = "POLL_FAILED"  # a polled board did not answer


class Light(enum.Enum):
    OFF = "OFF"
    ON = "ON"
    FLASH = "FL1"  # alarm pattern
    FLASH_TEST = "FL2"  # drill pattern


class Sounder(enum.Enum):
    OFF = "OFF"
    ON = "ON"
    PULSE = "PULSE"


class Indicator(enum.Enum):
    OFF = "OFF"
    ON = "ON"
    BLINK = "BLINK"


class Source(enum.Enum):
    BUTTON = "BTN"
    LOOP_SHORT = "LOOP_SHORT"
    ON_SCREEN = "UI"
    HOTKEY = "HOTKEY"


@dataclass(frozen=True)
class DeviceEvent:
    kind: EventKind
    device: str  # the spec string that names the device
    at: float = field(default_factory=time.monotonic)  # monotonic seconds
    alarm_id: str | None = None  # ALARM: the box's id (e.g. "37.1"), or the host's "H.<n>"
    source: Source | None = None
    test: bool = False  # ALARM during a drill window
    fault: Fault | None = None  # FAULT_SET / FAULT_CLEARED
    detail: dict[str, str] = field(default_factory=dict)  # e.g. HB fields; never client data


class Capability(enum.Enum):
    BUTTON = "button"  # reports presses
    LIGHT = "light"
    SOUNDER = "sounder"
    INDICATOR = "indicator"
    LATCHES = "latches"  # lights the light itself on a press (PBL/1 box)
    CONFIRMS = "confirms"  # answers commands, so the app can tell the light really changed
    SUPERVISED = "supervised"  # a dead device becomes a fault within 3 s
    TEST_WINDOW = "test_window"


@dataclass(frozen=True)
class DeviceStatus:
    device: str
    connected: bool
    faults: frozenset[Fault]
    last_heartbeat: float | None  # monotonic seconds, None if never
    light: Light | None  # as last confirmed, or as last commanded where the board cannot confirm
    confirmed: bool  # False for boards that never answer (LCUS)
    port: str | None
    usb_id: str | None  # "VID:PID SERIAL" or "VID:PID @LOCATION"
    detail: dict[str, str] = field(default_factory=dict)


EventCallback = Callable[[DeviceEvent], None]


class SpecError(ValueError):
    """A device spec that cannot be used. The message is one English sentence that names the
    problem and the valid forms; ``problem`` and ``value`` let the app translate it."""

    def __init__(self, message: str, problem: str = "", value: str = "") -> None:
        super().__init__(message)
        self.problem = problem
        self.value = value


class Driver(ABC):
    """One device. ``start`` spawns the reader thread; every event goes to ``on_event``."""

    capabilities: frozenset[Capability] = frozenset()

    def __init__(self, spec: str) -> None:
        self.spec = spec
        self._write_lock = threading.Lock()

    @abstractmethod
    def start(self, on_event: EventCallback) -> None: ...

    @abstractmethod
    def stop(self) -> None:
        """Stop the reader thread and close the port. Turns off nothing that is latched."""

    @abstractmethod
    def status(self) -> DeviceStatus: ...

    # Commands. Thread-safe; a device that lacks the output ignores the command.
    @abstractmethod
    def set_light(self, state: Light) -> None: ...

    def set_sounder(self, state: Sounder, duration_s: int | None = None) -> None:
        return None

    def set_indicator(self, state: Indicator) -> None:
        return None

    def raise_alarm(self, alarm_id: str, source: Source) -> None:
        """An alarm raised on screen. A latching box latches and answers with an ALARM event;
        other boards only light the light (the engine does that)."""
        return None

    def acknowledge(self, alarm_id: str) -> None:
        return None

    def reset(self, alarm_id: str) -> None:
        return None

    def test_window(self, seconds: int | None) -> None:
        """Open a drill window of ``seconds``, or close it with None."""
        return None

    def configure(self, settings: dict[str, int]) -> None:
        """Stored settings of a PBL/1 box (hold, deb, hb, hostto, snd_on_hostlost)."""
        return None
