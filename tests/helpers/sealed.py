"""Keys for service tests that share one Database between several staff members.

In the app a connection works for one person (``Database.signed_in``, bound at sign-in). The
service tests call services as many people on one database; ``act_as_callers`` makes each
service call run as the actor it names, with that person's real keys from a real key-slot
file beside the database (so sealing seals to, and opens with, real age identities). Sealing
takes each reader's key from the certified roster, so a test root administrator certifies
every person's record (and the recovery recipient) as an administrator would.
"""

from __future__ import annotations

import functools
import inspect
import uuid
from collections.abc import Callable, Iterable
from dataclasses import replace
from types import ModuleType
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.helpers.vaults import TEST_KDF
from tjdesk.actors import Actor, Role
from tjdesk.clock import iso_utc
from tjdesk.paths import keyslot_path
from tjdesk.vault import keyslots, recovery, roster
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
        self.slots: dict[int, keyslots.KeySlot] = {}
        self.db = db
        self.root = SignedInUser(
            actor=Actor(0, "test-root", Role.ADMINISTRATOR),
            age_identity=bytes(32),
            age_recipient="",
            signing_key=Ed25519PrivateKey.generate(),
        )
        db.execute(
            "INSERT INTO signing_roots (public_key, pinned_at, pinned_by, how) VALUES (?, ?, ?, ?)",
            (roster.b64(self.root.signing_public_key), iso_utc(), "test-root", roster.HOW_SET_UP),
        )
        self.recovery_secret = self._as_root(db, lambda: recovery.install_recovery_identity(db))
        keyslots.write_key_file(keyslot_path(self.folder), self.key_file, self.database_key)

    def add(self, actor: Actor, db: Database | None = None) -> SignedInUser:
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
        self.slots[actor.id] = slot
        self.certify(actor, db)
        return user

    def certify(self, actor: Actor, db: Database | None = None) -> None:
        """The test root administrator certifies ``actor``'s record with their slot's keys
        (on ``db``, the connection the caller works on, or the one the keys were made on)."""
        slot = self.slots[actor.id]
        on = db or self.db
        self._as_root(
            on,
            lambda: roster.certify(
                on,
                user_id=actor.id,
                name=actor.name,
                role=actor.role,
                disabled=False,
                age_key=slot.public_key,
                signing_key=slot.signing_public_key,
            ),
        )
        self.users[actor.id] = replace(self.users[actor.id], actor=actor)

    def _as_root(self, db: Database, work: Callable[[], Any]) -> Any:
        previous = db.signed_in
        bind(db, self.root)
        try:
            return work()
        finally:
            bind(db, previous)

    def cover(self, db: Database) -> None:
        """Every user in the database has a slot (as every real user does), and a certified
        record of their role (as an administrator's change would certify it)."""
        for row in db.query("SELECT id, name, role FROM users"):
            actor = Actor(int(row["id"]), str(row["name"]), Role(row["role"]))
            known = self.users.get(actor.id)
            if known is None:
                self.add(actor, db)
            elif known.actor != actor:
                self.certify(actor, db)

    def of(self, actor: Actor, db: Database | None = None) -> SignedInUser:
        user = self.users.get(actor.id)
        if user is None:
            return self.add(actor, db)
        if user.actor != actor:
            self.certify(actor, db)
        return self.users[actor.id]


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
        if database_folder(db) != keys.folder:
            # A real vault's own signed-in connection (made by make_vault): it acts for its
            # own person, with the keys and roster of that vault.
            return fn(db, actor, *args, **kwargs)
        previous = db.signed_in
        keys.cover(db)
        bind(db, keys.of(actor, db))
        try:
            return fn(db, actor, *args, **kwargs)
        finally:
            bind(db, previous)

    return call
