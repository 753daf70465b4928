"""The ids of events already shown survive a restart and a power cut (fsync'd), a torn last
line is skipped, and keeping them never makes the station wait for the disk."""

from __future__ import annotations

import os
import subprocess
import sys
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

    fsyncs: list[int] = []

    def slow_fsync(fd: int) -> None:
        fsyncs.append(len(fsyncs) + 1)
        writing.set()
        assert disk_free.wait(10)

    monkeypatch.setattr(seen_file.os, "fsync", slow_fsync)
    seen = SeenIdsFile(tmp_path / "seen.txt", keep=100)
    seen.start()
    seen.add(["id-1"])
    assert writing.wait(10)  # the writer is stuck in fsync ...
    seen.add(["id-2"])  # ... and adding still returns at once
    seen.add(["id-3"])
    disk_free.set()
    seen.close()
    assert SeenIdsFile(tmp_path / "seen.txt", keep=100).load() == ["id-1", "id-2", "id-3"]
    # the new file's folder, id-1, then what came meanwhile: one write, one fsync
    assert fsyncs == [1, 2, 3]


def test_what_is_fsync_d_is_the_file_itself_and_a_new_files_name_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "seen.txt"
    synced: list[int] = []
    folders: list[Path] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append(os.fstat(fd).st_ino)
        real_fsync(fd)

    monkeypatch.setattr(seen_file.os, "fsync", fsync)
    monkeypatch.setattr(seen_file, "fsync_folder", folders.append)
    first = SeenIdsFile(path, keep=100)
    first.start()
    first.add(["id-1"])
    first.close()
    assert synced == [path.stat().st_ino]
    assert folders == [tmp_path]  # a new file: its name is made durable too
    assert path.stat().st_mode & 0o777 == 0o600  # when alarms came is nobody else's business

    again = SeenIdsFile(path, keep=100)
    again.start()
    again.add(["id-2"])
    again.close()
    assert folders == [tmp_path]  # an existing file's name is already on disk
    assert path.read_bytes() == b"id-1\nid-2\n"  # no blank line between: it was whole
    assert SeenIdsFile(path, keep=100).load() == ["id-1", "id-2"]


def test_ids_that_cannot_be_kept_write_nothing(tmp_path: Path) -> None:
    path = tmp_path / "seen.txt"
    seen = SeenIdsFile(path, keep=100)
    seen.start()
    seen.add(["", "x" * 65, "ไทย", "tab\there"])
    seen.close()
    assert not path.exists()
    seen.add(["id-1"])  # after close: nowhere to write it
    assert not path.exists()


def test_the_longest_id_kept_is_64_characters(tmp_path: Path) -> None:
    path = tmp_path / "seen.txt"
    seen = SeenIdsFile(path, keep=100)
    seen.start()
    seen.add(["x" * 64, "y" * 65])
    seen.close()
    assert SeenIdsFile(path, keep=100).load() == ["x" * 64]


def test_a_disk_that_refuses_is_logged_and_the_station_runs_on(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    seen = SeenIdsFile(tmp_path / "gone" / "seen.txt", keep=100)
    seen.start()
    seen.add(["id-1"])
    seen.close()
    assert [r.getMessage() for r in caplog.records] == [
        "alarm network: cannot keep seen events: FileNotFoundError"
    ]
    assert caplog.records[0].levelname == "WARNING"


def test_closing_writes_what_came_last_and_leaves_no_writer_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "seen.txt"
    seen = SeenIdsFile(path, keep=100)
    closers: list[threading.Thread] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if not closers:  # the writer is busy with id-1 while id-2 comes and the service stops
            seen.add(["id-2"])
            closers.append(threading.Thread(target=seen.close, args=(10.0,)))
            closers[0].start()
            while seen._jobs.qsize() < 2:  # id-2, then the stop
                threading.Event().wait(0.005)
        real_fsync(fd)

    monkeypatch.setattr(seen_file.os, "fsync", fsync)
    seen.start()
    seen.add(["id-1"])
    while not closers:
        threading.Event().wait(0.005)
    closers[0].join(10)
    assert not closers[0].is_alive()
    assert not [t for t in threading.enumerate() if t.name == "seen-ids"]
    assert SeenIdsFile(path, keep=100).load() == ["id-1", "id-2"]
    seen.close()  # twice: harmless


def test_closing_never_waits_forever_for_a_disk_that_hangs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk_back = threading.Event()
    writing = threading.Event()

    def hung_fsync(fd: int) -> None:
        writing.set()
        disk_back.wait(30)

    monkeypatch.setattr(seen_file.os, "fsync", hung_fsync)
    seen = SeenIdsFile(tmp_path / "seen.txt", keep=100)
    seen.start()
    seen.add(["id-1"])
    assert writing.wait(10)
    seen.close(timeout_s=0.05)  # returns although the disk has not answered
    disk_back.set()


def test_a_station_that_exits_without_closing_is_not_held_up_by_the_writer(
    tmp_path: Path,
) -> None:
    in_process = SeenIdsFile(tmp_path / "here.txt", keep=10)  # started and closed: the usual
    in_process.start()
    in_process.add(["id-0"])
    in_process.close()
    assert in_process.load() == ["id-0"]
    program = (
        "import sys; from pathlib import Path;"
        "from tjdesk.alarm.network.seen_file import SeenIdsFile;"
        "s = SeenIdsFile(Path(sys.argv[1]), keep=10); s.start(); s.add(['id-1']); print('up')"
    )
    done = subprocess.run(
        [sys.executable, "-c", program, str(tmp_path / "seen.txt")],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=Path(seen_file.__file__).parents[3],  # where this tjdesk was imported from
    )
    assert done.returncode == 0 and done.stdout == "up\n"


def test_a_torn_line_of_any_bytes_and_ids_of_one_character_or_with_a_space(tmp_path: Path) -> None:
    path = tmp_path / "seen.txt"
    path.write_bytes(b"a\nid 2\n\xff\xfe\xc3torn")
    assert SeenIdsFile(path, keep=100).load() == ["a", "id 2"]


def test_a_file_is_rewritten_only_once_it_has_grown_past_twice_what_is_kept(
    tmp_path: Path,
) -> None:
    path = tmp_path / "seen.txt"
    path.write_text("".join(f"id-{n}\n" for n in range(19)))  # 20 lines with the last, empty
    assert SeenIdsFile(path, keep=10).load() == [f"id-{n}" for n in range(9, 19)]
    assert len(path.read_text().split()) == 19  # left as it was
    path.write_text("".join(f"id-{n}\n" for n in range(21)))
    assert SeenIdsFile(path, keep=10).load() == [f"id-{n}" for n in range(11, 21)]
    assert path.read_text().split() == [f"id-{n}" for n in range(11, 21)]


def test_a_file_that_cannot_be_compacted_is_logged_and_read_all_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(path: Path, data: bytes) -> None:
        raise PermissionError

    monkeypatch.setattr(seen_file, "write_atomic", refuse)
    path = tmp_path / "seen.txt"
    path.write_text("".join(f"id-{n}\n" for n in range(50)))
    assert SeenIdsFile(path, keep=10).load() == [f"id-{n}" for n in range(40, 50)]
    assert [r.getMessage() for r in caplog.records] == [
        "alarm network: cannot compact seen events: PermissionError"
    ]


def test_a_file_never_started_closes_quietly_and_keeps_nothing(tmp_path: Path) -> None:
    seen = SeenIdsFile(tmp_path / "seen.txt", keep=10)
    seen.add(["id-1"])
    seen.close()
    assert not (tmp_path / "seen.txt").exists()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts /proc/self/fd")
def test_a_closed_file_leaves_no_file_open(tmp_path: Path) -> None:
    before = len(os.listdir("/proc/self/fd"))
    seen = SeenIdsFile(tmp_path / "seen.txt", keep=10)
    seen.start()
    seen.add(["id-1"])
    seen.close()
    assert len(os.listdir("/proc/self/fd")) == before
