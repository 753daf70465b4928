"""One alarm service per folder: an OS file lock (released by the OS if the process dies,
so a crash never leaves a stale lock) and a pid file saying who holds it.

Both are opened without following links (``O_NOFOLLOW``), the pid file created afresh
(``O_EXCL``), and each checked on the open descriptor (a regular file, this user's) before it
is used: a link or a file another local user planted where they go is refused, and what it
points to is never written.
"""

from __future__ import annotations

import contextlib
import os
import stat
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


class LockFileUnsafe(TJDeskError):
    context = "alarm"

    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "alarm",
                "%1 is a link or belongs to another user; the alarm service will not use it. "
                "Remove it, or ask the computer's administrator to.",
            ),
            str(path),
        )


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def _open_own(path: Path, flags: int) -> int:
    """Open ``path`` (never through a link) and check it is a regular file of this user's,
    closed to others (our own looser file is put right). LockFileUnsafe otherwise."""
    try:
        fd = os.open(path, flags | _NOFOLLOW | _BINARY | getattr(os, "O_NONBLOCK", 0), 0o600)
    except FileNotFoundError:
        raise
    except OSError:  # ELOOP: a link
        if os.path.islink(path):
            raise LockFileUnsafe(path) from None
        raise
    try:
        info = os.fstat(fd)
        if hasattr(os, "getuid"):
            if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid():
                raise LockFileUnsafe(path)
            if stat.S_IMODE(info.st_mode) & 0o077:
                os.fchmod(fd, 0o600)
    except BaseException:
        os.close(fd)
        raise
    return fd


def pid_path(lock_path: Path) -> Path:
    return lock_path.with_suffix(".pid")


def read_pid(lock_path: Path) -> int | None:
    try:
        fd = _open_own(pid_path(lock_path), os.O_RDONLY)
    except (OSError, LockFileUnsafe):
        return None
    with os.fdopen(fd, "rb") as handle:
        text = handle.read(32).decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None


def _write_pid(lock_path: Path) -> None:
    """A fresh pid file (we hold the lock, so one already there is stale, if it is ours)."""
    path = pid_path(lock_path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    try:
        fd = _open_own(path, flags)
    except FileExistsError:
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            info = None
        if info is not None:
            theirs = hasattr(os, "getuid") and info.st_uid != os.getuid()
            if stat.S_ISLNK(info.st_mode) or not stat.S_ISREG(info.st_mode) or theirs:
                raise LockFileUnsafe(path) from None
            os.unlink(path)
        fd = _open_own(path, flags)
    with os.fdopen(fd, "wb") as handle:
        handle.write(str(os.getpid()).encode("ascii"))


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


def _open_lock(lock_path: Path, *, create: bool) -> IO[bytes]:
    fd = _open_own(lock_path, os.O_RDWR | (os.O_CREAT if create else 0))
    return os.fdopen(fd, "r+b")


def is_locked(lock_path: Path) -> bool:
    """True if some process holds the lock now (probing takes and drops it at once)."""
    try:
        handle = _open_lock(lock_path, create=False)
    except (OSError, LockFileUnsafe):
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
        """Take the lock or raise AlarmServiceRunning with the holder's pid (LockFileUnsafe
        if the lock or pid file is a link or another user's)."""
        handle = _open_lock(self.lock_path, create=True)
        if not _try_lock(handle):
            handle.close()
            raise AlarmServiceRunning(read_pid(self.lock_path))
        try:
            _write_pid(self.lock_path)
        except BaseException:
            handle.close()
            raise
        self._handle = handle

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
