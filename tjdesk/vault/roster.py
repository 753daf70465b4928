"""The certified roster: each user's record (name, role, keys, status) signed by an administrator.

Certification starts from a root key: the first administrator's Ed25519 key, pinned at set-up
(its fingerprint is printed on the recovery sheet), or, in a vault made before signing, at the
first administrator sign-in after the update. A certificate counts when it is signed by a root
or by a user whose own record, certified earlier, makes them an active administrator.
Certificates are read in order; the newest valid one for a user is their record. A role
change, a new password set by an administrator, disabling and enabling each add a new one.

The ``users`` table says the same things for the app's lists and joins; a row that does not
match its certified record (a role or a user nobody certified) cannot sign in, and
``audit verify`` names it.

Someone holding the database key could replace the whole roster, roots included, with keys of
their own: that is why the root's fingerprint is shown beside "compare with your recovery
sheet". The printed sheet is the one anchor nobody on the machine can rewrite.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from tjdesk.actors import Actor, Role
from tjdesk.clock import iso_utc
from tjdesk.errors import AccessDenied
from tjdesk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the alarm service reads rosters without loading the vault's database code
    from tjdesk.vault.database import Database
    from tjdesk.vault.signed_in import SignedInUser

CERTIFICATE_FORMAT = "tjdesk-user-record-1"
HOW_SET_UP = "set-up"
HOW_MIGRATION = "migration"
HOW_RECOVERY = "recovery key"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def fingerprint(public_key: bytes) -> str:
    """A root key's fingerprint as printed on the recovery sheet: 32 hex digits in 8 groups."""
    digits = hashlib.sha256(b"tjdesk signing root|" + public_key).hexdigest()[:32]
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


@dataclass(frozen=True)
class Root:
    public_key: bytes
    pinned_at: str
    pinned_by: str
    how: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


@dataclass(frozen=True)
class UserRecord:
    """One certified record: what an administrator vouched for, and who did, when."""

    seq: int
    user_id: int
    name: str
    role: Role
    disabled: bool
    age_key: bytes  # the X25519 public key of the user's slot (their age recipient)
    signing_key: bytes | None  # None: a user from before signing, until their next sign-in
    issued_at: str
    issuer: str

    @property
    def actor(self) -> Actor:
        return Actor(self.user_id, self.name, self.role)


@dataclass(frozen=True)
class RosterProblem:
    """Something about the roster that does not hold, named for a person to read."""

    code: str  # see PROBLEMS in ui/commands/audit.py
    user: str  # the user name concerned (staff names are not client data)
    role: str | None = None
    seq: int | None = None  # the certificate concerned


@dataclass
class Roster:
    roots: list[Root] = field(default_factory=list)
    records: dict[str, UserRecord] = field(default_factory=dict)
    # Every signing key ever validly certified, with its owner: old entries stay checkable
    # after a key changes (a reset password makes a new key pair).
    key_owners: dict[bytes, str] = field(default_factory=dict)
    problems: list[RosterProblem] = field(default_factory=list)

    @property
    def pinned(self) -> bool:
        return bool(self.roots)


class NotCertified(AccessDenied):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This account's record (name, role or keys) was not certified by an "
                "administrator: it may have been changed outside TJ Desk. Ask an administrator "
                "to check the audit trail ('tjdesk audit verify').",
            )
        )


# --- reading ------------------------------------------------------------------------------


def vault_id(db: Database) -> str:
    return db.setting("vault_id") or ""


# The raw rows, in the order they were written: here, and in the alarm service's copy.
ROOT_ROWS = "SELECT public_key, pinned_at, pinned_by, how FROM signing_roots ORDER BY id"
CERTIFICATE_ROWS = "SELECT seq, body, issuer_key, signature FROM user_certificates ORDER BY seq"


def load(db: Database) -> Roster:
    """Every root and certificate, checked in order; the newest valid record per user."""
    return build(vault_id(db), db.query(ROOT_ROWS), db.query(CERTIFICATE_ROWS))


def build(
    vault_id: str, root_rows: list[dict[str, Any]], certificate_rows: list[dict[str, Any]]
) -> Roster:
    """The roster from raw rows: from the database, or from the copy the alarm service reads."""
    roster = Roster()
    for row in root_rows:
        try:
            public_key = unb64(str(row["public_key"]))
            Ed25519PublicKey.from_public_bytes(public_key)  # a key, not any bytes
            roster.roots.append(
                Root(public_key, str(row["pinned_at"]), str(row["pinned_by"]), str(row["how"]))
            )
        except (ValueError, KeyError, TypeError):
            # The alarm service's copy is a file anyone may damage: a row may not be an object.
            pinned_by = row.get("pinned_by", "?") if isinstance(row, dict) else "?"
            roster.problems.append(RosterProblem("bad root", str(pinned_by)))
    root_keys = {root.public_key for root in roster.roots}
    for row in certificate_rows:
        try:
            seq = int(row["seq"])
            issuer_key = unb64(str(row["issuer_key"]))
            body = _parse_body(row["body"])
        except (ValueError, KeyError, TypeError):
            roster.problems.append(RosterProblem("bad certificate", "?"))
            continue
        if body["vault"] != vault_id:
            roster.problems.append(RosterProblem("bad certificate", body["name"], seq=seq))
            continue
        try:
            Ed25519PublicKey.from_public_bytes(issuer_key).verify(
                unb64(str(row["signature"])), str(row["body"]).encode("utf-8")
            )
        except (InvalidSignature, ValueError, KeyError, TypeError):  # KeyError: the file copy
            roster.problems.append(RosterProblem("forged certificate", body["name"], seq=seq))
            continue
        if issuer_key not in root_keys and not _is_active_admin_key(roster, issuer_key):
            roster.problems.append(RosterProblem("uncertified issuer", body["name"], seq=seq))
            continue
        signing_key = body.get("signing_key")  # none: a user from before signing
        record = UserRecord(
            seq=seq,
            user_id=body["user_id"],
            name=body["name"],
            role=Role(body["role"]),
            disabled=body["disabled"],
            age_key=unb64(body["age_key"]),
            signing_key=None if signing_key is None else unb64(signing_key),
            issued_at=body["issued_at"],
            issuer=body["issuer"],
        )
        roster.records[record.name] = record
        if record.signing_key is not None:
            roster.key_owners.setdefault(record.signing_key, record.name)
    return roster


def is_certifier_key(roster: Roster, key: bytes) -> bool:
    """A root, or the current signing key of an active certified administrator."""
    return key in {root.public_key for root in roster.roots} or _is_active_admin_key(roster, key)


def _is_active_admin_key(roster: Roster, key: bytes) -> bool:
    owner = roster.key_owners.get(key)
    if owner is None:
        return False
    record = roster.records.get(owner)
    return (
        record is not None
        and record.signing_key == key
        and record.role is Role.ADMINISTRATOR
        and not record.disabled
    )


def _parse_body(text: Any) -> dict[str, Any]:
    # Its ValueErrors carry no words: ``build`` catches them and names the certificate.
    body = json.loads(str(text))
    if not isinstance(body, dict) or body.get("format") != CERTIFICATE_FORMAT:
        raise ValueError
    checks = {
        "vault": str,
        "user_id": int,
        "name": str,
        "role": str,
        "disabled": bool,
        "age_key": str,
        "issued_at": str,
        "issuer": str,
    }
    for key, kind in checks.items():
        if not isinstance(body.get(key), kind):
            raise ValueError
    Role(body["role"])
    if body.get("signing_key") is not None and not isinstance(body["signing_key"], str):
        raise ValueError
    # The keys must read too: one that does not would stop every later sign-in in ``build``.
    unb64(body["age_key"])
    if body.get("signing_key") is not None:
        unb64(body["signing_key"])
    return body


_USERS = "SELECT id, name, role, disabled FROM users ORDER BY id"


def user_problems(db: Database, roster: Roster) -> list[RosterProblem]:
    """``users`` rows that differ from their certified record (only once a root is pinned)."""
    if not roster.pinned:
        return []
    found: list[RosterProblem] = []
    for row in db.query(_USERS):
        name, role = str(row["name"]), str(row["role"])
        record = roster.records.get(name)
        if record is None or record.user_id != int(row["id"]):
            found.append(RosterProblem("not certified", name, role))
        elif record.role.value != role:
            found.append(RosterProblem("role not certified", name, role))
        elif record.disabled and not row["disabled"]:
            found.append(RosterProblem("enabled without certificate", name, role))
    return found


def check_sign_in(
    db: Database,
    roster: Roster,
    row: dict[str, Any],
    age_key: bytes,
    signing_key: bytes,
) -> UserRecord:
    """The certified record of the person signing in, or NotCertified.

    The row must match the record (id, role, status) and the slot that opened must hold the
    keys the record vouches for: a slot or row put in by someone else does not sign in.
    """
    record = roster.records.get(str(row["name"]))
    if (
        record is None
        or record.user_id != int(row["id"])
        or record.role.value != row["role"]
        or record.disabled
        or row["disabled"]
        or record.age_key != age_key
        or (record.signing_key is not None and record.signing_key != signing_key)
    ):
        raise NotCertified()
    return record


# --- writing ------------------------------------------------------------------------------


def require_certifier(db: Database, roster: Roster) -> SignedInUser:
    """The signed-in person, if they may certify (a root or an active administrator)."""
    signer = db.signed_in
    if signer is None:
        raise AccessDenied(
            QT_TRANSLATE_NOOP(
                "errors",
                "Please sign in first.",
            )
        )
    if is_certifier_key(roster, signer.signing_public_key):
        return signer
    raise AccessDenied(
        QT_TRANSLATE_NOOP(
            "errors",
            "Only a certified administrator can certify a user's record.",
        )
    )


def certify(
    db: Database,
    *,
    user_id: int,
    name: str,
    role: Role,
    disabled: bool,
    age_key: bytes,
    signing_key: bytes | None,
    roster: Roster | None = None,
) -> None:
    """Add a certificate for one user's record, signed by the signed-in administrator.

    Call inside the transaction of the change it vouches for. ``roster``: the one the caller
    loaded already (only read, to check the signer), to spare loading it again.
    """
    current = roster if roster is not None else load(db)
    signer = require_certifier(db, current)
    body = {
        "format": CERTIFICATE_FORMAT,
        "vault": vault_id(db),
        "user_id": user_id,
        "name": name,
        "role": role.value,
        "disabled": disabled,
        "age_key": b64(age_key),
        "signing_key": None if signing_key is None else b64(signing_key),
        "issued_at": iso_utc(),
        "issuer": signer.actor.name,
    }
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    with db.transaction():
        db.execute(
            "INSERT INTO user_certificates (body, issuer_key, signature) VALUES (?, ?, ?)",
            (text, b64(signer.signing_public_key), b64(signer.sign(text.encode("utf-8")))),
        )


def pin_root(db: Database, how: str) -> Root:
    """Pin the signed-in administrator's key as a root (set-up, migration, recovery key)."""
    signer = db.signed_in
    if signer is None or signer.actor.role is not Role.ADMINISTRATOR:
        raise AccessDenied(
            QT_TRANSLATE_NOOP(
                "errors",
                "Only an administrator can do this.",
            )
        )
    root = Root(signer.signing_public_key, iso_utc(), signer.actor.name, how)
    with db.transaction():
        db.execute(
            "INSERT INTO signing_roots (public_key, pinned_at, pinned_by, how) VALUES (?, ?, ?, ?)",
            (b64(root.public_key), root.pinned_at, root.pinned_by, root.how),
        )
    return root
