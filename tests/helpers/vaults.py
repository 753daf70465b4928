"""Real vaults for tests, made fast: tiny Argon2 parameters, users with the roles you name.

    from tests.helpers.vaults import make_vault, TEST_KDF
    made = make_vault(tmp_path, users=[("ann", Role.COUNSELOR), ("bo", Role.NURSE)])
    made.folder                       # the vault folder (tjdesk.db, tjdesk.keys)
    made.handles["ann"].actor         # Actor(id, "ann", Role.COUNSELOR)
    worker = made.worker("ann")       # a VaultWorker; close it (or use made.close())
    made.recovery_key                 # the hex groups shown at set-up

Everyone's password is ``password`` (default DEFAULT_PASSWORD); the first user is the
administrator "admin" unless ``admin`` names another. Every handle went through the real
``vault.unlock`` (so sign-in audit entries exist, as in the app).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tjdesk.actors import Role
from tjdesk.users import UserService
from tjdesk.vault import vault
from tjdesk.vault.kdf import TEST_FLOOR_VARIABLE, KdfParams
from tjdesk.vault.vault import UnlockedVault
from tjdesk.vault.worker import VaultWorker

# Argon2id's minimum memory: each derivation takes well under a millisecond. A key-slot file
# asking for less than the tuned floor is refused (tjdesk/vault/kdf.py), so whoever uses
# these vaults (tests, benchmarks, the screenshot script, and the processes they start)
# accepts Argon2's minimum: set here, on import.
TEST_KDF = KdfParams(memory_kib=8, time_cost=1, parallelism=1)
os.environ.setdefault(TEST_FLOOR_VARIABLE, "1")
DEFAULT_PASSWORD = "test password"
ADMIN = "admin"


@dataclass
class MadeVault:
    folder: Path
    recovery_key: str
    password: str
    handles: dict[str, UnlockedVault]
    recovery_identity: str = ""  # AGE-SECRET-KEY-1...: opens every sealed section
    _workers: list[VaultWorker] = field(default_factory=list)

    @property
    def admin(self) -> UnlockedVault:
        return next(
            h for h in self.handles.values() if h.actor and h.actor.role is Role.ADMINISTRATOR
        )

    def worker(self, name: str = ADMIN) -> VaultWorker:
        """A VaultWorker opened with ``name``'s handle (closed by ``close``)."""
        worker = self.handles[name].open_worker()
        worker.opened.result(30)
        self._workers.append(worker)
        return worker

    def close(self) -> None:
        for worker in self._workers:
            worker.close()
        self._workers.clear()


def make_vault(
    folder: Path,
    users: Iterable[tuple[str, Role]] = (),
    *,
    password: str = DEFAULT_PASSWORD,
    admin: str = ADMIN,
    shelter_name: str = "Test shelter",
    language: str = "en",
) -> MadeVault:
    folder = Path(folder)
    recovery_key, recovery_identity = vault.create_with_recovery_identity(
        folder, shelter_name, admin, password, language, kdf=TEST_KDF
    )
    admin_handle = vault.unlock(folder, admin, password)
    handles = {admin: admin_handle}
    db = admin_handle.open_database()
    try:
        service = UserService(db, admin_handle)
        for name, role in users:
            service.add_user(name, name, role, password, must_change_password=False)
    finally:
        db.close()
    for name, _role in users:
        handles[name] = vault.unlock(folder, name, password)
    return MadeVault(folder, recovery_key, password, handles, recovery_identity)


@pytest.fixture
def made_vault(tmp_path: Path) -> Iterator[MadeVault]:
    """A vault with an administrator and one user of each other role, named by the role."""
    made = make_vault(
        tmp_path / "vault",
        users=[
            (role.value.replace("_", "-"), role) for role in Role if role is not Role.ADMINISTRATOR
        ],
    )
    yield made
    made.close()
