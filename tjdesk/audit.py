"""The tamper-evident audit trail: append-only, hash-chained, signed by whoever made each entry.

Each entry's hash is SHA-256 over the previous entry's hash and the entry's canonical bytes
(its sequence number included), so an edited, removed, inserted or re-ordered entry breaks the
chain at that point. A hash chain alone does not stop an insider who holds the database key:
they can drop the guard triggers and re-chain with this very code. So every entry is also
signed (Ed25519) by the person whose session made it (``db.signed_in``), over its sequence
number, its hash and the signer's name; the hash covers the entry before it. Re-chaining after
a change therefore breaks the signature of every later entry made by someone else, and nobody
holds another person's signing key. Whose key is whose comes from the certified roster
(tjdesk/vault/roster.py). A cut-off tail is caught by the head kept outside the file (an
exported head file, backups, the alarm journal).

Entries made before signing began (a vault from 0.1) are sealed by the first signed entry, the
root administrator's ``signing.root_pinned``: its hash covers all of them, so ``verify``
checks their chain and reports them as "made before signing".

Entries hold who, what, which record and when; never client content. ``detail`` is for codes
and counts (e.g. a section name, a reason code), not free text typed by a user.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field, replace
from datetime import datetime

from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from tjdesk.clock import iso_utc
from tjdesk.errors import AccessDenied
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault import certified_keys, schema_guard
from tjdesk.vault import roster as roster_module
from tjdesk.vault.database import Database
from tjdesk.vault.roster import Root, RosterProblem

GENESIS = "0" * 64
ROOT_PINNED = "signing.root_pinned"
# Entries that name someone other than the signer: a failed sign-in names who was tried, an
# imported alarm entry names who acknowledged; the person whose session wrote them signs.
_ON_BEHALF_PREFIXES = ("signin.failed", "alarm.")
# Made when nobody is signed in (the recovery key; a restore checked before the vault is
# opened): the only entries allowed unsigned once signing has begun, counted by ``verify``.
# Inserted anywhere but at the end, they still break the next person's signature.
_UNSIGNED_ALLOWED = frozenset({"signin.recovery_key", "backup.restore"})
# The newest entry: where the next one links on (``record``), and the head kept outside the file.
_LAST_ENTRY = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
# Every column of an entry, in the order ``verify`` unpacks them.
_ENTRIES = (
    "SELECT seq, at, actor, action, target_type, target_id, detail, prev_hash, hash,"
    " signer, signature FROM audit_log"
)


def signed_message(seq: int, digest: str, signer: str) -> bytes:
    return f"tjdesk audit entry 1\n{seq}\n{digest}\n{signer}".encode()


def entry_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str | None,
    action: str,
    target_type: str | None,
    target_id: str | None,
    detail: str | None,
) -> str:
    canonical = json.dumps(
        [seq, at, actor, action, target_type, target_id, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical).hexdigest()


def record(
    db: Database,
    actor: str | None,
    action: str,
    *,
    target_type: str | None = None,
    target_id: str | int | None = None,
    detail: str | None = None,
    at: datetime | None = None,
) -> int:
    """Append one entry and return its sequence number.

    Call inside the ``db.transaction()`` of the change being recorded, so both commit or
    neither does; called outside one, it opens its own.
    """
    target = None if target_id is None else str(target_id)
    signer = db.signed_in
    if (
        signer is not None
        and actor is not None
        and actor != signer.actor.name
        and not action.startswith(_ON_BEHALF_PREFIXES)
    ):
        # A service was handed someone else's Actor: the person comes from the session.
        raise AccessDenied(
            QT_TRANSLATE_NOOP("errors", "This was asked for in another person's name: refused.")
        )
    with db.transaction():
        last = db.query_one(_LAST_ENTRY)
        seq = 1 if last is None else int(last["seq"]) + 1
        prev = GENESIS if last is None else str(last["hash"])
        stamp = iso_utc(at)
        digest = entry_hash(prev, seq, stamp, actor, action, target_type, target, detail)
        signer_name = signature = None
        if signer is not None:
            signer_name = signer.actor.name
            raw = signer.sign(signed_message(seq, digest, signer_name))
            signature = base64.b64encode(raw).decode("ascii")
        db.execute(
            "INSERT INTO audit_log (seq, at, actor, action, target_type, target_id, detail,"
            " prev_hash, hash, signer, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                seq,
                stamp,
                actor,
                action,
                target_type,
                target,
                detail,
                prev,
                digest,
                signer_name,
                signature,
            ),
        )
    return seq


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str


@dataclass(frozen=True)
class BadEntry:
    """The first entry that does not hold, as a person would describe it (no client data)."""

    seq: int
    at: str | None = None
    actor: str | None = None
    action: str | None = None
    signer: str | None = None


@dataclass(frozen=True)
class Verdict:
    intact: bool
    entries: int
    first_bad_seq: int | None = None
    # "edited", "removed", "inserted or re-ordered", "head mismatch", "bad signature",
    # "unsigned", "unknown signer", "signer not certified yet", "in another's name"
    reason: str | None = None
    first_bad: BadEntry | None = None
    # The root administrator's first signed entry: entries before it were made before signing.
    signed_from: int | None = None
    unsigned_recovery: int = 0  # entries made with the recovery key (nobody signed in)
    roots: tuple[Root, ...] = ()
    roster_problems: tuple[RosterProblem, ...] = ()
    structure_problems: tuple[str, ...] = field(default=())


def head(db: Database) -> Head:
    row = db.query_one(_LAST_ENTRY)
    return Head(0, GENESIS) if row is None else Head(int(row["seq"]), str(row["hash"]))


class _Signatures:
    """Checks entry signatures against every key the roster ever certified for the signer.

    Verifying is libsodium's Ed25519 (PyNaCl): measured here about 2.5 times faster than
    OpenSSL's through ``cryptography``, which keeps ``verify`` of 100,000 entries within its
    10 seconds on a busy office PC (``make bench``). Signatures are standard Ed25519 (RFC 8032),
    made with ``cryptography``; libsodium is the stricter checker of the two.
    """

    def __init__(self, roster: roster_module.Roster) -> None:
        self._roster = roster
        self._keys: dict[str, list[VerifyKey]] = {}
        for key, owner in roster.key_owners.items():
            self._keys.setdefault(owner, []).append(VerifyKey(key))
        self.root_keys = [VerifyKey(root.public_key) for root in roster.roots]

    @staticmethod
    def _matches(keys: list[VerifyKey], signature: str, message: bytes) -> bool:
        try:
            raw = base64.b64decode(signature.encode("ascii"), validate=True)
        except (ValueError, UnicodeEncodeError):
            return False
        if len(raw) != 64:
            return False
        for key in keys:
            try:
                key.verify(message, raw)
            except BadSignatureError:
                continue
            return True
        return False

    def problem(self, seq: int, digest: str, signer: str, signature: str) -> str | None:
        keys = self._keys.get(signer)
        if not keys:
            record = self._roster.records.get(signer)
            if record is not None and record.signing_key is None:
                return "signer not certified yet"
            return "unknown signer"
        if self._matches(keys, signature, signed_message(seq, digest, signer)):
            return None
        return "bad signature"

    def by_root(self, seq: int, digest: str, signer: str, signature: str | None) -> bool:
        if not signature:
            return False
        return self._matches(self.root_keys, signature, signed_message(seq, digest, signer))


def signed_entries(
    db: Database, action: str, after_seq: int, roster: roster_module.Roster
) -> list[str]:
    """Who signed each entry of ``action`` after ``after_seq`` whose own hash and signature
    hold (the signer's certified key over the entry as stored). An entry written with SQL in
    someone else's name fails here; where an entry stands in the chain is ``verify``'s job."""
    signatures = _Signatures(roster)
    signers: list[str] = []
    for row in db.query(
        _ENTRIES + " WHERE action = ? AND seq > ? ORDER BY seq", (action, after_seq)
    ):
        digest = entry_hash(
            row["prev_hash"],
            row["seq"],
            row["at"],
            row["actor"],
            row["action"],
            row["target_type"],
            row["target_id"],
            row["detail"],
        )
        signer, signature = row["signer"], row["signature"]
        if (
            digest == row["hash"]
            and signer
            and signature
            and signer == row["actor"]
            and signatures.problem(row["seq"], digest, signer, signature) is None
        ):
            signers.append(str(signer))
    return signers


def verify(db: Database, expected_head: Head | None = None) -> Verdict:
    """Walk the whole chain, check every signature; report the first entry that does not hold.

    Also reports users whose record no administrator certified (RosterProblem) and the roots
    to compare with the recovery sheet.
    """
    from tjdesk.vault import team_records  # it records audit entries itself

    structure = tuple(schema_guard.differences(db))
    roster = roster_module.load(db)
    problems = (
        tuple(roster.problems)
        + tuple(roster_module.user_problems(db, roster))
        + tuple(certified_keys.recovery_problems(db, roster))
        + tuple(team_records.team_problems(db))
    )
    signatures = _Signatures(roster)
    prev = GENESIS
    expected_seq = 1
    count = 0
    signed_from: int | None = None
    unsigned_recovery = 0
    found: tuple[int, str, BadEntry] | None = None
    cursor = db.execute(_ENTRIES + " ORDER BY seq")
    for row in cursor:
        seq, at, actor, action, target_type, target_id, detail, prev_hash, digest = row[:9]
        signer, signature = row[9], row[10]
        count += 1
        bad = BadEntry(seq, at, actor, action, signer)
        if seq != expected_seq:
            # A gap: the entry expected here was deleted.
            found = (expected_seq, "removed", BadEntry(expected_seq))
            break
        if prev_hash != prev:
            # The link to the previous entry is wrong: something was inserted here or the order
            # changed (or the previous entry's hash was rewritten).
            found = (seq, "inserted or re-ordered", bad)
            break
        recomputed = entry_hash(prev, seq, at, actor, action, target_type, target_id, detail)
        if recomputed != digest:
            found = (seq, "edited", bad)
            break
        if signed_from is None:
            if action == ROOT_PINNED and signatures.by_root(seq, digest, signer, signature):
                signed_from = seq
        elif not signer or not signature:
            if action in _UNSIGNED_ALLOWED and not signer and not signature:
                unsigned_recovery += 1
            else:
                found = (seq, "unsigned", bad)
                break
        else:
            reason = signatures.problem(seq, digest, str(signer), str(signature))
            if (
                reason is None
                and actor not in (None, signer)
                and not action.startswith(_ON_BEHALF_PREFIXES)
            ):
                reason = "in another's name"  # signed by one person, claiming another did it
            if reason is not None:
                found = (seq, reason, bad)
                break
        prev = digest
        expected_seq += 1
    if found is None and expected_head is not None and expected_head.seq > 0:
        row = db.query_one(
            "SELECT seq, at, actor, action, signer, hash FROM audit_log WHERE seq = ?",
            (expected_head.seq,),
        )
        if row is None:
            found = (expected_head.seq, "removed", BadEntry(expected_head.seq))
        elif row["hash"] != expected_head.hash:
            found = (
                expected_head.seq,
                "head mismatch",
                BadEntry(row["seq"], row["at"], row["actor"], row["action"], row["signer"]),
            )
    if found is None and roster.pinned and signed_from is None:
        # Roots are pinned but no root ever signed their pinning: the roster was put in
        # outside TJ Desk.
        found = (count + 1, "unsigned", BadEntry(count + 1))
    summary = Verdict(
        intact=found is None and not problems and not structure,
        entries=count,
        signed_from=signed_from,
        unsigned_recovery=unsigned_recovery,
        roots=tuple(roster.roots),
        roster_problems=problems,
        structure_problems=structure,
    )
    if found is None:
        return summary
    seq, reason, bad = found
    return replace(summary, first_bad_seq=seq, reason=reason, first_bad=bad)
