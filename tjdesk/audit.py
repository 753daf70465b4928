"""The tamper-evident audit trail: append-only, hash-chained, written with the change it records.

Each entry's hash is SHA-256 over the previous entry's hash and the entry's canonical bytes
(its sequence number included), so an edited, removed, inserted or re-ordered entry breaks the
chain at that point. A rewrite of the whole chain is caught by comparing with a head exported
earlier (``head``), printed or kept off the machine.

Entries hold who, what, which record and when; never client content. ``detail`` is for codes
and counts (e.g. a section name, a reason code), not free text typed by a user.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from tjdesk.clock import iso_utc
from tjdesk.vault.database import Database

GENESIS = "0" * 64


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
    with db.transaction():
        last = db.query_one("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        seq = 1 if last is None else int(last["seq"]) + 1
        prev = GENESIS if last is None else str(last["hash"])
        stamp = iso_utc(at)
        digest = entry_hash(prev, seq, stamp, actor, action, target_type, target, detail)
        db.execute(
            "INSERT INTO audit_log (seq, at, actor, action, target_type, target_id, detail,"
            " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, stamp, actor, action, target_type, target, detail, prev, digest),
        )
    return seq


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str


@dataclass(frozen=True)
class Verdict:
    intact: bool
    entries: int
    first_bad_seq: int | None = None
    reason: str | None = None  # "edited", "removed", "inserted or re-ordered", "head mismatch"


def head(db: Database) -> Head:
    row = db.query_one("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    return Head(0, GENESIS) if row is None else Head(int(row["seq"]), str(row["hash"]))


def verify(db: Database, expected_head: Head | None = None) -> Verdict:
    """Walk the whole chain; report the first entry that does not hold."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    cursor = db.execute(
        "SELECT seq, at, actor, action, target_type, target_id, detail, prev_hash, hash"
        " FROM audit_log ORDER BY seq"
    )
    for seq, at, actor, action, target_type, target_id, detail, prev_hash, digest in cursor:
        count += 1
        if seq != expected_seq:
            # A gap: the entry expected here was deleted.
            return Verdict(False, count, expected_seq, "removed")
        if prev_hash != prev:
            # The link to the previous entry is wrong: something was inserted here or the order
            # changed (or the previous entry's hash was rewritten).
            return Verdict(False, count, seq, "inserted or re-ordered")
        recomputed = entry_hash(prev, seq, at, actor, action, target_type, target_id, detail)
        if recomputed != digest:
            return Verdict(False, count, seq, "edited")
        prev = digest
        expected_seq += 1
    if expected_head is not None and expected_head.seq > 0:
        row = db.query_one("SELECT hash FROM audit_log WHERE seq = ?", (expected_head.seq,))
        if row is None:
            return Verdict(False, count, expected_head.seq, "removed")
        if row["hash"] != expected_head.hash:
            return Verdict(False, count, expected_head.seq, "head mismatch")
    return Verdict(True, count)
