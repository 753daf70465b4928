"""The vault folder is its owner's alone: the folder 0700, every file in it 0600.

Other local users (a shared shelter PC has several accounts) must not be able to copy the
encrypted database, its write-ahead log or the key slots for an offline attack. SQLite creates
``-wal`` and ``-shm`` with the database file's own mode, and SQLCipher's ATTACH creates files
with the process umask; so files are created under a 077 umask, and a vault made by an older
version (0755 / 0644) is put right the next time it is opened.

POSIX only: on Windows the folder inherits the user profile's ACL, which already keeps other
users out.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600
_PRIVATE_UMASK = 0o077


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Files and folders created meanwhile get no group or other permissions.

    The umask is per process: another thread creating a file meanwhile also gets a private
    one, which is never wrong for this app.
    """
    if os.name != "posix":
        yield
        return
    previous = os.umask(_PRIVATE_UMASK)
    try:
        yield
    finally:
        os.umask(previous)


def make_files_private(paths: Iterable[Path]) -> None:
    """Set each of ``paths`` that is a regular file this user owns to 0600 (others: left)."""
    if os.name != "posix":
        return
    for path in paths:
        with contextlib.suppress(OSError):
            _restrict(Path(path), FILE_MODE, stat.S_ISREG)


def make_folder_private(folder: Path) -> None:
    """Set ``folder`` to 0700 and each regular file in it to 0600, if this user owns them.

    Symbolic links are never followed (a planted link cannot make us chmod its target);
    files owned by someone else are left alone (we could not change them anyway).
    """
    if os.name != "posix":
        return
    folder = Path(folder)
    with contextlib.suppress(OSError):
        _restrict(folder, FOLDER_MODE, stat.S_ISDIR)
        with os.scandir(folder) as entries:
            for entry in entries:
                with contextlib.suppress(OSError):
                    _restrict(Path(entry.path), FILE_MODE, stat.S_ISREG)


def _restrict(path: Path, mode: int, is_kind: Callable[[int], bool]) -> None:
    # Opened without following a link and changed through the descriptor: what is checked
    # is what is changed, even if the name is swapped meanwhile.
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        info = os.fstat(fd)
        if not is_kind(info.st_mode) or info.st_uid != os.getuid():
            return
        if stat.S_IMODE(info.st_mode) & ~mode:
            os.fchmod(fd, stat.S_IMODE(info.st_mode) & mode)
    finally:
        os.close(fd)
