"""Team changes re-seal; disabling re-seals; a handover reaches a new worker (issue 13)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.helpers import sealed as sealed_helpers
from tests.helpers.sealed import StaffKeys
from tests.tjdesk.cases.conftest import fixed_clock
from tjdesk.actors import Actor, Role
from tjdesk.cases import case_service, drafts, handover, session_service
from tjdesk.cases.codes import CaseType
from tjdesk.cases.records import CaseForm, TeamMember
from tjdesk.errors import AccessDenied, InvalidInput
from tjdesk.policy import Section
from tjdesk.vault import roster, sealing, team_records
from tjdesk.vault.age_keys import identity as age_identity
from tjdesk.vault.database import Database
from tjdesk.vault.signed_in import SignedInUser


@pytest.fixture(autouse=True)
def one_sign_in_per_person(monkeypatch: pytest.MonkeyPatch) -> None:
    """In the app each person works on a connection of their own, so a section identity one
    person opened never serves another. These tests share one Database between people: each
    change of person forgets the identities opened before, as a sign-out does."""
    real_bind = sealed_helpers.bind

    def bind_afresh(db: Database, user: SignedInUser | None) -> None:
        before = db.signed_in
        if (before and before.actor.id) != (user and user.actor.id):
            sealing.forget_keys(db)
        real_bind(db, user)

    monkeypatch.setattr(sealed_helpers, "bind", bind_afresh)


def bind(db: Database, user: SignedInUser | None) -> None:
    sealed_helpers.bind(db, user)


def _disable(db: Database, staff_keys: StaffKeys, staff: dict[str, Actor], user: Actor) -> int:
    """Disable ``user`` as the app does (tjdesk/users.py): the administrator disabling him is
    signed in, so each new key generation is a record signed by her (an administrator off the
    team may make one). Returns how many sections were resealed without him."""
    with db.transaction():
        db.execute("UPDATE users SET disabled = 1 WHERE id = ?", (user.id,))
    bind(db, staff_keys.of(staff["administrator"]))
    try:
        return sealing.reseal_for_user_removed(db, user.name)
    finally:
        bind(db, None)


def _hand_over(
    db: Database, staff: dict[str, Actor], case_id: int, to: Actor, recovery_identity: str
) -> list[Section]:
    """The administrator hands the case over at the director's request (both named)."""
    admin = staff["administrator"]
    return handover.hand_over(
        db,
        admin,
        case_id,
        asked_by=staff["director"].name,
        approved_by=admin.name,
        recovery_identity=recovery_identity,
        new_worker=to.id,
    )


def _opens_newest_notes_key(
    db: Database, keys: StaffKeys, actor: Actor, case_id: int, section: Section = Section.NOTES
) -> bool:
    blob = db.scalar(
        "SELECT sealed_identity FROM section_keys WHERE case_id = ? AND section = ?"
        " ORDER BY generation DESC LIMIT 1",
        (case_id, section.value),
    )
    try:
        pyrage.decrypt(bytes(blob), [age_identity(keys.of(actor).age_identity)])
    except pyrage.DecryptError:
        return False
    return True


def test_a_removed_member_cannot_open_what_is_written_afterwards(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    worker, other = staff["social_worker"], staff["counselor"]
    case_id = new_case(worker)
    session_id = new_session(worker, case_id)
    case_service.set_team(db, worker, case_id, [TeamMember(worker.id, True), TeamMember(other.id)])
    session_service.save_note(db, worker, session_id, Section.NOTES, "before", 0, clock=fixed_clock)
    assert session_service.read_note(db, other, session_id, Section.NOTES).body == "before"
    drafts.save_draft(db, other, f"session:{session_id}", {"notes": "draft"})
    assert _opens_newest_notes_key(db, staff_keys, other, case_id)

    case_service.set_team(db, worker, case_id, [TeamMember(worker.id, True)])
    session_service.save_note(db, worker, session_id, Section.NOTES, "after", 1, clock=fixed_clock)
    assert not _opens_newest_notes_key(db, staff_keys, other, case_id)
    assert _opens_newest_notes_key(db, staff_keys, worker, case_id)
    # The leaver's draft of that case is gone.
    assert db.scalar("SELECT count(*) FROM case_drafts WHERE user_id = ?", (other.id,)) == 0
    assert session_service.read_note(db, worker, session_id, Section.NOTES).body == "after"


def test_reception_and_disabled_users_cannot_join_a_team(
    db: Database, staff: dict[str, Actor], new_case: Callable[..., int]
) -> None:
    worker = staff["social_worker"]
    case_id = new_case(worker)
    with pytest.raises(InvalidInput):
        case_service.set_team(
            db, worker, case_id, [TeamMember(worker.id, True), TeamMember(staff["reception"].id)]
        )
    with db.transaction():
        db.execute("UPDATE users SET disabled = 1 WHERE id = ?", (staff["nurse"].id,))
    with pytest.raises(InvalidInput):
        case_service.set_team(
            db, worker, case_id, [TeamMember(worker.id, True), TeamMember(staff["nurse"].id)]
        )


def test_an_administrator_cannot_grant_himself_a_case(
    db: Database, staff: dict[str, Actor], new_case: Callable[..., int]
) -> None:
    worker, admin = staff["social_worker"], staff["administrator"]
    case_id = new_case(worker)
    with pytest.raises(AccessDenied):
        case_service.set_team(
            db, admin, case_id, [TeamMember(worker.id, True), TeamMember(admin.id, True)]
        )


def test_disabling_reseals_without_that_person(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    worker, other = staff["social_worker"], staff["counselor"]
    case_id = new_case(worker)
    session_id = new_session(worker, case_id)
    case_service.set_team(db, worker, case_id, [TeamMember(worker.id, True), TeamMember(other.id)])
    session_service.save_note(db, worker, session_id, Section.NOTES, "x", 0, clock=fixed_clock)
    assert _disable(db, staff_keys, staff, other) >= 1
    assert not _opens_newest_notes_key(db, staff_keys, other, case_id)
    assert _opens_newest_notes_key(db, staff_keys, worker, case_id)


def test_a_handover_with_the_recovery_identity_reaches_the_new_worker(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    leaver, newcomer = staff["social_worker"], staff["counselor2"]
    director, admin = staff["director"], staff["administrator"]
    case_id = new_case(leaver)
    session_id = new_session(leaver, case_id)
    session_service.save_note(
        db, leaver, session_id, Section.NOTES, "history", 0, clock=fixed_clock
    )
    # The only case worker leaves (disabled): nobody left can open the notes.
    _disable(db, staff_keys, staff, leaver)
    with pytest.raises(InvalidInput):  # nobody grants himself a case
        _hand_over(db, staff, case_id, admin, staff_keys.recovery_secret)
    with pytest.raises(InvalidInput):  # not this vault's identity: nothing changes
        _hand_over(db, staff, case_id, newcomer, str(pyrage.x25519.Identity.generate()))
    with pytest.raises(AccessDenied):  # nothing changed: still not sealed to the newcomer
        session_service.read_note(db, newcomer, session_id, Section.NOTES)
    gained = _hand_over(db, staff, case_id, newcomer, staff_keys.recovery_secret)
    assert Section.NOTES in gained
    assert session_service.read_note(db, newcomer, session_id, Section.NOTES).body == "history"
    shown = handover.handed_over_to(db, newcomer.id, case_id)
    assert {(h.section, h.asked_by, h.approved_by) for h in shown} >= {
        (Section.NOTES, director.name, admin.name)
    }
    entry = db.query_one("SELECT actor, detail FROM audit_log WHERE action = 'case.handover'")
    assert entry is not None and entry["actor"] == admin.name
    assert f"asked={director.name}" in entry["detail"]
    assert f"approved={admin.name}" in entry["detail"]


def test_identity_in_a_draft_is_kept_only_for_the_assigned_case_worker(
    db: Database, staff: dict[str, Actor], new_case: Callable[..., int]
) -> None:
    worker, colleague = staff["social_worker"], staff["counselor"]
    typed = {"nickname": "Bird", drafts.IDENTITY_PART: {"real_name": "Somsri", "version": 1}}
    # A new case's creator is its assigned case worker: the identity is kept.
    drafts.save_draft(db, worker, "case:new", typed)
    assert drafts.load_draft(db, worker, "case:new") == typed

    case_id = new_case(worker)
    case_service.set_team(
        db, worker, case_id, [TeamMember(worker.id, True), TeamMember(colleague.id)]
    )
    # A team member who is not the assigned worker keeps the outline, never an identity.
    drafts.save_draft(db, colleague, f"case:{case_id}", typed)
    assert drafts.load_draft(db, colleague, f"case:{case_id}") == {"nickname": "Bird"}

    # The worker's identity draft is given back only while they are still assigned.
    drafts.save_draft(db, worker, f"case:{case_id}", typed)
    assert drafts.load_draft(db, worker, f"case:{case_id}") == typed
    case_service.set_team(
        db, worker, case_id, [TeamMember(worker.id), TeamMember(colleague.id, True)]
    )
    assert drafts.load_draft(db, worker, f"case:{case_id}") == {"nickname": "Bird"}


def _generations(db: Database, case_id: int, section: Section) -> list[int]:
    """The key generations of one section, as the file holds them."""
    return [
        int(r["generation"])
        for r in db.query(
            "SELECT generation FROM section_keys WHERE case_id = ? AND section = ?"
            " ORDER BY generation",
            (case_id, section.value),
        )
    ]


def _note_generation(db: Database, session_id: int, section: Section) -> int:
    return int(
        db.scalar(
            "SELECT key_generation FROM session_notes WHERE session_id = ? AND section = ?",
            (session_id, section.value),
        )
    )


def test_a_colleague_who_joins_reads_what_was_written_before_under_the_same_key(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    """Adding a reader rewraps the key the case worker can open: no new key generation, and
    the newcomer reads at once what was written before she joined."""
    worker, other = staff["social_worker"], staff["counselor"]
    case_id = new_case(worker)
    session_id = new_session(worker, case_id)
    session_service.save_note(db, worker, session_id, Section.NOTES, "before", 0, clock=fixed_clock)
    assert _generations(db, case_id, Section.NOTES) == [1]

    case_service.set_team(db, worker, case_id, [TeamMember(worker.id, True), TeamMember(other.id)])
    assert _generations(db, case_id, Section.NOTES) == [1]
    assert _opens_newest_notes_key(db, staff_keys, other, case_id)
    assert session_service.read_note(db, other, session_id, Section.NOTES).body == "before"
    # The identity stays the assigned case worker's alone.
    assert _opens_newest_notes_key(db, staff_keys, worker, case_id, Section.IDENTITY)
    assert not _opens_newest_notes_key(db, staff_keys, other, case_id, Section.IDENTITY)

    # Writing again with the team unchanged seals to the same key, and nothing is out of date
    # at either person's next sign-in.
    session_service.save_note(db, other, session_id, Section.NOTES, "again", 1, clock=fixed_clock)
    assert _generations(db, case_id, Section.NOTES) == [1]
    assert _note_generation(db, session_id, Section.NOTES) == 1
    for person in (worker, other):
        bind(db, staff_keys.of(person))
        assert sealing.settle_pending(db) == 0
    bind(db, None)
    assert session_service.read_note(db, worker, session_id, Section.NOTES).body == "again"


def test_a_section_key_kept_by_a_removed_member_opens_nothing_written_afterwards(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    """While on the team, a counselor copies the notes' section identity (as an insider
    could). After he leaves, the next note goes to one new generation he never held."""
    worker, other = staff["social_worker"], staff["counselor"]
    case_id = new_case(worker)
    session_id = new_session(worker, case_id)
    case_service.set_team(db, worker, case_id, [TeamMember(worker.id, True), TeamMember(other.id)])
    session_service.save_note(db, worker, session_id, Section.NOTES, "before", 0, clock=fixed_clock)
    sealed_key = db.scalar(
        "SELECT sealed_identity FROM section_keys WHERE case_id = ? AND section = 'notes'",
        (case_id,),
    )
    kept = pyrage.x25519.Identity.from_str(
        pyrage.decrypt(bytes(sealed_key), [age_identity(staff_keys.of(other).age_identity)]).decode(
            "ascii"
        )
    )

    case_service.set_team(db, worker, case_id, [TeamMember(worker.id, True)])
    assert _generations(db, case_id, Section.NOTES) == [1, 2]
    session_service.save_note(db, worker, session_id, Section.NOTES, "after", 1, clock=fixed_clock)
    assert _generations(db, case_id, Section.NOTES) == [1, 2]
    assert _note_generation(db, session_id, Section.NOTES) == 2
    note = db.scalar(
        "SELECT sealed FROM session_notes WHERE session_id = ? AND section = 'notes'",
        (session_id,),
    )
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(bytes(note), [kept])
    assert not _opens_newest_notes_key(db, staff_keys, other, case_id)
    assert session_service.read_note(db, worker, session_id, Section.NOTES).body == "after"


def test_a_section_the_team_changer_cannot_open_waits_for_a_reader_to_sign_in(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    """The case worker adds a psychologist; the health notes the nurse wrote are sealed to a
    key the case worker cannot open. The psychologist is told so in words until the nurse
    signs in; her sign-in rewraps both cases' keys and the psychologist reads them."""
    worker, nurse, psych = staff["social_worker"], staff["nurse"], staff["psychologist"]
    # Two cases her sign-in leaves as they are: one she has left (nobody to hand its old key
    # to), one the psychologist joined with plain SQL (refused: nothing goes to him).
    left, joined = new_case(worker), new_case(worker)
    for case_id in (left, joined):
        case_service.set_team(
            db, worker, case_id, [TeamMember(worker.id, True), TeamMember(nurse.id)]
        )
        session_id = new_session(worker, case_id)
        session_service.save_note(
            db, nurse, session_id, Section.HEALTH, "OLD", 0, clock=fixed_clock
        )
    case_service.set_team(db, worker, left, [TeamMember(worker.id, True)])
    _insider_joins(db, joined, psych.id)

    sessions: dict[int, int] = {}
    for text in ("HEALTH ONE", "HEALTH TWO"):
        case_id = new_case(worker)
        case_service.set_team(
            db, worker, case_id, [TeamMember(worker.id, True), TeamMember(nurse.id)]
        )
        session_id = new_session(worker, case_id)
        session_service.save_note(db, nurse, session_id, Section.HEALTH, text, 0, clock=fixed_clock)
        sessions[case_id] = session_id
    for case_id in sessions:
        team = [TeamMember(worker.id, True), TeamMember(nurse.id), TeamMember(psych.id)]
        case_service.set_team(db, worker, case_id, team)
        # A new generation sealed to the nurse and the psychologist, for what is written next.
        assert _generations(db, case_id, Section.HEALTH) == [1, 2]

    first_case, first_session = next(iter(sessions.items()))
    with pytest.raises(sealing.NotSealedToYou) as refused:
        session_service.read_note(db, psych, first_session, Section.HEALTH)
    assert str(refused.value).startswith(
        "This part of the case was written before it was sealed to you. It opens once a"
        " colleague who can read it signs in"
    )

    bind(db, staff_keys.of(nurse))
    assert sealing.settle_pending(db) == 2
    bind(db, None)
    read = {
        case_id: session_service.read_note(db, psych, session_id, Section.HEALTH).body
        for case_id, session_id in sessions.items()
    }
    assert sorted(read.values()) == ["HEALTH ONE", "HEALTH TWO"]
    assert not _opens_newest_notes_key(db, staff_keys, psych, joined, Section.HEALTH)

    # Generation 2 was made by the case worker, who cannot read health: the psychologist's
    # own note goes to a fresh generation of hers, which she and the nurse read back.
    session_service.save_note(
        db, psych, first_session, Section.HEALTH, "HEALTH THREE", 1, clock=fixed_clock
    )
    assert _generations(db, first_case, Section.HEALTH) == [1, 2, 3]
    assert _note_generation(db, first_session, Section.HEALTH) == 3
    for reader in (psych, nurse):
        assert (
            session_service.read_note(db, reader, first_session, Section.HEALTH).body
            == "HEALTH THREE"
        )


def _set_recovery_row(db: Database, recipient: str | None) -> None:
    """An insider changes (or deletes) the ``recovery_recipient`` row with plain SQL."""
    with db.transaction():
        if recipient is None:
            db.execute("DELETE FROM settings WHERE key LIKE 'recovery_recipient%'")
        else:
            db.execute(
                "UPDATE settings SET value = ? WHERE key = 'recovery_recipient'", (recipient,)
            )


def test_disabling_goes_through_when_the_recovery_row_was_changed(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    """An insider puts his own age1... in the recovery row: a new case is refused in words, but
    disabling a colleague still reseals without him, to the recovery identity the
    administrator certified (the sheet opens the new key; the insider's identity does not)."""
    worker, other = staff["social_worker"], staff["counselor"]
    case_id = new_case(worker)
    session_id = new_session(worker, case_id)
    case_service.set_team(db, worker, case_id, [TeamMember(worker.id, True), TeamMember(other.id)])
    session_service.save_note(db, worker, session_id, Section.NOTES, "x", 0, clock=fixed_clock)
    insider = pyrage.x25519.Identity.generate()
    _set_recovery_row(db, str(insider.to_public()))
    bind(db, staff_keys.of(worker))
    assert not sealing.can_seal(db)
    bind(db, None)
    refusal = "Nothing was saved: the vault's recovery identity was changed outside TJ Desk"
    with pytest.raises(sealing.CannotSeal) as refused:
        new_case(worker)
    assert str(refused.value).startswith(refusal)
    # Adding a reader reseals the key to the recovery recipient too: refused, nothing changes.
    team = [TeamMember(worker.id, True), TeamMember(other.id), TeamMember(staff["counselor2"].id)]
    with pytest.raises(sealing.CannotSeal) as refused:
        case_service.set_team(db, worker, case_id, team)
    assert str(refused.value).startswith(refusal)
    assert set(team_records.team_rows(db, case_id)) == {worker.id, other.id}

    assert _disable(db, staff_keys, staff, other) == 1  # the notes, all he held
    assert _generations(db, case_id, Section.NOTES) == [1, 2]
    assert not _opens_newest_notes_key(db, staff_keys, other, case_id)
    assert _opens_newest_notes_key(db, staff_keys, worker, case_id)
    newest = db.scalar(
        "SELECT sealed_identity FROM section_keys WHERE case_id = ? AND section = 'notes'"
        " AND generation = 2",
        (case_id,),
    )
    recovery = pyrage.x25519.Identity.from_str(staff_keys.recovery_secret)
    assert pyrage.decrypt(bytes(newest), [recovery]).startswith(b"AGE-SECRET-KEY-1")
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(bytes(newest), [insider])


def test_without_a_recovery_identity_nothing_is_sealed_and_the_writer_is_told(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    worker = staff["social_worker"]
    recovery = pyrage.x25519.Identity.from_str(staff_keys.recovery_secret)
    # What the recovery sheet's identity seals to is the row the vault keeps.
    assert sealing.recovery_recipient(db) == str(recovery.to_public())
    case_id = new_case(worker)
    session_id = new_session(worker, case_id)
    bind(db, staff_keys.of(worker))
    assert sealing.can_seal(db)
    _set_recovery_row(db, None)
    assert sealing.recovery_recipient(db) is None
    assert not sealing.can_seal(db)
    bind(db, None)
    assert not sealing.can_seal(db)  # nobody signed in
    with pytest.raises(sealing.CannotSeal) as refused:
        session_service.save_note(db, worker, session_id, Section.NOTES, "x", 0, clock=fixed_clock)
    assert str(refused.value).startswith(
        "This vault has no recovery identity yet: an administrator must sign in once"
    )
    assert db.scalar("SELECT count(*) FROM session_notes") == 0


def test_a_connection_nobody_signed_in_to_opens_no_section(
    db: Database,
    staff: dict[str, Actor],
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    worker = staff["social_worker"]
    case_id = new_case(worker)
    session_id = new_session(worker, case_id)
    session_service.save_note(db, worker, session_id, Section.NOTES, "x", 0, clock=fixed_clock)
    row = db.query_one("SELECT sealed, key_generation FROM session_notes")
    assert row is not None
    bind(db, None)
    with pytest.raises(sealing.CannotSeal) as refused:
        sealing.open_text(db, case_id, Section.NOTES, row["key_generation"], row["sealed"])
    assert str(refused.value) == (
        "Sealed parts of a case open only for a staff member signed in with a password."
    )


def _with_uncertified_signing_key(db: Database, keys: StaffKeys, actor: Actor) -> None:
    """``actor`` signs in with a signing key no administrator certified yet (a vault from
    0.1 before the next administrator sign-in)."""
    bind(db, replace(keys.of(actor), signing_key=Ed25519PrivateKey.generate()))


def _case_from_before_team_records(
    db: Database, keys: StaffKeys, worker: Actor, team: list[TeamMember]
) -> int:
    """A case its worker opened (and staffed) before their signing key was certified: its team
    has no signed record yet."""
    keys.cover(db)  # everyone's key pair certified, as the app's users are
    _with_uncertified_signing_key(db, keys, worker)
    # The services as the app calls them on her connection (not re-bound per call).
    case_id = case_service.create_case.__wrapped__(  # type: ignore[attr-defined]
        db, worker, CaseForm(case_type=CaseType.TRAFFICKING), clock=fixed_clock
    )
    case_service.set_team.__wrapped__(db, worker, case_id, team)  # type: ignore[attr-defined]
    bind(db, None)
    assert not team_records.verify(db, case_id).signed
    return case_id


def _insider_joins(db: Database, case_id: int, user_id: int) -> None:
    """A colleague puts herself on the team with plain SQL."""
    with db.transaction():
        db.execute(
            "INSERT INTO case_team (case_id, user_id, assigned) VALUES (?, ?, 0)",
            (case_id, user_id),
        )


def test_a_case_from_before_team_records_is_signed_by_its_case_worker_not_by_a_member(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_session: Callable[..., int],
) -> None:
    """A team member's save leaves the team unsigned; the assigned case worker's first save
    signs it as it stands, and from then on a team row put in with SQL is refused in words
    and nothing is sealed to the intruder."""
    worker, member, intruder = staff["social_worker"], staff["counselor"], staff["counselor2"]
    team = [TeamMember(worker.id, True), TeamMember(member.id)]
    case_id = _case_from_before_team_records(db, staff_keys, worker, team)
    session_id = new_session(worker, case_id)

    session_service.save_note(db, member, session_id, Section.NOTES, "one", 0, clock=fixed_clock)
    session_service.save_note(db, member, session_id, Section.NOTES, "one+", 1, clock=fixed_clock)
    assert not team_records.verify(db, case_id).signed
    assert _generations(db, case_id, Section.NOTES) == [1]  # an unsigned team's key is reused
    session_service.save_note(db, worker, session_id, Section.NOTES, "two", 2, clock=fixed_clock)
    assert team_records.verify(db, case_id).signed

    _insider_joins(db, case_id, intruder.id)
    with pytest.raises(team_records.TeamChanged) as refused:
        session_service.save_note(
            db, worker, session_id, Section.NOTES, "three", 3, clock=fixed_clock
        )
    assert str(refused.value).startswith(
        "Nothing was saved: the case team was changed outside TJ Desk"
    )
    # A team change is refused too: it does not quietly write over what was changed.
    with pytest.raises(team_records.TeamChanged):
        case_service.set_team(db, worker, case_id, team)
    assert intruder.id in team_records.team_rows(db, case_id)
    assert not _opens_newest_notes_key(db, staff_keys, intruder, case_id)


def test_the_case_worker_signs_her_unsigned_cases_at_sign_in_once_her_key_is_certified(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_session: Callable[..., int],
) -> None:
    worker, member, intruder = staff["social_worker"], staff["counselor"], staff["counselor2"]
    team = [TeamMember(worker.id, True), TeamMember(member.id)]
    first = _case_from_before_team_records(db, staff_keys, worker, team)
    session_id = new_session(worker, first)

    # Her sign-in signs it once her key is certified.
    bind(db, staff_keys.of(worker))
    sealing.settle_pending(db)
    bind(db, None)
    assert team_records.verify(db, first).signed
    _insider_joins(db, first, intruder.id)
    with pytest.raises(team_records.TeamChanged):
        session_service.save_note(db, worker, session_id, Section.NOTES, "x", 0, clock=fixed_clock)

    # Not before her key is certified, nor by a team member; then every one of hers, counted,
    # but for one whose trail says its team was changed with a signature (refused; the rest go on).
    spoilt = _case_from_before_team_records(db, staff_keys, worker, team)
    with db.transaction():
        db.execute(
            "INSERT INTO audit_log (at, actor, action, target_type, target_id, detail,"
            " prev_hash, hash) VALUES ('2026-11-28T09:00:00+00:00', 'x', 'case.update_team',"
            " 'case', ?, ?, '', '')",
            (str(spoilt), "x" + team_records.SIGNED_CHANGE_MARK),
        )
    later = [_case_from_before_team_records(db, staff_keys, worker, team) for _ in range(2)]
    _with_uncertified_signing_key(db, staff_keys, worker)
    assert sealing.adopt_unsigned_teams(db, worker.id) == 0
    bind(db, staff_keys.of(member))
    assert sealing.adopt_unsigned_teams(db, member.id) == 0
    assert not any(team_records.verify(db, c).signed for c in later)
    bind(db, staff_keys.of(worker))
    assert sealing.adopt_unsigned_teams(db, worker.id) == 2
    bind(db, None)
    assert all(team_records.verify(db, c).signed for c in later)
    assert not team_records.verify(db, spoilt).signed


def test_a_team_change_needs_a_certified_signing_key_and_says_so(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
) -> None:
    worker, other = staff["social_worker"], staff["counselor"]
    case_id = new_case(worker)
    bind(db, staff_keys.of(worker))
    assert sealing.can_sign_team(db)
    _with_uncertified_signing_key(db, staff_keys, worker)
    assert not sealing.can_sign_team(db)
    with pytest.raises(sealing.CannotSeal) as refused:
        case_service.set_team.__wrapped__(  # type: ignore[attr-defined]
            db, worker, case_id, [TeamMember(worker.id, True), TeamMember(other.id)]
        )
    assert str(refused.value).startswith(
        "Nothing was saved: your signing key is not certified yet, so the change to this"
        " case's team cannot be signed."
    )
    bind(db, None)
    assert not sealing.can_sign_team(db)
    with pytest.raises(sealing.CannotSeal) as refused:
        sealing.require_team_signer(db)
    assert str(refused.value).startswith("Nothing was saved: your signing key is not certified")
    assert team_records.team_rows(db, case_id) == {worker.id: True}


def test_only_enabled_staff_with_a_certified_record_are_sealed_to(
    db: Database, staff: dict[str, Actor], staff_keys: StaffKeys
) -> None:
    """What a vault from 0.1 is sealed to at its first sign-in (tjdesk/vault/seal_migration.py):
    every enabled colleague's certified key, nobody disabled, nobody no administrator vouched
    for."""
    staff_keys.cover(db)
    with db.transaction():
        db.execute("UPDATE users SET disabled = 1 WHERE id = ?", (staff["nurse"].id,))
        db.execute(
            "INSERT INTO users (name, display_name, role, created_at, updated_at)"
            " VALUES ('dee', 'Dee', 'counselor', '2026-11-28', '2026-11-28')"
        )
    expected = {
        actor.id: staff_keys.of(actor).age_recipient
        for actor in staff.values()
        if actor is not staff["nurse"]
    }
    assert sealing.user_recipients(db) == expected
    chosen = {staff["counselor"].id, staff["nurse"].id}
    assert sealing.user_recipients(db, chosen) == {
        staff["counselor"].id: staff_keys.of(staff["counselor"]).age_recipient
    }


def test_a_handover_names_only_the_colleague_who_gained_the_case(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    leaver, stays, newcomer = staff["social_worker"], staff["counselor"], staff["counselor2"]
    nurse = staff["nurse"]
    case_id = new_case(leaver)
    session_id = new_session(leaver, case_id)
    team = [TeamMember(leaver.id, True), TeamMember(stays.id), TeamMember(nurse.id)]
    case_service.set_team(db, leaver, case_id, team)
    session_service.save_note(db, nurse, session_id, Section.HEALTH, "h", 0, clock=fixed_clock)
    health_keys = db.query("SELECT * FROM section_keys WHERE section = 'health'")
    session_service.save_note(
        db, leaver, session_id, Section.NOTES, "history", 0, clock=fixed_clock
    )
    _disable(db, staff_keys, staff, leaver)
    gained = _hand_over(db, staff, case_id, newcomer, staff_keys.recovery_secret)
    assert Section.NOTES in gained
    assert handover.handed_over_to(db, stays.id, case_id) == []
    assert handover.handed_over_to(db, nurse.id, case_id) == []
    # Nobody gained the health section: its key is left byte for byte as it was.
    assert db.query("SELECT * FROM section_keys WHERE section = 'health'") == health_keys
    assert {h.section for h in handover.handed_over_to(db, newcomer.id, case_id)} >= {Section.NOTES}
    for reader in (stays, newcomer):
        assert session_service.read_note(db, reader, session_id, Section.NOTES).body == "history"


def test_disabling_on_a_case_whose_rows_were_changed_gives_nobody_a_key(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
) -> None:
    """A psychologist on the team marks himself an assigned case worker with SQL. When the
    first case worker is disabled, the identity is resealed to the second one only: the
    members the signed records and the rows both name, assigned where both say so."""
    first, second, insider = staff["social_worker"], staff["counselor"], staff["psychologist"]
    case_id = new_case(first)
    team = [TeamMember(first.id, True), TeamMember(second.id, True), TeamMember(insider.id)]
    case_service.set_team(db, first, case_id, team)
    with db.transaction():
        db.execute(
            "UPDATE case_team SET assigned = 1 WHERE case_id = ? AND user_id = ?",
            (case_id, insider.id),
        )
        db.execute("UPDATE users SET disabled = 1 WHERE id = ?", (first.id,))
    bind(db, staff_keys.of(staff["administrator"]))
    assert sealing.reseal_for_user_removed(db, first.name) == 1  # the identity: all she held
    bind(db, None)
    assert _generations(db, case_id, Section.IDENTITY) == [1, 2]
    assert _opens_newest_notes_key(db, staff_keys, second, case_id, Section.IDENTITY)
    assert not _opens_newest_notes_key(db, staff_keys, insider, case_id, Section.IDENTITY)
    assert not _opens_newest_notes_key(db, staff_keys, first, case_id, Section.IDENTITY)


def test_a_key_generation_put_in_with_sql_is_never_sealed_to(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    """An insider off the case adds a newest notes generation of his own (its readers the
    team, its identity his). The case worker's next note is refused in words, not sealed to
    it."""
    worker, insider = staff["social_worker"], staff["counselor2"]
    case_id = new_case(worker)
    session_id = new_session(worker, case_id)
    session_service.save_note(db, worker, session_id, Section.NOTES, "x", 0, clock=fixed_clock)
    his = pyrage.x25519.Identity.generate()
    mine = staff_keys.of(insider).age_recipient
    with db.transaction():
        db.execute(
            "INSERT INTO section_keys (case_id, section, generation, recipient, sealed_identity,"
            " created_at) VALUES (?, 'notes', 2, ?, ?, '2026-11-28T09:00:00+00:00')",
            (
                case_id,
                str(his.to_public()),
                pyrage.encrypt(
                    str(his).encode(),
                    [
                        pyrage.x25519.Recipient.from_str(mine),
                        pyrage.x25519.Recipient.from_str(staff_keys.of(worker).age_recipient),
                    ],
                ),
            ),
        )
        db.execute(
            "INSERT INTO section_readers (case_id, section, generation, user_id, recipient)"
            " VALUES (?, 'notes', 2, ?, ?)",
            (case_id, worker.id, staff_keys.of(worker).age_recipient),
        )
    with pytest.raises(team_records.TeamChanged) as refused:
        session_service.save_note(db, worker, session_id, Section.NOTES, "y", 1, clock=fixed_clock)
    assert str(refused.value).startswith(
        "Nothing was saved: the case team was changed outside TJ Desk"
    )
    assert _note_generation(db, session_id, Section.NOTES) == 1
    # He sealed it to the case worker too, so she can open it: adding a colleague still hands
    # it to nobody, and says why.
    team = [TeamMember(worker.id, True), TeamMember(staff["counselor"].id)]
    with pytest.raises(team_records.TeamChanged) as refused:
        case_service.set_team(db, worker, case_id, team)
    assert str(refused.value).startswith(
        "Nothing was saved: the case team was changed outside TJ Desk"
    )
    assert not _opens_newest_notes_key(db, staff_keys, staff["counselor"], case_id)


def test_a_vault_whose_staff_records_are_not_certified_seals_nothing(
    db: Database, staff: dict[str, Actor], new_case: Callable[..., int]
) -> None:
    """An insider deletes the pinned roots of the staff records (dropping the guard first):
    no record counts, and a new case is refused in words."""
    worker = staff["social_worker"]
    new_case(worker)  # keys made and certified as usual
    with db.transaction():
        db.execute("DROP TRIGGER signing_roots_no_delete")
        db.execute("DELETE FROM signing_roots")
    with pytest.raises(sealing.CannotSeal) as refused:
        new_case(worker)
    assert str(refused.value) == (
        "Nothing was saved: the staff records of this vault are not certified yet. An"
        " administrator must sign in once first."
    )


def _nurse_notes_then_a_counselor_is_made_psychologist(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> tuple[int, Actor, Actor, int, int]:
    """A case with the nurse and a counselor on its team and two sessions; the nurse writes
    a health note on the first; then an administrator makes the counselor a psychologist (and
    certifies the new role). Returns the case, the nurse, the psychologist, the two sessions."""
    worker, nurse, colleague = staff["social_worker"], staff["nurse"], staff["counselor"]
    case_id = new_case(worker)
    team = [TeamMember(worker.id, True), TeamMember(nurse.id), TeamMember(colleague.id)]
    case_service.set_team(db, worker, case_id, team)
    first = new_session(worker, case_id)
    second = new_session(worker, case_id, starts_at=fixed_clock() - timedelta(hours=4))
    session_service.save_note(db, nurse, first, Section.HEALTH, "EARLIER", 0, clock=fixed_clock)
    with db.transaction():
        db.execute("UPDATE users SET role = 'psychologist' WHERE id = ?", (colleague.id,))
    psych = Actor(colleague.id, colleague.name, Role.PSYCHOLOGIST)
    staff_keys.of(psych)  # the administrator certifies the new role
    return case_id, nurse, psych, first, second


def test_a_new_psychologist_reads_the_health_notes_once_the_nurse_writes_again(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    """A counselor on the team becomes a psychologist (an administrator's role change). The
    nurse's next health note rewraps the key she holds to her as well: one generation, both
    notes readable by both."""
    case_id, nurse, psych, first, second = _nurse_notes_then_a_counselor_is_made_psychologist(
        db, staff, staff_keys, new_case, new_session
    )
    bind(db, staff_keys.of(staff["administrator"]))
    sealing.reseal_for_user_removed(db, psych.name)
    bind(db, None)
    with pytest.raises(sealing.NotSealedToYou):
        session_service.read_note(db, psych, first, Section.HEALTH)

    session_service.save_note(db, nurse, second, Section.HEALTH, "LATER", 0, clock=fixed_clock)
    assert _generations(db, case_id, Section.HEALTH) == [1]
    for reader in (nurse, psych):
        assert session_service.read_note(db, reader, first, Section.HEALTH).body == "EARLIER"
        assert session_service.read_note(db, reader, second, Section.HEALTH).body == "LATER"


def test_disabling_goes_through_on_a_case_whose_team_records_were_spoilt(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    """An insider appends a team record nobody signed. Saving on the case is refused; an
    administrator disabling a member still reseals without him (unsigned, as nobody can sign
    on a spoilt chain)."""
    worker, other = staff["social_worker"], staff["counselor"]
    case_id = new_case(worker)
    session_id = new_session(worker, case_id)
    case_service.set_team(db, worker, case_id, [TeamMember(worker.id, True), TeamMember(other.id)])
    session_service.save_note(db, worker, session_id, Section.NOTES, "x", 0, clock=fixed_clock)
    head = int(db.scalar("SELECT max(seq) FROM case_team_records WHERE case_id = ?", (case_id,)))
    with db.transaction():
        db.execute(
            "INSERT INTO case_team_records (case_id, seq, body, signer_key, signature)"
            " VALUES (?, ?, '{}', 'AAAA', 'AAAA')",
            (case_id, head + 1),
        )
    assert team_records.verify(db, case_id).problem
    with pytest.raises(team_records.TeamChanged):
        session_service.save_note(db, worker, session_id, Section.NOTES, "y", 1, clock=fixed_clock)

    assert _disable(db, staff_keys, staff, other) == 1
    assert _generations(db, case_id, Section.NOTES) == [1, 2]
    assert not _opens_newest_notes_key(db, staff_keys, other, case_id)
    assert _opens_newest_notes_key(db, staff_keys, worker, case_id)


def test_a_colleague_certified_as_disabled_gets_nothing_and_the_rest_of_the_team_still_does(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    """The counselor's record says disabled, but his users row was enabled again by hand.
    The case worker's notes are sealed to the psychologist after him on the team, not to him."""
    worker, disabled, psych = staff["social_worker"], staff["counselor"], staff["psychologist"]
    assert worker.id < disabled.id < psych.id
    staff_keys.cover(db)
    slot = staff_keys.slots[disabled.id]
    staff_keys._as_root(  # the administrator disabling him
        db,
        lambda: roster.certify(
            db,
            user_id=disabled.id,
            name=disabled.name,
            role=disabled.role,
            disabled=True,
            age_key=slot.public_key,
            signing_key=slot.signing_public_key,
        ),
    )
    case_id = new_case(worker)
    team = [TeamMember(worker.id, True), TeamMember(disabled.id), TeamMember(psych.id)]
    case_service.set_team(db, worker, case_id, team)
    session_id = new_session(worker, case_id)
    session_service.save_note(db, worker, session_id, Section.NOTES, "x", 0, clock=fixed_clock)
    assert session_service.read_note(db, psych, session_id, Section.NOTES).body == "x"
    assert not _opens_newest_notes_key(db, staff_keys, disabled, case_id)


def test_removing_the_team_records_and_joining_gets_the_insider_nothing(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    """An insider drops the guard, deletes a case's signed team records and puts himself on
    its team. The audit trail says the team was signed: the case worker's save is refused,
    her sign-in does not sign his team as hers, and disabling her reseals to nobody new."""
    worker, insider = staff["social_worker"], staff["counselor2"]
    case_id = new_case(worker)
    session_id = new_session(worker, case_id)
    session_service.save_note(db, worker, session_id, Section.NOTES, "x", 0, clock=fixed_clock)
    staff_keys.cover(db)
    with db.transaction():
        db.execute("DROP TRIGGER case_team_records_no_delete")
        db.execute("DELETE FROM case_team_records WHERE case_id = ?", (case_id,))
    _insider_joins(db, case_id, insider.id)
    # A case of hers from before team records, opened after it: her sign-in signs that one.
    older = _case_from_before_team_records(db, staff_keys, worker, [TeamMember(worker.id, True)])

    bind(db, staff_keys.of(worker))
    sealing.settle_pending(db)
    bind(db, None)
    assert not team_records.verify(db, case_id).signed
    assert team_records.verify(db, older).signed
    with pytest.raises(team_records.TeamChanged):
        session_service.save_note(db, worker, session_id, Section.NOTES, "y", 1, clock=fixed_clock)

    # This case's identity and notes, and the other case's identity.
    assert _disable(db, staff_keys, staff, worker) == 3
    for section in (Section.IDENTITY, Section.NOTES):
        assert not _opens_newest_notes_key(db, staff_keys, insider, case_id, section)
        assert not _opens_newest_notes_key(db, staff_keys, worker, case_id, section)


def test_an_administrator_who_reseals_holds_no_section_key_afterwards(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    worker, other, admin = staff["social_worker"], staff["counselor"], staff["administrator"]
    case_id = new_case(worker)
    session_id = new_session(worker, case_id)
    case_service.set_team(db, worker, case_id, [TeamMember(worker.id, True), TeamMember(other.id)])
    session_service.save_note(db, worker, session_id, Section.NOTES, "x", 0, clock=fixed_clock)
    with db.transaction():
        db.execute("UPDATE users SET disabled = 1 WHERE id = ?", (other.id,))
    bind(db, staff_keys.of(admin))
    assert sealing.reseal_for_user_removed(db, "nobody-of-that-name") == 0
    assert sealing.reseal_for_user_removed(db, other.name) == 1
    # The generation he just made is sealed to the case worker, not kept in his memory.
    with pytest.raises(sealing.NotSealedToYou):
        sealing.open_section_identity(db, case_id, Section.NOTES, 2)
    bind(db, None)
    assert session_service.read_note(db, worker, session_id, Section.NOTES).body == "x"


def test_a_supervisor_made_case_worker_gets_the_identity_at_the_case_workers_sign_in(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
) -> None:
    """A supervisor marked "assigned" reads no identity; made a social worker by an
    administrator, she gets the identity key at the case worker's next sign-in."""
    worker, supervisor = staff["social_worker"], staff["supervisor"]
    case_id = new_case(worker)
    case_service.set_team(
        db, worker, case_id, [TeamMember(worker.id, True), TeamMember(supervisor.id, True)]
    )
    assert not _opens_newest_notes_key(db, staff_keys, supervisor, case_id, Section.IDENTITY)
    with db.transaction():
        db.execute("UPDATE users SET role = 'social_worker' WHERE id = ?", (supervisor.id,))
    promoted = Actor(supervisor.id, supervisor.name, Role.SOCIAL_WORKER)
    staff_keys.of(promoted)  # the administrator certifies the new role
    bind(db, staff_keys.of(worker))
    assert sealing.settle_pending(db) == 1
    bind(db, None)
    assert _opens_newest_notes_key(db, staff_keys, promoted, case_id, Section.IDENTITY)
    assert _generations(db, case_id, Section.IDENTITY) == [1]


def test_a_new_psychologist_reads_back_her_first_health_note_at_once(
    db: Database,
    staff: dict[str, Actor],
    staff_keys: StaffKeys,
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    """Made a psychologist, a counselor writes health before the nurse signs in again: she
    cannot open the nurse's key, so her note goes to a new generation sealed to both."""
    case_id, nurse, psych, first, second = _nurse_notes_then_a_counselor_is_made_psychologist(
        db, staff, staff_keys, new_case, new_session
    )

    session_service.save_note(db, psych, second, Section.HEALTH, "HERS", 0, clock=fixed_clock)
    assert _generations(db, case_id, Section.HEALTH) == [1, 2]
    for reader in (psych, nurse):
        assert session_service.read_note(db, reader, second, Section.HEALTH).body == "HERS"
    with pytest.raises(sealing.NotSealedToYou):
        session_service.read_note(db, psych, first, Section.HEALTH)
