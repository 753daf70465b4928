"""Keys for service tests that share one Database between several staff members.

In the app a connection works for one person (``Database.signed_in``, bound at sign-in). The
service tests call services as many people on one database; ``act_as_callers`` makes each
service call run as the actor it names, with that person's real keys from a real key-slot
file beside the database (so sealing seals to, and opens with, real age identities).
"""

from __future__ import annotations

import functools
import inspect
import uuid
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any

import pytest

from tests.helpers.vaults import TEST_KDF
from tjdesk.actors import Actor
from tjdesk.paths import keyslot_path
from tjdesk.vault import keyslots, recovery
from tjdesk.vault.age_keys import recipient_string
from tjdesk.vault.database import Database
from tjdesk.vault.signed_in import SignedInUser

PASSWORD = "test password"


def database_folder(db: Database):  # type: ignore[no-untyped-def]
    from pathlib import Path

    row = db.query_one("SELECT file FROM pragma_database_list WHERE name = 'main'")
    assert row is not None
    return Path(str(row["file"])).parent


class StaffKeys:
    """Real key slots (beside the database) for whoever acts, made on first use."""

    def __init__(self, db: Database) -> None:
        self.folder = database_folder(db)
        self.vault_id = uuid.uuid4().hex
        self.database_key = bytes(32)  # these slots are for their key pairs only
        self.key_file = keyslots.new_key_file(self.vault_id, self.database_key, TEST_KDF)
        self.users: dict[int, SignedInUser] = {}
        self.recovery_secret = recovery.install_recovery_identity(db)
        keyslots.write_key_file(keyslot_path(self.folder), self.key_file, self.database_key)

    def add(self, actor: Actor) -> SignedInUser:
        slot = keyslots.create_slot(
            actor.name, PASSWORD, self.database_key, self.vault_id, TEST_KDF
        )
        self.key_file = self.key_file.with_slot(slot)
        keyslots.write_key_file(keyslot_path(self.folder), self.key_file, self.database_key)
        opened = keyslots.open_slot_keys(slot, PASSWORD, self.vault_id)
        assert opened.signing_key is not None
        user = SignedInUser(
            actor=actor,
            age_identity=opened.x25519_private_key,
            age_recipient=recipient_string(opened.x25519_public_key),
            signing_key=opened.signing_key,
        )
        self.users[actor.id] = user
        return user

    def cover(self, db: Database) -> None:
        """Every user in the database has a slot (as every real user does)."""
        from tjdesk.actors import Role

        known = {u.actor.id for u in self.users.values()}
        for row in db.query("SELECT id, name, role FROM users"):
            if int(row["id"]) not in known:
                self.add(Actor(int(row["id"]), str(row["name"]), Role(row["role"])))

    def of(self, actor: Actor) -> SignedInUser:
        user = self.users.get(actor.id)
        return user if user is not None and user.actor == actor else self.add(actor)


def give_keys(db: Database, actors: Iterable[Actor]) -> StaffKeys:
    keys = StaffKeys(db)
    for actor in actors:
        keys.add(actor)
    return keys


def bind(db: Database, user: SignedInUser | None) -> None:
    """Test only: the connection now works for ``user`` (the app never rebinds)."""
    db._signed_in = user  # noqa: SLF001


def act_as_callers(
    monkeypatch: pytest.MonkeyPatch,
    db: Database | None,
    keys: StaffKeys,
    modules: Iterable[ModuleType],
) -> None:
    """Every public service function ``fn(db, actor, ...)`` of ``modules`` runs as ``actor``."""
    for module in modules:
        for name, fn in list(vars(module).items()):
            if name.startswith("_") or not inspect.isfunction(fn):
                continue
            if fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters)
            if params[:2] != ["db", "actor"]:
                continue
            monkeypatch.setattr(module, name, _as_caller(fn, keys))


def _as_caller(fn: Callable[..., Any], keys: StaffKeys) -> Callable[..., Any]:
    @functools.wraps(fn)
    def call(db: Database, actor: Actor, *args: Any, **kwargs: Any) -> Any:
        previous = db.signed_in
        keys.cover(db)
        bind(db, keys.of(actor))
        try:
            return fn(db, actor, *args, **kwargs)
        finally:
            bind(db, previous)

    return call
