"""Lock and pid files: never written through a link another local user planted.

The security review (issue 16) planted a symbolic link in the shared /tmp lock folder where the
pid file goes; the alarm service wrote its pid through it, over a root-owned file. Now the
locks live in this user's runtime folder, and a link or someone else's file where a lock or
pid file goes is refused with one clear sentence, its target untouched.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tjdesk.alarm import paths
from tjdesk.alarm.paths import AlarmFolderUnsafe
from tjdesk.alarm.single_instance import LockFileUnsafe, SingleInstance, pid_path, read_pid

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX links and owners")
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    base = tmp_path / "run-user"
    base.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(base))
    return base


@pytest.fixture
def precious(tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "etc-precious"
    target.write_text("root's file\n")
    os.chmod(target, 0o644)
    yield target
    assert target.read_text() == "root's file\n", "the link's target was written"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


@pytest.mark.parametrize("planted", ["pid", "pid.tmp", "lock"])
def test_a_planted_link_is_refused_and_its_target_untouched(
    tmp_path: Path, precious: Path, planted: str
) -> None:
    lock = tmp_path / "locks" / "device-0123456789abcdef.lock"
    lock.parent.mkdir()
    where = {"pid": pid_path(lock), "pid.tmp": lock.with_suffix(".pid.tmp"), "lock": lock}
    where[planted].symlink_to(precious)
    instance = SingleInstance(lock)
    if planted == "pid.tmp":  # nothing of ours goes there any more: the link is never used
        instance.acquire()
        assert read_pid(lock) == os.getpid()
        instance.release()
        return
    with pytest.raises(LockFileUnsafe) as caught:
        instance.acquire()
    assert str(caught.value) == (
        f"{where[planted]} is a link or belongs to another user; the alarm service will not "
        "use it. Remove it, or ask the computer's administrator to."
    )
    assert where[planted].is_symlink()


def test_a_stale_pid_file_of_our_own_is_replaced(tmp_path: Path) -> None:
    lock = tmp_path / "service.lock"
    pid_path(lock).write_text("999999")
    instance = SingleInstance(lock)
    instance.acquire()
    try:
        assert read_pid(lock) == os.getpid()
        assert stat.S_IMODE(pid_path(lock).stat().st_mode) == 0o600
        assert stat.S_IMODE(lock.stat().st_mode) == 0o600
    finally:
        instance.release()


@pytest.mark.skipif(os.getuid() != 0, reason="needs root to make another user's file")
def test_a_pid_file_of_another_user_is_refused(tmp_path: Path) -> None:
    lock = tmp_path / "service.lock"
    pid_path(lock).write_text("1")
    os.chown(pid_path(lock), 65534, 65534)
    with pytest.raises(LockFileUnsafe):
        SingleInstance(lock).acquire()
    assert pid_path(lock).read_text() == "1"


def test_device_locks_live_in_the_users_runtime_folder(runtime: Path) -> None:
    lock = paths.device_lock_path("sim:")
    assert lock.parent == runtime / "tjdesk-alarm"
    assert not str(lock).startswith(tempfile.gettempdir() + os.sep + "tjdesk-alarm-")
    assert stat.S_IMODE(lock.parent.stat().st_mode) == 0o700


def test_a_deep_folders_socket_goes_to_the_runtime_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    runtime = Path(tempfile.mkdtemp(prefix="run-"))  # short, as /run/user/1000 is
    try:
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
        address = paths.listener_address(tmp_path / ("d" * 90) / "alarm")
        assert Path(address).parent == runtime / "tjdesk-alarm"
        assert len(address.encode()) <= 100
    finally:
        shutil.rmtree(runtime)


def test_a_runtime_folder_that_is_a_link_is_refused(
    runtime: Path, tmp_path: Path, precious: Path
) -> None:
    elsewhere = tmp_path / "someone-elses"
    elsewhere.mkdir(mode=0o777)
    (runtime / "tjdesk-alarm").symlink_to(elsewhere)
    with pytest.raises(AlarmFolderUnsafe) as caught:
        paths.device_lock_path("sim:")
    assert "is a link, belongs to another user or is open to others" in str(caught.value)
    assert list(elsewhere.iterdir()) == []


@pytest.mark.skipif(os.getuid() != 0, reason="needs root to make another user's folder")
def test_a_runtime_folder_of_another_user_is_refused(runtime: Path) -> None:
    (runtime / "tjdesk-alarm").mkdir(mode=0o777)
    os.chown(runtime / "tjdesk-alarm", 65534, 65534)
    with pytest.raises(AlarmFolderUnsafe):
        paths.device_lock_path("sim:")


def test_the_service_refuses_a_planted_pid_link_with_one_line(
    tmp_path: Path, precious: Path, runtime: Path
) -> None:
    folder = tmp_path / "alarm"
    folder.mkdir()
    pid_path(paths.lock_path(folder)).symlink_to(precious)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui.cli",
            "alarm",
            "serve",
            "--alarm-dir",
            str(folder),
            "--device",
            "sim:",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime)},
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "service.pid is a link or belongs to another user" in done.stderr
