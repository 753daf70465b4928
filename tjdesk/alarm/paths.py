"""The alarm service's folder and the names in it (no client data lives here).

alarm.json (settings), journal.jsonl (the journal), authkey (0600: whoever can read it may
command the service), service.lock (single instance, holds the pid), service.sock (Unix) or a
named pipe per user (Windows).
"""

from __future__ import annotations

import getpass
import os
import re
import secrets
import sys
from pathlib import Path

import platformdirs

APP_NAME = "TJDesk"
CONFIG_FILE = "alarm.json"
JOURNAL_FILE = "journal.jsonl"
AUTHKEY_FILE = "authkey"
LOCK_FILE = "service.lock"
SOCKET_FILE = "service.sock"
# AF_UNIX paths are limited to about 100 bytes; a deep folder falls back to a short path.
_MAX_SOCKET_PATH = 100


def alarm_dir(override: str | Path | None = None) -> Path:
    if override:
        return Path(override).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "alarm"


def config_path(folder: Path) -> Path:
    return folder / CONFIG_FILE


def journal_path(folder: Path) -> Path:
    return folder / JOURNAL_FILE


def lock_path(folder: Path) -> Path:
    return folder / LOCK_FILE


def authkey_path(folder: Path) -> Path:
    return folder / AUTHKEY_FILE


def device_lock_path(spec: str) -> Path:
    """A lock per device, shared by every alarm folder of this user: two services (even for
    two folders) never drive the same port. The port is resolved, so a /dev/serial/by-id
    link and the tty it points to are one device."""
    import hashlib
    import tempfile

    from hardware.spec import SERIAL_DRIVERS, parse_spec

    parsed = parse_spec(spec)
    port = parsed.port
    if parsed.driver in SERIAL_DRIVERS and sys.platform != "win32":
        port = os.path.realpath(port)
    elif sys.platform == "win32":
        port = port.upper()
    key = f"serial:{port}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    uid = os.getuid() if hasattr(os, "getuid") else getpass.getuser()
    folder = Path(tempfile.gettempdir()) / f"tjdesk-alarm-{uid}"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder / f"device-{digest}.lock"


def listener_family() -> str:
    return "AF_PIPE" if sys.platform == "win32" else "AF_UNIX"


def listener_address(folder: Path) -> str:
    if sys.platform == "win32":
        user = re.sub(r"[^A-Za-z0-9_.-]", "_", getpass.getuser()) or "user"
        name = f"tjdesk-alarm-{user}"
        if Path(folder).resolve() != alarm_dir().resolve():
            # Another folder (tests, a second room on one PC) gets its own pipe.
            import hashlib

            name += "-" + hashlib.sha256(str(Path(folder).resolve()).encode()).hexdigest()[:8]
        return "\\\\.\\pipe\\" + name
    path = str(folder / SOCKET_FILE)
    if len(path.encode()) > _MAX_SOCKET_PATH:
        import hashlib

        digest = hashlib.sha256(path.encode()).hexdigest()[:16]
        path = f"/tmp/tjdesk-alarm-{os.getuid()}-{digest}.sock"
    return path


def ensure_authkey(folder: Path) -> bytes:
    """The shared secret; created (owner read/write only) on first use."""
    path = authkey_path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return read_authkey(folder)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secrets.token_hex(32))
    return read_authkey(folder)


def read_authkey(folder: Path) -> bytes:
    """Raises OSError if it is missing or unreadable."""
    key = authkey_path(folder).read_text(encoding="ascii").strip().encode("ascii")
    if len(key) < 32:
        raise OSError("authkey too short")
    return key


def hang_up(conn: object) -> None:
    """Close a multiprocessing connection so that its peer sees the end at once, even while
    another thread of ours is blocked reading it (a plain close() would not wake that read
    on Unix, and the peer would not see EOF)."""
    import contextlib

    if sys.platform != "win32":
        import socket

        with contextlib.suppress(OSError, ValueError, TypeError):
            fd = conn.fileno()  # type: ignore[attr-defined]
            sock = socket.socket(fileno=os.dup(fd))
            try:
                sock.shutdown(socket.SHUT_RDWR)
            finally:
                sock.close()
    with contextlib.suppress(OSError):
        conn.close()  # type: ignore[attr-defined]
