"""The panic box driver's reader loop over the real serial link, on a clock the test moves.

The pty tests run at the machine's own pace, so they cannot say *when* the box is asked who it
is, how often the host heartbeats, or that a session never dies and reconnects on its own. Here
pyserial's port is replaced by a fake box on a fake USB port: the driver and its SerialLink run
unchanged on their reader thread, and time moves only when the driver reads and nothing is
waiting (as a real read waits for its timeout). The steps are 1/16 s, so the clock's sums are
exact and a boundary (3 s, 1.5 s, 1 s) is met on the pass where it falls, never missed by
rounding. Nothing here sleeps and nothing depends on the machine's speed.

Numbers, from /work/shared/PROTOCOL-PBL1.md: the host heartbeats every 1000 ms and declares a
box lost after 3000 ms without a valid frame; the box heartbeats every 1000 ms and answers
``Q`` with ``HELLO`` and an immediate ``HB``. The driver's own number: a box that did not say
HELLO within 1.5 s of the open is asked (``Q``), again every 1.5 s until it answers.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest

from hardware import serialport
from hardware.base import DeviceEvent, EventKind, Fault
from hardware.panicbox import driver as panicbox_module
from hardware.panicbox.driver import PanicBoxDriver
from hardware.pbl1.frame import Frame, Parser, encode

TICK = 1 / 16  # what one read that finds nothing takes (the driver's read timeout is 0.05 s)
START = 1024.0  # the monotonic clock at the open: any value, not 0
UID = "E6614C311B5F2A21"
PORT = "/dev/ttyACM3"


@dataclass
class FakeBox:
    """A PBL/1 box on a fake USB port. It heartbeats every second from the open; it may say
    HELLO at the open (a board that resets when the port opens), answer Q or not, and hang
    (send nothing, answer nothing) for a while. The app closes on the pass at ``run_for`` s."""

    run_for: float
    uid: str = UID
    hello_on_open: bool = False
    answers_q: bool = True
    hangs: tuple[float, float] = (-1.0, -1.0)
    ticks: int = 0
    opens: int = 0
    sent: list[tuple[float, Frame]] = field(default_factory=list)  # host -> box, with times
    events: list[tuple[float, DeviceEvent]] = field(default_factory=list)
    driver: PanicBoxDriver | None = None
    _out: bytearray = field(default_factory=bytearray)
    _seq: int = 0
    _next_hb: float = 1.0
    _parser: Parser = field(default_factory=Parser)

    # -- the clock ----------------------------------------------------------------------------
    @property
    def now(self) -> float:
        """Seconds since the test began (exact: a whole number of 1/16 s)."""
        return self.ticks * TICK

    def monotonic(self) -> float:
        return START + self.now

    def heard(self, event: DeviceEvent) -> None:
        self.events.append((self.now, event))

    # -- what pyserial's Serial would do -------------------------------------------------------
    def open(self, path: str, baudrate: int, **_: object) -> FakeBox:
        assert (path, baudrate) == (PORT, 115200)
        self.opens += 1
        if self.hello_on_open:
            self._say("HELLO", proto=1, fw="0.1.0", uid=self.uid, boot=37, rst="USB")
        return self

    @property
    def in_waiting(self) -> int:
        return len(self._out)

    def read(self, size: int = 1) -> bytes:
        if not self._out:
            self.ticks += 1  # nothing waiting: the read waits out its timeout
            if self.now >= self.run_for:
                assert self.driver is not None
                self.driver._link.stopping.set()  # the app closes: the loop ends its pass
            elif self.now >= self._next_hb:
                self._next_hb += 1.0
                if not self._hung:
                    self._say("HB", up=int(self.now * 1000), st="IDLE", loop="OK", lfb="OK")
        data = bytes(self._out[:size])
        del self._out[:size]
        return data

    def write(self, data: bytes) -> int:
        for frame in self._parser.feed(data):
            self.sent.append((self.now, frame))
            if frame.type == "Q" and self.answers_q and not self._hung:
                self._say("HELLO", proto=1, fw="0.1.0", uid=self.uid, boot=37, rst="POR")
                self._say("HB", up=int(self.now * 1000), st="IDLE", loop="OK", lfb="OK")
        return len(data)

    def cancel_read(self) -> None:
        pass

    def close(self) -> None:
        pass

    # -- helpers --------------------------------------------------------------------------------
    @property
    def _hung(self) -> bool:
        return self.hangs[0] <= self.now < self.hangs[1]

    def _say(self, type_: str, **fields: object) -> None:
        self._out += encode(type_, self._seq, fields)
        self._seq += 1

    def times(self, type_: str) -> list[float]:
        """When the host sent frames of this type (seconds since the open)."""
        return [at for at, frame in self.sent if frame.type == type_]

    def happened(self) -> list[tuple[float, str, str]]:
        """What the app heard, heartbeats left out: (when, what, which fault)."""
        return [
            (at, e.kind.value, e.fault.value if e.fault else "")
            for at, e in self.events
            if e.kind is not EventKind.HEARTBEAT
        ]


@pytest.fixture
def usb_port(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The fake box's port is a Raspberry Pi Pico with its chip id as USB serial number."""
    pico = SimpleNamespace(device=PORT, vid=0x2E8A, pid=0x000A, serial_number=UID, location="1-4")
    monkeypatch.setattr(serialport.serial.tools.list_ports, "comports", lambda: [pico])
    yield


def run(box: FakeBox, monkeypatch: pytest.MonkeyPatch, spec: str = f"panicbox:{PORT}") -> None:
    """The driver as the alarm service builds it (spec only: shipped timings), from the open
    to the app closing at ``box.run_for``, on its own reader thread over the real SerialLink."""
    monkeypatch.setattr(serialport.serial, "Serial", box.open)
    monkeypatch.setattr(panicbox_module, "time", SimpleNamespace(monotonic=box.monotonic))
    box.driver = PanicBoxDriver(spec)
    box.driver.start(box.heard)
    reader = box.driver._link.reader_thread
    assert reader is not None
    reader.join(timeout=60)  # a guard against a hang only: the fake clock ends the run
    assert not reader.is_alive()
    box.driver.stop()


def beats(start: float, stop: float) -> list[float]:
    """Every whole 1.0 s from ``start`` to ``stop``, both included."""
    return [start + n * 1.0 for n in range(int(stop - start) + 1)]


@pytest.mark.usefixtures("usb_port")
def test_a_box_that_says_no_hello_is_asked_who_it_is_once_after_1_5_s(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    box = FakeBox(run_for=8.0)  # it did not reset when the port opened: only heartbeats
    run(box, monkeypatch)
    assert box.times("Q") == [1.5]  # asked once; it answered, so never again
    assert box.driver is not None
    status = box.driver.status()
    assert status.detail["uid"] == UID and status.detail["fw"] == "0.1.0"  # who it is
    assert status.connected and status.faults == frozenset()
    # the device list shows where it is plugged in and which USB device it is
    assert (status.port, status.usb_id) == (PORT, "2e8a:000a " + UID)
    assert box.happened() == [(1.0, "connected", "")]  # its first heartbeat; no loss since
    assert box.opens == 1  # one session from open to close: it never died and reopened


@pytest.mark.usefixtures("usb_port")
def test_a_box_that_never_answers_is_asked_again_every_1_5_s(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    box = FakeBox(run_for=8.0, answers_q=False)  # heartbeats, but never says who it is
    run(box, monkeypatch)
    assert box.times("Q") == [1.5, 3.0, 4.5, 6.0, 7.5]
    assert box.driver is not None and "uid" not in box.driver.status().detail
    assert box.happened() == [(1.0, "connected", "")]
    assert box.opens == 1


@pytest.mark.usefixtures("usb_port")
def test_another_box_on_a_bound_rooms_port_is_found_out_when_asked_who_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    box = FakeBox(run_for=6.0, uid="BEEF00000000CAFE")  # no HELLO of its own
    run(box, monkeypatch, spec=f"panicbox:{PORT}?uid={UID}")
    assert box.times("Q") == [1.5]
    assert box.driver is not None
    status = box.driver.status()
    assert not status.connected and Fault.DEVICE_LOST in status.faults
    lost = [e for _, e in box.events if e.fault is Fault.DEVICE_LOST]
    assert len(lost) == 1  # said once, though every heartbeat since is from the wrong box
    assert lost[0].detail == {
        "reason": f"box BEEF00000000CAFE is not {UID}",
        "code": "wrong_device",
    }
    # its first heartbeat came before anyone knew which box it was: never "connected" (the
    # room never read "protected" by another box); the answer to Q told
    assert box.happened() == [(1.5, "fault_set", "DEVICE_LOST")]
    assert box.opens == 1


@pytest.mark.usefixtures("usb_port")
def test_a_bound_rooms_own_box_is_connected_once_it_has_said_who_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    box = FakeBox(run_for=6.0)  # the right box, but it did not reset on open: no HELLO yet
    run(box, monkeypatch, spec=f"panicbox:{PORT}?uid={UID}")
    assert box.times("Q") == [1.5]
    assert box.happened() == [(1.5, "connected", "")]  # its answer to Q, not its heartbeat
    assert box.driver is not None and box.driver.status().connected
    assert box.opens == 1


@pytest.mark.usefixtures("usb_port")
def test_a_box_on_a_bound_rooms_port_that_will_not_say_who_it_is_is_not_the_rooms_box(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    box = FakeBox(run_for=8.0, answers_q=False)  # heartbeats, but never answers Q
    run(box, monkeypatch, spec=f"panicbox:{PORT}?uid={UID}")
    assert box.times("Q") == [1.5, 3.0, 4.5, 6.0, 7.5]  # still asked
    assert box.happened() == [(3.0, "fault_set", "DEVICE_LOST")]  # never "connected"
    lost = next(e for _, e in box.events if e.fault is Fault.DEVICE_LOST)
    assert lost.detail == {
        "reason": f"the box on this port has not said it is {UID}",
        "code": "unidentified",
    }
    assert box.opens == 1


@pytest.mark.usefixtures("usb_port")
def test_the_host_heartbeats_every_second_from_the_first_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    box = FakeBox(run_for=6.0, hello_on_open=True)  # a box that resets on open: HELLO at once
    run(box, monkeypatch)
    # the HELLO was waiting at the open, so the first pass takes no time
    assert box.times("HB") == beats(0.0, 6.0)
    assert box.times("Q") == []  # it said who it is by itself: never asked
    assert box.happened() == [(0.0, "connected", "")]
    assert box.opens == 1


@pytest.mark.usefixtures("usb_port")
def test_a_silent_box_is_lost_after_3_s_and_asked_again_every_second_until_it_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # frozen firmware with the port still open: its last heartbeat is at 2 s, back at 7.5 s
    box = FakeBox(run_for=10.0, hello_on_open=True, hangs=(2.5, 7.5))
    run(box, monkeypatch)
    assert box.times("Q") == [5.0, 6.0, 7.0]
    assert box.happened() == [
        (0.0, "connected", ""),
        (5.0, "disconnected", ""),
        (5.0, "fault_set", "DEVICE_LOST"),
        (8.0, "connected", ""),  # its own next heartbeat
        (8.0, "fault_cleared", "DEVICE_LOST"),
    ]
    lost = next(e for _, e in box.events if e.fault is Fault.DEVICE_LOST)
    assert lost.detail == {"reason": "no valid frame from the box for 3 s", "code": "silent"}
    assert box.times("HB") == beats(0.0, 10.0)  # the host kept its heartbeat all along
    assert box.opens == 1  # the session held the port open throughout: no reconnect


@pytest.mark.usefixtures("usb_port")
def test_a_box_silent_from_the_open_is_asked_and_lost_3_s_after_the_open(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    box = FakeBox(run_for=7.0, hangs=(0.0, 99.0))  # a port with a dead box behind it
    run(box, monkeypatch)
    assert box.times("Q") == [1.5, 3.0, 4.0, 5.0, 6.0, 7.0]  # who are you; then every second
    assert box.happened() == [(3.0, "fault_set", "DEVICE_LOST")]  # never connected
    assert box.times("HB") == [TICK + n for n in range(7)]  # no frame waited: 1/16 s first
    assert box.opens == 1
