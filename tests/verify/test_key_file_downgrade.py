"""A key file relabelled as the old format 1, whose header had no MAC yet, so that an edit to
its header goes unchecked.

Someone with the folder but no password (another account on a shared PC, a copy on a USB
stick) cannot write a header MAC: it is keyed from the database key. Format 1 had none, and
TJ Desk still reads format-1 files of vaults from before signing. A file that says "1" but
carries the signing keys that came with format 2 is a format-2 file with its MAC stripped: it
is refused as changed outside TJ Desk, for everyone, before anything is opened or written.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tjdesk.actors import Role
from tjdesk.paths import keyslot_path
from tjdesk.users import UserService
from tjdesk.vault import vault
from tjdesk.vault.errors import KeyFileTampered

CHANGED_OUTSIDE = "The vault's key file was changed outside TJ Desk"


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR), ("bo", Role.COUNSELOR)])
    db = made.admin.open_database()
    try:
        UserService(db, made.admin).disable_user("bo")
    finally:
        db.close()
    made.close()
    yield made
    made.close()


def _relabel_as_format_1(made: MadeVault, edit: str) -> bytes:
    path = keyslot_path(made.folder)
    document = json.loads(path.read_bytes())
    assert document["version"] == 2 and "header_mac" in document
    document["version"] = 1
    del document["header_mac"]
    if edit == "disabled list":
        assert document["disabled_users"] == ["bo"]
        document["disabled_users"] = []
    path.write_text(json.dumps(document))
    return path.read_bytes()


@pytest.mark.parametrize("edit", ["nothing else", "disabled list"])
def test_a_key_file_relabelled_as_format_1_is_refused_for_everyone(
    made: MadeVault, edit: str
) -> None:
    written = _relabel_as_format_1(made, edit)
    for name in ("ann", "admin"):
        with pytest.raises(KeyFileTampered) as refused:
            vault.unlock(made.folder, name, DEFAULT_PASSWORD)
        assert str(refused.value).startswith(CHANGED_OUTSIDE)
    # Nothing was "repaired" by rewriting the file as format 2 with a fresh MAC.
    assert keyslot_path(made.folder).read_bytes() == written
