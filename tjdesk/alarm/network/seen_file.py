"""The event ids a station has already shown, kept across restarts and power cuts, so that a
copy that comes again (QoS 1, or a room's paho re-sending after a reconnect) is not shown
twice.

One id a line, appended and fsync'd like the alarm journal, by a writer thread of its own:
``add`` only queues, so neither the bridge's worker nor anything that shows an alarm ever
waits for the disk. An id is on disk a few milliseconds after it was shown; a power cut in
that window is the only way an event can show twice. A power cut mid-write leaves a torn last
line: it is skipped when read, and the next write starts on a fresh line. The file is
compacted (rewritten atomically, fsync'd) when it is read and has grown past twice what is
kept.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import threading
from pathlib import Path

from tjdesk.vault.atomic_file import fsync_folder, write_atomic

log = logging.getLogger(__name__)

ID_MAX = 64


def _usable(event_id: str) -> bool:
    return 0 < len(event_id) <= ID_MAX and event_id.isascii() and event_id.isprintable()


class SeenIdsFile:
    def __init__(self, path: Path, keep: int) -> None:
        self.path = Path(path)
        self.keep = keep
        self._jobs: queue.Queue[list[str] | None] = queue.Queue()
        self._writer: threading.Thread | None = None
        self._fd: int | None = None

    def load(self) -> list[str]:
        """The ids kept (the newest ``keep``); compacts a file that has grown too long."""
        try:
            raw = self.path.read_bytes()
        except OSError:
            return []
        # ids are ASCII: anything else (a torn line's bytes too) is refused by _usable
        lines = raw.decode(errors="replace").split("\n")
        ids = [line.strip() for line in lines if _usable(line.strip())]
        kept = ids[-self.keep :]
        if len(lines) > 2 * self.keep:
            try:
                write_atomic(self.path, "".join(f"{i}\n" for i in kept).encode())
            except OSError as err:
                log.warning("alarm network: cannot compact seen events: %s", type(err).__name__)
        return kept

    def start(self) -> None:
        self._writer = threading.Thread(target=self._write_loop, name="seen-ids", daemon=True)
        self._writer.start()

    def add(self, ids: list[str]) -> None:
        """Queue ids for the disk; never waits."""
        usable = [i for i in ids if _usable(i)]
        if usable and self._writer is not None:
            self._jobs.put(usable)

    def close(self, timeout_s: float = 3.0) -> None:
        """Write what is queued, then stop the writer."""
        if self._writer is None:
            return
        self._jobs.put(None)
        self._writer.join(timeout_s)
        self._writer = None

    # ------------------------------------------------------------------ the writer thread

    def _write_loop(self) -> None:
        try:
            while True:
                job = self._jobs.get()
                if job is None:
                    return
                ids, stop = list(job), False
                with contextlib.suppress(queue.Empty):
                    while True:  # everything queued meanwhile: one write, one fsync
                        more = self._jobs.get_nowait()
                        if more is None:
                            stop = True
                            break
                        ids.extend(more)
                self._append(ids)
                if stop:
                    return
        finally:
            if self._fd is not None:
                with contextlib.suppress(OSError):
                    os.close(self._fd)
                self._fd = None

    def _append(self, ids: list[str]) -> None:
        try:
            if self._fd is None:
                self._fd = self._open()
            data = "".join(f"{i}\n" for i in ids).encode()  # ASCII: only _usable ids
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view) :]
            os.fsync(self._fd)
        except OSError as err:
            log.warning("alarm network: cannot keep seen events: %s", type(err).__name__)

    def _open(self) -> int:
        is_new = not self.path.exists()
        flags = os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
        fd = os.open(self.path, flags, 0o600)
        if is_new:
            fsync_folder(self.path.parent)  # the new file's name survives a power cut too
        size = os.fstat(fd).st_size
        if size:
            os.lseek(fd, size - 1, os.SEEK_SET)
            if os.read(fd, 1) != b"\n":
                os.write(fd, b"\n")  # a torn last line stays alone on its line (O_APPEND)
        return fd
