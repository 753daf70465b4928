"""The cost of signing the audit trail (issue 14).

- Appending one audit entry as the app does (its own transaction, synchronous=FULL), signed by
  the signed-in user, beside the same append unsigned (a connection nobody signed in to).
  Interleaved batches, medians.
- ``audit verify`` of 100,000 signed entries (chain, every signature, roster, structure),
  beside walking the same chain's hashes alone (what verify did before signing). Target: at
  most 10 s.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row
from tjdesk import audit
from tjdesk.vault import vault
from tjdesk.vault.connection import open_connection
from tjdesk.vault.database import Database
from tjdesk.vault.kdf import FLOOR

PASSWORD = "benchmark password"
BATCHES = 7
PER_BATCH = 40
VERIFY_ENTRIES = 100_000


def _append_ms(db: Database, actor: str, count: int) -> float:
    start = time.perf_counter()
    for n in range(count):
        audit.record(db, actor, "case.view_section", target_type="case", target_id=n)
    return (time.perf_counter() - start) * 1000 / count


def _chain_only_s(db: Database) -> float:
    """The pre-signing check: recompute every hash and link, nothing else."""
    start = time.perf_counter()
    prev = audit.GENESIS
    for row in db.execute(
        "SELECT seq, at, actor, action, target_type, target_id, detail, prev_hash, hash"
        " FROM audit_log ORDER BY seq"
    ):
        seq, at, actor, action, ttype, tid, detail, prev_hash, digest = row
        if (
            prev_hash != prev
            or audit.entry_hash(prev, seq, at, actor, action, ttype, tid, detail) != digest
        ):
            raise RuntimeError("the benchmark's own chain broke")
        prev = digest
    return time.perf_counter() - start


def _signed_trail(folder: Path) -> tuple[float, float, audit.Verdict]:
    """A vault with VERIFY_ENTRIES signed entries; (verify seconds, chain-only seconds)."""
    vault.create(folder, "Bench", "admin", PASSWORD, "en", kdf=FLOOR)
    db = vault.unlock(folder, "admin", PASSWORD).open_database()
    try:
        with db.transaction():
            for n in range(VERIFY_ENTRIES - int(audit.head(db).seq)):
                audit.record(db, "admin", "case.view_section", target_type="case", target_id=n)
        start = time.perf_counter()
        verdict = audit.verify(db)
        verify_s = time.perf_counter() - start
        return verify_s, _chain_only_s(db), verdict
    finally:
        db.close()


def run() -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="tjdesk-bench-audit-") as tmp:
        folder = Path(tmp) / "vault"
        vault.create(folder, "Bench", "admin", PASSWORD, "en", kdf=FLOOR)
        admin = vault.unlock(folder, "admin", PASSWORD)
        signed = admin.open_database()
        unsigned = Database(open_connection(admin.database_path, admin.key))
        try:
            signed_ms: list[float] = []
            unsigned_ms: list[float] = []
            for _ in range(BATCHES):  # interleaved: both see the same machine load
                signed_ms.append(_append_ms(signed, "admin", PER_BATCH))
                unsigned_ms.append(_append_ms(unsigned, "admin", PER_BATCH))
        finally:
            signed.close()
            unsigned.close()
        verify_s, chain_s, verdict = _signed_trail(Path(tmp) / "trail")
    signed_med, unsigned_med = statistics.median(signed_ms), statistics.median(unsigned_ms)
    return [
        Row(
            "audit entry append, signed (own transaction, synchronous=FULL)",
            "ms",
            signed_med,
            "the same append unsigned",
            unsigned_med,
            target="close to 1x (the fsync dominates)",
            met=signed_med <= 2 * unsigned_med,
            note=f"median of {BATCHES} interleaved batches of {PER_BATCH}",
        ),
        Row(
            f"audit verify, {VERIFY_ENTRIES:,} signed entries (chain, signatures, roster, "
            "structure)",
            "s",
            verify_s,
            "walking the same chain's hashes alone (the check before signing)",
            chain_s,
            target="<= 10 s",
            met=verify_s <= 10.0 and verdict.intact,
            note="intact" if verdict.intact else f"NOT intact at {verdict.first_bad_seq}",
        ),
    ]
