"""One alarm service per folder: an OS file lock (released by the OS if the process dies,
so a crash never leaves a stale lock) and a pid file saying who holds it."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from tjdesk.errors import TJDeskError
from tjdesk.i18n import QT_TRANSLATE_NOOP


class AlarmServiceRunning(TJDeskError):
    context = "alarm"

    def __init__(self, pid: int | None) -> None:
        if pid is None:
            super().__init__(QT_TRANSLATE_NOOP("alarm", "The alarm service is already running."))
        else:
            super().__init__(
                QT_TRANSLATE_NOOP("alarm", "The alarm service is already running (process %1)."),
                pid,
            )
        self.pid = pid


def pid_path(lock_path: Path) -> Path:
    return lock_path.with_suffix(".pid")


def read_pid(lock_path: Path) -> int | None:
    try:
        text = pid_path(lock_path).read_text(encoding="ascii").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def _try_lock(handle: IO[bytes]) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def is_locked(lock_path: Path) -> bool:
    """True if some process holds the lock now (probing takes and drops it at once)."""
    try:
        handle = open(lock_path, "a+b")
    except OSError:
        return False
    with handle:
        if _try_lock(handle):
            return False  # closing the handle releases our probe
        return True


class SingleInstance:
    def __init__(self, lock_path: Path) -> None:
        self.lock_path = lock_path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        """Take the lock or raise AlarmServiceRunning with the holder's pid."""
        handle = open(self.lock_path, "a+b")
        if not _try_lock(handle):
            handle.close()
            raise AlarmServiceRunning(read_pid(self.lock_path))
        self._handle = handle
        tmp = pid_path(self.lock_path).with_suffix(".pid.tmp")
        tmp.write_text(str(os.getpid()), encoding="ascii")
        os.replace(tmp, pid_path(self.lock_path))

    def release(self) -> None:
        if self._handle is None:
            return
        if read_pid(self.lock_path) == os.getpid():
            with contextlib.suppress(OSError):
                pid_path(self.lock_path).unlink()
        self._handle.close()  # drops the OS lock
        self._handle = None


class DeviceInUse(TJDeskError):
    context = "alarm"

    def __init__(self, spec: str, pid: int | None) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "alarm", "Device %1 is already served by another alarm service (process %2)."
            ),
            spec,
            pid if pid is not None else "?",
        )
        self.pid = pid


def lock_device(lock_path: Path, spec: str) -> SingleInstance:
    """Take a device's lock or raise DeviceInUse naming the service that holds it."""
    lock = SingleInstance(lock_path)
    try:
        lock.acquire()
    except AlarmServiceRunning as err:
        raise DeviceInUse(spec, err.pid) from None
    return lock
