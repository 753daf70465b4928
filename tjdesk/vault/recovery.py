"""The recovery identity: an age X25519 identity that opens every sealed section.

Made at set-up (or, for an older vault, by the first administrator who signs in after the
upgrade). Only its recipient (``age1...``) is stored, in the settings row
``recovery_recipient``; the secret (``AGE-SECRET-KEY-1...``) is printed once on the recovery
sheet beside the database key and never stored, so no staff password yields it.

With the sheet, stock tools read every section (docs/SECURITY.md, "Recovery"):
``sqlcipher`` with the database key, then ``age -d -i recovery.txt`` on a section key, then
``age -d -i section.txt`` on the text.
"""

from __future__ import annotations

import pyrage

from tjdesk import audit
from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault import age_format, certified_keys
from tjdesk.vault.database import Database
from tjdesk.vault.sealing import SETTING_RECOVERY_RECIPIENT, recovery_recipient

NOT_THIS_VAULTS = QT_TRANSLATE_NOOP(
    "errors",
    "This is not this vault's recovery identity (AGE-SECRET-KEY-1...). Nothing was changed.",
)
MALFORMED = QT_TRANSLATE_NOOP(
    "errors",
    "A recovery identity starts with AGE-SECRET-KEY-1 and is 74 letters and digits long. "
    "Please check what was typed.",
)
ALREADY_MADE = QT_TRANSLATE_NOOP("errors", "This vault already has a recovery identity.")
ONLY_ADMINISTRATORS_CONFIRM = QT_TRANSLATE_NOOP(
    "errors", "Only an administrator can confirm the recovery identity."
)
ONLY_ADMINISTRATORS = QT_TRANSLATE_NOOP(
    "errors", "Only an administrator can make the recovery identity."
)


def install_recovery_identity(db: Database, actor_name: str | None = None) -> str:
    """Make the vault's recovery identity; store only its recipient, certified by the
    signed-in administrator's signature (sealing trusts it only so); return the secret once."""
    if recovery_recipient(db) is not None:
        raise InvalidInput(ALREADY_MADE)
    identity = age_format.new_identity()
    with db.transaction():
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)",
            (SETTING_RECOVERY_RECIPIENT, str(identity.to_public())),
        )
        certified_keys.certify_recovery(db, str(identity.to_public()))
        audit.record(db, actor_name, "vault.recovery_identity_made")
    return str(identity)


def make_for_older_vault(db: Database) -> tuple[str, int]:
    """An administrator, signed in on ``db``, gives a vault from before sealed sections its
    recovery identity (Administration, or ``tjdesk recovery-identity``) and seals what was
    left in the clear. Returns (the secret, shown once; how many rows were sealed)."""
    from tjdesk.actors import Role
    from tjdesk.errors import AccessDenied
    from tjdesk.vault.seal_migration import seal_legacy_plaintext

    person = db.signed_in
    if person is None or person.actor.role is not Role.ADMINISTRATOR:
        raise AccessDenied(ONLY_ADMINISTRATORS)
    secret = install_recovery_identity(db, person.actor.name)
    return secret, seal_legacy_plaintext(db, look_again=True)


def confirm_from_sheet(db: Database, text: str) -> None:
    """An administrator with the recovery sheet puts the vault's recovery recipient right after
    it was changed outside TJ Desk (or certifies one made before recovery identities were
    certified): the recipient becomes the one the typed identity proves, certified by their
    signature. Where a valid certificate exists, the identity must be the one it names."""
    from tjdesk.actors import Role
    from tjdesk.errors import AccessDenied

    person = db.signed_in
    if person is None or person.actor.role is not Role.ADMINISTRATOR:
        raise AccessDenied(ONLY_ADMINISTRATORS_CONFIRM)
    try:
        identity = age_format.parse_identity(text)
    except (pyrage.IdentityError, ValueError):
        raise InvalidInput(MALFORMED) from None
    recipient = str(identity.to_public())
    certified = certified_keys.load(db).certified_recovery
    if certified is not None and certified != recipient:
        raise InvalidInput(NOT_THIS_VAULTS)
    with db.transaction():
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (SETTING_RECOVERY_RECIPIENT, recipient),
        )
        certified_keys.certify_recovery(db, recipient)
        audit.record(db, person.actor.name, "vault.recovery_identity_confirmed")


def parse_recovery_identity(db: Database, text: str) -> pyrage.x25519.Identity:
    """The typed recovery identity, checked against the vault's recipient."""
    try:
        identity = age_format.parse_identity(text)
    except (pyrage.IdentityError, ValueError):
        raise InvalidInput(MALFORMED) from None
    # The certified recipient when there is one: a row changed outside TJ Desk must not turn
    # the real sheet away.
    expected = certified_keys.load(db).certified_recovery or recovery_recipient(db)
    if str(identity.to_public()) != expected:
        raise InvalidInput(NOT_THIS_VAULTS)
    return identity


def format_recovery_identity(secret: str) -> str:
    """The identity in two lines for the printed sheet (age accepts it joined again)."""
    return secret[:37] + "\n" + secret[37:]
