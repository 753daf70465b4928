"""Who is signed in: made by a password unlock, carried by every connection of the session.

The person's keys live in their slot: the X25519 key is also their age identity, the Ed25519
key signs what they do. A slot from before signing gets its key at the next sign-in, and
changing one's own password keeps both keys.
"""

from __future__ import annotations

from pathlib import Path

import pyrage

from tests.helpers.legacy import make_legacy_vault
from tests.helpers.vaults import DEFAULT_PASSWORD, make_vault
from tjdesk.actors import Role
from tjdesk.paths import keyslot_path
from tjdesk.users import UserService
from tjdesk.vault import keyslots, vault


def test_a_password_unlock_says_who_is_signed_in_with_their_keys(tmp_path: Path) -> None:
    made = make_vault(tmp_path / "v", users=[("ann", Role.COUNSELOR)])
    ann = vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)
    assert ann.signed_in is not None
    assert ann.signed_in.actor == ann.actor
    assert ann.signed_in.actor.role is Role.COUNSELOR
    # The slot's X25519 key is ann's age identity: what is sealed to her recipient, she opens.
    assert ann.signed_in.age_recipient.startswith("age1")
    recipient = pyrage.x25519.Recipient.from_str(ann.signed_in.age_recipient)
    sealed = pyrage.encrypt(b"for ann only", [recipient])
    assert pyrage.decrypt(sealed, [ann.signed_in.age_pyrage_identity()]) == b"for ann only"
    slot = keyslots.read_key_file(keyslot_path(made.folder)).slots["ann"]
    assert ann.signed_in.signing_public_key == slot.signing_public_key


def test_no_secret_shows_in_a_repr(tmp_path: Path) -> None:
    made = make_vault(tmp_path / "v")
    signed_in = made.admin.signed_in
    assert signed_in is not None
    shown = repr(signed_in) + str(signed_in) + repr(made.admin)
    assert "admin" in shown
    assert signed_in.age_identity.hex() not in shown
    assert "AGE-SECRET-KEY" not in shown and "age_identity" not in shown


def test_every_connection_of_the_session_carries_the_signed_in_user(tmp_path: Path) -> None:
    made = make_vault(tmp_path / "v", users=[("ann", Role.COUNSELOR)])
    ann = made.handles["ann"]
    db = ann.open_database()
    try:
        assert db.signed_in is ann.signed_in
    finally:
        db.close()
    worker = made.worker("ann")
    try:
        assert worker.call(lambda db: db.signed_in) is ann.signed_in
    finally:
        made.close()


def test_the_recovery_key_signs_nobody_in(tmp_path: Path) -> None:
    made = make_vault(tmp_path / "v")
    opened = vault.unlock_with_recovery_key(made.folder, made.recovery_key)
    assert opened.actor is None and opened.signed_in is None
    db = opened.open_database()
    try:
        assert db.signed_in is None
    finally:
        db.close()


def test_a_slot_from_before_signing_gets_its_key_at_the_next_sign_in(tmp_path: Path) -> None:
    made = make_legacy_vault(tmp_path / "v", users=[("ann", Role.COUNSELOR)])
    before = keyslots.read_key_file(keyslot_path(made.folder)).slots["ann"]
    assert before.signing_public_key is None

    ann = vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)

    after = keyslots.read_key_file(keyslot_path(made.folder)).slots["ann"]
    assert ann.signed_in is not None
    assert after.signing_public_key == ann.signed_in.signing_public_key
    assert after.public_key == before.public_key  # the age identity stays the same
    again = vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)
    assert again.signed_in is not None
    assert again.signed_in.signing_public_key == ann.signed_in.signing_public_key


def test_changing_ones_own_password_keeps_both_keys(tmp_path: Path) -> None:
    made = make_vault(tmp_path / "v", users=[("ann", Role.COUNSELOR)])
    ann = made.handles["ann"]
    assert ann.signed_in is not None
    db = ann.open_database()
    try:
        UserService(db, ann).change_own_password(DEFAULT_PASSWORD, "a brand new password")
    finally:
        db.close()
    again = vault.unlock(made.folder, "ann", "a brand new password")
    assert again.signed_in is not None
    assert again.signed_in.age_recipient == ann.signed_in.age_recipient
    assert again.signed_in.signing_public_key == ann.signed_in.signing_public_key
