"""Sessions: record one, read and change it, and read and save its note sections.

Session details (when, where, contact type, risk, referrals, follow-up) belong to the case's
outline section; the three note sections (social-work notes, health, legal) are read and
written one at a time, each checked against the policy table and audited on its own.

A note is never silently overwritten: a save names the version it was based on; if someone
saved in between, the save is refused with a clear message and its text is kept beside the
other (session_note_conflicts), so both versions survive.
"""

from __future__ import annotations

from typing import Any

from tjdesk import audit
from tjdesk.acting import acts_for_signed_in
from tjdesk.actors import Actor
from tjdesk.cases import access, sealed_search
from tjdesk.cases.access import records_denials, require
from tjdesk.cases.alarm_link import alarms_in_room_between
from tjdesk.cases.codes import ContactType, Referral, RiskLevel, join_codes, split_codes
from tjdesk.cases.records import Note, NoteConflict, SessionForm, SessionRecord
from tjdesk.cases.times import load_date, load_time, local_today, store_date, store_time
from tjdesk.cases.validation import check_note, check_session_form
from tjdesk.clock import Clock, utc_now
from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.policy import Op, Section, may_read, may_write
from tjdesk.vault import sealing
from tjdesk.vault.database import Database

NOTE_SECTIONS = (Section.NOTES, Section.HEALTH, Section.LEGAL)

CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "errors",
    "Someone else changed this session while you were editing it. Your changes were not "
    "saved; please open it again.",
)
NOT_A_NOTE_SECTION = QT_TRANSLATE_NOOP("errors", "This part of a session has no notes.")
NO_SUCH_COUNSELOR = QT_TRANSLATE_NOOP("errors", "A chosen counsellor is not a staff member.")


class NoteConflictError(InvalidInput):
    """The note was saved by someone else meanwhile; this save was kept aside, not applied."""

    def __init__(self, conflict_id: int, current_version: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Someone else saved this note while you were writing. Your text was NOT "
                "written over theirs: both versions are kept. Please open the note, compare "
                "the two versions and save again.",
            )
        )
        self.conflict_id = conflict_id
        self.current_version = current_version


def _case_of_session(db: Database, session_id: int) -> int:
    case_id = db.scalar("SELECT case_id FROM sessions WHERE id = ?", (session_id,))
    if case_id is None:
        raise InvalidInput(access.NO_SUCH_SESSION)
    return int(case_id)


def _check_counselors(db: Database, counselor_ids: list[int]) -> None:
    for user_id in counselor_ids:
        if db.query_one("SELECT 1 AS x FROM users WHERE id = ?", (user_id,)) is None:
            raise InvalidInput(NO_SUCH_COUNSELOR)


@acts_for_signed_in
@records_denials
def create_session(db: Database, actor: Actor, form: SessionForm, *, clock: Clock = utc_now) -> int:
    now = clock()
    check_session_form(form, now, local_today(now))
    assert form.case_id is not None and form.starts_at and form.ends_at and form.contact_type
    stamp = store_time(now)
    with db.transaction():
        require(db, actor, form.case_id, Section.OUTLINE, Op.WRITE)
        counselors = form.counselor_ids or [actor.id]
        _check_counselors(db, counselors)
        cursor = db.execute(
            "INSERT INTO sessions (case_id, starts_at, ends_at, room, contact_type,"
            " interpreter_used, risk_level, safety_concern, referrals, follow_up_on,"
            " created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                form.case_id,
                store_time(form.starts_at),
                store_time(form.ends_at),
                form.room.strip(),
                form.contact_type.code,
                int(form.interpreter_used),
                form.risk_level.code,
                int(form.safety_concern),
                join_codes(form.referrals),
                store_date(form.follow_up_on) if form.follow_up_on else None,
                actor.id,
                stamp,
                stamp,
            ),
        )
        session_id = int(cursor.lastrowid)
        db.executemany(
            "INSERT INTO session_counselors (session_id, user_id) VALUES (?, ?)",
            [(session_id, uid) for uid in sorted(set(counselors))],
        )
        audit.record(
            db,
            actor.name,
            "session.create",
            target_type="session",
            target_id=session_id,
            detail=f"case={form.case_id}",
        )
    return session_id


@acts_for_signed_in
@records_denials
def update_session(
    db: Database,
    actor: Actor,
    session_id: int,
    form: SessionForm,
    based_on_version: int,
    *,
    clock: Clock = utc_now,
) -> int:
    now = clock()
    check_session_form(form, now, local_today(now))
    assert form.starts_at and form.ends_at and form.contact_type
    with db.transaction():
        case_id = _case_of_session(db, session_id)
        if form.case_id != case_id:
            raise InvalidInput(access.NO_SUCH_SESSION)
        require(db, actor, case_id, Section.OUTLINE, Op.WRITE)
        version = int(db.scalar("SELECT version FROM sessions WHERE id = ?", (session_id,)))
        if version != based_on_version:
            raise InvalidInput(CHANGED_MEANWHILE)
        counselors = form.counselor_ids or [actor.id]
        _check_counselors(db, counselors)
        db.execute(
            "UPDATE sessions SET starts_at = ?, ends_at = ?, room = ?, contact_type = ?,"
            " interpreter_used = ?, risk_level = ?, safety_concern = ?, referrals = ?,"
            " follow_up_on = ?, updated_at = ?, version = version + 1 WHERE id = ?",
            (
                store_time(form.starts_at),
                store_time(form.ends_at),
                form.room.strip(),
                form.contact_type.code,
                int(form.interpreter_used),
                form.risk_level.code,
                int(form.safety_concern),
                join_codes(form.referrals),
                store_date(form.follow_up_on) if form.follow_up_on else None,
                store_time(now),
                session_id,
            ),
        )
        db.execute("DELETE FROM session_counselors WHERE session_id = ?", (session_id,))
        db.executemany(
            "INSERT INTO session_counselors (session_id, user_id) VALUES (?, ?)",
            [(session_id, uid) for uid in sorted(set(counselors))],
        )
        audit.record(
            db,
            actor.name,
            "session.update",
            target_type="session",
            target_id=session_id,
            detail=Section.OUTLINE.value,
        )
    return based_on_version + 1


@acts_for_signed_in
@records_denials
def get_session(db: Database, actor: Actor, session_id: int) -> SessionRecord:
    """A session's details (outline section), with which note sections this user may open."""
    with db.transaction():
        case_id = _case_of_session(db, session_id)
        relation = require(db, actor, case_id, Section.OUTLINE, Op.READ)
        row = db.query_one(
            "SELECT s.*, c.code AS case_code FROM sessions s JOIN cases c ON c.id = s.case_id"
            " WHERE s.id = ?",
            (session_id,),
        )
        assert row is not None
        counselors = [
            int(r["user_id"])
            for r in db.query(
                "SELECT user_id FROM session_counselors WHERE session_id = ? ORDER BY user_id",
                (session_id,),
            )
        ]
        alarms = alarms_in_room_between(
            db, str(row["room"]), load_time(row["starts_at"]), load_time(row["ends_at"])
        )
        audit.record(
            db,
            actor.name,
            "session.view_section",
            target_type="session",
            target_id=session_id,
            detail=Section.OUTLINE.value,
        )
    return SessionRecord(
        id=session_id,
        case_id=case_id,
        case_code=str(row["case_code"]),
        starts_at=load_time(row["starts_at"]),
        ends_at=load_time(row["ends_at"]),
        room=str(row["room"]),
        contact_type=ContactType(row["contact_type"]),
        counselor_ids=counselors,
        interpreter_used=bool(row["interpreter_used"]),
        risk_level=RiskLevel(row["risk_level"]),
        safety_concern=bool(row["safety_concern"]),
        referrals=split_codes(Referral, row["referrals"]),
        follow_up_on=load_date(row["follow_up_on"]),
        version=int(row["version"]),
        readable_sections=[s for s in NOTE_SECTIONS if may_read(actor.role, relation, s)],
        writable_sections=[s for s in NOTE_SECTIONS if may_write(actor.role, relation, s)],
        alarms=alarms,
        details_writable=may_write(actor.role, relation, Section.OUTLINE),
    )


def _check_note_section(section: Section) -> None:
    if section not in NOTE_SECTIONS:
        raise InvalidInput(NOT_A_NOTE_SECTION)


@acts_for_signed_in
@records_denials
def read_note(db: Database, actor: Actor, session_id: int, section: Section) -> Note:
    """One note section of a session (one audit entry: a view of that section)."""
    _check_note_section(section)
    with db.transaction():
        case_id = _case_of_session(db, session_id)
        require(db, actor, case_id, section, Op.READ)
        note = _load_note(db, case_id, session_id, section)
        audit.record(
            db,
            actor.name,
            "session.view_section",
            target_type="session",
            target_id=session_id,
            detail=section.value,
        )
    return note


def _open(db: Database, case_id: int, section: Section, generation: Any, blob: Any) -> str:
    if blob is None:
        return ""
    return sealing.open_text(db, case_id, section, int(generation), bytes(blob))


def _load_note(db: Database, case_id: int, session_id: int, section: Section) -> Note:
    row = db.query_one(
        "SELECT id, sealed, key_generation, version, updated_at FROM session_notes"
        " WHERE session_id = ? AND section = ?",
        (session_id, section.value),
    )
    if row is None:
        return Note(session_id, section, "", 0, None, [])
    conflicts = [
        NoteConflict(
            int(r["id"]),
            _open(db, case_id, section, r["key_generation"], r["sealed"]),
            int(r["based_on"]),
            None if r["saved_by"] is None else int(r["saved_by"]),
            load_time(r["saved_at"]),
        )
        for r in db.query(
            "SELECT id, sealed, key_generation, based_on, saved_by, saved_at"
            " FROM session_note_conflicts WHERE note_id = ? AND resolved = 0 ORDER BY id",
            (row["id"],),
        )
    ]
    return Note(
        session_id,
        section,
        _open(db, case_id, section, row["key_generation"], row["sealed"]),
        int(row["version"]),
        load_time(row["updated_at"]),
        conflicts,
    )


@acts_for_signed_in
@records_denials
def save_note(
    db: Database,
    actor: Actor,
    session_id: int,
    section: Section,
    body: str,
    based_on_version: int,
    *,
    resolves: list[int] | None = None,
    clock: Clock = utc_now,
) -> int:
    """Save a note section; returns its new version.

    ``based_on_version`` is the version the editor opened (0 for a note not yet written). If
    the note moved on meanwhile, the text is stored as a conflict beside the current note
    (committed, audited) and NoteConflictError is raised: nothing is overwritten.
    ``resolves`` marks conflict copies the user has merged into this save.
    """
    _check_note_section(section)
    check_note(body)
    stamp = store_time(clock())
    conflict: NoteConflictError | None = None
    with db.transaction():
        case_id = _case_of_session(db, session_id)
        require(db, actor, case_id, section, Op.WRITE)
        row = db.query_one(
            "SELECT id, version FROM session_notes WHERE session_id = ? AND section = ?",
            (session_id, section.value),
        )
        current = 0 if row is None else int(row["version"])
        if current != based_on_version:
            if row is None:  # based on a version of a note that does not exist
                raise InvalidInput(CHANGED_MEANWHILE)
            generation, sealed = sealing.seal_text(db, case_id, section, body)
            cursor = db.execute(
                "INSERT INTO session_note_conflicts (note_id, body, sealed, key_generation,"
                " based_on, saved_by, saved_at) VALUES (?, '', ?, ?, ?, ?, ?)",
                (row["id"], sealed, generation, based_on_version, actor.id, stamp),
            )
            conflict = NoteConflictError(int(cursor.lastrowid), current)
            audit.record(
                db,
                actor.name,
                "session.note_conflict",
                target_type="session",
                target_id=session_id,
                detail=section.value,
            )
        else:
            generation, sealed = sealing.seal_text(db, case_id, section, body)
            if row is None:
                cursor = db.execute(
                    "INSERT INTO session_notes (session_id, section, body, sealed,"
                    " key_generation, version, updated_at, updated_by)"
                    " VALUES (?, ?, '', ?, ?, 1, ?, ?)",
                    (session_id, section.value, sealed, generation, stamp, actor.id),
                )
                note_id = int(cursor.lastrowid)
            else:
                note_id = int(row["id"])
                db.execute(
                    "UPDATE session_notes SET body = '', sealed = ?, key_generation = ?,"
                    " version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?",
                    (sealed, generation, stamp, actor.id, note_id),
                )
            sealed_search.record_note(db, case_id, section, generation, note_id, current + 1, body)
            if resolves:
                db.executemany(
                    "UPDATE session_note_conflicts SET resolved = 1 WHERE id = ? AND note_id = ?",
                    [(cid, note_id) for cid in resolves],
                )
            audit.record(
                db,
                actor.name,
                "session.update_section",
                target_type="session",
                target_id=session_id,
                detail=section.value,
            )
    if conflict is not None:
        raise conflict
    return current + 1
