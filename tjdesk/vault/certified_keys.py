"""Whose keys sealing may trust: age recipients from the certified roster, never the key file.

Every signed-in person holds the database key, and the key-slot file's header MAC is keyed from
it, so an insider can put their own X25519 public key in a colleague's slot and recompute the
MAC; the ``settings`` row naming the recovery recipient is as easy to change. Sealing to either
would seal every later section to the insider. So sealing takes:

* each reader's ``age1...`` from their certified record (tjdesk/vault/roster.py: signed by an
  administrator, checked from the pinned roots), and their role and status from it too;
* the recovery recipient only as an administrator certified it: a signed record in the
  settings row ``recovery_recipient_certificate``, written when the recovery identity is made
  (at set-up, or by an administrator for an older vault), which must name the recipient the
  ``recovery_recipient`` row holds.

The roster is checked once and kept for the connection until a certificate, root or recovery
row changes (one small query per use, not one signature check per blob). A kept result was
checked when it was read, so a row changed in place later cannot make it wrong (the vault id the
certificates name is written once, at set-up, before anything is checked).
"""

from __future__ import annotations

import json
import weakref
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from tjdesk.actors import Role
from tjdesk.vault import age_keys
from tjdesk.vault import roster as roster_module
from tjdesk.vault.database import Database
from tjdesk.vault.roster import Roster, RosterProblem

SETTING_RECOVERY_RECIPIENT = "recovery_recipient"
SETTING_RECOVERY_CERTIFICATE = "recovery_recipient_certificate"
RECOVERY_CERTIFICATE_FORMAT = "tjdesk-recovery-recipient-1"

# Problem codes for ``audit verify`` (texts in tjdesk/audit_report.py PROBLEMS).
RECOVERY_NOT_CERTIFIED = "recovery not certified"
RECOVERY_CHANGED = "recovery changed"


@dataclass(frozen=True)
class CertifiedReader:
    role: Role
    recipient: str  # "age1..." of the X25519 key the administrator certified


@dataclass
class CertifiedKeys:
    pinned: bool = False
    # Active (not disabled) certified users by id; ``certified_ids`` includes disabled ones.
    readers: dict[int, CertifiedReader] = field(default_factory=dict)
    certified_ids: set[int] = field(default_factory=set)
    # Every signing key ever validly certified -> its owner's user id (old team records stay
    # checkable after a reset password), and the active certified administrators.
    signing_keys: dict[bytes, int] = field(default_factory=dict)
    administrators: set[int] = field(default_factory=set)
    # The recipient an administrator's valid recovery certificate names (None: no such record).
    certified_recovery: str | None = None
    # The recipient sealing may use: certified and the same as the settings row.
    recovery: str | None = None
    recovery_problem: str | None = None  # RECOVERY_NOT_CERTIFIED or RECOVERY_CHANGED


@dataclass
class _Cache:
    stamp: tuple[Any, ...] | None = None
    keys: CertifiedKeys = field(default_factory=CertifiedKeys)


_caches: weakref.WeakKeyDictionary[Database, _Cache] = weakref.WeakKeyDictionary()


def _stamp(db: Database) -> tuple[Any, ...]:
    row = db.query_one(
        "SELECT (SELECT count(*) FROM user_certificates) AS certificates,"
        " (SELECT coalesce(max(seq), 0) FROM user_certificates) AS newest,"
        " (SELECT count(*) FROM signing_roots) AS roots,"
        " (SELECT value FROM settings WHERE key = ?) AS recipient,"
        " (SELECT value FROM settings WHERE key = ?) AS certificate",
        (SETTING_RECOVERY_RECIPIENT, SETTING_RECOVERY_CERTIFICATE),
    )
    assert row is not None
    return tuple(row.values())


def load(db: Database) -> CertifiedKeys:
    """The certified readers and recovery recipient, checked now or since the last change."""
    cache = _caches.get(db)
    if cache is None:
        cache = _caches[db] = _Cache()
    stamp = _stamp(db)
    if cache.stamp != stamp:
        cache.keys = _check(db, roster_module.load(db))
        cache.stamp = stamp
    return cache.keys


def _check(db: Database, roster: Roster) -> CertifiedKeys:
    keys = CertifiedKeys(pinned=roster.pinned)
    if roster.pinned:
        for record in roster.records.values():
            keys.certified_ids.add(record.user_id)
            if record.role is Role.ADMINISTRATOR and not record.disabled:
                keys.administrators.add(record.user_id)
            if not record.disabled:
                keys.readers[record.user_id] = CertifiedReader(
                    record.role, age_keys.recipient_string(record.age_key)
                )
        for signing_key, owner in roster.key_owners.items():
            if owner in roster.records:
                keys.signing_keys[signing_key] = roster.records[owner].user_id
    recipient = _setting(db, SETTING_RECOVERY_RECIPIENT)
    keys.certified_recovery = _certified_recovery(db, roster)
    if keys.certified_recovery is None:
        if recipient is not None or _setting(db, SETTING_RECOVERY_CERTIFICATE) is not None:
            keys.recovery_problem = RECOVERY_NOT_CERTIFIED
    elif recipient != keys.certified_recovery:
        keys.recovery_problem = RECOVERY_CHANGED
    else:
        keys.recovery = recipient
    return keys


def _setting(db: Database, key: str) -> str | None:
    value = db.scalar("SELECT value FROM settings WHERE key = ?", (key,))
    return None if value is None else str(value)


def _certified_recovery(db: Database, roster: Roster) -> str | None:
    """The recipient named by a valid recovery certificate (signed by a root or an active
    certified administrator, for this vault), or None."""
    text = _setting(db, SETTING_RECOVERY_CERTIFICATE)
    if text is None:
        return None
    try:
        record = json.loads(text)
        body_text = str(record["body"])
        issuer_key = roster_module.unb64(str(record["issuer_key"]))
        signature = roster_module.unb64(str(record["signature"]))
        body = json.loads(body_text)
        if (
            not isinstance(body, dict)
            or body.get("format") != RECOVERY_CERTIFICATE_FORMAT
            or body.get("vault") != roster_module.vault_id(db)
            or not isinstance(body.get("recipient"), str)
        ):
            return None
        if not roster_module.is_certifier_key(roster, issuer_key):
            return None
        Ed25519PublicKey.from_public_bytes(issuer_key).verify(signature, body_text.encode("utf-8"))
    except (InvalidSignature, ValueError, KeyError, TypeError):
        return None
    return str(body["recipient"])


def certify_recovery(db: Database, recipient: str) -> None:
    """The signed-in administrator certifies the vault's recovery recipient (in the caller's
    transaction, beside the ``recovery_recipient`` row it vouches for)."""
    roster = roster_module.load(db)
    signer = roster_module.require_certifier(db, roster)
    # Who signed it and when is in the signed audit trail (the entry of the change it is part
    # of); the record holds only what is checked.
    body = {
        "format": RECOVERY_CERTIFICATE_FORMAT,
        "vault": roster_module.vault_id(db),
        "recipient": recipient,
    }
    body_text = json.dumps(body)  # signed and stored as it is: its layout does not matter
    record = {
        "body": body_text,
        "issuer_key": roster_module.b64(signer.signing_public_key),
        "signature": roster_module.b64(signer.sign(body_text.encode("utf-8"))),
    }
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (SETTING_RECOVERY_CERTIFICATE, json.dumps(record)),
    )


def recovery_problems(db: Database, roster: Roster) -> list[RosterProblem]:
    """For ``audit verify``: a recovery recipient nobody certified, or not the certified one."""
    if not roster.pinned:
        return []
    problem = _check(db, roster).recovery_problem
    return [] if problem is None else [RosterProblem(problem, "-")]


def keep_recovery_certified(db: Database, before: CertifiedKeys) -> None:
    """After a roster change (disabling, a role change, a reset password): if the recovery
    record counted before and no longer does because its signer lost the right to certify, the
    signed-in administrator signs it again for the same recipient (the one certified, not
    whatever the settings row holds), so sealing goes on."""
    if before.certified_recovery is None:
        return
    if load(db).certified_recovery is None:
        certify_recovery(db, before.certified_recovery)
