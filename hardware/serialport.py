"""A serial link that survives unplugging: the one way every serial driver touches a port.

Rules from alarm.md section 4: open exclusively; any read/write exception means the device is
gone (never trust ``is_open``): close, report, retry every 2 s; find a re-plugged device again
by its USB identity (VID:PID plus serial number, or USB location when the chip has no serial
number), never by port name alone, since COM numbers and ttyACM indexes move. Ports with no USB
identity (pseudo-terminals, on-board UARTs) are found again by their path.

One reader thread per device runs the driver's *session*: a function that talks to the open
port until it returns (stop) or raises (device gone). Writes from other threads are
serialised with a lock; a write that fails there wakes the reader, which reports the loss, so
every event still comes from the reader thread.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass

import serial
import serial.tools.list_ports

try:  # POSIX only; pyserial lets termios.error (not an OSError) through from tcflush & co.
    import termios

    _PORT_ERRORS: tuple[type[BaseException], ...] = (
        serial.SerialException,
        OSError,
        termios.error,
    )
except ImportError:  # Windows
    _PORT_ERRORS = (serial.SerialException, OSError)

# also what a port closed under a blocked read looks like from inside pyserial
_IO_ERRORS: tuple[type[BaseException], ...] = (*_PORT_ERRORS, TypeError, AttributeError)
log = logging.getLogger(__name__)

RETRY_INTERVAL_S = 2.0


class DeviceGone(Exception):
    """The port failed or vanished; the session ends and the link reconnects."""


@dataclass(frozen=True)
class UsbIdentity:
    vid: int
    pid: int
    serial_number: str | None
    location: str | None

    def __str__(self) -> str:
        ident = f"{self.vid:04x}:{self.pid:04x}"
        if self.serial_number:
            return f"{ident} {self.serial_number}"
        return f"{ident} @{self.location}" if self.location else ident

    def matches(self, port: serial.tools.list_ports_common.ListPortInfo) -> bool:
        if port.vid != self.vid or port.pid != self.pid:
            return False
        if self.serial_number:
            return bool(port.serial_number == self.serial_number)
        return bool(self.location) and port.location == self.location


def identity_of(path: str) -> UsbIdentity | None:
    """The USB identity of the port at ``path``, or None (pty, on-board UART, absent)."""
    real = os.path.realpath(path)
    for port in serial.tools.list_ports.comports():
        if port.vid is None:
            continue
        if port.device == path or os.path.realpath(port.device) == real:
            return UsbIdentity(port.vid, port.pid, port.serial_number or None, port.location)
    return None


def _same_device(known: UsbIdentity, found: UsbIdentity) -> bool:
    if (known.vid, known.pid) != (found.vid, found.pid):
        return False
    if known.serial_number:
        return known.serial_number == found.serial_number
    return known.location == found.location


def find_by_identity(identity: UsbIdentity) -> str | None:
    for port in serial.tools.list_ports.comports():
        if identity.matches(port):
            return str(port.device)
    return None


Session = Callable[[serial.Serial], None]


class SerialLink:
    """Opens, watches and re-opens one port on its own reader thread.

    ``session(ser)`` runs on the reader thread while the port is open; it reads with
    :meth:`read` and writes with :meth:`write`, returns when :attr:`stopping` is set, and raises
    (any exception) when the device is gone. ``on_lost(reason)`` is called on the reader thread
    after the port was closed, and also when an open fails (the driver reports it once).
    """

    def __init__(
        self,
        port: str,
        *,
        baudrate: int,
        on_lost: Callable[[str], None],
        on_open: Callable[[str, UsbIdentity | None], None] | None = None,
        retry_interval: float = RETRY_INTERVAL_S,
        read_timeout: float = 0.02,
        name: str = "serial",
    ) -> None:
        self.configured_port = port
        self.baudrate = baudrate
        self.retry_interval = retry_interval
        self.read_timeout = read_timeout
        self.identity: UsbIdentity | None = None
        self.current_port: str | None = None
        self.stopping = threading.Event()
        self._on_lost = on_lost
        self._on_open = on_open
        self._name = name
        self._io_lock = threading.Lock()
        self._serial: serial.Serial | None = None
        self._broken: str | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ----------------------------------------------------------------------
    def start(self, session: Session) -> None:
        if self._thread is not None:
            raise RuntimeError("link already started")
        self.stopping.clear()
        self._thread = threading.Thread(
            target=self._run, args=(session,), name=self._name, daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self.stopping.set()
        with self._io_lock:
            ser = self._serial
        if ser is not None:
            try:
                ser.cancel_read()
            except Exception:  # closing anyway
                pass
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        self._thread = None
        self._close()

    @property
    def reader_thread(self) -> threading.Thread | None:
        return self._thread

    @property
    def is_open(self) -> bool:
        return self._serial is not None and self._broken is None

    # -- I/O ---------------------------------------------------------------------------
    def read(self) -> bytes:
        """Reader thread only: every byte waiting, else the first to come, or b"" on timeout."""
        ser = self._serial
        if ser is None or self._broken is not None:
            raise DeviceGone(self._broken or "port closed")
        try:
            waiting = ser.in_waiting
            # pyserial's read(n) waits for all n bytes or the whole timeout: asking for more
            # than is waiting held every frame (an ALM on the hot path too) for read_timeout.
            # Take what is there at once; with nothing there, wait for the first byte only.
            data: bytes = ser.read(waiting) if waiting else ser.read(1)
            if data and not waiting:
                more = ser.in_waiting
                if more:
                    data += ser.read(more)
        except _IO_ERRORS as err:
            raise DeviceGone(_describe(err)) from err
        if self._broken is not None:
            raise DeviceGone(self._broken)
        return data

    def write(self, data: bytes) -> None:
        """Any thread. Raises DeviceGone when the port is not open or the write fails."""
        with self._io_lock:
            ser = self._serial
            if ser is None or self._broken is not None:
                raise DeviceGone(self._broken or "port closed")
            try:
                ser.write(data)
            except _IO_ERRORS as err:
                self._broken = _describe(err)
                try:
                    ser.cancel_read()  # wake the reader: it reports the loss
                except Exception:
                    pass
                raise DeviceGone(self._broken) from err

    def try_write(self, data: bytes) -> bool:
        try:
            self.write(data)
        except DeviceGone:
            return False
        return True

    # -- the reader thread ------------------------------------------------------------------
    def _run(self, session: Session) -> None:
        while not self.stopping.is_set():
            ser = self._open()
            if ser is None:
                self.stopping.wait(self.retry_interval)
                continue
            try:
                session(ser)
                reason = "session ended"
            except DeviceGone as err:
                reason = str(err)
            except _PORT_ERRORS as err:  # raised inside a library's call (minimalmodbus)
                reason = _describe(err)
            except Exception as err:  # a bug in a session must not end supervision
                log.exception("device session failed on %s", self.current_port)
                reason = _describe(err)
            self._close()
            if self.stopping.is_set():
                return
            # Try again at once (a glitch), then every retry_interval while it stays away.
            self._on_lost(reason)

    def _resolve(self) -> str | None:
        if self.identity is None:
            return self.configured_port
        return find_by_identity(self.identity)

    def _open(self) -> serial.Serial | None:
        path = self._resolve()
        if path is None:
            self._on_lost(f"{self.identity} not plugged in")
            return None
        try:
            ser = serial.Serial(
                path,
                self.baudrate,
                timeout=self.read_timeout,
                write_timeout=1.0,
                exclusive=True,
            )
        except (serial.SerialException, OSError, ValueError) as err:
            self._on_lost(_describe(err))
            return None
        found = identity_of(path)
        if self.identity is None:
            self.identity = found
        elif (
            found is not None and found != self.identity and not _same_device(self.identity, found)
        ):
            # the port name was reused by another device between lookup and open
            ser.close()
            self._on_lost(f"{found} is not {self.identity}")
            return None
        with self._io_lock:
            self._serial = ser
            self._broken = None
        self.current_port = path
        if self._on_open is not None:
            self._on_open(path, self.identity)
        return ser

    def _close(self) -> None:
        with self._io_lock:
            ser, self._serial = self._serial, None
        if ser is not None:
            try:
                ser.close()
            except Exception:  # already gone
                pass


def _describe(err: BaseException) -> str:
    text = str(err).strip() or type(err).__name__
    if "exclusively lock" in text or "Resource temporarily unavailable" in text:
        return "port busy: another program has it open"
    if "Permission denied" in text or "Errno 13" in text:
        return "no permission to open the port"
    if "No such file" in text or "could not open port" in text and "Errno 2" in text:
        return "port not found"
    return text[:200]
