"""The counseling-sessions area, driven the way a counselor, a nurse and a supervisor use it."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from tests.helpers.pdf import pdf_text
from tests.ui.cases.conftest import FakeContext, audit_actions
from tjdesk.actors import Actor
from tjdesk.cases import case_service, listing, session_service
from tjdesk.cases.codes import CaseType, ContactType, Language, Referral
from tjdesk.cases.records import CaseForm, IdentityForm, SessionForm, TeamMember
from tjdesk.policy import Section
from tjdesk.vault.worker import VaultWorker
from ui.cases.area import CasesArea
from ui.cases.case_dialog import CaseDialog
from ui.cases.session_dialog import SessionDialog

# Set TJDESK_SHOTS=/some/folder to keep the screens as PNGs for a look (synthetic data only).
SHOTS = os.environ.get("TJDESK_SHOTS")


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    image = widget.grab()
    assert not image.isNull()
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(SHOTS) / f"{name}.png"))


def make_area(qtbot, keep, worker: VaultWorker, user: Actor) -> CasesArea:  # type: ignore[no-untyped-def]
    area = CasesArea(FakeContext(worker, user))
    area.resize(1200, 700)
    keep(area)
    qtbot.waitUntil(lambda: not area.sessions_model.is_loading, timeout=10000)
    return area


def choose(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(data))


def fill_session(dialog: SessionDialog, case_id: int, contact: ContactType) -> None:
    choose(dialog.case_box, case_id)
    dialog.day.setDate(QDate.currentDate().addDays(-1))
    dialog.starts.setTime(QTime(10, 0))
    dialog.ends.setTime(QTime(11, 0))
    dialog.room.setText("Counseling room 1")
    choose(dialog.contact, contact.code)


def test_a_counselor_creates_a_case_records_a_session_finds_it_and_prints_the_report(
    qtbot, keep, vault_worker: VaultWorker, staff: dict[str, Actor], tmp_path: Path
) -> None:
    counselor = staff["counselor"]
    area = make_area(qtbot, keep, vault_worker, counselor)

    # A new case, keyboard shortcut Ctrl+Shift+N opens the form.
    qtbot.keyClick(
        area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: bool(area.open_dialogs), timeout=5000)
    case_dialog = area.open_dialogs[-1]
    assert isinstance(case_dialog, CaseDialog)
    qtbot.waitUntil(
        lambda: case_dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled(),
        timeout=10000,
    )
    choose(case_dialog.case_type, CaseType.DOMESTIC_VIOLENCE.code)
    qtbot.keyClicks(case_dialog.nickname, "Fern")
    case_dialog.next_step.setText("Shelter place on Monday")
    shot(case_dialog, "case-dialog-new")
    with qtbot.waitSignal(case_dialog.saved, timeout=10000) as saved_case:
        qtbot.keyClick(case_dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    case_id = saved_case.args[0]

    # A session in that case, with a note.
    area.new_session_button.click()
    session_dialog = area.open_dialogs[-1]
    assert isinstance(session_dialog, SessionDialog)
    with qtbot.waitSignal(session_dialog.loaded, timeout=10000):
        pass
    fill_session(session_dialog, case_id, ContactType.IN_PERSON)
    session_dialog.referrals[Referral.SHELTER].setChecked(True)
    assert [session_dialog.tabs.tabText(i) for i in range(session_dialog.tabs.count())] == [
        "Social-work notes"
    ]
    session_dialog.editors[Section.NOTES].text.setPlainText(
        "She described the karaoke bar where she was kept."
    )
    shot(session_dialog, "session-dialog-new")
    with qtbot.waitSignal(session_dialog.saved, timeout=10000):
        qtbot.keyClick(session_dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    # Found again by a word in its notes.
    qtbot.keyClicks(area.search, "karaoke")
    qtbot.waitUntil(
        lambda: area.sessions_model.rowCount() == 1 and not area.sessions_model.is_loading,
        timeout=10000,
    )
    qtbot.keyClicks(area.search, "x")  # "karaokex" matches nothing
    qtbot.waitUntil(lambda: area.sessions_model.rowCount() == 0, timeout=10000)
    area.search.clear()
    qtbot.keyClicks(area.search, "karaoke")
    qtbot.waitUntil(lambda: area.sessions_model.rowCount() == 1, timeout=10000)
    shot(area, "area-search")
    area.sessions_view.setFocus()
    area.sessions_view.setCurrentIndex(area.sessions_model.index(0, 0))

    # The preliminary report, as a PDF.
    pdf = tmp_path / "report.pdf"
    with qtbot.waitSignal(area.report_written, timeout=10000):
        area.save_report_pdf(str(pdf))
    text = pdf_text(pdf)
    assert "C-2026-0001" in text or f"C-{date.today().year}-0001" in text
    assert "Shelter place on Monday" in text
    assert "Shelter" in text and "Domestic violence" in text
    qtbot.waitUntil(
        lambda: audit_actions(vault_worker)[-1]["action"] == "case.print_report", timeout=5000
    )
    actions = [a["action"] for a in audit_actions(vault_worker)]
    assert actions.count("case.create") == 1
    assert actions.count("session.create") == 1
    assert actions.count("case.report_prepare") == 1
    assert actions.count("case.print_report") == 1


def _case_with_all_sections(worker: VaultWorker, staff: dict[str, Actor]) -> tuple[int, int]:
    """A case where every section holds a sentinel word only that section has."""
    counselor, nurse, lawyer = staff["counselor"], staff["nurse"], staff["lawyer"]

    def build(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
        case_id = case_service.create_case(
            db,
            counselor,
            CaseForm(
                case_type=CaseType.TRAFFICKING, nickname="NICKSENTINEL", next_step="Embassy meeting"
            ),
        )
        case_service.set_team(
            db,
            counselor,
            case_id,
            [
                TeamMember(counselor.id, True),
                TeamMember(nurse.id),
                TeamMember(lawyer.id),
            ],
        )
        case_service.save_identity(
            db,
            counselor,
            case_id,
            IdentityForm("NAMESENTINEL", "PHONESENTINEL", "PLACESENTINEL"),
            1,
        )
        from datetime import UTC, datetime, timedelta

        now = datetime.now(UTC)
        session_id = session_service.create_session(
            db,
            counselor,
            SessionForm(
                case_id=case_id,
                starts_at=now - timedelta(hours=3),
                ends_at=now - timedelta(hours=2),
                contact_type=ContactType.HOSPITAL_VISIT,
                room="Ward 3",
                referrals=[Referral.HOSPITAL],
            ),
        )
        session_service.save_note(db, counselor, session_id, Section.NOTES, "NOTESENTINEL", 0)
        session_service.save_note(db, nurse, session_id, Section.HEALTH, "HEALTHSENTINEL", 0)
        session_service.save_note(db, lawyer, session_id, Section.LEGAL, "LEGALSENTINEL", 0)
        return case_id, session_id

    return worker.call(build)


def test_a_nurse_sees_health_notes_and_not_legal_notes(
    qtbot, keep, vault_worker: VaultWorker, staff: dict[str, Actor]
) -> None:
    _case_id, session_id = _case_with_all_sections(vault_worker, staff)
    area = make_area(qtbot, keep, vault_worker, staff["nurse"])
    qtbot.waitUntil(lambda: area.sessions_model.rowCount() == 1, timeout=10000)
    area.sessions_view.setCurrentIndex(area.sessions_model.index(0, 0))
    area.sessions_view.setFocus()
    qtbot.keyClick(area.sessions_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(area.open_dialogs), timeout=5000)
    dialog = area.open_dialogs[-1]
    qtbot.waitUntil(lambda: dialog.tabs.count() > 0, timeout=10000)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["Health notes"]
    assert dialog.editors[Section.HEALTH].text.toPlainText() == "HEALTHSENTINEL"
    assert Section.LEGAL not in dialog.editors
    shot(dialog, "session-dialog-nurse")
    # And searching for the legal word finds nothing for her.
    qtbot.keyClicks(area.search, "LEGALSENTINEL")
    qtbot.waitUntil(
        lambda: area.sessions_model.rowCount() == 0 and not area.sessions_model.is_loading,
        timeout=10000,
    )
    assert "Health notes" in area.search.placeholderText()
    assert "Legal" not in area.search.placeholderText()
    details = [a["detail"] for a in audit_actions(vault_worker) if a["actor"] == "malee"]
    assert "health" in details and "legal" not in details


def test_the_preliminary_report_pdf_holds_no_text_from_any_other_section(
    qtbot, keep, vault_worker: VaultWorker, staff: dict[str, Actor], tmp_path: Path
) -> None:
    case_id, _session_id = _case_with_all_sections(vault_worker, staff)
    area = make_area(qtbot, keep, vault_worker, staff["supervisor"])
    area.tabs.setCurrentWidget(area.cases_view)
    qtbot.waitUntil(lambda: area.cases_model.rowCount() == 1, timeout=10000)
    area.cases_view.setCurrentIndex(area.cases_model.index(0, 0))
    pdf = tmp_path / "outline.pdf"
    with qtbot.waitSignal(area.report_written, timeout=10000):
        area.save_report_pdf(str(pdf))
    text = pdf_text(pdf)
    assert "Embassy meeting" in text  # the outline made it
    assert "Hospital" in text
    for sentinel in (
        "NICKSENTINEL",
        "NAMESENTINEL",
        "PHONESENTINEL",
        "PLACESENTINEL",
        "NOTESENTINEL",
        "HEALTHSENTINEL",
        "LEGALSENTINEL",
        "Ward 3",
    ):
        assert sentinel not in text
    assert case_id == area.selected_case_id()


def test_identity_stays_hidden_until_show_is_clicked_and_showing_is_audited(
    qtbot, keep, vault_worker: VaultWorker, staff: dict[str, Actor]
) -> None:
    case_id, _ = _case_with_all_sections(vault_worker, staff)
    area = make_area(qtbot, keep, vault_worker, staff["counselor"])
    dialog = area.open_case(case_id)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        pass  # the result can only arrive once the event loop runs, inside this block
    assert dialog.identity_group.isVisible()
    assert not dialog.real_name.isVisible()
    assert dialog.real_name.text() == ""
    shot(dialog, "case-dialog-identity-hidden")
    before = [a["action"] for a in audit_actions(vault_worker)].count("case.show_identity")
    with qtbot.waitSignal(dialog.identity_shown, timeout=10000):
        qtbot.mouseClick(dialog.show_identity_button, Qt.MouseButton.LeftButton)
    assert dialog.real_name.isVisible() and dialog.real_name.text() == "NAMESENTINEL"
    shot(dialog, "case-dialog-identity-shown")
    after = [a["action"] for a in audit_actions(vault_worker)].count("case.show_identity")
    assert after == before + 1
    # The nurse on the team is never offered the identity at all.
    nurse_dialog = CaseDialog(vault_worker, staff["nurse"], case_id=case_id)
    with qtbot.waitSignal(nurse_dialog.loaded, timeout=10000):
        keep(nurse_dialog)
    assert not nurse_dialog.identity_group.isVisible()


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ("end_before_start", "ends before it starts"),
        ("no_case", "choose the case"),
        ("follow_up_past", "follow-up date is in the past"),
    ],
)
def test_the_session_form_explains_mistakes_and_saves_nothing(
    qtbot, keep, vault_worker: VaultWorker, staff: dict[str, Actor], change: str, words: str
) -> None:
    counselor = staff["counselor"]
    case_id = vault_worker.call(
        lambda db: case_service.create_case(db, counselor, CaseForm(case_type=CaseType.OTHER))
    )
    dialog = SessionDialog(vault_worker, counselor)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        keep(dialog)
    fill_session(dialog, case_id, ContactType.HOTLINE_CALL)
    if change == "end_before_start":
        dialog.ends.setTime(QTime(9, 0))
    elif change == "no_case":
        dialog.case_box.setCurrentIndex(0)
    else:
        dialog.follow_up_on.setChecked(True)
        dialog.follow_up.setDate(QDate.currentDate().addDays(-3))
    with qtbot.waitSignal(dialog.failed, timeout=10000) as failed:
        dialog.save()
    assert words in failed.args[0]
    assert words in dialog.message.text()
    if change == "end_before_start":
        shot(dialog, "session-dialog-error")
    assert vault_worker.call(lambda db: db.scalar("SELECT count(*) FROM sessions")) == 0


def test_two_people_saving_the_same_note_keeps_both_versions(
    qtbot, keep, vault_worker: VaultWorker, staff: dict[str, Actor]
) -> None:
    counselor = staff["counselor"]
    case_id, session_id = _case_with_all_sections(vault_worker, staff)
    opened = []
    for _person in ("first", "second"):
        dialog = SessionDialog(vault_worker, counselor, session_id=session_id)
        with qtbot.waitSignal(dialog.loaded, timeout=10000):
            keep(dialog)
        opened.append(dialog)
    first, second = opened
    first.editors[Section.NOTES].text.setPlainText("FIRST VERSION")
    second.editors[Section.NOTES].text.setPlainText("SECOND VERSION")
    with qtbot.waitSignal(first.saved, timeout=10000):
        first.save()
    with qtbot.waitSignal(second.failed, timeout=10000) as failed:
        second.save()
    assert "both versions are kept" in failed.args[0]
    editor = second.editors[Section.NOTES]
    qtbot.waitUntil(lambda: editor.other.isVisibleTo(second), timeout=10000)
    assert editor.text.toPlainText() == "FIRST VERSION"
    assert "SECOND VERSION" in editor.other.toPlainText()
    shot(second, "session-dialog-conflict")
    assert case_id


def _many_sessions(worker: VaultWorker, counselor: Actor, count: int) -> None:
    def build(db) -> None:  # type: ignore[no-untyped-def]
        case_id = case_service.create_case(db, counselor, CaseForm(case_type=CaseType.OTHER))
        with db.transaction():
            db.executemany(
                "INSERT INTO sessions (case_id, starts_at, ends_at, contact_type, created_at,"
                " updated_at) VALUES (?, ?, ?, 'hotline_call', ?, ?)",
                [
                    (
                        case_id,
                        f"2025-01-01T{h:02d}:{m:02d}:00+00:00",
                        f"2025-01-01T{h:02d}:{m:02d}:30+00:00",
                        "x",
                        "x",
                    )
                    for h in range(24)
                    for m in range(60)
                ][:count],
            )

    worker.call(build)


def test_the_list_loads_a_page_at_a_time_as_the_user_scrolls(
    qtbot, keep, vault_worker: VaultWorker, staff: dict[str, Actor]
) -> None:
    _many_sessions(vault_worker, staff["counselor"], 450)
    # Generous waits: the vault worker also builds the search index between these requests,
    # and a shared two-core machine can be slow; the user-visible promise is the order.
    area = make_area(qtbot, keep, vault_worker, staff["counselor"])
    model = area.sessions_model
    page = listing.PAGE_SIZE
    qtbot.waitUntil(lambda: model.rowCount() == page, timeout=30000)
    assert model.canFetchMore()
    assert "scroll for more" in area.status.text()
    # Newest first.
    assert model.row_data(0)["starts_at"] > model.row_data(page - 1)["starts_at"]
    for expected in [*range(2 * page, 450, page), 450]:
        area.sessions_view.scrollToBottom()
        qtbot.waitUntil(lambda n=expected: model.rowCount() == n, timeout=30000)
    assert not model.canFetchMore()
    assert len({model.row_data(i)["id"] for i in range(450)}) == 450
    # Sorting asks the database again, from the first page.
    area.sessions_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.rowCount() == page and not model.is_loading, timeout=30000)
    assert model.row_data(0)["starts_at"] == "2025-01-01T00:00:00+00:00"


def test_typing_is_autosaved_in_the_vault_and_restored(
    qtbot, keep, vault_worker: VaultWorker, staff: dict[str, Actor]
) -> None:
    counselor = staff["counselor"]
    case_id = vault_worker.call(
        lambda db: case_service.create_case(db, counselor, CaseForm(case_type=CaseType.OTHER))
    )
    dialog = SessionDialog(vault_worker, counselor)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        keep(dialog)
    choose(dialog.case_box, case_id)
    dialog.room.setText("Room 7")
    dialog.editors[Section.NOTES].text.setPlainText("half-written DRAFTWORD")
    dialog.autosave_now()
    qtbot.waitUntil(
        lambda: vault_worker.call(lambda db: db.scalar("SELECT count(*) FROM case_drafts")) == 1,
        timeout=10000,
    )
    # Nothing of it on disk in plain text: the vault file is encrypted.
    for suffix in ("", "-wal"):
        stored = vault_worker.db_path.with_name(vault_worker.db_path.name + suffix)
        if stored.exists():
            assert b"DRAFTWORD" not in stored.read_bytes()
    # The app is locked or crashes; the next time the form opens, the draft is back.
    again = SessionDialog(vault_worker, counselor)
    with qtbot.waitSignal(again.loaded, timeout=10000):
        keep(again)
    assert again.editors[Section.NOTES].text.toPlainText() == "half-written DRAFTWORD"
    assert again.room.text() == "Room 7"
    assert again.case_box.currentData() == case_id
    assert "draft was restored" in again.message.text()


def test_a_supervisor_sees_every_case_outline_and_nothing_else(
    qtbot, keep, vault_worker: VaultWorker, staff: dict[str, Actor]
) -> None:
    _case_id, session_id = _case_with_all_sections(vault_worker, staff)
    area = make_area(qtbot, keep, vault_worker, staff["supervisor"])
    qtbot.waitUntil(lambda: area.sessions_model.rowCount() == 1, timeout=10000)
    assert not area.new_case_button.isVisible()
    assert not area.search.isEnabled()  # no notes to search
    dialog = area.open_session(session_id)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        pass
    assert dialog.editors == {}
    assert not dialog.tabs.isVisible()
    assert not dialog.room.isEnabled()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isVisible()
    assert dialog.room.text() == "Ward 3"
    shot(dialog, "session-dialog-supervisor")


def test_printing_goes_through_the_preview_and_is_audited_once_printed(
    qtbot, keep, vault_worker: VaultWorker, staff: dict[str, Actor], monkeypatch
) -> None:
    import ui.cases.area as area_module

    case_id, _ = _case_with_all_sections(vault_worker, staff)
    shown: list[str] = []

    def fake_preview(parent, data, **_options) -> bool:  # type: ignore[no-untyped-def]
        shown.append(data.case_code)
        return len(shown) == 2  # the first preview is closed unprinted, the second printed

    monkeypatch.setattr(area_module, "print_report_with_preview", fake_preview)
    area = make_area(qtbot, keep, vault_worker, staff["counselor"])
    area.tabs.setCurrentWidget(area.cases_view)
    qtbot.waitUntil(lambda: area.cases_model.rowCount() == 1, timeout=10000)
    area.cases_view.setCurrentIndex(area.cases_model.index(0, 0))
    area.cases_view.setFocus()
    qtbot.keyClick(area.cases_view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10000)
    with qtbot.waitSignal(area.report_printed, timeout=10000):
        area.report_button.click()
    qtbot.waitUntil(
        lambda: audit_actions(vault_worker)[-1]["action"] == "case.print_report", timeout=5000
    )
    printed = [a for a in audit_actions(vault_worker) if a["action"] == "case.print_report"]
    assert printed == [
        {
            "actor": "dao",
            "action": "case.print_report",
            "target_id": str(case_id),
            "detail": "printer",
        }
    ]


def test_a_session_names_every_counselor_who_took_part(
    qtbot, keep, vault_worker: VaultWorker, staff: dict[str, Actor]
) -> None:
    counselor, nurse = staff["counselor"], staff["nurse"]
    case_id = vault_worker.call(
        lambda db: case_service.create_case(db, counselor, CaseForm(case_type=CaseType.OTHER))
    )
    dialog = SessionDialog(vault_worker, counselor)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        keep(dialog)
    names = [dialog.counselors.item(i).text() for i in range(dialog.counselors.count())]
    assert names == ["Dao (Counsellor)", "Malee (Nurse)", "Somchai (Legal officer)"]
    assert dialog._checked_counselors() == [counselor.id]  # the one recording, by default
    fill_session(dialog, case_id, ContactType.HOSPITAL_VISIT)
    dialog.counselors.item(1).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        dialog.save()
    record = vault_worker.call(lambda db: session_service.get_session(db, counselor, saved.args[0]))
    assert record.counselor_ids == sorted([counselor.id, nurse.id])


def test_a_half_filled_case_form_is_kept_as_a_draft_and_dropped_on_save(
    qtbot, keep, vault_worker: VaultWorker, staff: dict[str, Actor]
) -> None:
    counselor = staff["counselor"]
    drafts_kept = "SELECT count(*) FROM case_drafts WHERE form_key = 'case:new'"
    dialog = CaseDialog(vault_worker, counselor)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        keep(dialog)
    qtbot.keyClicks(dialog.nickname, "Pim")
    dialog.languages[Language.KHMER].setChecked(True)
    dialog.autosave_now()
    qtbot.waitUntil(
        lambda: vault_worker.call(lambda db: db.scalar(drafts_kept)) == 1, timeout=10000
    )
    again = CaseDialog(vault_worker, counselor)
    with qtbot.waitSignal(again.loaded, timeout=10000):
        keep(again)
    assert again.nickname.text() == "Pim"
    assert again.languages[Language.KHMER].isChecked()
    with qtbot.waitSignal(again.saved, timeout=10000):
        again.save()
    assert vault_worker.call(lambda db: db.scalar(drafts_kept)) == 0
