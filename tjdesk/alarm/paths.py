"""The alarm service's folder and the names in it (no client data lives here).

alarm.json (settings), journal.jsonl (the journal), authkey (0600: whoever can read it may
command the service), service.lock (single instance, holds the pid), service.sock (Unix) or a
named pipe per user (Windows).

Device locks live in a folder of this user's own: ``$XDG_RUNTIME_DIR/tjdesk-alarm``, else
``run`` beside the alarm folder. The socket, when the alarm folder's path is too long for one,
goes to ``$XDG_RUNTIME_DIR/tjdesk-alarm``, else to ``tjdesk-alarm-<uid>`` in the temporary
folder (then /tmp). Never loose in a shared folder, where another local user could plant a
link or a fake service socket first: every such folder is checked (a real folder, this user's,
closed to others) before it is used, and refused otherwise (in a shared /tmp without
XDG_RUNTIME_DIR, another user can still block it, never take it over).
"""

from __future__ import annotations

import contextlib
import getpass
import os
import re
import secrets
import stat
import sys
from pathlib import Path

import platformdirs

from tjdesk.errors import TJDeskError
from tjdesk.i18n import QT_TRANSLATE_NOOP

APP_NAME = "TJDesk"
CONFIG_FILE = "alarm.json"
JOURNAL_FILE = "journal.jsonl"
AUTHKEY_FILE = "authkey"
LOCK_FILE = "service.lock"
SOCKET_FILE = "service.sock"
# AF_UNIX paths are limited to about 100 bytes; a deep folder falls back to a short path.
_MAX_SOCKET_PATH = 100


class AlarmFolderUnsafe(TJDeskError):
    context = "alarm"

    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "alarm",
                "%1 is a link, belongs to another user or is open to others; the alarm service "
                "will not use it. Remove it, or ask the computer's administrator to.",
            ),
            str(path),
        )


def private_folder(folder: Path) -> Path:
    """Make ``folder`` (0700) or check it: a real folder, not a link, owned by this user; a
    looser mode on our own folder is put right. AlarmFolderUnsafe otherwise."""
    folder = Path(folder)
    if os.name != "posix":
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.mkdir(folder, 0o700)
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_NOFOLLOW | os.O_DIRECTORY)
    except OSError:  # ELOOP: a link; ENOTDIR: a file
        raise AlarmFolderUnsafe(folder) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            raise AlarmFolderUnsafe(folder)
        if stat.S_IMODE(info.st_mode) & 0o077:
            os.fchmod(fd, 0o700)
    finally:
        os.close(fd)
    return folder


def runtime_dir() -> Path:
    """This user's folder for device locks and short socket paths (checked private)."""
    base = os.environ.get("XDG_RUNTIME_DIR", "")
    if base and os.path.isabs(base) and os.path.isdir(base):
        return private_folder(Path(base) / "tjdesk-alarm")
    return private_folder(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "run")


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

    from hardware.spec import SERIAL_DRIVERS, parse_spec

    parsed = parse_spec(spec)
    port = parsed.port
    if parsed.driver in SERIAL_DRIVERS and sys.platform != "win32":
        port = os.path.realpath(port)
    elif sys.platform == "win32":
        port = port.upper()
    key = f"serial:{port}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return runtime_dir() / f"device-{digest}.lock"


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
        import tempfile

        name = hashlib.sha256(path.encode()).hexdigest()[:16] + ".sock"
        runtime = os.environ.get("XDG_RUNTIME_DIR", "")
        candidates = [Path(runtime) / "tjdesk-alarm"] if os.path.isabs(runtime) else []
        # Else a folder of our own in the temporary folder, then in /tmp, checked like the
        # rest: someone else's folder there, or a link, is refused, never used.
        for temp in (tempfile.gettempdir(), "/tmp"):
            candidates.append(Path(temp) / f"tjdesk-alarm-{os.getuid()}")
        for folder in candidates:
            if len(str(folder / name).encode()) <= _MAX_SOCKET_PATH:
                return str(private_folder(folder) / name)
    return path


def ensure_authkey(folder: Path) -> bytes:
    """The shared secret; created (owner read/write only) on first use."""
    path = authkey_path(folder)
    private_folder(folder)
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
