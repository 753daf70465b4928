"""Removing or editing the sign-in back-off record is noticed at the next sign-in.

Before issue 16, deleting signin-backoff.json erased every failed sign-in not yet audited:
someone could guess at a colleague's password, delete the file, and leave no trace.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tjdesk.actors import Role
from tjdesk.paths import backoff_path
from tjdesk.vault import vault
from tjdesk.vault.errors import WrongPassword


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(tmp_path / "vault", users=[("ann", Role.COUNSELOR)])
    made.close()
    yield made


def _guess(folder: Path, times: int) -> None:
    for attempt in range(times):
        with pytest.raises(WrongPassword):
            vault.unlock(folder, "ann", f"wrong guess {attempt}")


def _trail_after_admin_signs_in(folder: Path) -> list[tuple[str, str | None]]:
    admin = vault.unlock(folder, "admin", DEFAULT_PASSWORD)
    db = admin.open_database()
    try:
        start = db.scalar(
            "SELECT max(seq) FROM audit_log WHERE action = 'signin.ok' AND seq < "
            "(SELECT max(seq) FROM audit_log WHERE action = 'signin.ok')"
        )
        rows = db.query(
            "SELECT action, detail FROM audit_log WHERE seq > ? ORDER BY seq", (start or 0,)
        )
    finally:
        db.close()
    return [(str(r["action"]), r["detail"]) for r in rows]


def test_a_removed_record_is_written_to_the_trail(made: MadeVault) -> None:
    _guess(made.folder, 3)
    backoff_path(made.folder).unlink()
    trail = _trail_after_admin_signs_in(made.folder)
    assert ("signin.backoff_record_changed", "record removed or replaced") in trail


@pytest.mark.parametrize("guesses", [1, 3])
def test_a_record_with_failures_taken_out_is_written_to_the_trail(
    made: MadeVault, guesses: int
) -> None:
    _guess(made.folder, guesses)
    path = backoff_path(made.folder)
    record = json.loads(path.read_text())
    record["pending"] = []  # what an editor would do: keep the file, drop the entries
    record["users"] = {}
    path.write_text(json.dumps(record))
    trail = _trail_after_admin_signs_in(made.folder)
    assert ("signin.backoff_record_changed", f"{guesses} failed tries missing") in trail


def test_failures_taken_out_after_a_good_sign_in_are_counted_exactly(made: MadeVault) -> None:
    vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)  # every try so far settled
    _guess(made.folder, 3)
    path = backoff_path(made.folder)
    record = json.loads(path.read_text())
    record["pending"] = []
    record["users"] = {}
    path.write_text(json.dumps(record))
    trail = _trail_after_admin_signs_in(made.folder)
    assert ("signin.backoff_record_changed", "3 failed tries missing") in trail


def test_after_a_removed_record_good_sign_ins_raise_no_more_alarms(made: MadeVault) -> None:
    backoff_path(made.folder).unlink()
    for _ in range(3):
        admin = vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)
    db = admin.open_database()
    try:
        rows = db.query(
            "SELECT detail FROM audit_log WHERE action = 'signin.backoff_record_changed'"
        )
    finally:
        db.close()
    assert [r["detail"] for r in rows] == ["record removed or replaced"]


def test_an_untouched_record_raises_no_alarm(made: MadeVault) -> None:
    _guess(made.folder, 2)
    vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)
    _guess(made.folder, 1)
    trail = _trail_after_admin_signs_in(made.folder)
    counts = Counter(action for action, _ in trail)
    assert counts["signin.failed"] == 1 and counts["signin.backoff_record_changed"] == 0


def _edit_record(folder: Path, **changes: object) -> None:
    path = backoff_path(folder)
    record = json.loads(path.read_text())
    record.update(changes)
    path.write_text(json.dumps(record))


@pytest.mark.parametrize("record_id", [12345, "", "x" * 2000])
def test_a_record_given_a_strange_id_is_noticed_and_later_edits_still_are(
    made: MadeVault, record_id: object
) -> None:
    _edit_record(made.folder, record_id=record_id)
    trail = _trail_after_admin_signs_in(made.folder)
    assert ("signin.backoff_record_changed", "record removed or replaced") in trail
    # The vault keeps the record's new id; the next edit is caught as before.
    _guess(made.folder, 3)
    _edit_record(made.folder, pending=[], users={})
    trail = _trail_after_admin_signs_in(made.folder)
    assert ("signin.backoff_record_changed", "3 failed tries missing") in trail


def test_beyond_a_thousand_failed_tries_the_oldest_are_counted_once_not_lost(
    made: MadeVault,
) -> None:
    record = json.loads(backoff_path(made.folder).read_text())
    waiting = [{"time": 1_700_000_000.0 + n, "user": "ann"} for n in range(999)]
    # 999 failed tries not yet audited, counted as tries so the record is consistent.
    _edit_record(made.folder, pending=waiting, serial=record["serial"] + 999)
    _guess(made.folder, 3)  # 1,002 waiting
    # The administrator's own try counts as failed until the password is proven right: 1,003
    # tries, of which the record keeps the newest 1,000 and counts the 3 oldest.
    trail = _trail_after_admin_signs_in(made.folder)
    counts = Counter(action for action, _ in trail)
    assert ("signin.failed_dropped", "3") in trail
    assert counts["signin.failed"] == 999  # 3 + 999 = every failed try accounted for
    assert counts["signin.backoff_record_changed"] == 0
    trail = _trail_after_admin_signs_in(made.folder)  # the next sign-in reports nothing more
    assert [action for action, _ in trail] == ["signin.ok"]


def test_a_record_whose_counts_were_edited_down_is_written_to_the_trail(
    made: MadeVault,
) -> None:
    # Before: a count lower than the vault's was taken for a sign-in running beside this one,
    # and an editor who wound the counts back (and took the failures out) left no trace.
    vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)  # the vault keeps the counts
    _guess(made.folder, 3)
    _edit_record(made.folder, serial=0, settled=0, pending=[], users={})
    trail = _trail_after_admin_signs_in(made.folder)
    assert ("signin.backoff_record_changed", "the record's counts were lowered") in trail
    # The vault keeps the lowered counts: the next good sign-in raises no second alarm.
    trail = _trail_after_admin_signs_in(made.folder)
    assert not [a for a, _ in trail if a == "signin.backoff_record_changed"]


def test_a_record_whose_tries_alone_were_wound_back_is_written_to_the_trail(
    made: MadeVault,
) -> None:
    """The tries begun wound back below what the vault kept, while the settled count stays
    as high as it was: the one failed try before the last sign-in is what makes room."""
    _guess(made.folder, 1)
    vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)  # the vault keeps one failed try
    record = json.loads(backoff_path(made.folder).read_text())
    assert record["serial"] - record["settled"] == 1
    lowered = record["serial"] - 2  # this sign-in's own try brings the settled count back
    _edit_record(made.folder, serial=lowered, settled=lowered, pending=[], users={})
    trail = _trail_after_admin_signs_in(made.folder)
    assert ("signin.backoff_record_changed", "the record's counts were lowered") in trail


@pytest.mark.parametrize("later_tries", [1, 0], ids=["tries-since", "none-since"])
def test_a_sign_in_that_read_the_record_before_another_finished_raises_no_alarm(
    made: MadeVault, later_tries: int
) -> None:
    # Two sign-ins at once: the slower read the record first, the faster stored higher counts.
    from tjdesk.vault import backoff_tally
    from tjdesk.vault.backoff import Tally

    db = vault.unlock(made.folder, "admin", DEFAULT_PASSWORD).open_database()
    try:
        stored = json.loads(
            db.scalar(
                "SELECT value FROM settings WHERE key = ?", (backoff_tally.SETTING_BACKOFF_TALLY,)
            )
        )
        record_id, serial = stored["record_id"], stored["serial"]
        stale = Tally(record_id, serial - 1, stored["settled"])
        # The record on disk: the faster sign-in's counts, with or without tries since.
        on_disk = Tally(record_id, serial + later_tries, stored["settled"])
        with db.transaction():
            backoff_tally.check_and_keep(db, stale, 0, latest=on_disk)
        alarms = db.scalar(
            "SELECT count(*) FROM audit_log WHERE action = 'signin.backoff_record_changed'"
        )
        kept = json.loads(
            db.scalar(
                "SELECT value FROM settings WHERE key = ?", (backoff_tally.SETTING_BACKOFF_TALLY,)
            )
        )
    finally:
        db.close()
    assert alarms == 0 and kept["serial"] == serial  # the faster sign-in's counts stay
