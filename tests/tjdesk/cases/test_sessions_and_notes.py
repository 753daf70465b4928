"""Recording sessions and notes: validation, no silent overwrite, search, drafts, report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from tests.tjdesk.cases.conftest import NOW, add_user, fixed_clock, session_form
from tjdesk.actors import Actor, Role
from tjdesk.cases import case_service, drafts, listing, report, session_service
from tjdesk.cases.case_code import next_case_code
from tjdesk.cases.codes import ContactType, Referral, RiskLevel
from tjdesk.cases.records import TeamMember
from tjdesk.cases.session_service import NoteConflictError
from tjdesk.errors import InvalidInput
from tjdesk.policy import Section
from tjdesk.vault.database import Database


def _counts(db: Database) -> tuple[int, int, int]:
    return (
        int(db.scalar("SELECT count(*) FROM sessions")),
        int(db.scalar("SELECT count(*) FROM session_notes")),
        int(db.scalar("SELECT count(*) FROM audit_log")),
    )


def test_case_codes_count_up_per_year_and_never_hold_a_name(
    db: Database, staff: dict[str, Actor], new_case: Callable[..., int]
) -> None:
    first = new_case(staff["counselor"], nickname="Nok")
    second = new_case(staff["counselor"], nickname="Nok")
    codes = [case_service.get_outline(db, staff["counselor"], c).code for c in (first, second)]
    assert codes == ["C-2026-0001", "C-2026-0002"]
    assert next_case_code(db, 2027) == "C-2027-0001"


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"case_id": None}, "choose the case"),
        ({"ends_at": NOW - timedelta(hours=3)}, "ends before it starts"),
        ({"follow_up_on": date(2026, 11, 1)}, "follow-up date is in the past"),
        ({"contact_type": None}, "how you were in contact"),
    ],
)
def test_a_bad_session_form_is_refused_in_plain_words_and_changes_nothing(
    db: Database,
    staff: dict[str, Actor],
    new_case: Callable[..., int],
    changes: dict[str, object],
    words: str,
) -> None:
    case_id = new_case(staff["counselor"])
    before = _counts(db)
    form = session_form(case_id)
    for key, value in changes.items():
        setattr(form, key, value)
    with pytest.raises(InvalidInput) as caught:
        session_service.create_session(db, staff["counselor"], form, clock=fixed_clock)
    assert words in str(caught.value)
    assert _counts(db) == before


def test_a_later_save_of_the_same_note_is_refused_and_both_versions_are_kept(
    db: Database,
    staff: dict[str, Actor],
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    first, second = staff["counselor"], staff["counselor2"]
    case_id = new_case(first)
    case_service.set_team(
        db, first, case_id, [TeamMember(first.id, True), TeamMember(second.id, False)]
    )
    session_id = new_session(first, case_id)
    session_service.save_note(db, first, session_id, Section.NOTES, "start", 0, clock=fixed_clock)
    # Both open version 1 ...
    opened_by_first = session_service.read_note(db, first, session_id, Section.NOTES)
    opened_by_second = session_service.read_note(db, second, session_id, Section.NOTES)
    assert opened_by_first.version == opened_by_second.version == 1
    # ... the first saves, then the second.
    session_service.save_note(
        db, first, session_id, Section.NOTES, "FIRST'S TEXT", 1, clock=fixed_clock
    )
    with pytest.raises(NoteConflictError) as caught:
        session_service.save_note(
            db, second, session_id, Section.NOTES, "SECOND'S TEXT", 1, clock=fixed_clock
        )
    assert "both versions are kept" in str(caught.value)
    note = session_service.read_note(db, first, session_id, Section.NOTES)
    assert note.body == "FIRST'S TEXT"
    assert note.version == 2
    assert [c.body for c in note.conflicts] == ["SECOND'S TEXT"]
    assert note.conflicts[0].saved_by == second.id
    # The refusal itself is audited (and committed), once.
    actions = [r["action"] for r in db.query("SELECT action FROM audit_log ORDER BY seq")]
    assert actions.count("session.note_conflict") == 1
    # Merging: saving on top of version 2 and naming the conflict resolves it.
    session_service.save_note(
        db,
        second,
        session_id,
        Section.NOTES,
        "merged",
        2,
        resolves=[note.conflicts[0].id],
        clock=fixed_clock,
    )
    merged = session_service.read_note(db, second, session_id, Section.NOTES)
    assert (merged.body, merged.version, merged.conflicts) == ("merged", 3, [])


def test_search_finds_only_sections_the_user_may_read(
    db: Database,
    staff: dict[str, Actor],
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    counselor, nurse, lawyer = staff["counselor"], staff["nurse"], staff["legal_officer"]
    case_id = new_case(counselor)
    case_service.set_team(
        db,
        counselor,
        case_id,
        [TeamMember(counselor.id, True), TeamMember(nurse.id), TeamMember(lawyer.id)],
    )
    session_id = new_session(counselor, case_id)
    session_service.save_note(
        db,
        counselor,
        session_id,
        Section.NOTES,
        "talked about the fishing boat",
        0,
        clock=fixed_clock,
    )
    session_service.save_note(
        db,
        nurse,
        session_id,
        Section.HEALTH,
        "bruises treated, ได้รับยาที่โรงพยาบาล",
        0,
        clock=fixed_clock,
    )
    session_service.save_note(
        db, lawyer, session_id, Section.LEGAL, "statement for the prosecutor", 0, clock=fixed_clock
    )

    def found(actor: Actor, words: str) -> list[int]:
        rows = listing.session_page(db, actor, listing.SessionFilter(text=words))
        return [r["id"] for r in rows]

    assert found(counselor, "fishing") == [session_id]
    assert found(counselor, "bruises") == []
    assert found(counselor, "prosecutor") == []
    assert found(nurse, "bruises") == [session_id]
    assert found(nurse, "ยา") == [session_id]  # a Thai word inside an unspaced sentence
    assert found(nurse, "prosecutor") == []
    assert found(nurse, "fishing") == []
    assert found(lawyer, "prosecutor") == [session_id]
    assert found(lawyer, "bruises") == []
    assert found(staff["supervisor"], "fishing") == []
    # A changed note is found by its new words only.
    session_service.save_note(
        db, counselor, session_id, Section.NOTES, "a rice farm", 1, clock=fixed_clock
    )
    assert found(counselor, "fishing") == []
    assert found(counselor, "rice") == [session_id]
    # Search terms never reach the audit trail.
    details = " ".join(str(r["detail"]) for r in db.query("SELECT detail FROM audit_log"))
    assert "rice" not in details and "fishing" not in details


def test_someone_off_the_team_finds_nothing_even_in_their_own_section(
    db: Database,
    staff: dict[str, Actor],
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    counselor = staff["counselor"]
    case_id = new_case(counselor)
    session_id = new_session(counselor, case_id)
    session_service.save_note(
        db, counselor, session_id, Section.NOTES, "harbour", 0, clock=fixed_clock
    )
    outsider = add_user(db, "outsider", Role.COUNSELOR)
    assert listing.session_page(db, outsider, listing.SessionFilter(text="harbour")) == []
    assert listing.session_page(db, outsider, listing.SessionFilter()) == []
    assert listing.case_page(db, outsider, listing.CaseFilter()) == []


def test_lists_filter_by_risk_contact_type_follow_up_and_mine(
    db: Database,
    staff: dict[str, Actor],
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    counselor = staff["counselor"]
    quiet = new_case(counselor)
    risky = new_case(counselor)
    new_session(
        counselor, quiet, contact_type=ContactType.HOTLINE_CALL, follow_up_on=date(2026, 12, 5)
    )
    risky_session = new_session(
        counselor,
        risky,
        risk_level=RiskLevel.HIGH,
        follow_up_on=date(2026, 11, 28),
        referrals=[Referral.DSI, Referral.SHELTER],
    )

    def ids(**kw: object) -> list[int]:
        return [
            r["id"]
            for r in listing.session_page(
                db, counselor, listing.SessionFilter(today=date(2026, 11, 30), **kw)
            )
        ]  # type: ignore[arg-type]

    assert ids(high_risk=True) == [risky_session]
    assert ids(follow_ups_due=True) == [risky_session]
    assert len(ids(contact_type=ContactType.HOTLINE_CALL)) == 1
    assert len(ids(sort="risk")) == 2 and ids(sort="risk")[0] == risky_session
    cases = listing.case_page(db, counselor, listing.CaseFilter(high_risk=True))
    assert [c["id"] for c in cases] == [risky]
    supervisor_rows = listing.session_page(db, staff["supervisor"], listing.SessionFilter())
    assert len(supervisor_rows) == 2  # outlines of all cases
    assert listing.session_page(db, staff["supervisor"], listing.SessionFilter(mine=True)) == []
    outline = case_service.get_outline(db, staff["supervisor"], risky)
    assert outline.referrals == [Referral.DSI, Referral.SHELTER]


def test_drafts_are_kept_in_the_vault_per_user(db: Database, staff: dict[str, Actor]) -> None:
    counselor, other = staff["counselor"], staff["counselor2"]
    drafts.save_draft(db, counselor, "session:new", {"notes": "half a sentence"})
    assert drafts.load_draft(db, counselor, "session:new") == {"notes": "half a sentence"}
    assert drafts.load_draft(db, other, "session:new") is None
    drafts.discard_draft(db, counselor, "session:new")
    assert drafts.load_draft(db, counselor, "session:new") is None


def test_the_preliminary_report_carries_the_outline_and_its_printing_is_audited(
    db: Database,
    staff: dict[str, Actor],
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    counselor = staff["counselor"]
    case_id = new_case(counselor, next_step="Meet the embassy on Monday")
    new_session(counselor, case_id, referrals=[Referral.EMBASSY])
    data = report.preliminary_report(db, staff["director"], case_id, clock=fixed_clock)
    assert data.case_code == "C-2026-0001"
    assert data.referrals == [Referral.EMBASSY]
    assert data.next_step == "Meet the embassy on Monday"
    report.record_report_printed(db, staff["director"], case_id, "pdf")
    last = db.query_one("SELECT actor, action, detail FROM audit_log ORDER BY seq DESC LIMIT 1")
    assert last == {"actor": "director", "action": "case.print_report", "detail": "pdf"}


def _alarm(db: Database, seq: int, at: str, room: str, event: str = "alarm", test: int = 0) -> None:
    with db.transaction():
        db.execute(
            "INSERT INTO alarm_log (journal_id, seq, at, event, alarm_id, room, test, entry)"
            " VALUES ('j1', ?, ?, ?, ?, ?, ?, '{}')",
            (seq, at, event, f"37.{seq}", room, test),
        )


def test_an_alarm_raised_in_the_room_during_the_session_is_linked_to_it(
    db: Database,
    staff: dict[str, Actor],
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    counselor = staff["counselor"]
    # The session runs 07:00-08:00 UTC in "Counseling room 1".
    session_id = new_session(counselor, new_case(counselor))
    _alarm(db, 1, "2026-11-28T07:30:12.5Z", "Counseling room 1")  # linked
    _alarm(db, 2, "2026-11-28T07:31:00+00:00", "Counseling room 1", event="acknowledged")
    _alarm(db, 3, "2026-11-28T07:40:00Z", "Counseling room 2")  # another room
    _alarm(db, 4, "2026-11-28T08:00:01Z", "Counseling room 1")  # after it ended
    _alarm(db, 5, "2026-11-28T07:45:00Z", "Counseling room 1", test=1)  # a drill press
    _alarm(db, 6, "2026-11-28T07:00:00+00:00", "Counseling room 1")  # at the very start
    record = session_service.get_session(db, counselor, session_id)
    assert [a.alarm_id for a in record.alarms] == ["37.6", "37.1"]
    assert record.alarms[1].at.minute == 30


@pytest.mark.parametrize("typed", ['"', "*", "NEAR(a b)", "a OR", "-x", "(", "   ", "^ ' ;"])
def test_search_words_that_look_like_query_syntax_are_just_words(
    db: Database,
    staff: dict[str, Actor],
    new_case: Callable[..., int],
    new_session: Callable[..., int],
    typed: str,
) -> None:
    counselor = staff["counselor"]
    session_id = new_session(counselor, new_case(counselor))
    session_service.save_note(
        db, counselor, session_id, Section.NOTES, "NEAR the harbour", 0, clock=fixed_clock
    )
    rows = listing.session_page(db, counselor, listing.SessionFilter(text=typed))
    assert all(r["id"] == session_id for r in rows)


def test_the_date_range_filter_uses_local_days_inclusive(
    db: Database,
    staff: dict[str, Actor],
    new_case: Callable[..., int],
    new_session: Callable[..., int],
) -> None:
    counselor = staff["counselor"]
    case_id = new_case(counselor)
    older = new_session(
        counselor,
        case_id,
        starts_at=NOW - timedelta(days=10, hours=2),
        ends_at=NOW - timedelta(days=10, hours=1),
    )
    recent = new_session(counselor, case_id)
    # The local days the sessions fell on, whatever the machine's time zone.
    day = (NOW - timedelta(hours=2)).astimezone().date()
    older_day = (NOW - timedelta(days=10, hours=2)).astimezone().date()

    def ids(start: date, end: date) -> list[int]:
        flt = listing.SessionFilter(date_from=start, date_to=end)
        return [r["id"] for r in listing.session_page(db, counselor, flt)]

    assert ids(day, day) == [recent]
    assert ids(older_day, older_day) == [older]
    assert ids(older_day - timedelta(days=20), day) == [recent, older]
    assert ids(older_day + timedelta(days=1), day - timedelta(days=1)) == []
    opened = NOW.astimezone().date()  # the case was opened "today" by the fixed clock
    cases = listing.case_page(db, counselor, listing.CaseFilter(date_from=opened, date_to=opened))
    assert [c["id"] for c in cases] == [case_id]
