"""What `tjdesk audit verify` tells an administrator about signing: entries made with the
recovery key, an entry whose signature or signer was taken away, a signer nobody certified, a
root pinning that was never signed, and the entry a checkpoint no longer matches (issue 20:
these were the mutation run's survivors in tjdesk/audit.py's ``verify`` and ``record``).

The lines compared are the report's own (tjdesk/audit_report.py), as the command prints them.
"""

from __future__ import annotations

import pytest

from tests.helpers.vaults import MadeVault
from tests.helpers.vaults import made_vault as made_vault  # the fixture
from tjdesk import audit, audit_report
from tjdesk.audit import BadEntry, Verdict
from tjdesk.errors import AccessDenied
from tjdesk.vault import vault
from tjdesk.vault.database import Database

UNSIGNED = audit_report.REASONS["unsigned"]


def _report(verdict: Verdict) -> list[str]:
    return [line.filled() for line in audit_report.describe(verdict)]


def _first_bad_line(verdict: Verdict) -> str:
    return _report(verdict)[0]


def _tampered_line(bad: BadEntry, reason: str) -> str:
    entry = audit_report.describe_entry(bad).filled()
    return f"The audit trail has been tampered with. The first bad entry is {entry}: {reason}."


def _verdict(made: MadeVault) -> Verdict:
    db = made.admin.open_database()
    try:
        return audit.verify(db)
    finally:
        db.close()


def _unguarded(db: Database) -> None:
    db.execute("DROP TRIGGER audit_log_no_update")


def _entry(db: Database, seq: int) -> BadEntry:
    row = db.query_one(
        "SELECT seq, at, actor, action, signer FROM audit_log WHERE seq = ?",
        (seq,),
    )
    assert row is not None
    return BadEntry(row["seq"], row["at"], row["actor"], row["action"], row["signer"])


def test_recovery_key_sign_ins_are_counted_and_the_trail_stays_intact(
    made_vault: MadeVault,
) -> None:
    for _ in range(2):
        vault.unlock_with_recovery_key(made_vault.folder, made_vault.recovery_key)
    verdict = _verdict(made_vault)
    assert verdict.intact and verdict.unsigned_recovery == 2
    assert "2 entries were made while nobody was signed in (recovery key or restore)." in _report(
        verdict
    )


def test_an_ordinary_trail_says_nothing_of_recovery_key_entries(made_vault: MadeVault) -> None:
    verdict = _verdict(made_vault)
    assert verdict.intact and verdict.unsigned_recovery == 0
    assert not any("nobody was signed in" in line for line in _report(verdict))


@pytest.mark.parametrize(
    ("action", "taken_away"),
    [
        ("settings.idle_lock", "signature"),  # a signer's name with nothing to vouch for it
        ("settings.idle_lock", "signer"),  # a signature nobody's name goes with
        ("signin.recovery_key", "signature"),  # passed off as a recovery-key sign-in
    ],
)
def test_an_entry_stripped_of_its_signature_or_signer_is_reported_unsigned(
    made_vault: MadeVault, action: str, taken_away: str
) -> None:
    db = made_vault.admin.open_database()
    try:
        seq = audit.record(db, "admin", "settings.idle_lock", detail="10")
        audit.record(db, "admin", "settings.idle_lock", detail="15")
        _unguarded(db)
        if action != "settings.idle_lock":  # made to read as a recovery-key sign-in
            _rehash(db, seq, action=action, actor=None)
        db.execute(f"UPDATE audit_log SET {taken_away} = NULL WHERE seq = ?", (seq,))
        verdict = audit.verify(db)
        bad = _entry(db, seq)
    finally:
        db.close()
    assert (verdict.first_bad_seq, verdict.reason, verdict.unsigned_recovery) == (
        seq,
        "unsigned",
        0,
    )
    assert verdict.first_bad == bad
    assert _first_bad_line(verdict) == _tampered_line(bad, UNSIGNED)


def _rehash(db: Database, seq: int, *, action: str, actor: str | None) -> None:
    """Rewrite one entry's action and actor and its hash to match, as an insider with the
    database key can; the entries after it then link to a hash that is no longer there, so
    those are re-linked too (signatures are left as they are)."""
    rows = db.query(
        "SELECT seq, at, actor, action, target_type, target_id, detail, prev_hash"
        " FROM audit_log WHERE seq >= ? ORDER BY seq",
        (seq,),
    )
    prev = None
    for row in rows:
        fields = dict(row)
        if fields["seq"] == seq:
            fields["action"], fields["actor"] = action, actor
        else:
            fields["prev_hash"] = prev
        digest = audit.entry_hash(
            fields["prev_hash"],
            fields["seq"],
            fields["at"],
            fields["actor"],
            fields["action"],
            fields["target_type"],
            fields["target_id"],
            fields["detail"],
        )
        db.execute(
            "UPDATE audit_log SET action = ?, actor = ?, prev_hash = ?, hash = ? WHERE seq = ?",
            (fields["action"], fields["actor"], fields["prev_hash"], digest, fields["seq"]),
        )
        prev = digest


def test_a_bad_signature_names_who_signed_the_entry(made_vault: MadeVault) -> None:
    db = made_vault.admin.open_database()
    try:
        seq = audit.record(db, "admin", "settings.idle_lock", detail="10")
        other = audit.record(db, "admin", "settings.idle_lock", detail="15")
        signature = db.scalar("SELECT signature FROM audit_log WHERE seq = ?", (other,))
        _unguarded(db)
        db.execute("UPDATE audit_log SET signature = ? WHERE seq = ?", (signature, seq))
        verdict = audit.verify(db)
        bad = _entry(db, seq)
    finally:
        db.close()
    assert bad.signer == "admin"
    assert verdict.first_bad == bad
    assert _first_bad_line(verdict) == _tampered_line(bad, audit_report.REASONS["bad signature"])
    assert "signed by admin" in _first_bad_line(verdict)


def test_an_entry_signed_in_a_name_nobody_knows_is_a_forgery(made_vault: MadeVault) -> None:
    db = made_vault.admin.open_database()
    try:
        seq = audit.record(db, "admin", "settings.idle_lock", detail="10")
        _unguarded(db)
        db.execute("UPDATE audit_log SET signer = 'mallory' WHERE seq = ?", (seq,))
        verdict = audit.verify(db)
        bad = _entry(db, seq)
    finally:
        db.close()
    assert (verdict.first_bad_seq, verdict.reason) == (seq, "unknown signer")
    assert _first_bad_line(verdict) == _tampered_line(bad, audit_report.REASONS["unknown signer"])


def test_signing_is_counted_from_the_root_administrators_pinning(made_vault: MadeVault) -> None:
    db = made_vault.admin.open_database()
    try:
        pinned = db.scalar(
            "SELECT seq FROM audit_log WHERE action = ? ORDER BY seq LIMIT 1",
            (audit.ROOT_PINNED,),
        )
        verdict = audit.verify(db)
    finally:
        db.close()
    assert verdict.intact and verdict.signed_from == pinned


def test_a_root_pinning_whose_signature_was_taken_away_leaves_the_trail_unsigned(
    made_vault: MadeVault,
) -> None:
    """Without the root's signature nothing vouches for the roster: every entry after it would
    go unchecked, so the trail as a whole is reported unsigned (one past its last entry)."""
    db = made_vault.admin.open_database()
    try:
        _unguarded(db)
        db.execute(
            "UPDATE audit_log SET signature = NULL WHERE action = ?",
            (audit.ROOT_PINNED,),
        )
        verdict = audit.verify(db)
    finally:
        db.close()
    past_the_end = verdict.entries + 1
    assert (verdict.intact, verdict.first_bad_seq, verdict.reason) == (
        False,
        past_the_end,
        "unsigned",
    )
    assert verdict.first_bad == BadEntry(past_the_end)
    assert verdict.signed_from is None
    assert _first_bad_line(verdict) == _tampered_line(BadEntry(past_the_end), UNSIGNED)


def test_a_root_pinning_with_a_signature_copied_from_another_entry_does_not_count(
    made_vault: MadeVault,
) -> None:
    """The root's own signature, over another entry, does not vouch for the pinning."""
    db = made_vault.admin.open_database()
    try:
        pinned = db.scalar(
            "SELECT seq FROM audit_log WHERE action = ? ORDER BY seq LIMIT 1",
            (audit.ROOT_PINNED,),
        )
        later = audit.record(db, "admin", "settings.idle_lock", detail="10")
        row = db.query_one("SELECT signature FROM audit_log WHERE seq = ?", (later,))
        assert row is not None
        _unguarded(db)
        db.execute("UPDATE audit_log SET signature = ? WHERE seq = ?", (row["signature"], pinned))
        verdict = audit.verify(db)
    finally:
        db.close()
    assert not verdict.intact and verdict.signed_from != pinned


def test_a_checkpoint_that_no_longer_matches_names_the_entry_now_there(
    made_vault: MadeVault,
) -> None:
    db = made_vault.admin.open_database()
    try:
        seq = audit.record(db, "admin", "settings.idle_lock", detail="10")
        wrong = audit.Head(seq, "f" * 64)
        verdict = audit.verify(db, expected_head=wrong)
        now_there = _entry(db, seq)
    finally:
        db.close()
    assert (verdict.first_bad_seq, verdict.reason) == (seq, "head mismatch")
    assert verdict.first_bad == now_there
    assert now_there.at is not None and now_there.signer == "admin"
    assert _first_bad_line(verdict) == _tampered_line(
        now_there, audit_report.REASONS["head mismatch"]
    )


def test_a_checkpoint_past_the_end_says_which_entry_was_removed(made_vault: MadeVault) -> None:
    db = made_vault.admin.open_database()
    try:
        last = audit.head(db).seq
        verdict = audit.verify(db, expected_head=audit.Head(last + 3, "f" * 64))
    finally:
        db.close()
    assert (verdict.first_bad_seq, verdict.first_bad) == (last + 3, BadEntry(last + 3))
    assert _first_bad_line(verdict) == _tampered_line(
        BadEntry(last + 3), audit_report.REASONS["removed"]
    )


def test_an_entry_in_another_persons_name_is_refused_and_not_written(
    made_vault: MadeVault,
) -> None:
    db = made_vault.admin.open_database()
    try:
        before = audit.head(db)
        with pytest.raises(AccessDenied) as refused:
            audit.record(db, "counselor", "case.view_section", target_type="case", target_id=1)
        assert audit.head(db) == before
    finally:
        db.close()
    assert str(refused.value) == "This was asked for in another person's name: refused."


def test_entries_that_name_someone_else_by_design_are_written_and_hold(
    made_vault: MadeVault,
) -> None:
    """A failed sign-in names who was tried, an imported alarm entry who acknowledged it, and
    an entry of the system names nobody: the person signed in signs all three."""
    db = made_vault.admin.open_database()
    try:
        written = [
            audit.record(db, "counselor", "signin.failed"),
            audit.record(db, "nurse", "alarm.acknowledged", target_type="alarm", target_id=3),
            audit.record(db, None, "settings.idle_lock", detail="10"),
        ]
        signers = [db.scalar("SELECT signer FROM audit_log WHERE seq = ?", (s,)) for s in written]
        verdict = audit.verify(db)
    finally:
        db.close()
    assert signers == ["admin", "admin", "admin"]
    assert verdict.intact
