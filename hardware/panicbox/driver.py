"""Host side of PBL/1: the DIY panic box that latches the light by itself.

On the reader thread: parse frames, ACK every ``ALM`` (after the listener heard of it, so
"ACK" means "received"), send the host heartbeat every second, and call the box lost when no
valid frame came for 3 s. After opening the port we wait for the box's ``HELLO`` (boards that
reset on open) and ask with ``Q`` only if it does not come: never a blind sleep.
"""

from __future__ import annotations

import logging
import time

import serial

from hardware.base import (
    Capability,
    EventCallback,
    EventKind,
    Fault,
    Indicator,
    Light,
    Sounder,
    Source,
)
from hardware.pbl1.frame import Frame, Parser, encode
from hardware.serialport import RETRY_INTERVAL_S, SerialLink, UsbIdentity
from hardware.spec import DeviceSpec, parse_spec
from hardware.stateful import StatefulDriver

log = logging.getLogger(__name__)

SUPERVISION_TIMEOUT_S = 3.0  # PBL/1 timers: the host declares the box lost after 3000 ms
HOST_HEARTBEAT_S = 1.0  # PBL/1: host keep-alive every 1000 ms
# Not a PBL/1 number: how long a box that resets on open gets to boot and say HELLO by itself
# before it is asked with Q (and how often a box that never answers is asked again).
HELLO_WAIT_S = 1.5
# A silent box is asked again once for every heartbeat it misses (PBL/1: box heartbeat 1000 ms).
SILENT_QUERY_S = 1.0
_SOURCES = {s.value: s for s in Source}
_FAULTS = {f.value: f for f in Fault}
_LIGHTS = {light.value: light for light in Light}
CFG_KEYS = ("hold", "deb", "hb", "hostto", "snd_on_hostlost")


class PanicBoxDriver(StatefulDriver):
    capabilities = frozenset(
        {
            Capability.BUTTON,
            Capability.LIGHT,
            Capability.SOUNDER,
            Capability.INDICATOR,
            Capability.LATCHES,
            Capability.CONFIRMS,
            Capability.SUPERVISED,
            Capability.TEST_WINDOW,
        }
    )

    def __init__(
        self,
        spec: DeviceSpec | str,
        *,
        retry_interval: float = RETRY_INTERVAL_S,
        supervision_timeout: float = SUPERVISION_TIMEOUT_S,
        heartbeat_interval: float = HOST_HEARTBEAT_S,
        hello_wait: float = HELLO_WAIT_S,
        baudrate: int = 115200,
    ) -> None:
        parsed = spec if isinstance(spec, DeviceSpec) else parse_spec(spec)
        super().__init__(parsed.text)
        self.supervision_timeout = supervision_timeout
        self.heartbeat_interval = heartbeat_interval
        self.hello_wait = hello_wait
        self._link = SerialLink(
            parsed.port,
            baudrate=baudrate,
            on_lost=self._on_link_lost,
            on_open=self._on_link_open,
            retry_interval=retry_interval,
            read_timeout=0.05,
            name=f"panicbox {parsed.port}",
        )
        # a box bound to this room: another box on the port is a fault, never this room's box
        self._expected_uid = parsed.options.get("uid", "").upper() or None
        self._wrong_box: str | None = None
        self._hello_seen = False  # this session's box said HELLO (each session starts afresh)
        self._seq = 0
        self._seen_alarms: set[str] = set()
        self._pending: dict[int, tuple[str, dict[str, str]]] = {}
        self._last_box_alm_seq: dict[str, int] = {}
        self.parser_stats = Parser().stats  # replaced per session
        self._hb_loop = ""  # the loop state in the previous heartbeat

    # -- Driver ----------------------------------------------------------------------------
    def start(self, on_event: EventCallback) -> None:
        self._on_event = on_event
        self._link.start(self._session)

    def stop(self) -> None:
        self._link.stop()

    def set_light(self, state: Light) -> None:
        self._command("OUT", {"light": state.value})

    def set_sounder(self, state: Sounder, duration_s: int | None = None) -> None:
        fields: dict[str, object] = {"snd": state.value}
        if duration_s is not None:
            fields["dur"] = int(duration_s)
        self._command("OUT", fields)

    def set_indicator(self, state: Indicator) -> None:
        self._command("OUT", {"ind": state.value})

    def raise_alarm(self, alarm_id: str, source: Source) -> None:
        self._command("RAISE", {"id": alarm_id, "src": source.value})

    def acknowledge(self, alarm_id: str) -> None:
        ref = self._last_box_alm_seq.get(alarm_id)
        if ref is not None:
            self._command("ACK", {"ref": ref, "id": alarm_id})

    def reset(self, alarm_id: str) -> None:
        self._command("RESET", {"id": alarm_id})

    def test_window(self, seconds: int | None) -> None:
        self._command("TEST", {"off": ""} if seconds is None else {"on": int(seconds)})

    def configure(self, settings: dict[str, int]) -> None:
        unknown = set(settings) - set(CFG_KEYS)
        if unknown:
            raise ValueError(f"unknown PBL/1 settings: {sorted(unknown)}")
        self._command("CFG", {k: int(v) for k, v in settings.items()})

    def query(self) -> None:
        self._command("Q", {})

    # -- writing -------------------------------------------------------------------------
    def _next_seq(self) -> int:
        seq = self._seq
        self._seq = (self._seq + 1) & 0xFFFF
        return seq

    def _command(self, type_: str, fields: dict[str, object]) -> bool:
        """Send one host frame; False if the box is not connected (the command is dropped:
        the box latches by itself, and the engine re-issues what matters on reconnect)."""
        with self._write_lock:
            seq = self._next_seq()
            frame = encode(type_, seq, fields)
            if type_ not in ("HB", "ACK"):
                self._pending[seq] = (type_, {k: str(v) for k, v in fields.items()})
                if len(self._pending) > 64:  # a box that never answers must not grow this
                    self._pending.pop(next(iter(self._pending)))
            ok = self._link.try_write(frame)
        if not ok:
            log.info("panicbox %s: %s not sent, box not connected", self.spec, type_)
        return ok

    # -- the reader thread -------------------------------------------------------------------
    def _on_link_open(self, path: str, identity: UsbIdentity | None) -> None:
        with self._state_lock:
            self._port = path
            self._usb_id = str(identity) if identity else None

    def _on_link_lost(self, reason: str) -> None:
        self._note_lost(reason)

    def _session(self, ser: serial.Serial) -> None:
        parser = Parser()
        self.parser_stats = parser.stats
        opened = time.monotonic()
        last_valid = opened  # silence counts from the open until the first valid frame
        next_hb = opened
        queried_at: float | None = None
        self._hello_seen = False
        while not self._link.stopping.is_set():
            data = self._link.read()  # all that is waiting, else up to one byte
            now = time.monotonic()
            if data:
                for frame in parser.feed(data):
                    last_valid = now
                    self._handle(frame)
            if now >= next_hb:
                self._command("HB", {})
                next_hb = now + self.heartbeat_interval
            if not self._hello_seen and now - opened >= self.hello_wait:
                # no HELLO since the port opened (a box that does not reset on open): ask, so
                # we always know which box this is
                if queried_at is None or now - queried_at >= self.hello_wait:
                    self.query()
                    queried_at = now
            if (
                self._expected_uid is not None
                and not self._hello_seen
                and now - opened >= self.supervision_timeout
            ):
                # a box on a bound room's port that will not say which box it is (PBL/1: every
                # box answers Q) is not this room's box as far as anyone can tell
                self._note_lost(f"the box on this port has not said it is {self._expected_uid}")
            if now - last_valid >= self.supervision_timeout:
                # alive port, silent box: a hung firmware or a stuck driver (alarm.md 4.3)
                self._note_lost(f"no valid frame from the box for {self.supervision_timeout:g} s")
                if queried_at is None or now - queried_at >= SILENT_QUERY_S:
                    self.query()
                    queried_at = now

    def _handle(self, frame: Frame) -> None:
        if frame.type == "HELLO":
            self._hello_seen = True
            self._check_uid(frame.get("uid"))
        if self._wrong_box is not None:
            self._note_lost(self._wrong_box)  # still handled below: an alarm is an alarm
        elif not self._connected and (self._hello_seen or self._expected_uid is None):
            # A box bound to this room counts as there only once it has said which box it is:
            # until then another box's heartbeats must not make the room read "protected".
            # (DEVICE_LOST is only ever set with "not connected".)
            self._note_connected(self._hello_detail(frame))
        handler = getattr(self, "_on_" + frame.type.lower(), None)
        if handler is not None:
            handler(frame)

    def _check_uid(self, uid: str) -> None:
        if self._expected_uid is None or uid.upper() == self._expected_uid:
            self._wrong_box = None
        else:
            self._wrong_box = f"box {uid or '?'} is not {self._expected_uid}"

    def _hello_detail(self, frame: Frame) -> dict[str, str]:
        return dict(frame.fields) if frame.type == "HELLO" else {}

    def _on_hello(self, frame: Frame) -> None:
        keep = ("uid", "fw", "hw", "boot", "rst", "caps")
        self._note_detail(**{k: v for k, v in frame.fields.items() if k in keep})

    def _on_cfg(self, frame: Frame) -> None:
        # the box's stored settings, sent right after each HELLO
        self._note_detail(**{k: v for k, v in frame.fields.items() if k in CFG_KEYS})

    def _on_hb(self, frame: Frame) -> None:
        light = _LIGHTS.get(frame.get("light"))
        if light is not None:
            self._note_light(light)
        self._faults_from_heartbeat(frame)
        self._note_heartbeat(dict(frame.fields))

    def _faults_from_heartbeat(self, frame: Frame) -> None:
        # A FLT frame is sent once, when the fault starts: a host that connects later (a
        # restart, a replugged cable) would never hear of a wire cut before it came. The
        # heartbeat carries the loop and lamp state, so every second the faults catch up.
        # HB's loop= is the debounced state; the box calls a fault only after 200 ms, so a
        # heartbeat sets one only when two in a row agree (no fault from a passing glitch).
        loop = frame.get("loop")
        previous, self._hb_loop = self._hb_loop, loop
        detail = {"from": "HB", "loop": loop}
        if loop == "OPEN" and previous == loop:
            self._set_fault(Fault.LOOP_OPEN, detail)
        elif loop == "SHORT" and previous == loop:
            self._set_fault(Fault.LOOP_SHORT, detail)
        elif loop in ("OK", "ACT"):
            self._clear_fault(Fault.LOOP_OPEN, detail)
            self._clear_fault(Fault.LOOP_SHORT, detail)
        lamp = frame.get("lfb")
        if lamp == "OPEN":
            self._set_fault(Fault.LAMP_OPEN, {"from": "HB", "lfb": lamp})
        elif lamp in ("OK", "NA"):
            self._clear_fault(Fault.LAMP_OPEN, {"from": "HB", "lfb": lamp})

    def _on_alm(self, frame: Frame) -> None:
        alarm_id = frame.get("id")
        if not alarm_id:
            return
        self._last_box_alm_seq[alarm_id] = frame.seq
        if alarm_id not in self._seen_alarms:
            self._seen_alarms.add(alarm_id)
            self._emit(
                EventKind.ALARM,
                alarm_id=alarm_id,
                source=_SOURCES.get(frame.get("src")),
                test=frame.get("test") == "1",
                detail=dict(frame.fields),
            )
        # after the listener returned: the ACK tells the box (and the room) it was received
        self._command("ACK", {"ref": frame.seq, "id": alarm_id})

    def _on_flt(self, frame: Frame) -> None:
        fault = _FAULTS.get(frame.get("code"))
        if fault is None or fault is Fault.DEVICE_LOST:
            return
        if frame.get("state") == "SET":
            self._set_fault(fault, dict(frame.fields))
        elif frame.get("state") == "CLEAR":
            self._clear_fault(fault, dict(frame.fields))

    def _on_ack(self, frame: Frame) -> None:
        ref = frame.get("ref")
        with self._write_lock:  # _command adds and trims entries from other threads
            sent = self._pending.pop(int(ref), None) if ref.isdigit() else None
        if sent is None:
            return
        type_, fields = sent
        result = frame.get("res")
        if result == "OK" and type_ == "OUT" and fields.get("light") in _LIGHTS:
            self._note_light(_LIGHTS[fields["light"]])
        if result != "OK":
            self._note_detail(last_refusal=f"{type_} {frame.get('code', 'ERR')}")

    def pending_commands(self) -> dict[int, tuple[str, dict[str, str]]]:
        with self._write_lock:
            return dict(self._pending)

    def __repr__(self) -> str:
        return f"PanicBoxDriver({self.spec!r})"
