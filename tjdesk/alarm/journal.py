"""The alarm journal: append-only JSON lines, each on disk (fsync) before anyone hears of it.

Each entry has a sequence number; the first line of a journal (``seq`` 0) names the journal
with a random id, so the vault can tell two journals apart (a reinstalled machine starts
again at 1). Entries hold times, room, device, event and who: never client data.

A crash can leave a torn last line (never announced, since its fsync never returned). It is
skipped when read, and the next entry starts on a fresh line.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tjdesk import safe_json
from tjdesk.clock import iso_utc
from tjdesk.vault.atomic_file import fsync_folder

log = logging.getLogger(__name__)

Entry = dict[str, Any]
FORMAT = 1
_MAX_LINE = 64 * 1024  # our entries are a few hundred bytes


def read_entries(path: Path) -> Iterator[Entry]:
    """Every whole entry in the file, in order; torn or unreadable lines are skipped."""
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.endswith(b"\n"):
                log.warning("journal line %d is incomplete and is skipped", number)
                continue
            try:
                entry = safe_json.loads(raw, max_bytes=_MAX_LINE)
            except ValueError:  # JsonRejected too: deep nesting, NaN, duplicate keys
                log.warning("journal line %d is not JSON and is skipped", number)
                continue
            if isinstance(entry, dict) and isinstance(entry.get("seq"), int):
                yield entry


class AlarmJournal:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._entries_at_open = list(read_entries(self.path))
        is_new = not self.path.exists()
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if is_new:
            fsync_folder(self.path.parent)  # the new file's name survives a power cut too
        if os.fstat(self._fd).st_size and not self._ends_with_newline():
            os.write(self._fd, b"\n")
        header = next((e for e in self._entries_at_open if e.get("seq") == 0), None)
        self._seq = max((int(e["seq"]) for e in self._entries_at_open), default=-1)
        if header is None and self._seq < 0:
            header = self._write(
                {
                    "seq": 0,
                    "event": "journal_created",
                    "journal_id": uuid.uuid4().hex,
                    "format": FORMAT,
                    "at": iso_utc(),
                }
            )
            self._entries_at_open.append(header)
            self._seq = 0
        self.journal_id = str(header["journal_id"]) if header else ""

    def _ends_with_newline(self) -> bool:
        with open(self.path, "rb") as handle:
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) == b"\n"

    def history(self) -> list[Entry]:
        """The entries that were in the file when it was opened (for the engine's restore)."""
        return list(self._entries_at_open)

    @property
    def last_seq(self) -> int:
        return self._seq

    def append(self, entry: Entry) -> Entry:
        """Write one entry with the next sequence number; returns it once it is on disk."""
        with self._lock:
            written = {"seq": self._seq + 1, **{k: v for k, v in entry.items() if k != "seq"}}
            self._write(written)
            self._seq += 1
            return written

    def _write(self, entry: Entry) -> Entry:
        line = json.dumps(entry, ensure_ascii=True, separators=(",", ":")) + "\n"
        data = line.encode("ascii")
        # One write call per entry on an O_APPEND descriptor: no interleaving, no partial
        # buffers left in Python.
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        os.fsync(self._fd)
        return entry

    def close(self) -> None:
        with self._lock:
            if self._fd >= 0:
                os.close(self._fd)
                self._fd = -1
