"""The recovery identity as an administrator meets it: made once for an older vault, typed back
from the printed sheet to confirm it or to hand a case over, refused in plain words otherwise.

The sheet prints it on two lines; people type it back with spaces, line breaks or in lower
case. A refusal changes nothing: the recipient row, its certificate and the audit trail stay
as they were.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest

from tests.helpers.vaults import MadeVault, make_vault
from tjdesk.actors import Role
from tjdesk.errors import AccessDenied, InvalidInput
from tjdesk.vault import certified_keys, recovery
from tjdesk.vault.database import Database
from tjdesk.vault.sealing import SETTING_RECOVERY_RECIPIENT, recovery_recipient


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    yield made
    made.close()


def _state(db: Database) -> tuple[object, ...]:
    """What a refusal must leave as it was."""
    return (
        recovery_recipient(db),
        certified_keys.load(db).certified_recovery,
        db.scalar("SELECT count(*) FROM audit_log"),
        db.scalar("SELECT count(*) FROM settings"),
    )


def _refused(db: Database, attempt: object, kind: type[Exception]) -> str:
    before = _state(db)
    with pytest.raises(kind) as refused:
        attempt()  # type: ignore[operator]
    assert _state(db) == before
    return str(refused.value)


def test_the_sheet_prints_it_on_two_lines_that_read_back_as_one(made: MadeVault) -> None:
    secret = made.recovery_identity
    printed = recovery.format_recovery_identity(secret)
    first, second = printed.split("\n")
    assert (len(secret), len(first), len(second)) == (74, 37, 37)
    assert first + second == secret and first.startswith("AGE-SECRET-KEY-1")
    db = made.admin.open_database()
    try:
        # Typed back as printed, with spaces, or in lower case: the same identity.
        for typed in (printed, f"  {first} {second}\n", secret.lower()):
            identity = recovery.parse_recovery_identity(db, typed)
            assert str(identity.to_public()) == recovery_recipient(db)
    finally:
        db.close()


def test_a_wrong_or_mistyped_identity_is_refused_in_words(made: MadeVault) -> None:
    db = made.admin.open_database()
    try:
        other = str(pyrage.x25519.Identity.generate())
        assert _refused(db, lambda: recovery.parse_recovery_identity(db, other), InvalidInput) == (
            "This is not this vault's recovery identity (AGE-SECRET-KEY-1...). Nothing was changed."
        )
        mistyped = made.recovery_identity[:-1]
        assert _refused(
            db, lambda: recovery.parse_recovery_identity(db, mistyped), InvalidInput
        ) == (
            "A recovery identity starts with AGE-SECRET-KEY-1 and is 74 letters and digits "
            "long. Please check what was typed."
        )
    finally:
        db.close()


def test_the_real_sheet_still_works_after_the_recipient_row_was_changed_outside(
    made: MadeVault,
) -> None:
    """An insider puts another recipient in the settings row: the certified one decides."""
    db = made.admin.open_database()
    try:
        planted = str(pyrage.x25519.Identity.generate().to_public())
        db.execute(
            "UPDATE settings SET value = ? WHERE key = ?", (planted, SETTING_RECOVERY_RECIPIENT)
        )
        identity = recovery.parse_recovery_identity(db, made.recovery_identity)
        assert str(identity.to_public()) == certified_keys.load(db).certified_recovery
    finally:
        db.close()


def test_confirming_from_the_sheet_is_refused_in_words_unless_it_is_right(
    made: MadeVault,
) -> None:
    db = made.handles["ann"].open_database()
    try:
        assert _refused(
            db, lambda: recovery.confirm_from_sheet(db, made.recovery_identity), AccessDenied
        ) == ("Only an administrator can confirm the recovery identity.")
    finally:
        db.close()
    db = made.admin.open_database()
    try:
        other = str(pyrage.x25519.Identity.generate())
        assert _refused(db, lambda: recovery.confirm_from_sheet(db, other), InvalidInput) == (
            "This is not this vault's recovery identity (AGE-SECRET-KEY-1...). Nothing was changed."
        )
        assert _refused(
            db, lambda: recovery.confirm_from_sheet(db, "AGE-SECRET-KEY-1 nonsense"), InvalidInput
        ).startswith("A recovery identity starts with AGE-SECRET-KEY-1")
        # The right one, typed as printed: the row is put right and certified, and audited.
        planted = str(pyrage.x25519.Identity.generate().to_public())
        db.execute(
            "UPDATE settings SET value = ? WHERE key = ?", (planted, SETTING_RECOVERY_RECIPIENT)
        )
        recovery.confirm_from_sheet(db, recovery.format_recovery_identity(made.recovery_identity))
        assert recovery_recipient(db) == certified_keys.load(db).certified_recovery
        assert recovery_recipient(db) == str(
            pyrage.x25519.Identity.from_str(made.recovery_identity).to_public()
        )
        last = db.query_one("SELECT actor, action FROM audit_log ORDER BY seq DESC LIMIT 1")
        assert last == {"actor": "admin", "action": "vault.recovery_identity_confirmed"}
    finally:
        db.close()


def test_making_it_is_for_an_administrator_and_only_once(made: MadeVault) -> None:
    db = made.handles["ann"].open_database()
    try:
        assert _refused(db, lambda: recovery.make_for_older_vault(db), AccessDenied) == (
            "Only an administrator can make the recovery identity."
        )
    finally:
        db.close()
    db = made.admin.open_database()
    try:
        assert _refused(db, lambda: recovery.make_for_older_vault(db), InvalidInput) == (
            "This vault already has a recovery identity."
        )
        with db.transaction():  # as a vault made before sealed sections
            db.execute("DELETE FROM settings WHERE key = ?", (SETTING_RECOVERY_RECIPIENT,))
        secret, sealed = recovery.make_for_older_vault(db)
        assert sealed == 0  # nothing was left in the clear
        assert recovery_recipient(db) == str(pyrage.x25519.Identity.from_str(secret).to_public())
        assert certified_keys.load(db).certified_recovery == recovery_recipient(db)
        last = db.query_one("SELECT actor, action FROM audit_log ORDER BY seq DESC LIMIT 1")
        assert last == {"actor": "admin", "action": "vault.recovery_identity_made"}
    finally:
        db.close()


def test_the_sheet_works_in_a_vault_whose_recovery_identity_was_never_certified(
    made: MadeVault,
) -> None:
    """A vault whose recovery identity was made before identities were certified: the
    settings row is all there is, and the sheet must still be accepted against it."""
    db = made.admin.open_database()
    try:
        db.execute("DELETE FROM settings WHERE key = 'recovery_recipient_certificate'")
        assert certified_keys.load(db).certified_recovery is None
        identity = recovery.parse_recovery_identity(db, made.recovery_identity)
        assert str(identity.to_public()) == recovery_recipient(db)
    finally:
        db.close()
