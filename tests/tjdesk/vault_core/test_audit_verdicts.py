"""What `audit verify` reports, field by field, for each kind of tampering (issue 20).

The mutation run showed verdicts whose entry count, first bad entry or reason could be wrong
unnoticed, and a head exported from an empty or one-entry trail that was never checked. The
administrator reads all of these fields on screen ("bad at entry N: it was removed").
"""

from __future__ import annotations

from tjdesk import audit
from tjdesk.audit import GENESIS, Head, Verdict
from tjdesk.vault.database import Database


def _fill(db: Database, n: int) -> None:
    for i in range(n):
        audit.record(db, "ann", "case.view_section", target_type="case", target_id=i)


def _chain_verdict(db: Database, expected_head: Head | None = None) -> Verdict:
    """What verify says of the chain itself, field by field. Dropping the guard triggers, as
    these tests do to tamper, is also reported as a changed structure (see the last test);
    the chain's own verdict is the rest."""
    v = audit.verify(db, expected_head=expected_head)
    return Verdict(v.first_bad_seq is None, v.entries, v.first_bad_seq, v.reason)


def _unguarded(db: Database) -> None:
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("DROP TRIGGER audit_log_no_delete")


def test_an_empty_trail_has_the_genesis_head_and_verifies_against_it(db: Database) -> None:
    assert audit.head(db) == Head(0, GENESIS)
    assert _chain_verdict(db) == Verdict(True, 0)
    assert _chain_verdict(db, expected_head=Head(0, GENESIS)) == Verdict(True, 0)
    _fill(db, 2)
    assert _chain_verdict(db, expected_head=Head(0, GENESIS)) == Verdict(True, 2)


def test_a_rewritten_one_entry_trail_is_caught_by_its_head(db: Database) -> None:
    _fill(db, 1)
    exported = audit.head(db)
    assert exported.seq == 1
    assert _chain_verdict(db, expected_head=exported) == Verdict(True, 1)
    _unguarded(db)
    db.execute("DELETE FROM audit_log")
    audit.record(db, "mallory", "case.view_section", target_type="case", target_id=1)
    assert _chain_verdict(db) == Verdict(True, 1)  # consistent in itself
    assert _chain_verdict(db, expected_head=exported) == Verdict(False, 1, 1, "head mismatch")


def test_a_cut_off_end_is_caught_by_the_head_as_removed(db: Database) -> None:
    _fill(db, 6)
    exported = audit.head(db)
    _unguarded(db)
    db.execute("DELETE FROM audit_log WHERE seq > 4")
    assert _chain_verdict(db) == Verdict(True, 4)
    assert _chain_verdict(db, expected_head=exported) == Verdict(False, 4, 6, "removed")


def test_each_kind_of_tampering_gives_its_exact_verdict(db: Database) -> None:
    _fill(db, 6)
    _unguarded(db)
    db.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 4")
    assert _chain_verdict(db) == Verdict(False, 4, 4, "edited")
    db.execute("DELETE FROM audit_log WHERE seq = 4")
    assert _chain_verdict(db) == Verdict(False, 4, 4, "removed")
    db.execute("DELETE FROM audit_log WHERE seq > 4")
    db.execute("UPDATE audit_log SET prev_hash = ? WHERE seq = 3", ("f" * 64,))
    assert _chain_verdict(db) == Verdict(False, 3, 3, "inserted or re-ordered")


def test_dropping_the_guards_is_itself_reported(db: Database) -> None:
    _fill(db, 2)
    assert audit.verify(db).structure_problems == ()
    _unguarded(db)
    verdict = audit.verify(db)
    assert not verdict.intact
    assert any("audit_log_no_update" in problem for problem in verdict.structure_problems)
