"""The visit log in a real (encrypted) vault: records, versions, audit, retention, access."""

import dataclasses
import datetime
import json

import pytest

from tests.tjdesk.visits.conftest import fixed_clock
from tjdesk import audit
from tjdesk.actors import Role
from tjdesk.errors import AccessDenied, InvalidInput
from tjdesk.thai.wordbreak import strip_word_breaks
from tjdesk.visits import retention, settings, sheet_service, template_store, visit_log
from tjdesk.visits.template import template_from_dict
from tjdesk.visits.visit_log import VisitFilter, VisitInput, VisitorName

VISIT_AT = datetime.datetime(2026, 11, 28, 10, 0)


def visit_input(**changes) -> VisitInput:
    base = VisitInput(
        visit_at=VISIT_AT,
        organisation="Ministry of Social Development",
        visitor_count=3,
        purpose="Study visit",
        host="Khun Malee",
        languages=("th", "en"),
        visitors=(VisitorName("Jane Doe", "UNODC"), VisitorName("สมชาย ใจดี")),
    )
    return dataclasses.replace(base, **changes)


def actions(db) -> list[str]:
    return [row["action"] for row in db.query("SELECT action FROM audit_log ORDER BY seq")]


def test_reception_records_a_visit_and_it_is_audited(db, staff) -> None:
    visit_id = visit_log.create_visit(db, staff[Role.RECEPTION], visit_input(), clock=fixed_clock)
    visit = visit_log.get_visit(db, staff[Role.RECEPTION], visit_id)
    assert visit.organisation == "Ministry of Social Development"
    assert visit.visit_at == VISIT_AT
    assert [v.name for v in visit.visitors] == ["Jane Doe", "สมชาย ใจดี"]
    assert visit.languages == ("th", "en")
    assert [s.template_version for s in visit.sheets] == [1, 1]
    assert "visit.create" in actions(db)
    assert audit.verify(db).intact
    entry = db.query_one("SELECT * FROM audit_log WHERE action = 'visit.create'")
    assert "Ministry" not in json.dumps(entry, ensure_ascii=False)  # no visit content in audit


def test_a_change_is_saved_and_audited(db, staff) -> None:
    who = staff[Role.RECEPTION]
    visit_id = visit_log.create_visit(db, who, visit_input(), clock=fixed_clock)
    visit_log.update_visit(
        db,
        who,
        visit_id,
        visit_input(briefed=True, devices_deposited=True, languages=("en",)),
        clock=fixed_clock,
    )
    visit = visit_log.get_visit(db, who, visit_id)
    assert visit.briefed and visit.devices_deposited and not visit.sheet_signed
    assert visit.languages == ("en",)
    assert actions(db)[-1] == "visit.update"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"organisation": "  "}, "Enter the visiting organisation"),
        ({"visitor_count": 0}, "must be 1 to 200"),
        ({"visitor_count": 1}, "more names"),
        ({"languages": ("xx",)}, "no rule sheet for language xx"),
        ({"languages": ()}, "at least one language"),
        ({"notes": "x" * 5000}, "too long"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(db, staff, changes, message) -> None:
    before = actions(db)
    with pytest.raises(InvalidInput, match=message):
        visit_log.create_visit(db, staff[Role.RECEPTION], visit_input(**changes))
    assert db.scalar("SELECT COUNT(*) FROM visits") == 0
    assert actions(db) == before or actions(db)[len(before) :] == [
        "visit_template.save",
        "visit_template.save",
    ]  # shipped defaults seeded, nothing else


def test_the_list_filters_by_date_text_and_checklist(db, staff) -> None:
    who = staff[Role.RECEPTION]
    visit_log.create_visit(db, who, visit_input())
    visit_log.create_visit(
        db,
        who,
        visit_input(
            visit_at=VISIT_AT - datetime.timedelta(days=40),
            organisation="Chulalongkorn University",
            visitors=(),
            briefed=True,
            sheet_signed=True,
            devices_deposited=True,
        ),
    )
    everything = visit_log.list_visits(db, who)
    assert [v.organisation for v in everything] == [
        "Ministry of Social Development",
        "Chulalongkorn University",
    ]  # newest first
    recent = visit_log.list_visits(db, who, VisitFilter(date_from=datetime.date(2026, 11, 1)))
    assert [v.organisation for v in recent] == ["Ministry of Social Development"]
    found = visit_log.list_visits(db, who, VisitFilter(text="chula"))
    assert [v.organisation for v in found] == ["Chulalongkorn University"]
    open_items = visit_log.list_visits(db, who, VisitFilter(incomplete_only=True))
    assert [v.organisation for v in open_items] == ["Ministry of Social Development"]
    assert visit_log.list_visits(db, who, VisitFilter(text="%")) == []


def test_the_visit_keeps_the_template_version_it_was_shown(db, staff) -> None:
    who = staff[Role.RECEPTION]
    visit_id = visit_log.create_visit(db, who, visit_input())
    prepared = sheet_service.prepare_visit_sheet(db, who, visit_id)
    visit_log.record_print(db, who, visit_id, prepared.template_ids, clock=fixed_clock)
    # The director edits the English sheet afterwards: version 2.
    edited = dataclasses.replace(
        template_store.current_templates(db)["en"].template, title="Rules for visitors (revised)"
    )
    saved = template_store.save_template(db, staff[Role.DIRECTOR], edited)
    assert saved.version == 2
    visit = visit_log.get_visit(db, who, visit_id)
    assert {s.language: s.template_version for s in visit.sheets} == {"th": 1, "en": 1}
    assert all(s.printed_at for s in visit.sheets)
    shown = template_store.get_template(db, visit.sheets[1].template_id)
    assert shown is not None and shown.template.title == "Information and Rules for Visitors"
    assert actions(db)[-2:] == ["visit.print", "visit_template.save"]


def test_printing_a_visit_fills_in_names_and_its_date_in_both_calendars(db, staff) -> None:
    who = staff[Role.RECEPTION]
    visit_id = visit_log.create_visit(db, who, visit_input())
    html = strip_word_breaks(sheet_service.prepare_visit_sheet(db, who, visit_id).html)
    assert "28 พฤศจิกายน 2569" in html and "28 November 2026" in html
    assert "Jane Doe" in html and "สมชาย ใจดี" in html
    # Three visitors, two names: one blank line per sheet.
    assert html.count('<td class="sig" align="center">') == 6


def test_each_template_save_is_a_new_version_and_identical_saves_are_refused(db, staff) -> None:
    director = staff[Role.DIRECTOR]
    current = template_store.current_templates(db)["th"].template
    with pytest.raises(InvalidInput, match="Nothing changed"):
        template_store.save_template(db, director, current)
    lao = template_from_dict(
        {
            **json.loads(current.to_json()),
            "language": "lo",
            "language_name": "ພາສາລາວ",
            "date_style": "iso",
        }
    )
    assert template_store.save_template(db, director, lao).version == 1
    assert list(template_store.current_templates(db)) == ["th", "en", "lo"]
    assert [t.version for t in template_store.template_versions(db, "lo")] == [1]


def test_a_template_holding_the_shelter_address_is_refused(db, staff) -> None:
    settings.set_shelter_address(db, staff[Role.ADMINISTRATOR], "12 Soi Ruamrudee, Lumphini")
    current = template_store.current_templates(db)["en"].template
    bad = dataclasses.replace(current, intro="Find us at 12 Soi Ruamrudee.")
    with pytest.raises(InvalidInput, match="address"):
        template_store.save_template(db, staff[Role.DIRECTOR], bad)
    assert [t.version for t in template_store.template_versions(db, "en")] == [1]
    # The audit trail records that the address was set, never the address.
    assert "Ruamrudee" not in json.dumps(db.query("SELECT * FROM audit_log"))


def test_a_printed_visit_never_shows_the_configured_address(db, staff) -> None:
    settings.set_shelter_address(db, staff[Role.ADMINISTRATOR], "12 Soi Ruamrudee, Lumphini")
    visit_id = visit_log.create_visit(
        db,
        staff[Role.RECEPTION],
        visit_input(visitors=(VisitorName("Jane Doe", "Guest house, Soi Ruamrudee"),)),
    )
    prepared = sheet_service.prepare_visit_sheet(db, staff[Role.RECEPTION], visit_id)
    assert "Ruamrudee" not in strip_word_breaks(prepared.html)
    assert prepared.rendered.address_cuts == 2  # once per language sheet


@pytest.mark.parametrize("role", [Role.RECEPTION, Role.COUNSELOR, Role.NURSE])
def test_only_editors_may_change_templates(db, staff, role) -> None:
    current = template_store.current_templates(db)["en"].template
    with pytest.raises(AccessDenied):
        template_store.save_template(db, staff[role], dataclasses.replace(current, title="X"))


def test_only_an_administrator_sets_the_retention_period(db, staff) -> None:
    with pytest.raises(AccessDenied):
        settings.set_retention_days(db, staff[Role.DIRECTOR], 365)
    with pytest.raises(InvalidInput):
        settings.set_retention_days(db, staff[Role.ADMINISTRATOR], 5)
    assert settings.retention_days(db) == 730
    settings.set_retention_days(db, staff[Role.ADMINISTRATOR], 365)
    assert settings.retention_days(db) == 365
    assert actions(db)[-1] == "visits.set_retention"


def test_nobody_signed_in_may_not_read_visits(db, staff) -> None:
    visit_id = visit_log.create_visit(db, staff[Role.RECEPTION], visit_input())
    with pytest.raises(AccessDenied):
        visit_log.get_visit(db, None, visit_id)


def test_old_visits_are_purged_after_two_years_and_the_purge_is_audited(db, staff) -> None:
    who = staff[Role.RECEPTION]
    old = visit_log.create_visit(db, who, visit_input(visit_at=datetime.datetime(2024, 11, 27, 9)))
    kept = visit_log.create_visit(db, who, visit_input(visit_at=datetime.datetime(2024, 11, 29, 9)))
    gone = retention.purge_expired_visits(db, datetime.datetime(2026, 11, 28, 12))
    assert gone == 1
    assert [v.id for v in visit_log.list_visits(db, who)] == [kept]
    assert db.scalar("SELECT COUNT(*) FROM visit_visitors WHERE visit_id = ?", (old,)) == 0
    entry = db.query_one("SELECT * FROM audit_log WHERE action = 'visits.purge'")
    assert entry is not None and "deleted=1" in entry["detail"]
    assert audit.verify(db).intact
    # Nothing more to purge: no new audit entry.
    assert retention.purge_expired_visits(db, datetime.datetime(2026, 11, 28, 12)) == 0
    assert actions(db).count("visits.purge") == 1


def test_a_shorter_retention_purges_more(db, staff) -> None:
    who = staff[Role.RECEPTION]
    visit_log.create_visit(db, who, visit_input(visit_at=datetime.datetime(2026, 6, 1, 9)))
    settings.set_retention_days(db, staff[Role.ADMINISTRATOR], 90)
    assert retention.purge_expired_visits(db, datetime.datetime(2026, 11, 28, 12)) == 1
