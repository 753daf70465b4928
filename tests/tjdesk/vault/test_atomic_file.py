"""Key slots, settings files and the alarm roster are replaced whole: a crash or a full disk
leaves the old version or the new one, never half of one, and no copy of the data lying about.

The temporary copy holds whatever is being written (a key slot, a roster), so it must live in
the same private folder, hidden, and be gone after a failure.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tjdesk.vault import atomic_file
from tjdesk.vault.atomic_file import write_atomic


def _names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_a_file_is_replaced_whole_and_private_with_nothing_left_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "slots.json"
    target.write_bytes(b"old")
    write_atomic(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert _names(tmp_path) == ["slots.json"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        write_atomic(target, b"shared", mode=0o644)
        assert stat.S_IMODE(target.stat().st_mode) == 0o644


def _watch_replace(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any, Any]]:
    """Record os.replace and os.fsync calls, in order, letting each do its work."""
    calls: list[tuple[str, Any, Any]] = []
    real_replace: Callable[..., None] = os.replace
    real_fsync: Callable[[int], None] = os.fsync

    def replace(src: Any, dst: Any) -> None:
        calls.append(("replace", Path(src), Path(dst)))
        real_replace(src, dst)

    def fsync(fd: int) -> None:
        calls.append(("fsync", os.fstat(fd).st_ino, stat.S_ISDIR(os.fstat(fd).st_mode)))
        real_fsync(fd)

    monkeypatch.setattr(atomic_file.os, "replace", replace)
    monkeypatch.setattr(atomic_file.os, "fsync", fsync)
    return calls


def test_the_copy_is_written_hidden_in_the_same_folder_never_in_the_system_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same folder: the rename is atomic only within one file system, and the system temp
    folder is shared by every account on the PC."""
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_temp))
    monkeypatch.setattr("tempfile.tempdir", None)
    folder = tmp_path / "vault"
    folder.mkdir()
    calls = _watch_replace(monkeypatch)
    write_atomic(folder / "roster.json", b"{}")
    (_, source, destination), *_ = (call for call in calls if call[0] == "replace")
    assert destination == folder / "roster.json"
    assert source.parent == folder
    assert source.name.startswith(".roster.json.") and source.name.endswith(".tmp")
    assert _names(system_temp) == []


@pytest.mark.skipif(os.name != "posix", reason="Windows cannot fsync a folder")
def test_the_file_and_then_the_rename_are_flushed_to_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a power cut the new version is there: its bytes flushed before the rename, the
    folder (which holds the rename) flushed after it."""
    calls = _watch_replace(monkeypatch)
    write_atomic(tmp_path / "settings.json", b"{}")
    kinds = [(call[0], call[2] if call[0] == "fsync" else None) for call in calls]
    assert kinds == [("fsync", False), ("replace", None), ("fsync", True)]
    assert calls[2][1] == tmp_path.stat().st_ino


def test_a_write_that_fails_half_way_keeps_the_old_version_and_leaves_no_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "slots.json"
    target.write_bytes(b"old version")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, b"a new key slot that must not be left lying about")
    assert target.read_bytes() == b"old version"
    assert _names(tmp_path) == ["slots.json"]


def test_a_write_into_a_folder_that_is_gone_says_so_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "gone" / "slots.json", b"x")
    assert _names(tmp_path) == []


def test_a_failed_write_reports_its_own_reason_not_the_clean_ups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rename failed and the copy is already gone: the caller hears "disk full", the real
    reason, not that the copy could not be removed."""
    target = tmp_path / "slots.json"
    target.write_bytes(b"old version")

    def replace_fails(src: str, dst: Path) -> None:
        os.unlink(src)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "replace", replace_fails)
    with pytest.raises(OSError, match="No space left") as failed:
        write_atomic(target, b"new")
    assert failed.value.errno == 28
    assert target.read_bytes() == b"old version"
    assert _names(tmp_path) == ["slots.json"]
