"""Simulated serial devices on pseudo-terminals, so the drivers' real pyserial path runs.

Each simulator opens ``os.openpty()`` and serves the slave side through a symlink,
:attr:`PtySimulator.port`, which is what a driver opens. :meth:`unplug` closes the master and
removes the symlink, so the driver's read fails and the port is gone, as when a USB cable is
pulled; :meth:`replug` opens a new pty behind the same path.

Stable API (used by the alarm tests as well as ours)::

    with PanicBoxSimulator() as box:          # or NumatoSimulator, LcusSimulator, ModbusSimulator
        driver = create_driver(f"panicbox:{box.port}")
        box.press(); box.release()            # the hidden button
        box.cut_loop(); box.short_loop(); box.restore_loop()
        box.unplug(); box.replug()
        box.blow_lamp(); box.fix_lamp()
        box.hang(); box.resume()              # firmware stops answering (supervision tests)
        box.inject(b"noise")                  # raw bytes towards the host
        box.received                          # every byte the host sent (bytes)
        box.wait_for(lambda: ..., timeout)    # True once the predicate holds

A simulator's own thread does all device work; the methods above may be called from any
thread. Nothing here sleeps to wait: waits are on a Condition that the thread signals.
"""

from __future__ import annotations

import errno
import importlib
import os
import select
import shutil
import tempfile
import threading
import time
import tty
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self

# The firmware is untyped MicroPython-compatible code: seen from here, its objects are Any.
logic: Any = importlib.import_module("hardware.firmware.panicbox.logic")
_board_fake: Any = importlib.import_module("hardware.firmware.panicbox.board_fake")
FakeBoard: Any = _board_fake.FakeBoard
MemoryStore: Any = _board_fake.MemoryStore

TICK_S = 0.01


class PtySimulator:
    """A device on a pty pair. Subclasses implement :meth:`on_bytes` and :meth:`on_tick`."""

    name = "device"

    def __init__(self, *, start: bool = True) -> None:
        self._dir = tempfile.mkdtemp(prefix="tjdesk-sim-")
        self.port = os.path.join(self._dir, f"tty{self.name}")
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._master: int | None = None
        self._slave: int | None = None
        self._received = bytearray()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.plugged = False
        self.hung = False
        self._open_pty()
        if start:
            self.start()

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=f"sim-{self.name}", daemon=True)
            self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2.0)
            self._thread = None
        self._close_pty()
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- plugging ----------------------------------------------------------------------------
    def _open_pty(self) -> None:
        master, slave = os.openpty()
        tty.setraw(slave)  # no echo, no line editing until the driver sets its own mode
        os.set_blocking(master, False)
        with self._lock:
            self._master, self._slave = master, slave
            if os.path.lexists(self.port):
                os.unlink(self.port)
            os.symlink(os.ttyname(slave), self.port)
            self.plugged = True
            self._changed.notify_all()

    def _close_pty(self) -> None:
        with self._lock:
            for fd in (self._master, self._slave):
                if fd is not None:
                    try:
                        os.close(fd)
                    except OSError:
                        pass
            self._master = self._slave = None
            if os.path.lexists(self.port):
                os.unlink(self.port)
            self.plugged = False
            self._changed.notify_all()

    def unplug(self) -> None:
        """The cable is pulled: the driver's port fails and the path disappears."""
        self._close_pty()

    def replug(self) -> None:
        """The cable goes back in: a new pty at the same path."""
        with self._lock:
            if not self.plugged:
                self._open_pty()
                self.on_replug()

    def toggle_plug(self) -> None:
        if self.plugged:
            self.unplug()
        else:
            self.replug()

    def hang(self) -> None:
        """The device stops answering (hung firmware) but the port stays."""
        with self._lock:
            self.hung = True

    def resume(self) -> None:
        with self._lock:
            self.hung = False

    # -- button, loop, lamp (boards without them ignore these) -------------------------------
    def press(self) -> None:
        pass

    def release(self) -> None:
        pass

    def cut_loop(self) -> None:
        pass

    def short_loop(self) -> None:
        pass

    def restore_loop(self) -> None:
        self.release()

    def blow_lamp(self) -> None:
        pass

    def fix_lamp(self) -> None:
        pass

    # -- bytes -------------------------------------------------------------------------------
    def write(self, data: bytes) -> None:
        """Bytes towards the host. Dropped while unplugged or hung, or if nobody reads."""
        with self._lock:
            if self._master is None or self.hung or not data:
                return
            try:
                os.write(self._master, data)
            except OSError as err:
                if err.errno not in (errno.EAGAIN, errno.EIO):
                    raise

    def inject(self, data: bytes) -> None:
        """Raw bytes towards the host, even while hung (line noise)."""
        with self._lock:
            if self._master is not None:
                try:
                    os.write(self._master, data)
                except OSError:
                    pass

    @property
    def received(self) -> bytes:
        with self._lock:
            return bytes(self._received)

    def clear_received(self) -> None:
        with self._lock:
            self._received.clear()

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
        """Wait (on a Condition, no sleeping) until ``predicate()`` holds; False on timeout."""
        with self._changed:
            return self._changed.wait_for(predicate, timeout)

    def wait_received(self, data: bytes, timeout: float = 5.0) -> bool:
        return self.wait_for(lambda: data in self._received, timeout)

    def _notify(self) -> None:
        with self._changed:
            self._changed.notify_all()

    # -- the simulator's thread ----------------------------------------------------------------
    def _run(self) -> None:
        while not self._stop.is_set():
            with self._lock:
                master = self._master
            data = b""
            if master is not None:
                try:
                    ready, _, _ = select.select([master], [], [], TICK_S)
                except (OSError, ValueError):
                    ready = []
                if ready:
                    try:
                        data = os.read(master, 4096)
                    except OSError:
                        data = b""  # EIO: the driver has the slave closed right now
            else:
                self._stop.wait(TICK_S)
            with self._lock:
                if data and master is self._master:
                    self._received += data
                    if not self.hung:
                        self.on_bytes(data)
                if not self.hung:
                    self.on_tick(time.monotonic())
                self._changed.notify_all()

    def on_bytes(self, data: bytes) -> None:
        """Bytes from the host (simulator thread, lock held)."""

    def on_tick(self, now: float) -> None:
        """Every ~10 ms (simulator thread, lock held)."""

    def on_replug(self) -> None:
        """After a new pty was opened."""


class PanicBoxSimulator(PtySimulator):
    """The PBL/1 box, running the real firmware logic on a fake board.

    ``cfg`` overrides the box's stored settings (e.g. ``{"hold": 0}`` for fast presses);
    ``store`` is its flash, so :meth:`power_cycle` restores a latched alarm as the box does.
    Unplugging keeps the box running (it has its own power supply, as recommended).
    """

    name = "PBL1"

    def __init__(
        self,
        *,
        cfg: dict[str, int] | None = None,
        uid: str = "E6614C311B5F2A21",
        store: Any = None,
        start: bool = True,
    ) -> None:
        self.board = FakeBoard(uid=uid)
        self.store = store or MemoryStore()
        if cfg:
            saved = self.store.load() or {}
            saved["cfg"] = {**(saved.get("cfg") or {}), **cfg}
            self.store.data = saved
        self._t0 = time.monotonic()
        self.box = logic.Box(self.board, self.store, 0)
        self.host_parser = logic.LineParser()
        self.host_frames: list[tuple[str, int, dict[str, str]]] = []
        super().__init__(start=start)

    def _ms(self, now: float) -> int:
        return int((now - self._t0) * 1000)

    def on_bytes(self, data: bytes) -> None:
        self.host_frames.extend(self.host_parser.feed(data))
        self.box.receive(data, self._ms(time.monotonic()))
        self.write(self.box.take_output())

    def on_tick(self, now: float) -> None:
        self.box.tick(self._ms(now))
        out = self.box.take_output()
        if self.plugged:
            self.write(out)

    def _set_adc(self, value: int) -> None:
        with self._lock:
            self.board.adc = value

    def press(self) -> None:
        self._set_adc(logic.ADC_ACTIVE)

    def release(self) -> None:
        self._set_adc(logic.ADC_NORMAL)

    def cut_loop(self) -> None:
        self._set_adc(logic.ADC_OPEN)

    def short_loop(self) -> None:
        self._set_adc(logic.ADC_SHORTED)

    def blow_lamp(self) -> None:
        with self._lock:
            self.board.lamp_blown = True

    def fix_lamp(self) -> None:
        with self._lock:
            self.board.lamp_blown = False

    def power_cycle(self, reset_cause: str = "POR") -> None:
        """Power off and on: a new boot from the same flash (a latched alarm comes back)."""
        with self._lock:
            self.board = FakeBoard(uid=self.board.uid(), reset_cause=reset_cause)
            self._t0 = time.monotonic()
            self.box = logic.Box(self.board, self.store, 0)

    @property
    def light_on(self) -> bool:
        """Is the beacon energised, or in the on-phase of a flash pattern, right now?"""
        with self._lock:
            return bool(self.box.light_mode() != "OFF")

    @property
    def state(self) -> str:
        with self._lock:
            return str(self.box.state)

    @property
    def alarm_id(self) -> str | None:
        with self._lock:
            alarm_id: str | None = self.box.alarm_id
            return alarm_id

    def host_sent(self, type_: str) -> list[tuple[str, int, dict[str, str]]]:
        with self._lock:
            return [f for f in self.host_frames if f[0] == type_]


class NumatoSimulator(PtySimulator):
    """A Numato USB relay/GPIO module: ASCII commands ending in CR; it echoes the command,
    then the value, then a ``>`` prompt. ``active_low`` wires the button to ground."""

    name = "Numato"

    def __init__(self, *, button: int = 0, active_low: bool = False, start: bool = True) -> None:
        self.button = button
        self.active_low = active_low
        self.gpio: dict[int, int] = {}
        self.relays: dict[int, bool] = {}
        self.commands: list[str] = []
        self._line = bytearray()
        super().__init__(start=start)
        self.release()

    def _set_button(self, pressed: bool) -> None:
        with self._lock:
            self.gpio[self.button] = int(pressed != self.active_low)

    def press(self) -> None:
        self._set_button(True)

    def release(self) -> None:
        self._set_button(False)

    def on_replug(self) -> None:
        self._line.clear()
        self.relays.clear()  # a USB-powered module comes back with its relays off

    def on_bytes(self, data: bytes) -> None:
        for byte in data:
            if byte == 0x0D:
                command = self._line.decode("ascii", "replace").strip()
                self._line.clear()
                self._answer(command)
            elif byte != 0x0A:
                self._line.append(byte)

    def _answer(self, command: str) -> None:
        self.commands.append(command)
        value = self._execute(command.split())
        reply = command.encode() + b"\n\r"
        if value is not None:
            reply += value.encode() + b"\n\r"
        self.write(reply + b">")

    def _execute(self, words: list[str]) -> str | None:
        if words == ["ver"]:
            return "00000008"
        if words == ["id", "get"]:
            return "00000000"
        if len(words) == 3 and words[0] in ("relay", "gpio"):
            index = int(words[2], 36)
            if words[0] == "relay":
                if words[1] in ("on", "off"):
                    self.relays[index] = words[1] == "on"
                    return None
                if words[1] == "read":
                    return "on" if self.relays.get(index) else "off"
            else:
                if words[1] == "read":
                    return str(self.gpio.get(index, 0))
                if words[1] in ("set", "clear"):
                    self.gpio[index] = int(words[1] == "set")
                    return None
        return None


class LcusSimulator(PtySimulator):
    """An LCUS-1/2/4 CH340 relay: takes 4-byte frames ``A0 ch op sum`` and never answers."""

    name = "LCUS"

    def __init__(self, *, start: bool = True) -> None:
        self.relays: dict[int, bool] = {}
        self.frames: list[bytes] = []
        self._buf = bytearray()
        super().__init__(start=start)

    def on_replug(self) -> None:
        self._buf.clear()
        self.relays.clear()

    def on_bytes(self, data: bytes) -> None:
        self._buf += data
        while len(self._buf) >= 4:
            if self._buf[0] != 0xA0:
                del self._buf[0]
                continue
            frame = bytes(self._buf[:4])
            if (frame[0] + frame[1] + frame[2]) & 0xFF == frame[3] and frame[2] in (0, 1):
                self.frames.append(frame)
                self.relays[frame[1]] = frame[2] == 1
                del self._buf[:4]
            else:
                del self._buf[0]


def modbus_crc(data: bytes) -> bytes:
    """CRC-16/MODBUS, low byte first. Simulator side only: the driver uses minimalmodbus."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return bytes((crc & 0xFF, crc >> 8))


class ModbusSimulator(PtySimulator):
    """A Modbus RTU relay board with opto-inputs: FC01 coils, FC02 inputs, FC05 write coil."""

    name = "Modbus"

    def __init__(self, *, address: int = 1, button: int = 0, start: bool = True) -> None:
        self.address = address
        self.button = button
        self.coils: dict[int, bool] = {}
        self.inputs: dict[int, bool] = {}
        self.requests: list[bytes] = []
        self._buf = bytearray()
        super().__init__(start=start)

    def press(self) -> None:
        with self._lock:
            self.inputs[self.button] = True

    def release(self) -> None:
        with self._lock:
            self.inputs[self.button] = False

    def on_replug(self) -> None:
        self._buf.clear()
        self.coils.clear()

    def on_bytes(self, data: bytes) -> None:
        self._buf += data
        while len(self._buf) >= 8:
            frame = bytes(self._buf[:8])
            if modbus_crc(frame[:6]) != frame[6:]:
                del self._buf[0]  # resynchronise on the next byte
                continue
            del self._buf[:8]
            self.requests.append(frame)
            if frame[0] == self.address:
                reply = self._answer(frame)
                self.write(reply + modbus_crc(reply))

    def _answer(self, frame: bytes) -> bytes:
        function = frame[1]
        start = int.from_bytes(frame[2:4], "big")
        value = int.from_bytes(frame[4:6], "big")
        if function == 5 and value in (0x0000, 0xFF00):
            self.coils[start] = value == 0xFF00
            return frame[:6]
        if function in (1, 2) and 1 <= value <= 2000:
            table = self.coils if function == 1 else self.inputs
            bits = bytearray((value + 7) // 8)
            for i in range(value):
                if table.get(start + i):
                    bits[i // 8] |= 1 << (i % 8)
            return bytes((frame[0], function, len(bits))) + bytes(bits)
        return bytes((frame[0], function | 0x80, 1))  # illegal function
