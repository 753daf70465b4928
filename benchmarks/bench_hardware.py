"""Button in -> light command out through each driver, beside a bare pyserial loop.

Every rig is a pseudo-terminal pair, as in the tests: this process plays the device on the
master side and the driver (or the bare loop) opens the slave side with pyserial.

- bare loop: a thread that reads one byte and writes one byte with pyserial; we write a byte
  on the master and time until the answer arrives;
- panicbox: we write an ``ALM`` frame (a new id each press); the driver parses it and calls the
  listener on its reader thread, which commands the light (``OUT light=ON``); we time until
  that frame arrives;
- numato / modbus: a responder thread answers the driver's polls; at a press it starts
  answering "pressed"; the listener commands the light, and we time until the relay command
  (``relay on 0`` / FC05 coil on) reaches the responder. A polled board cannot beat its poll
  interval, hence the target: poll interval + 2x the bare loop (issue 3);
- unplug: the simulated box's pty is closed and its path removed; we time until the driver
  reports DEVICE_LOST, at its default timings (target: within 3 s), and likewise for a box
  that falls silent with its port still there (the 3 s supervision).

Method (issue 18): on a shared machine one process's p99 moves with the machine. Each figure
is taken in several fresh processes (``one_process``), the bare loop and the panic box in
alternating blocks within each; a figure is the median of the processes' values, printed with
their spread. Targets compare medians measured in the same run.
"""

from __future__ import annotations

import os
import queue
import random
import select
import threading
import time
import tty
from collections.abc import Callable

import serial

from benchmarks.common import Repeated, Row, in_processes, load_note, percentile
from hardware.base import DeviceEvent, EventKind, Fault, Light
from hardware.lcus.driver import LcusDriver
from hardware.lcus.driver import frame as lcus_frame
from hardware.modbus.driver import ModbusDriver
from hardware.numato.driver import NumatoDriver
from hardware.panicbox.driver import PanicBoxDriver
from hardware.pbl1.frame import encode
from hardware.polled import PolledSerialDriver
from hardware.sim.pty_sims import PanicBoxSimulator, modbus_crc

PRESSES = 300
POLLED_PRESSES = 150
WARMUP = 10
TIMEOUT_S = 5.0


class PtyPair:
    def __init__(self) -> None:
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave)
        self.path = os.ttyname(self.slave)

    def write(self, data: bytes) -> None:
        os.write(self.master, data)

    def read_until(self, needle: bytes, buf: bytearray) -> None:
        deadline = time.monotonic() + TIMEOUT_S
        while needle not in buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no {needle!r}")
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                buf += os.read(self.master, 4096)
        del buf[: buf.index(needle) + len(needle)]

    def close(self) -> None:
        for fd in (self.master, self.slave):
            try:
                os.close(fd)
            except OSError:
                pass


def ms(samples: list[float]) -> tuple[float, float]:
    return percentile(samples, 50) * 1000, percentile(samples, 99) * 1000


# -- bare loop --------------------------------------------------------------------------------


def bare_loop(presses: int) -> list[float]:
    pair = PtyPair()
    port = serial.Serial(pair.path, 115200, timeout=None)

    def echo() -> None:
        while True:
            byte = port.read(1)
            if byte == b"q":
                return
            port.write(b"x")

    thread = threading.Thread(target=echo, daemon=True)
    thread.start()
    samples = []
    buf = bytearray()
    for i in range(presses + WARMUP):
        start = time.perf_counter()
        pair.write(b"p")
        pair.read_until(b"x", buf)
        if i >= WARMUP:
            samples.append(time.perf_counter() - start)
    pair.write(b"q")
    thread.join(2)
    port.close()
    pair.close()
    return samples


# -- panicbox -----------------------------------------------------------------------------------


def panicbox_loop(presses: int) -> list[float]:
    pair = PtyPair()
    driver = PanicBoxDriver(f"panicbox:{pair.path}", supervision_timeout=3600, hello_wait=3600)
    connected = threading.Event()

    def on_event(event: DeviceEvent) -> None:
        if event.kind is EventKind.CONNECTED:
            connected.set()
        elif event.kind is EventKind.ALARM:
            driver.set_light(Light.ON)  # what the engine's hot path does

    driver.start(on_event)
    buf = bytearray()
    deadline = time.monotonic() + TIMEOUT_S
    while not connected.wait(0.1):  # the driver flushes its input on open: say it again
        if time.monotonic() > deadline:
            raise TimeoutError("panicbox driver did not connect")
        pair.write(encode("HELLO", 0, {"proto": 1, "uid": "BENCH"}))
    samples = []
    for i in range(presses + WARMUP):
        frame = encode("ALM", (i + 1) & 0xFFFF, {"id": f"9.{i + 1}", "src": "BTN", "test": 0})
        start = time.perf_counter()
        pair.write(frame)
        pair.read_until(b"$OUT ", buf)
        if i >= WARMUP:
            samples.append(time.perf_counter() - start)
    driver.stop()
    pair.close()
    return samples


# -- polled boards --------------------------------------------------------------------------------


class Responder:
    """Plays a polled board on the master side; records when the light command arrives."""

    def __init__(self, pair: PtyPair, answer: Callable[[bytes], tuple[bytes, bool | None]]):
        self.pair = pair
        self.answer = answer
        self.pressed = False
        self.light_events: queue.Queue[tuple[bool, float]] = queue.Queue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        buf = bytearray()
        while not self._stop.is_set():
            ready, _, _ = select.select([self.pair.master], [], [], 0.05)
            if not ready:
                continue
            try:
                buf += os.read(self.pair.master, 4096)
            except OSError:
                return
            while True:
                reply, light, used = self._step(bytes(buf))
                if used == 0:
                    break
                del buf[:used]
                if light is not None:
                    self.light_events.put((light, time.perf_counter()))
                if reply:
                    self.pair.write(reply)

    def _step(self, data: bytes) -> tuple[bytes, bool | None, int]:
        reply, light = self.answer(data)
        return reply, light, self.used

    used = 0

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(2)


def numato_answer(responder: Responder) -> Callable[[bytes], tuple[bytes, bool | None]]:
    def answer(data: bytes) -> tuple[bytes, bool | None]:
        end = data.find(b"\r")
        if end < 0:
            responder.used = 0
            return b"", None
        responder.used = end + 1
        command = data[:end].strip()
        reply = command + b"\n\r"
        light = None
        if command.startswith(b"gpio read"):
            reply += (b"1" if responder.pressed else b"0") + b"\n\r"
        elif command == b"relay on 0":
            light = True
        elif command == b"relay off 0":
            light = False
        elif command == b"ver":
            reply += b"00000008\n\r"
        return reply + b">", light

    return answer


def modbus_answer(responder: Responder) -> Callable[[bytes], tuple[bytes, bool | None]]:
    def answer(data: bytes) -> tuple[bytes, bool | None]:
        if len(data) < 8:
            responder.used = 0
            return b"", None
        responder.used = 8
        frame = data[:8]
        if frame[1] == 2:
            reply = bytes((1, 2, 1, 1 if responder.pressed else 0))
            return reply + modbus_crc(reply), None
        if frame[1] == 5:
            return frame, frame[4] == 0xFF
        return b"", None

    return answer


def polled_loop(kind: str, presses: int) -> tuple[list[float], float]:
    pair = PtyPair()
    responder = Responder(pair, lambda data: (b"", None))
    responder.answer = (numato_answer if kind == "numato" else modbus_answer)(responder)
    driver: PolledSerialDriver
    if kind == "numato":
        driver = NumatoDriver(f"numato:{pair.path}")
    else:
        driver = ModbusDriver(f"modbus:{pair.path}")
    connected = threading.Event()

    def on_event(event: DeviceEvent) -> None:
        if event.kind is EventKind.CONNECTED:
            connected.set()
        elif event.kind is EventKind.BUTTON_PRESSED:
            driver.set_light(Light.ON)
        elif event.kind is EventKind.BUTTON_RELEASED:
            driver.set_light(Light.OFF)

    driver.start(on_event)
    if not connected.wait(TIMEOUT_S):
        raise TimeoutError(f"{kind} driver did not connect")
    samples = []
    rng = random.Random(3)
    pause = threading.Event()
    for i in range(presses + WARMUP):
        # a person does not press in step with the poll: a random phase in the poll cycle
        pause.wait(rng.uniform(0, driver.poll_interval))
        start = time.perf_counter()
        responder.pressed = True
        light, at = responder.light_events.get(timeout=TIMEOUT_S)
        assert light is True
        if i >= WARMUP:
            samples.append(at - start)
        responder.pressed = False
        light, _ = responder.light_events.get(timeout=TIMEOUT_S)
        assert light is False
    poll = driver.poll_interval
    driver.stop()
    responder.stop()
    pair.close()
    return samples, poll


# -- LCUS: no button, so light command -> frame on the wire ---------------------------------


def lcus_loop(presses: int) -> list[float]:
    pair = PtyPair()
    driver = LcusDriver(f"lcus:{pair.path}", resend_interval=3600)
    connected = threading.Event()
    driver.start(lambda e: connected.set() if e.kind is EventKind.CONNECTED else None)
    if not connected.wait(TIMEOUT_S):
        raise TimeoutError("lcus driver did not connect")
    samples = []
    buf = bytearray()
    for i in range(presses + WARMUP):
        on = i % 2 == 0
        start = time.perf_counter()
        driver.set_light(Light.ON if on else Light.OFF)
        pair.read_until(lcus_frame(1, on), buf)
        if i >= WARMUP:
            samples.append(time.perf_counter() - start)
    driver.stop()
    pair.close()
    return samples


# -- faults -------------------------------------------------------------------------------------


def fault_times(rounds: int, silent: bool) -> list[float]:
    times = []
    for _ in range(rounds):
        with PanicBoxSimulator() as box:
            events: queue.Queue[DeviceEvent] = queue.Queue()
            driver = PanicBoxDriver(f"panicbox:{box.port}")  # default timings
            driver.start(events.put)
            _wait_for(events, EventKind.CONNECTED)
            start = time.monotonic()
            if silent:
                box.hang()
            else:
                box.unplug()
            lost = _wait_for(events, EventKind.FAULT_SET, Fault.DEVICE_LOST)
            times.append(lost.at - start)
            driver.stop()
    return times


def _wait_for(
    events: queue.Queue[DeviceEvent], kind: EventKind, fault: Fault | None = None
) -> DeviceEvent:
    deadline = time.monotonic() + 10
    while True:
        event = events.get(timeout=max(0.01, deadline - time.monotonic()))
        if event.kind is kind and (fault is None or event.fault is fault):
            return event


NOTES = {
    "numato": "poll every 20 ms: gpio read, then relay on",
    "modbus": "poll every 50 ms; RTU needs a 3.5-character gap (4 ms at 9600) before the FC05",
}

# -- one process's figures ----------------------------------------------------------------------

RUNS = 5  # processes; each figure is the median of their p99s
BLOCKS = 6  # bare loop and panic box alternate in blocks, so a busy moment hits both alike


def one_process(presses: int, polled_presses: int) -> dict[str, list[float]]:
    """p50 and p99 (ms) of each rig, in this process: the bare loop and the panic box in
    alternating blocks, then the polled boards and LCUS beside the bare loop again."""
    bare: list[float] = []
    panicbox: list[float] = []
    per_block = max(1, presses // BLOCKS)
    for _ in range(BLOCKS):
        bare += bare_loop(per_block)
        panicbox += panicbox_loop(per_block)
    result = {"bare": list(ms(bare)), "panicbox": list(ms(panicbox))}
    for kind in ("numato", "modbus"):
        samples, poll = polled_loop(kind, polled_presses)
        result[kind] = list(ms(samples))
        result[f"{kind}_poll_ms"] = [poll * 1000]
    result["lcus"] = list(ms(lcus_loop(presses)))
    return result


def _median(results: list[dict[str, list[float]]], key: str, index: int) -> Repeated:
    return Repeated([run[key][index] for run in results])


# -- rows -----------------------------------------------------------------------------------------

HOW = {
    "panicbox": (
        "the PBL/1 parser takes whole runs of bytes (find, one regex search) instead of a "
        "Python step per byte, and encode checks tokens with one regex (hardware/pbl1/frame.py: "
        "about half the parse time); and the figure is now the median of several processes' "
        "p99s, measured in blocks alternating with the bare loop, so the machine's load hits "
        "both alike. Round 3 checked a suspected regression against b0d2b3d (uid binding, per-box "
        "alarm keys): the same CPU per ALM (about 12 us in-process) and the same p50 and "
        "ratios in 30 interleaved process pairs; no regression (docs/VERIFY.md, Speed figures). "
        "On a quiet machine both p99s are a few tenths of a millisecond, set by thread "
        "wake-ups, and this ratio is met in some runs and missed in others"
    ),
    "polled": (
        "polls keep a fixed beat (hardware/polled.py): a late wake-up no longer stretches the "
        "following periods, so a press never waits more than one poll interval for its poll; "
        "median of several processes' p99s"
    ),
    "modbus": (
        "polls keep a fixed beat as for Numato (hardware/polled.py: a deadline, not a sleep "
        "after each read). Met only when the machine is busy enough that 2x the bare loop's "
        "p99 exceeds about 4.3 ms; on a quiet machine it cannot be met without breaking the RTU "
        "framing: press -> relay is the wait for the next poll (up to 50 ms), the poll's round "
        "trip, then the 3.5 characters of silence Modbus RTU requires between the board's "
        "answer and our coil command (4.0 ms at 9600 baud, 11 bits a character), counted by "
        "minimalmodbus from the moment the answer was read, the earliest moment known to be "
        "after its last byte, so it is not waited longer than the framing needs (the fastest "
        "press measured 4.2 ms: the silence and the round trips). That floor, poll + about "
        "4.3 ms, is above poll + 2x the bare loop on a quiet machine (2x bare p99 is 0.3-1 ms); "
        "an honest target is poll + 3.5-character gap + 2x bare. A board run at 19,200 baud or "
        "more has a fixed 1.75 ms gap"
    ),
}


def run() -> list[Row]:
    results = in_processes("bench_hardware", "one_process", RUNS, PRESSES, POLLED_PRESSES)
    load = load_note()
    bare50, bare99 = _median(results, "bare", 0), _median(results, "bare", 1)
    rows = [
        Row(
            "hardware: bare pyserial loop p50",
            "ms",
            bare50.median,
            None,
            None,
            note=f"pty, 1 byte; {bare50.describe('ms')}",
            spread=bare50.spread,
        ),
        Row(
            "hardware: bare pyserial loop p99",
            "ms",
            bare99.median,
            None,
            None,
            note=f"{bare99.describe('ms')}; {load}",
            spread=bare99.spread,
        ),
    ]
    pb50, pb99 = _median(results, "panicbox", 0), _median(results, "panicbox", 1)
    ratios = Repeated([run["panicbox"][1] / run["bare"][1] for run in results])
    rows.append(
        Row(
            "hardware: panicbox ALM -> OUT p50",
            "ms",
            pb50.median,
            "bare loop p50",
            bare50.median,
            note=pb50.describe("ms"),
            spread=pb50.spread,
        )
    )
    rows.append(
        Row(
            "hardware: panicbox ALM -> OUT p99",
            "ms",
            pb99.median,
            "bare loop p99",
            bare99.median,
            target="<= 2x",
            met=pb99.median <= 2 * bare99.median,
            note=f"{pb99.describe('ms')}; per-process ratio {ratios.describe()}",
            spread=pb99.spread,
            how=HOW["panicbox"],
        )
    )
    for kind in ("numato", "modbus"):
        p50, p99 = _median(results, kind, 0), _median(results, kind, 1)
        poll_ms = results[0][f"{kind}_poll_ms"][0]
        limit = poll_ms + 2 * bare99.median
        rows.append(
            Row(
                f"hardware: {kind} press -> relay p50",
                "ms",
                p50.median,
                "bare loop p50",
                bare50.median,
                spread=p50.spread,
            )
        )
        rows.append(
            Row(
                f"hardware: {kind} press -> relay p99",
                "ms",
                p99.median,
                "bare loop p99",
                bare99.median,
                target=f"<= poll {poll_ms:.0f} ms + 2x bare = {limit:.1f} ms",
                met=p99.median <= limit,
                note=f"{NOTES[kind]}; {p99.describe('ms')}",
                spread=p99.spread,
                how=HOW["modbus" if kind == "modbus" else "polled"],
            )
        )
    lc50, lc99 = _median(results, "lcus", 0), _median(results, "lcus", 1)
    rows.append(
        Row(
            "hardware: lcus set_light -> frame p99",
            "ms",
            lc99.median,
            "bare loop p99",
            bare99.median,
            note=f"p50 {lc50.median:.3f} ms; no button on this board, command from another "
            f"thread; {lc99.describe('ms')}",
            spread=lc99.spread,
        )
    )
    unplug = fault_times(5, silent=False)
    rows.append(
        Row(
            "hardware: unplug -> DEVICE_LOST (worst of 5)",
            "s",
            max(unplug),
            None,
            None,
            target="<= 3 s",
            met=max(unplug) <= 3.0,
        )
    )
    silent = fault_times(2, silent=True)
    rows.append(
        Row(
            "hardware: silent box -> DEVICE_LOST (worst of 2)",
            "s",
            max(silent),
            None,
            None,
            target="<= 3 s + one read",
            met=max(silent) <= 3.1,
            note="supervision: 3 s without a valid frame",
        )
    )
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
