"""The ids of events already shown survive a restart and a power cut (fsync'd), a torn last
line is skipped, and keeping them never makes the station wait for the disk."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from tjdesk.alarm.network import seen_file
from tjdesk.alarm.network.seen_file import SeenIdsFile


def test_ids_are_on_disk_with_fsync_and_read_back_after_a_restart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "seen.txt"
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(seen_file.os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    first = SeenIdsFile(path, keep=100)
    assert first.load() == []
    first.start()
    first.add(["id-1", "id-2"])
    first.add(["id-3", "not an id\x00"])
    first.close()
    assert synced, "the ids were never fsync'd"
    assert SeenIdsFile(path, keep=100).load() == ["id-1", "id-2", "id-3"]


def test_a_torn_last_line_is_skipped_and_the_next_write_starts_afresh(tmp_path: Path) -> None:
    path = tmp_path / "seen.txt"
    path.write_bytes(b"id-1\nid-2\n\x00\x00id-3-to")  # a power cut mid-write
    again = SeenIdsFile(path, keep=100)
    assert again.load() == ["id-1", "id-2"]
    again.start()
    again.add(["id-4"])
    again.close()
    assert SeenIdsFile(path, keep=100).load() == ["id-1", "id-2", "id-4"]


def test_a_long_file_is_compacted_to_the_newest_ids(tmp_path: Path) -> None:
    path = tmp_path / "seen.txt"
    path.write_text("".join(f"id-{n}\n" for n in range(50)))
    assert SeenIdsFile(path, keep=10).load() == [f"id-{n}" for n in range(40, 50)]
    assert path.read_text().split() == [f"id-{n}" for n in range(40, 50)]


def test_adding_never_waits_for_the_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    disk_free = threading.Event()
    writing = threading.Event()

    def slow_fsync(fd: int) -> None:
        writing.set()
        assert disk_free.wait(10)

    monkeypatch.setattr(seen_file.os, "fsync", slow_fsync)
    seen = SeenIdsFile(tmp_path / "seen.txt", keep=100)
    seen.start()
    seen.add(["id-1"])
    assert writing.wait(10)  # the writer is stuck in fsync ...
    seen.add(["id-2"])  # ... and adding still returns at once
    disk_free.set()
    seen.close()
    assert SeenIdsFile(tmp_path / "seen.txt", keep=100).load() == ["id-1", "id-2"]
