"""The vault is its owner's alone, as `stat` shows it: folder 0700, every file in it 0600.

Before issue 16 the folder was 0755 and tjdesk.db, -wal and -shm were 0644 under the usual
022 umask: any other account on a shared PC could copy them for an offline attack.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from tests.helpers.vaults import DEFAULT_PASSWORD, make_vault
from tjdesk.actors import Role
from tjdesk.vault import vault
from tjdesk.vault.connection import open_connection
from tjdesk.vault.private_files import make_folder_private

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)  # what most desktops give a user
    yield
    os.umask(previous)


def _modes(folder: Path) -> dict[str, str]:
    """What `stat -c %a` says for the folder and each file in it (as a user would look)."""
    paths = [folder, *sorted(p for p in folder.iterdir() if p.is_file())]
    if shutil.which("stat") and sys.platform.startswith("linux"):
        out = subprocess.run(
            ["stat", "-c", "%a", *map(str, paths)], capture_output=True, text=True, check=True
        ).stdout.split()
    else:
        out = [format(p.stat().st_mode & 0o777, "o") for p in paths]
    return {("." if p == folder else p.name): mode for p, mode in zip(paths, out, strict=True)}


def test_a_new_vault_in_use_is_private(tmp_path: Path, usual_umask: None) -> None:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    db = made.admin.open_database()  # a connection open: -wal and -shm exist
    try:
        with db.transaction():
            db.execute("INSERT INTO settings (key, value) VALUES ('probe', 'x')")
        modes = _modes(made.folder)
    finally:
        db.close()
        made.close()
    assert {"tjdesk.db", "tjdesk.db-wal", "tjdesk.db-shm", "tjdesk.keys"} <= set(modes)
    assert modes == {name: ("700" if name == "." else "600") for name in modes}


def test_an_older_vault_is_made_private_when_opened(tmp_path: Path, usual_umask: None) -> None:
    made = make_vault(tmp_path / "vault")
    made.close()
    os.chmod(made.folder, 0o755)
    for path in made.folder.iterdir():
        os.chmod(path, 0o644)
    vault.unlock(made.folder, "admin", DEFAULT_PASSWORD).open_database().close()
    modes = _modes(made.folder)
    assert modes == {name: ("700" if name == "." else "600") for name in modes}


def test_a_mistaken_folder_that_is_no_vault_keeps_its_modes(
    tmp_path: Path, usual_umask: None
) -> None:
    folder = tmp_path / "documents"
    folder.mkdir(mode=0o755)
    (folder / "tjdesk.db").write_bytes(os.urandom(4096))
    (folder / "letter.txt").write_text("hello")
    (folder / "tjdesk.keys").write_text("{}")
    with pytest.raises(Exception):  # noqa: B017 - which refusal is tested elsewhere
        vault.unlock_with_recovery_key(folder, "00" * 32)
    assert _modes(folder)["."] == "755" and _modes(folder)["letter.txt"] == "644"


def test_an_older_vaults_files_are_private_before_sqlite_opens_them(
    tmp_path: Path, usual_umask: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite gives a new -wal and -shm the database's mode, and a file opened while it was
    # readable stays readable to whoever opened it: so the modes must be right beforehand.
    made = make_vault(tmp_path / "vault")
    handle = made.admin
    other = handle.open_database()  # still open elsewhere: -wal and -shm are there
    names = ["tjdesk.db", "tjdesk.db-wal", "tjdesk.db-shm"]
    for name in names:
        os.chmod(made.folder / name, 0o644)
    seen: dict[str, str] = {}
    real_connect = sqlcipher3.connect

    def connect(*args: Any, **kwargs: Any) -> sqlcipher3.Connection:
        seen.update({n: m for n, m in _modes(made.folder).items() if n in names})
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(sqlcipher3, "connect", connect)
    try:
        open_connection(handle.database_path, handle.key).close()
    finally:
        other.close()
        made.close()
    assert seen == dict.fromkeys(names, "600")


def test_a_folder_gone_or_not_a_folder_is_left_alone_without_an_error(
    tmp_path: Path, usual_umask: None
) -> None:
    """Called once the vault is open: a folder that vanished meanwhile (a drive pulled out) or
    a path that is a file must not turn an opened vault into a crash, nor change anything."""
    make_folder_private(tmp_path / "gone")
    assert not (tmp_path / "gone").exists()
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    os.chmod(a_file, 0o644)
    make_folder_private(a_file)
    assert _modes(tmp_path)["notes.txt"] == "644"


def test_links_in_the_vault_folder_are_not_followed_and_do_not_stop_the_rest(
    tmp_path: Path, usual_umask: None
) -> None:
    """Someone plants links in the vault folder to files elsewhere (a shared document, a
    system file): those files keep their modes, the links stay links, and every real file
    of the folder, before or after a link, is still made private."""
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    folder = tmp_path / "vault"
    folder.mkdir(mode=0o755)
    (folder / "kept").mkdir(mode=0o755)  # a folder someone put inside: not a file, left as is
    for batch in range(3):
        target = outside / f"shared-{batch}.txt"
        target.write_text("not ours to change")
        os.chmod(target, 0o644)
        (folder / f"link-{batch}").symlink_to(target)
        for number in range(5):
            made = folder / f"file-{batch}-{number}"
            made.write_text("x")
            os.chmod(made, 0o644)
    make_folder_private(folder)
    modes = _modes(folder)
    assert modes["."] == "700"
    assert {name: mode for name, mode in modes.items() if name.startswith("file-")} == {
        f"file-{batch}-{number}": "600" for batch in range(3) for number in range(5)
    }
    assert (folder / "kept").stat().st_mode & 0o777 == 0o755
    assert _modes(outside) == {".": "755"} | {f"shared-{batch}.txt": "644" for batch in range(3)}
    assert all((folder / f"link-{batch}").is_symlink() for batch in range(3))


def test_a_file_only_others_could_read_is_closed_to_them_too(
    tmp_path: Path, usual_umask: None
) -> None:
    """A file someone set to "group and others may read, the owner may not" (0066) is as
    open to other accounts as any: it loses those bits as well."""
    folder = tmp_path / "vault"
    folder.mkdir(mode=0o700)
    odd = folder / "tjdesk.keys"
    odd.write_text("{}")
    os.chmod(odd, 0o066)
    make_folder_private(folder)
    assert _modes(folder)["tjdesk.keys"] == "0"
