"""The alarm engine: a small explicit state machine between the devices and everyone else.

States: ``ready``, ``alarm``, ``acknowledged``, ``test`` (a drill window), plus a set of
faults per device. The engine does no I/O of its own: it talks to the devices through their
drivers, writes every transition through the ``journal`` callable (which makes it durable and
returns the entry with its sequence number) and hands the written entry to ``announce``.

The hot path: a press arrives on the device's reader thread (``on_device_event``). Before the
engine takes its lock, before the journal, any client or the vault hear of it, every light on
every device is commanded on from that same thread. A PBL/1 box has latched its own light
already; the engine still commands the other outputs. Only then is the transition journaled
and announced. Presses inside a drill window light the drill pattern and are logged as tests,
never as real alarms.

Everything after the lights runs under one lock, so the journal's order is the order in which
the state changed.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from hardware.base import (
    Capability,
    DeviceEvent,
    Driver,
    EventKind,
    Fault,
    Indicator,
    Light,
    Sounder,
    Source,
)
from tjdesk.alarm.limits import DRILL_LENGTH_MESSAGE as DRILL_LENGTH_MESSAGE  # re-exported
from tjdesk.alarm.limits import MAX_DRILL_SECONDS as MAX_DRILL_SECONDS
from tjdesk.alarm.limits import MIN_DRILL_SECONDS as MIN_DRILL_SECONDS
from tjdesk.alarm.limits import AlarmRefused as AlarmRefused
from tjdesk.clock import iso_utc
from tjdesk.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

Entry = dict[str, Any]
JournalWriter = Callable[[Entry], Entry]
Announcer = Callable[[Entry], None]

RESET_REASONS = ("real", "accidental", "drill")
DRILL_DUE_AFTER_S = 7 * 24 * 3600
# Ids already handled are remembered so that a PBL/1 box's retransmitted ALM (every 250 ms
# until our ACK reaches it) never starts a second alarm, even after a reset.
_SEEN_IDS_KEPT = 4096


class AlarmState(enum.Enum):
    READY = "ready"
    ALARM = "alarm"
    ACKNOWLEDGED = "acknowledged"
    TEST = "test"


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def now(self) -> float:
        """Seconds since the epoch (UTC)."""
        ...


class SystemClock:
    def monotonic(self) -> float:
        import time

        return time.monotonic()

    def now(self) -> float:
        import time

        return time.time()


@dataclass(frozen=True)
class EngineSettings:
    room: str = ""
    silent: bool = True  # light outside, nothing audible inside until escalation
    escalate_after_s: float = 30.0  # first step: sounder pulses
    escalate_second_s: float = 120.0  # second step: sounder on, measured from the press


@dataclass
class ActiveAlarm:
    id: str
    source: str
    device: str
    at: float  # epoch seconds
    started: float  # engine monotonic seconds
    acknowledged_by: str | None = None
    acknowledged_at: float | None = None
    escalation: int = 0
    # device spec -> the ids a latching box may hold for this alarm; RESET names each (a
    # wrong one is refused by the box with BADID, harmlessly).
    latched: dict[str, list[str]] = field(default_factory=dict)

    def latch(self, device: str, box_id: str) -> bool:
        ids = self.latched.setdefault(device, [])
        if box_id in ids:
            return False
        ids.append(box_id)
        return True


FAULT_HINTS = {
    Fault.DEVICE_LOST.value: QT_TRANSLATE_NOOP(
        "alarm", "Check the USB cable, and that no other program is using the port."
    ),
    Fault.LOOP_OPEN.value: QT_TRANSLATE_NOOP("alarm", "The button's wire is cut or unplugged."),
    Fault.LOOP_SHORT.value: QT_TRANSLATE_NOOP(
        "alarm", "The button's wire is shorted; this also raises an alarm."
    ),
    Fault.LAMP_OPEN.value: QT_TRANSLATE_NOOP("alarm", "The light outside is broken or unplugged."),
    Fault.RELAY.value: QT_TRANSLATE_NOOP("alarm", "The box's relay does not switch."),
    Fault.BROWNOUT.value: QT_TRANSLATE_NOOP(
        "alarm", "The box lost power for a moment; check its power supply."
    ),
    Fault.HOST_LOST.value: QT_TRANSLATE_NOOP(
        "alarm", "The box no longer gets messages from this computer."
    ),
    Fault.POLL_FAILED.value: QT_TRANSLATE_NOOP("alarm", "The board does not answer."),
}


def iso(epoch: float) -> str:
    return iso_utc(datetime.fromtimestamp(epoch, UTC))


def parse_iso(text: str) -> float:
    return datetime.fromisoformat(text).timestamp()


def _alarm_key(device: str, alarm_id: str) -> str:
    """How the engine tells alarms apart. A box counts its ids (``<boot>.<n>``) on its own, so
    two boxes can report the same one (boxes powered up together count their boots alike):
    a box's id stands for an alarm of that box only. The host's ids (``H.<n>``) are the
    engine's own, sent to every box alike."""
    return alarm_id if alarm_id.startswith("H.") else f"{device} {alarm_id}"


def _call(driver: Driver, name: str, *args: Any) -> None:
    # A failing device must never stop the others from being commanded: the driver reports
    # its own loss as a DEVICE_LOST fault.
    try:
        getattr(driver, name)(*args)
    except Exception:
        log.exception("device %s: %s failed", driver.spec, name)


class AlarmEngine:
    def __init__(
        self,
        drivers: Sequence[Driver],
        *,
        journal: JournalWriter,
        announce: Announcer,
        settings: EngineSettings | None = None,
        clock: Clock | None = None,
        history: Iterable[Entry] = (),
    ) -> None:
        self._drivers: tuple[Driver, ...] = tuple(drivers)
        self._journal = journal
        self._announce = announce
        self._settings = settings or EngineSettings()
        self._clock: Clock = clock or SystemClock()
        self._lock = threading.RLock()
        self._active: ActiveAlarm | None = None
        self._drill_until: float | None = None  # epoch seconds; read lock-free by the hot path
        self._drill_deadline: float | None = None  # engine monotonic seconds
        self._drill_presses = 0
        self._last_drill_at: float | None = None
        self._faults: dict[str, set[str]] = {d.spec: set() for d in self._drivers}
        self._connected: dict[str, bool] = {d.spec: False for d in self._drivers}
        self._seen_ids: set[str] = set()
        self._seen_order: deque[str] = deque()
        # Ids of alarms that were reset: a box still showing one missed its RESET.
        self._closed_ids: set[str] = set()
        self._closed_order: deque[str] = deque()
        self._next_host_id = 1
        # Bumped whenever anything but the hot path turns the lights off, so a press that lit
        # them just as a reset turned them off can put them back on (see _activation).
        self._light_generation = 0
        self._restore(history)

    # ------------------------------------------------------------------ queries

    @property
    def state(self) -> AlarmState:
        with self._lock:
            if self._active is not None:
                if self._active.acknowledged_by is not None:
                    return AlarmState.ACKNOWLEDGED
                return AlarmState.ALARM
            if self._drill_until is not None:
                return AlarmState.TEST
            return AlarmState.READY

    @property
    def protected(self) -> bool:
        """True only when there is a device, every device is connected and none has a fault."""
        with self._lock:
            return (
                bool(self._drivers)
                and all(self._connected.values())
                and not any(self._faults.values())
            )

    @property
    def settings(self) -> EngineSettings:
        return self._settings

    @property
    def drivers(self) -> tuple[Driver, ...]:
        return self._drivers

    @property
    def active_alarm_id(self) -> str | None:
        with self._lock:
            return None if self._active is None else self._active.id

    @property
    def last_drill_at(self) -> float | None:
        """When a drill last saw a press (epoch seconds): the app prompts after 7 days."""
        return self._last_drill_at

    def status(self) -> Entry:
        with self._lock:
            alarm: Entry | None = None
            if self._active is not None:
                a = self._active
                alarm = {
                    "id": a.id,
                    "source": a.source,
                    "device": a.device,
                    "at": iso(a.at),
                    "acknowledged_by": a.acknowledged_by,
                    "acknowledged_at": None
                    if a.acknowledged_at is None
                    else iso(a.acknowledged_at),
                    "escalation": a.escalation,
                    "test": False,
                }
            devices = [self._device_status(d) for d in self._drivers]
            return {
                "event": "status",
                "state": self.state.value,
                "protected": self.protected,
                "room": self._settings.room,
                "silent": self._settings.silent,
                "alarm": alarm,
                "devices": devices,
                "drill_until": None if self._drill_until is None else iso(self._drill_until),
                "last_drill_at": None if self._last_drill_at is None else iso(self._last_drill_at),
                # the app prompts for a drill when the last one is older than a week
                "drill_due": self._last_drill_at is None
                or self._clock.now() - self._last_drill_at > DRILL_DUE_AFTER_S,
            }

    def _device_status(self, driver: Driver) -> Entry:
        faults = sorted(self._faults[driver.spec])
        entry: Entry = {
            "spec": driver.spec,
            "driver": driver.spec.partition(":")[0],
            "connected": self._connected[driver.spec],
            "faults": faults,
            "last_heartbeat_age_s": None,
            "light": None,
            "confirmed": False,
            "port": None,
            "usb_id": None,
            "hint": FAULT_HINTS.get(faults[0]) if faults else None,
        }
        try:
            st = driver.status()
        except Exception:
            log.exception("device %s: status failed", driver.spec)
            return entry
        if st.last_heartbeat is not None:
            import time

            # The driver stamps heartbeats with time.monotonic, not the engine's clock.
            entry["last_heartbeat_age_s"] = round(max(0.0, time.monotonic() - st.last_heartbeat), 3)
        entry["light"] = None if st.light is None else st.light.value
        entry["confirmed"] = st.confirmed
        entry["port"] = st.port
        entry["usb_id"] = st.usb_id
        return entry

    # ------------------------------------------------------------------ the hot path

    def on_device_event(self, event: DeviceEvent) -> None:
        """The drivers' callback; runs on the device's reader thread."""
        kind = event.kind
        if kind is EventKind.BUTTON_PRESSED or kind is EventKind.ALARM:
            self._activation(event)
        elif kind is EventKind.FAULT_SET or kind is EventKind.FAULT_CLEARED:
            if event.fault is not None:
                self._fault(event.device, event.fault.value, kind is EventKind.FAULT_SET)
        elif kind is EventKind.CONNECTED:
            self._connection(event.device, True)
        elif kind is EventKind.DISCONNECTED:
            self._connection(event.device, False)
        elif kind is EventKind.HEARTBEAT:
            self._reconcile(event.device, event.detail)
        # BUTTON_RELEASED changes no state.

    def _activation(self, event: DeviceEvent) -> None:
        box_id = event.alarm_id  # only a latching box's ALARM carries one
        if box_id is not None and _alarm_key(event.device, box_id) in self._seen_ids:
            # A retransmission, or the box's echo of our own RAISE: no new alarm (the driver
            # ACKs it so the box stops repeating).
            self._known_box_alarm(event.device, box_id)
            return
        # Lock-free reads: this thread must not wait on anyone before the lights are on.
        # A box's own word decides whether it latched for real (a box whose drill window had
        # already closed latched a real alarm: that is never downgraded to a test); a board
        # that cannot latch follows the engine's drill window.
        test = event.test if box_id is not None else self._drill_until is not None
        generation = self._light_generation
        self._light_all(
            Light.FLASH_TEST if test else Light.FLASH, skip=event.device if box_id else None
        )
        if not test and not self._settings.silent:
            for driver in self._drivers:
                _call(driver, "set_sounder", Sounder.ON)
        source = (event.source or Source.BUTTON).value
        with self._lock:
            if box_id is not None:
                self._remember(_alarm_key(event.device, box_id))
            if test:
                self._test_press(event.device, source, box_id)
            else:
                self._real_activation(event.device, source, box_id)
                if self._light_generation != generation:
                    self._light_all(Light.FLASH, skip=None)
        # A latching box's driver sends the box its ACK ("received") once this returns, i.e.
        # after the journal has the alarm on disk.

    def _reconcile(self, device: str, detail: dict[str, str]) -> None:
        """A box's heartbeat says what it shows (PBL/1: st, light, alarm). Where that
        disagrees with the engine, command it again: a RESET lost while the box was
        unplugged, or a light that went out during an alarm (a power cut on the box).
        At most one command per heartbeat; not a transition, so nothing is journaled."""
        box_alarm = detail.get("alarm")  # "0" when none: never an alarm's id
        light = detail.get("light")
        with self._lock:
            driver = self._driver(device)
            if driver is None:
                return
            active = self._active
            if box_alarm and _alarm_key(device, box_alarm) in self._closed_ids:
                if active is None or box_alarm not in active.latched.get(device, []):
                    _call(driver, "reset", box_alarm)
                    return
            if active is not None and light == Light.OFF.value:
                _call(driver, "set_light", Light.FLASH)

    def _light_all(self, pattern: Light, skip: str | None) -> None:
        for driver in self._drivers:
            if driver.spec != skip:
                _call(driver, "set_light", pattern)

    def _known_box_alarm(self, device: str, box_id: str) -> None:
        with self._lock:
            if self._active is not None and self._active.latch(device, box_id):
                # The box latched with an id we did not expect: its RESET needs it.
                self._record(
                    {
                        "event": "latched",
                        "id": self._active.id,
                        "device": device,
                        "device_alarm_id": box_id,
                    }
                )

    def _real_activation(self, device: str, source: str, box_id: str | None) -> None:
        if self._active is None:
            if self._drill_until is not None:
                self._end_drill(None, keep_lights=True)
            alarm_id = box_id or self._new_host_id()
            self._active = ActiveAlarm(
                id=alarm_id,
                source=source,
                device=device,
                at=self._clock.now(),
                started=self._clock.monotonic(),
            )
            if box_id is not None:
                self._active.latch(device, box_id)
            self._record(
                {
                    "event": "alarm",
                    "id": alarm_id,
                    "source": source,
                    "device": device,
                    "room": self._settings.room,
                    "test": False,
                },
                at=self._active.at,
            )
            return
        # Pressed again during an alarm: on record (evidence, and the box's id for its RESET),
        # but the alarm stays the same one.
        entry: Entry = {
            "event": "activation",
            "id": self._active.id,
            "source": source,
            "device": device,
        }
        if box_id is not None:
            self._active.latch(device, box_id)
            entry["device_alarm_id"] = box_id
        self._record(entry)

    def _test_press(self, device: str, source: str, box_id: str | None) -> None:
        self._drill_presses += 1
        self._last_drill_at = self._clock.now()
        entry: Entry = {"event": "test_press", "device": device, "source": source, "test": True}
        if box_id is not None:
            entry["device_alarm_id"] = box_id
        self._record(entry, at=self._last_drill_at)

    # ------------------------------------------------------------------ commands

    def raise_alarm(self, source: Source = Source.ON_SCREEN) -> str:
        """The on-screen control or hotkey: the same path as a button. Returns the alarm id."""
        if source not in (Source.ON_SCREEN, Source.HOTKEY):
            raise AlarmRefused(QT_TRANSLATE_NOOP("alarm", "An alarm can be raised on screen only."))
        # Held throughout, so a box's echo of our RAISE (on its reader thread) finds the alarm
        # and records the id its RESET will need. Drivers never wait on their reader thread.
        with self._lock:
            # A drill tests the hidden button; a counselor who reaches for the on-screen
            # control or the hotkey during one means it. The drill ends and the alarm is real.
            if self._drill_until is not None:
                self._end_drill("(panic raised on screen)", keep_lights=True)
            host_id = self._new_host_id()
            self._remember(host_id)
            for driver in self._drivers:
                # A latching box latches on RAISE (and echoes an ALM with our id); every device
                # also gets the light commanded, for boards that cannot latch.
                _call(driver, "raise_alarm", host_id, source)
                _call(driver, "set_light", Light.FLASH)
            if not self._settings.silent:
                for driver in self._drivers:
                    _call(driver, "set_sounder", Sounder.ON)
            if self._active is None:
                self._active = ActiveAlarm(
                    id=host_id,
                    source=source.value,
                    device="",
                    at=self._clock.now(),
                    started=self._clock.monotonic(),
                )
                for spec in self._latching_specs():
                    self._active.latch(spec, host_id)
                self._record(
                    {
                        "event": "alarm",
                        "id": host_id,
                        "source": source.value,
                        "device": "",
                        "room": self._settings.room,
                        "test": False,
                    },
                    at=self._active.at,
                )
            else:
                # A box that was not latched yet latches on this RAISE with the new id.
                for spec in self._latching_specs():
                    self._active.latch(spec, host_id)
                self._record(
                    {
                        "event": "activation",
                        "id": self._active.id,
                        "source": source.value,
                        "device": "",
                        "device_alarm_id": host_id,
                    }
                )
            return self._active.id

    def acknowledge(self, user: str | None) -> None:
        """'I'm on my way': anyone may, from any screen. The light stays on."""
        with self._lock:
            active = self._active
            if active is None:
                raise AlarmRefused(QT_TRANSLATE_NOOP("alarm", "There is no alarm to acknowledge."))
            if active.acknowledged_by is not None:
                raise AlarmRefused(QT_TRANSLATE_NOOP("alarm", "The alarm is already acknowledged."))
            by = (user or "").strip() or "?"
            active.acknowledged_by = by
            active.acknowledged_at = self._clock.now()
            for driver in self._drivers:
                _call(driver, "set_indicator", Indicator.BLINK)
                if active.escalation or not self._settings.silent:
                    _call(driver, "set_sounder", Sounder.OFF)
            self._record(
                {"event": "acknowledged", "id": active.id, "by": by}, at=active.acknowledged_at
            )

    def reset(self, user: str, reason: str, room_checked: bool) -> None:
        """Close the alarm: a signed-in user, a reason, and for a cancelled alarm a room check."""
        with self._lock:
            active = self._active
            if active is None:
                raise AlarmRefused(QT_TRANSLATE_NOOP("alarm", "There is no alarm to reset."))
            by = (user or "").strip()
            if not by:
                raise AlarmRefused(
                    QT_TRANSLATE_NOOP("alarm", "Only a signed-in staff member can reset the alarm.")
                )
            if reason not in RESET_REASONS:
                raise AlarmRefused(
                    QT_TRANSLATE_NOOP(
                        "alarm", "Choose why the alarm is reset: real, accidental or drill."
                    )
                )
            if reason == "drill":
                # Drill presses never open an alarm (they are test_press): an open alarm is
                # real, and closing it as a drill would hide it in the log.
                raise AlarmRefused(
                    QT_TRANSLATE_NOOP(
                        "alarm", "This alarm was not pressed during a drill: choose another reason."
                    )
                )
            if reason != "real" and not room_checked:
                # A cancel may have been forced: someone still goes to look.
                raise AlarmRefused(
                    QT_TRANSLATE_NOOP(
                        "alarm", "Someone must check on the room before this alarm is closed."
                    )
                )
            self._light_generation += 1
            for spec, box_ids in active.latched.items():
                box = self._driver(spec)
                if box is not None:
                    for box_id in box_ids:
                        _call(box, "reset", box_id)
            for driver in self._drivers:
                # Also to boxes just reset: one that never latched (unplugged at the time)
                # was lit by command and must be turned off by command.
                _call(driver, "set_light", Light.OFF)
                _call(driver, "set_sounder", Sounder.OFF)
                _call(driver, "set_indicator", Indicator.OFF)
            self._close_ids(active)
            self._active = None
            self._record(
                {
                    "event": "reset",
                    "id": active.id,
                    "by": by,
                    "reason": reason,
                    "room_checked": bool(room_checked),
                }
            )

    def start_drill(self, user: str, seconds: int) -> None:
        with self._lock:
            if self._active is not None:
                raise AlarmRefused(
                    QT_TRANSLATE_NOOP("alarm", "A drill cannot start while an alarm is on.")
                )
            if self._drill_until is not None:
                raise AlarmRefused(QT_TRANSLATE_NOOP("alarm", "A drill is already running."))
            if (
                not isinstance(seconds, int)
                or isinstance(seconds, bool)
                or not (MIN_DRILL_SECONDS <= seconds <= MAX_DRILL_SECONDS)
            ):
                raise AlarmRefused(DRILL_LENGTH_MESSAGE, MIN_DRILL_SECONDS, MAX_DRILL_SECONDS // 60)
            by = (user or "").strip() or "?"
            now = self._clock.now()
            self._drill_deadline = self._clock.monotonic() + seconds
            self._drill_presses = 0
            for driver in self._drivers:
                _call(driver, "test_window", seconds)
            self._drill_until = now + seconds
            self._record(
                {"event": "test_started", "until": iso(self._drill_until), "by": by}, at=now
            )

    def stop_drill(self, user: str | None = None) -> None:
        with self._lock:
            if self._drill_until is None:
                raise AlarmRefused(QT_TRANSLATE_NOOP("alarm", "No drill is running."))
            self._end_drill((user or "").strip() or "?")

    def _end_drill(self, by: str | None, keep_lights: bool = False) -> None:
        self._drill_until = None
        self._drill_deadline = None
        if not keep_lights:
            self._light_generation += 1
        for driver in self._drivers:
            _call(driver, "test_window", None)
            if not keep_lights and self._active is None:
                _call(driver, "set_light", Light.OFF)
        entry: Entry = {"event": "test_ended", "presses": self._drill_presses}
        if by is not None:
            entry["by"] = by
        self._record(entry)

    def tick(self) -> None:
        """Let time pass: escalation steps and the end of a drill window."""
        with self._lock:
            mono = self._clock.monotonic()
            if self._drill_deadline is not None and mono >= self._drill_deadline:
                self._end_drill(None)
            active = self._active
            if active is None or active.acknowledged_by is not None:
                return
            elapsed = mono - active.started
            s = self._settings
            # the second step is never due before the first
            due = (s.escalate_after_s, max(s.escalate_second_s, s.escalate_after_s))
            while active.escalation < 2 and elapsed >= due[active.escalation]:
                step = active.escalation + 1
                active.escalation = step
                # silent: pulses at the first step, steady at the second; audible: steady all
                # along (never turned down to pulses by an escalation)
                sound = Sounder.PULSE if step == 1 and s.silent else Sounder.ON
                for driver in self._drivers:
                    _call(driver, "set_sounder", sound)
                self._record({"event": "escalated", "id": active.id, "level": step})

    def update_settings(self, settings: EngineSettings) -> None:
        with self._lock:
            self._settings = settings

    def resume_outputs(self) -> None:
        """After a restart (or a reconnect): put back the outputs of a restored alarm."""
        with self._lock:
            for driver in self._drivers:
                self._resume_driver(driver)

    def _resume_driver(self, driver: Driver) -> None:
        active = self._active
        if active is None:
            return
        _call(driver, "set_light", Light.FLASH)
        if active.escalation or not self._settings.silent:
            if active.acknowledged_by is None:
                steady = active.escalation == 2 or not self._settings.silent
                _call(driver, "set_sounder", Sounder.ON if steady else Sounder.PULSE)
        if active.acknowledged_by is not None:
            _call(driver, "set_indicator", Indicator.BLINK)

    # ------------------------------------------------------------------ supervision

    def _fault(self, device: str, code: str, present: bool) -> None:
        with self._lock:
            faults = self._faults.setdefault(device, set())
            if (code in faults) == present:
                return
            if present:
                faults.add(code)
            else:
                faults.discard(code)
            self._record(
                {"event": "fault" if present else "fault_cleared", "device": device, "code": code}
            )

    def _connection(self, device: str, connected: bool) -> None:
        with self._lock:
            if self._connected.get(device) == connected:
                return
            self._connected[device] = connected
            self._record({"event": "connected" if connected else "disconnected", "device": device})
            if connected:
                # Anything the driver saw before it lost the port is stale now.
                self._fault(device, Fault.DEVICE_LOST.value, False)
                driver = self._driver(device)
                if driver is not None:
                    self._resume_driver(driver)
            else:
                self._fault(device, Fault.DEVICE_LOST.value, True)

    # ------------------------------------------------------------------ internals

    def _record(self, entry: Entry, at: float | None = None) -> Entry:
        entry = {**entry, "at": iso(self._clock.now() if at is None else at)}
        written = self._journal(entry)
        self._announce(written)
        return written

    def _latching_specs(self) -> list[str]:
        # A latching box latches on RAISE with our id, echo or no echo: RESET must name it.
        return [d.spec for d in self._drivers if Capability.LATCHES in d.capabilities]

    def _driver(self, spec: str) -> Driver | None:
        for driver in self._drivers:
            if driver.spec == spec:
                return driver
        return None

    def _new_host_id(self) -> str:
        number = self._next_host_id
        self._next_host_id += 1
        return f"H.{number}"

    def _close_ids(self, active: ActiveAlarm) -> None:
        # Only a box can show an alarm after its reset, and only one it latched.
        keys = {_alarm_key(spec, i) for spec, ids in active.latched.items() for i in ids}
        for key in keys:
            if key not in self._closed_ids:
                self._closed_ids.add(key)
                self._closed_order.append(key)
        while len(self._closed_order) > _SEEN_IDS_KEPT:
            self._closed_ids.discard(self._closed_order.popleft())

    def _remember(self, key: str) -> None:
        if key in self._seen_ids:
            return
        self._seen_ids.add(key)
        self._seen_order.append(key)
        if len(self._seen_order) > _SEEN_IDS_KEPT:
            self._seen_ids.discard(self._seen_order.popleft())

    def _restore(self, history: Iterable[Entry]) -> None:
        """Replay the journal: a latched alarm is still an alarm after a restart."""
        now = self._clock.now()
        mono = self._clock.monotonic()
        for entry in history:
            kind = entry.get("event")
            device = str(entry.get("device", ""))
            try:
                at = parse_iso(str(entry["at"])) if "at" in entry else now
            except ValueError:
                at = now
            for key in ("id", "device_alarm_id"):
                value = entry.get(key)
                if isinstance(value, str) and value.startswith("H."):
                    tail = value[2:]
                    if tail.isdigit():
                        self._next_host_id = max(self._next_host_id, int(tail) + 1)
            # The ids a device reported or was sent (an entry's other ids name the alarm).
            reported = entry.get("id") if kind == "alarm" else entry.get("device_alarm_id")
            if isinstance(reported, str) and reported:
                self._remember(_alarm_key(device, reported))
            if kind == "alarm" and not entry.get("test"):
                self._active = ActiveAlarm(
                    id=str(entry["id"]),
                    source=str(entry.get("source", "")),
                    device=device,
                    at=at,
                    started=mono - max(0.0, now - at),
                )
                if device and not str(entry["id"]).startswith("H."):
                    self._active.latch(device, str(entry["id"]))
                elif entry.get("source") in (Source.ON_SCREEN.value, Source.HOTKEY.value):
                    for spec in self._latching_specs():
                        self._active.latch(spec, str(entry["id"]))
            elif kind in ("activation", "latched") and self._active is not None:
                box_id = entry.get("device_alarm_id")
                if box_id and device:
                    self._active.latch(device, str(box_id))
                elif box_id:
                    # only a RAISE from the screen is on record without a device
                    for spec in self._latching_specs():
                        self._active.latch(spec, str(box_id))
            elif kind == "acknowledged" and self._active is not None:
                self._active.acknowledged_by = str(entry.get("by") or "?")
                self._active.acknowledged_at = at
            elif kind == "escalated" and self._active is not None:
                self._active.escalation = max(self._active.escalation, int(entry.get("level", 0)))
            elif kind == "reset":
                if self._active is not None:
                    self._close_ids(self._active)
                self._active = None
            elif kind == "test_started":
                try:
                    self._drill_until = parse_iso(str(entry["until"]))
                except (KeyError, ValueError):
                    self._drill_until = now
                self._drill_presses = 0
            elif kind == "test_ended":
                self._drill_until = None
            elif kind == "test_press":
                self._last_drill_at = at
                self._drill_presses += 1
        if self._drill_until is not None:
            # A drill window outlives a restart only for the time it had left; tick() ends it.
            self._drill_deadline = mono + max(0.0, self._drill_until - now)
