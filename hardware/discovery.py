"""Serial ports on this machine, what is probably on each, and what stands in the way.

Every trouble has a stable ``code`` and an English sentence (``template`` with %1, %2 filled
from ``args``), so the app can show it in the user's language.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import serial.tools.list_ports

try:
    import fcntl
    import grp
except ImportError:  # Windows: ports are exclusive anyway, and there are no groups
    fcntl = None  # type: ignore[assignment]
    grp = None  # type: ignore[assignment]


@dataclass(frozen=True)
class Trouble:
    code: str  # no_permission, port_busy, brltty, modemmanager, no_serial_number
    template: str  # English, with %1 %2 placeholders
    args: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        out = self.template
        for index in range(len(self.args), 0, -1):
            out = out.replace(f"%{index}", self.args[index - 1])
        return out


@dataclass(frozen=True)
class PortInfo:
    device: str
    vid: int | None = None
    pid: int | None = None
    serial_number: str | None = None
    location: str | None = None
    description: str = ""
    driver_guess: str | None = None  # panicbox, numato, lcus, modbus or None
    guess_note: str = ""
    troubles: tuple[Trouble, ...] = field(default_factory=tuple)

    @property
    def vid_pid(self) -> str | None:
        if self.vid is None or self.pid is None:
            return None
        return f"{self.vid:04x}:{self.pid:04x}"

    @property
    def suggested_spec(self) -> str | None:
        if self.driver_guess is None:
            return None
        return f"{self.driver_guess}:{self.device}"


# (vid, pid or None for any) -> (driver, note)
KNOWN_DEVICES: dict[tuple[int, int | None], tuple[str, str]] = {
    (0x2E8A, None): ("panicbox", "Raspberry Pi Pico (RP2040): the DIY PBL/1 panic box"),
    (0x2A19, None): ("numato", "Numato Lab USB relay/GPIO module"),
    (0x1A86, 0x7523): ("lcus", "CH340 adapter: an LCUS relay, or a Modbus RS-485 dongle"),
    (0x0403, 0x6001): ("modbus", "FTDI adapter: often a Modbus RS-485 dongle"),
}

T_NO_PERMISSION = (
    "You may not open %1; add yourself to the %2 group "
    "(sudo usermod -aG %2 $USER), then log out and in again."
)
T_BUSY = "%1 is open in another program (perhaps the alarm service or a serial terminal)."
T_BRLTTY = (
    "brltty (a braille display service) is running and takes over CH340 adapters such as %1; "
    "remove it (sudo apt remove brltty) or disable its udev rules."
)
T_MODEMMANAGER = (
    "ModemManager is running and may probe %1 with modem commands for several seconds; "
    'add a udev rule with ENV{ID_MM_DEVICE_IGNORE}="1" for %2, or stop ModemManager.'
)
T_NO_SERIAL = (
    "%1 has no USB serial number, so it is told apart from an identical board only by the "
    "USB socket it uses; keep it in the same socket."
)


def guess_driver(vid: int | None, pid: int | None) -> tuple[str | None, str]:
    if vid is None:
        return None, ""
    for (known_vid, known_pid), (driver, note) in KNOWN_DEVICES.items():
        if vid == known_vid and known_pid in (None, pid):
            return driver, note
    return None, ""


def running_processes() -> set[str]:
    """Names of running processes (Linux /proc); empty elsewhere."""
    names: set[str] = set()
    try:
        entries = os.listdir("/proc")
    except OSError:
        return names
    for entry in entries:
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/comm", encoding="utf-8") as f:
                    names.add(f.read().strip())
            except OSError:
                continue
    return names


def probe_busy(device: str) -> bool:
    """Does another program hold the port? Opens it without waiting and asks for the same
    lock pyserial's exclusive mode takes, then lets go at once."""
    if fcntl is None:
        return False
    try:
        fd = os.open(device, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError as err:
        return err.errno == errno.EBUSY  # TIOCEXCL held by someone else
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def _group_of(device: str) -> str:
    try:
        return str(grp.getgrgid(os.stat(device).st_gid).gr_name)
    except (OSError, KeyError, AttributeError):
        return "dialout"


def troubles_for(
    info: PortInfo,
    *,
    processes: set[str],
    probe: bool,
    access: Callable[[str], bool] | None = None,
) -> tuple[Trouble, ...]:
    found: list[Trouble] = []
    may_open = access(info.device) if access else os.access(info.device, os.R_OK | os.W_OK)
    if not may_open:
        found.append(
            Trouble("no_permission", T_NO_PERMISSION, (info.device, _group_of(info.device)))
        )
    elif probe and probe_busy(info.device):
        found.append(Trouble("port_busy", T_BUSY, (info.device,)))
    if "brltty" in processes and info.vid_pid == "1a86:7523":
        found.append(Trouble("brltty", T_BRLTTY, (info.device,)))
    if "ModemManager" in processes and "ttyACM" in info.device:
        found.append(Trouble("modemmanager", T_MODEMMANAGER, (info.device, info.vid_pid or "")))
    if info.vid is not None and not info.serial_number:
        found.append(Trouble("no_serial_number", T_NO_SERIAL, (info.device,)))
    return tuple(found)


def system_troubles(processes: set[str] | None = None) -> tuple[Trouble, ...]:
    """Trouble that hides ports altogether: brltty detaches CH340s a second after plug-in."""
    procs = running_processes() if processes is None else processes
    if "brltty" in procs:
        return (Trouble("brltty", T_BRLTTY, ("a CH340 adapter",)),)
    return ()


def list_ports(
    *,
    probe: bool = True,
    comports: Iterable[Any] | None = None,
    processes: set[str] | None = None,
    access: Callable[[str], bool] | None = None,
) -> list[PortInfo]:
    """Every serial port with its USB identity, a driver guess and its known trouble.
    ``comports``, ``processes`` and ``access`` are for tests."""
    ports = serial.tools.list_ports.comports() if comports is None else comports
    procs = running_processes() if processes is None else processes
    result = []
    for port in sorted(ports, key=lambda p: str(p.device)):
        vid, pid = getattr(port, "vid", None), getattr(port, "pid", None)
        driver, note = guess_driver(vid, pid)
        info = PortInfo(
            device=str(port.device),
            vid=vid,
            pid=pid,
            serial_number=getattr(port, "serial_number", None) or None,
            location=getattr(port, "location", None) or None,
            description=str(getattr(port, "description", "") or ""),
            driver_guess=driver,
            guess_note=note,
        )
        troubles = troubles_for(info, processes=procs, probe=probe, access=access)
        result.append(PortInfo(**{**info.__dict__, "troubles": troubles}))
    return result
