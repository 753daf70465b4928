"""An insider with only their own password tries to have new sections sealed to themselves.

"bo" is a counselor who is not on the case. His password gives him the database key (every
slot yields it), a plain SQLCipher tool and this project's own code. He tries the two
shortcuts the files offer:

* put his own X25519 public key in the slot of "cat", a counselor on the team, and recompute
  the key-slot file's header MAC with the database key he holds;
* put his own ``age1...`` in the ``recovery_recipient`` settings row.

Then "ann", the case worker, writes as she always does. Whatever bo can open afterwards with
his own identity (and any section identity that opens with it) holds none of it: sealing took
cat's key from her certified record and ignored the swapped one; the changed recovery row was
refused, in words ann can read, and ``tjdesk audit verify`` names it.
"""

from __future__ import annotations

import dataclasses
import io
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pyrage
import pytest

from tests.helpers.forms import session_form
from tests.helpers.insider import audit_verify, plain_sqlcipher, what_opens
from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tjdesk.actors import Actor, Role
from tjdesk.cases import case_service, drafts, session_service
from tjdesk.cases.codes import CaseType
from tjdesk.cases.records import CaseForm, IdentityForm, TeamMember
from tjdesk.paths import keyslot_path
from tjdesk.policy import Section
from tjdesk.vault import keyslots, vault
from tjdesk.vault.database import Database
from tjdesk.vault.sealing import CannotSeal
from tjdesk.vault.team_records import TeamChanged
from ui.cli import main
from ui.commands.audit import EXIT_TAMPERED

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    """ann (assigned) and cat on a case with one note; bo off the case."""
    made = make_vault(
        tmp_path / "vault",
        users=[("ann", Role.SOCIAL_WORKER), ("cat", Role.COUNSELOR), ("bo", Role.COUNSELOR)],
    )
    ann, cat = _actor(made, "ann"), _actor(made, "cat")

    def write_case(db: Database) -> None:
        case_id = case_service.create_case(db, ann, CaseForm(case_type=CaseType.TRAFFICKING))
        case_service.set_team(
            db, ann, case_id, [TeamMember(ann.id, assigned=True), TeamMember(cat.id)]
        )
        session_id = session_service.create_session(db, ann, session_form(case_id))
        session_service.save_note(db, ann, session_id, Section.NOTES, "first note", 0)

    made.worker("ann").call(write_case)
    made.close()
    yield made
    made.close()


def _actor(made: MadeVault, name: str) -> Actor:
    actor = made.handles[name].actor
    assert actor is not None
    return actor


def _bos_key_and_recipient(made: MadeVault) -> tuple[bytes, bytes, str]:
    """What bo's own password gives him: the database key and his own X25519 key pair."""
    unlocked = vault.unlock(made.folder, "bo", DEFAULT_PASSWORD)
    assert unlocked.signed_in is not None
    public = keyslots.read_key_file(keyslot_path(made.folder)).slots["bo"].public_key
    return unlocked.key, public, unlocked.signed_in.age_recipient


def _swap_cats_key(made: MadeVault) -> bytes:
    """bo puts his public key in cat's slot and recomputes the header MAC; returns the file
    as it was (cat's real slot), to put back."""
    key, bos_public, _ = _bos_key_and_recipient(made)
    path = keyslot_path(made.folder)
    original = path.read_bytes()
    key_file = keyslots.read_key_file(path, key)
    swapped = dataclasses.replace(key_file.slots["cat"], public_key=bos_public)
    keyslots.write_key_file(path, key_file.with_slot(swapped), key)
    # The header checks out: TJ Desk reads the swapped file as authentic.
    assert keyslots.read_key_file(path, key).slots["cat"].public_key == bos_public
    return original


def _as_bo(made: MadeVault, sql: str, params: tuple[object, ...] = ()) -> None:
    """bo changes the database with a plain SQLCipher tool and the key his password gives."""
    key, _, _ = _bos_key_and_recipient(made)
    with plain_sqlcipher(made.folder, key) as conn:
        conn.execute(sql, params)


def _set_recovery_row(made: MadeVault, recipient: str) -> None:
    _as_bo(made, "UPDATE settings SET value = ? WHERE key = 'recovery_recipient'", (recipient,))


def _read_note(made: MadeVault, name: str, session_id: int) -> str:
    actor = _actor(made, name)
    worker = made.handles[name].open_worker()
    try:
        worker.opened.result(30)
        return worker.call(
            lambda db: session_service.read_note(db, actor, session_id, Section.NOTES).body
        )
    finally:
        worker.close()


def test_a_swapped_key_in_the_key_file_gets_no_new_note(made: MadeVault) -> None:
    original = _swap_cats_key(made)
    ann = _actor(made, "ann")

    def write(db: Database) -> int:
        session_id = session_service.create_session(db, ann, session_form(1))
        session_service.save_note(db, ann, session_id, Section.NOTES, "SWAPSENTINEL", 0)
        return session_id

    session_id = made.worker("ann").call(write)
    made.close()

    assert "SWAPSENTINEL" not in what_opens(made)
    # The note was saved, sealed to the keys an administrator certified: ann reads it, and so
    # does cat with her real slot once the file is put back.
    assert _read_note(made, "ann", session_id) == "SWAPSENTINEL"
    keyslot_path(made.folder).write_bytes(original)
    made.handles["cat"] = vault.unlock(made.folder, "cat", DEFAULT_PASSWORD)
    assert _read_note(made, "cat", session_id) == "SWAPSENTINEL"


def test_a_swapped_recovery_recipient_gets_nothing_and_is_named(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, bos_recipient = _bos_key_and_recipient(made)
    _set_recovery_row(made, bos_recipient)
    ann = _actor(made, "ann")

    def attempt(db: Database, work: Callable[[], object]) -> str:
        try:
            with db.transaction():
                work()
        except CannotSeal as refused:
            return str(refused)
        return "saved"

    def write(db: Database) -> dict[str, str]:
        """A draft (sealed to its writer and the recovery recipient), a new case (its sections'
        first keys are sealed to the recovery recipient too), and the identity of the case
        whose keys exist (sealed to those: nothing new to the recovery recipient)."""

        def new_case() -> None:
            case_id = case_service.create_case(db, ann, CaseForm(case_type=CaseType.OTHER))
            case_service.set_team(db, ann, case_id, [TeamMember(ann.id, assigned=True)])
            case_service.save_identity(db, ann, case_id, IdentityForm("NEWCASESENTINEL", "", ""), 1)

        return {
            "draft": attempt(
                db, lambda: drafts.save_draft(db, ann, "case:1", {"notes": "DRAFTSENTINEL"})
            ),
            "new case": attempt(db, new_case),
            "identity": attempt(
                db,
                lambda: case_service.save_identity(
                    db, ann, 1, IdentityForm("REALNAMESENTINEL", "", "PLACESENTINEL"), 1
                ),
            ),
        }

    outcomes = made.worker("ann").call(write)
    made.close()

    opened = what_opens(made)
    for word in ("DRAFTSENTINEL", "NEWCASESENTINEL", "REALNAMESENTINEL", "PLACESENTINEL"):
        assert word not in opened
    refusal = "Nothing was saved: the vault's recovery identity was changed outside TJ Desk"
    assert outcomes["draft"].startswith(refusal)
    assert outcomes["new case"].startswith(refusal)
    assert outcomes["identity"] == "saved" or outcomes["identity"].startswith(refusal)
    code, out = audit_verify(made, monkeypatch, capsys)
    assert code == EXIT_TAMPERED
    assert "The vault's recovery identity was changed outside TJ Desk" in out


def test_an_uncertified_team_member_stops_the_sealing_in_plain_words(made: MadeVault) -> None:
    """bo writes a users row for a colleague nobody certified (with his own slot's key, so the
    name is all that differs). ann adding her to the team is refused, naming her; a case_team
    row bo writes for her himself is refused as a team changed outside TJ Desk (the team is
    signed now: behaviour changed on purpose, it used to name her too). bo opens nothing new."""
    key, _, _ = _bos_key_and_recipient(made)
    with plain_sqlcipher(made.folder, key) as conn:
        cursor = conn.execute(
            "INSERT INTO users (name, display_name, role, disabled, created_at, updated_at)"
            " VALUES ('dee', 'Dee', 'counselor', 0, ?, ?)",
            (NOW.isoformat(), NOW.isoformat()),
        )
        dee_id = int(cursor.lastrowid)
    ann, cat = _actor(made, "ann"), _actor(made, "cat")

    def add_dee(db: Database) -> str:
        team = [TeamMember(ann.id, assigned=True), TeamMember(cat.id), TeamMember(dee_id)]
        with pytest.raises(CannotSeal) as refused:
            case_service.set_team(db, ann, 1, team)
        return str(refused.value)

    message = made.worker("ann").call(add_dee)
    made.close()
    assert message.startswith("Nothing was saved: the record of dee, who is on this case's team")

    with plain_sqlcipher(made.folder, key) as conn:
        conn.execute(
            "INSERT INTO case_team (case_id, user_id, assigned) VALUES (1, ?, 0)", (dee_id,)
        )

    def write(db: Database) -> str:
        session_id = session_service.create_session(db, ann, session_form(1))
        with pytest.raises(TeamChanged) as refused:
            session_service.save_note(db, ann, session_id, Section.NOTES, "TEAMSENTINEL", 0)
        return str(refused.value)

    message = made.worker("ann").call(write)
    made.close()
    assert message.startswith("Nothing was saved: the case team was changed outside TJ Desk")
    assert "TEAMSENTINEL" not in what_opens(made)


def test_an_administrator_puts_the_recovery_identity_right_from_the_sheet(
    made: MadeVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, _, bos_recipient = _bos_key_and_recipient(made)
    _set_recovery_row(made, bos_recipient)

    def confirm(identity: str) -> tuple[int, str]:
        sheet = tmp_path / "identity.txt"
        sheet.write_text(identity + "\n")
        capsys.readouterr()
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEFAULT_PASSWORD}\n"))
        code = main(
            [
                "recovery-identity",
                "--confirm",
                str(sheet),
                "--vault",
                str(made.folder),
                "--user",
                "admin",
                "--password-stdin",
            ]
        )
        captured = capsys.readouterr()
        return code, captured.out + captured.err

    # Another identity (bo's own, say) is not the one the administrator certified at set-up.
    code, out = confirm(str(pyrage.x25519.Identity.generate()))
    assert code != 0
    assert "This is not this vault's recovery identity" in out
    code, out = confirm(made.recovery_identity)
    assert code == 0, out
    assert "The recovery identity is confirmed and certified" in out

    ann = _actor(made, "ann")
    made.worker("ann").call(
        lambda db: drafts.save_draft(db, ann, "case:1", {"notes": "DRAFTSENTINEL"})
    )
    made.close()
    assert "DRAFTSENTINEL" not in what_opens(made)
    code, out = audit_verify(made, monkeypatch, capsys)
    assert code == 0, out


def test_a_role_change_certifies_the_keys_already_certified_not_the_swapped_ones(
    made: MadeVault,
) -> None:
    """An administrator who changes cat's role after bo swapped her key in the file vouches
    for cat's real key again, not bo's: what is sealed to cat afterwards stays hers."""
    from tjdesk.users import UserService
    from tjdesk.vault import roster as roster_module

    db = made.admin.open_database()
    try:
        cats_key = roster_module.load(db).records["cat"].age_key
    finally:
        db.close()
    _swap_cats_key(made)
    db = made.admin.open_database()
    try:
        UserService(db, made.admin).set_role("cat", Role.PSYCHOLOGIST)
        record = roster_module.load(db).records["cat"]
    finally:
        db.close()
    assert record.role is Role.PSYCHOLOGIST
    assert record.age_key == cats_key

    ann = _actor(made, "ann")

    def write(db: Database) -> None:
        session_id = session_service.create_session(db, ann, session_form(1))
        session_service.save_note(db, ann, session_id, Section.NOTES, "ROLESENTINEL", 0)

    made.worker("ann").call(write)
    made.close()
    assert "ROLESENTINEL" not in what_opens(made)


@pytest.mark.parametrize("how", ["certificate deleted", "row deleted, certificate spoilt"])
def test_a_recovery_identity_nobody_certified_gets_nothing_and_is_named(
    made: MadeVault,
    how: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """bo deletes the administrator's record of the recovery identity and puts his own in the
    row; or deletes the row and spoils the record (so that the next administrator would make a
    new one). Nothing is sealed without the certified identity, ann is told in words, and
    ``audit verify`` names it."""
    _, _, bos_recipient = _bos_key_and_recipient(made)
    if how == "certificate deleted":
        _as_bo(made, "DELETE FROM settings WHERE key = 'recovery_recipient_certificate'")
        _set_recovery_row(made, bos_recipient)
    else:
        _as_bo(made, "DELETE FROM settings WHERE key = 'recovery_recipient'")
        _as_bo(
            made,
            "UPDATE settings SET value = '{}' WHERE key = 'recovery_recipient_certificate'",
        )
    ann = _actor(made, "ann")

    def write(db: Database) -> str:
        with pytest.raises(CannotSeal) as refused:
            drafts.save_draft(db, ann, "case:1", {"notes": "DRAFTSENTINEL"})
        return str(refused.value)

    message = made.worker("ann").call(write)
    made.close()
    assert message.startswith(
        "Nothing was saved: the vault's recovery identity was changed outside TJ Desk"
    )
    assert "DRAFTSENTINEL" not in what_opens(made)
    code, out = audit_verify(made, monkeypatch, capsys)
    assert code == EXIT_TAMPERED
    assert "The vault's recovery identity was not certified by an administrator" in out


def test_a_disabled_colleague_enabled_again_by_hand_gets_no_new_note(made: MadeVault) -> None:
    """The administrator disables cat (on the team); bo sets her ``users`` row back to enabled.
    Her certified record still says disabled: ann's next note is saved as usual and sealed to
    the team without cat; what cat's key opened before opens nothing of it."""
    assert "first note" in what_opens(made, "cat")  # her key opened the case's notes
    db = made.admin.open_database()
    try:
        from tjdesk.users import UserService

        UserService(db, made.admin).disable_user("cat")
    finally:
        db.close()
    _as_bo(made, "UPDATE users SET disabled = 0 WHERE name = 'cat'")
    ann = _actor(made, "ann")

    def write(db: Database) -> int:
        session_id = session_service.create_session(db, ann, session_form(1))
        session_service.save_note(db, ann, session_id, Section.NOTES, "AFTERCATSENTINEL", 0)
        return session_id

    session_id = made.worker("ann").call(write)
    made.close()
    assert _read_note(made, "ann", session_id) == "AFTERCATSENTINEL"
    assert "AFTERCATSENTINEL" not in what_opens(made, "cat")
