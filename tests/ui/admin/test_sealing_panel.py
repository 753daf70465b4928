"""Administration > Sealed sections (issue 13): the recovery identity of an older vault made
from the app, and a case handed over with the recovery identity loaded from a file; the new
worker then reads "handed over on ... by ..." in the case form."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyrage
import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault, make_vault
from tests.ui.admin.conftest import shot, signed_in_context
from tjdesk.actors import Role
from tjdesk.cases import case_service, session_service
from tjdesk.cases.codes import CaseType, ContactType
from tjdesk.cases.records import CaseForm, IdentityForm, SessionForm, TeamMember
from tjdesk.errors import AccessDenied
from tjdesk.policy import Section
from tjdesk.users import UserService
from tjdesk.vault import age_format, recovery
from tjdesk.vault.database import Database
from ui.admin.sealing_panel import SealingPanel
from ui.cases.case_dialog import CaseDialog
from ui.cases.handover_dialog import HandoverDialog

NOW = datetime.now(UTC).replace(microsecond=0)
STAMP = NOW.isoformat()


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(
        tmp_path / "vault",
        users=[("cora", Role.COUNSELOR), ("ben", Role.SOCIAL_WORKER), ("dora", Role.DIRECTOR)],
    )
    yield made
    made.close()


def _panel(qtbot: QtBot, ctx) -> SealingPanel:  # type: ignore[no-untyped-def]
    panel = SealingPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(760, 420)
    panel.show()
    return panel


def _as_before_sealing(db: Database) -> None:
    """A vault from 0.1: no recovery identity, and a case whose nickname is in the clear."""
    with db.transaction():
        db.execute(
            "DELETE FROM settings WHERE key IN"
            " ('recovery_recipient', 'recovery_recipient_certificate')"
        )
        db.execute(
            "INSERT INTO cases (id, code, nickname, case_type, nationality, languages,"
            " interpreter_needed, status, opened_on, next_step, created_by, created_at,"
            " updated_at) VALUES (1, 'C-2025-0001', 'LEGACYNICK', 'other', 'TH', 'th', 0,"
            " 'open', '2025-01-01', '', 1, ?, ?)",
            (STAMP, STAMP),
        )


def test_an_administrator_makes_the_recovery_identity_of_an_older_vault(
    qtbot: QtBot, made: MadeVault
) -> None:
    made.worker("admin").call(_as_before_sealing)
    made.close()
    ctx = signed_in_context(made)
    try:
        panel = _panel(qtbot, ctx)
        qtbot.waitUntil(panel.make_button.isVisible, timeout=10_000)
        assert "no recovery identity yet" in panel.state.text()
        assert not panel.handover_button.isEnabled()
        shot(panel, "sealing_panel_older_vault")

        panel.confirm = lambda: True  # type: ignore[method-assign]
        panel.make_button.click()
        qtbot.waitUntil(
            lambda: panel.identity_dialog is not None and panel.identity_dialog.isVisible(),
            timeout=30_000,
        )
        dialog = panel.identity_dialog
        assert dialog is not None
        sheet = dialog.key_label.text()
        shot(dialog, "recovery_identity_made")
        # The sheet: the recovery key, then the identity in two lines (joined, age reads it).
        assert sheet.startswith(made.recovery_key)
        identity_lines = sheet.split("\n\n", 1)[1]
        identity = age_format.parse_identity(identity_lines)
        assert dialog.print_button.isVisible() and dialog.pdf_button.isVisible()
        assert "Sealed" not in panel.status.text() and "sealed: 1" in panel.status.text()
        assert "has its recovery identity" in panel.state.text()
        assert not panel.make_button.isVisible() and panel.handover_button.isEnabled()

        # Shown once: it cannot be closed before it is stored, and then it leaves the screen.
        dialog.reject()
        assert dialog.isVisible()
        dialog.stored.setChecked(True)
        dialog.close_button.click()
        assert dialog.key_label.text() == ""

        # What it made is real: the vault stores its recipient, the nickname left the clear
        # column, and the identity on the sheet opens the sealed one.
        def look(db: Database) -> tuple[str, str, bytes, bytes]:
            row = db.query_one(
                "SELECT c.nickname, k.sealed_identity, i.sealed FROM cases c"
                " JOIN case_identity i ON i.case_id = c.id JOIN section_keys k"
                " ON k.case_id = c.id AND k.section = 'identity'"
                " AND k.generation = i.key_generation WHERE c.id = 1"
            )
            assert row is not None
            return (
                str(db.scalar("SELECT value FROM settings WHERE key = 'recovery_recipient'")),
                str(row["nickname"]),
                bytes(row["sealed_identity"]),
                bytes(row["sealed"]),
            )

        recipient, nickname, sealed_key, sealed_text = ctx.worker.call(look)  # type: ignore[union-attr]
        assert recipient == str(identity.to_public())
        assert nickname == ""
        section = pyrage.x25519.Identity.from_str(age_format.unseal(sealed_key, identity).decode())
        assert b"LEGACYNICK" in age_format.unseal(sealed_text, section)
    finally:
        ctx.end_session()


def test_only_an_administrator_makes_the_recovery_identity(made: MadeVault) -> None:
    made.worker("admin").call(_as_before_sealing)
    made.close()
    with pytest.raises(AccessDenied):
        made.worker("dora").call(recovery.make_for_older_vault)
    assert (
        made.worker("admin").call(
            lambda db: db.scalar("SELECT count(*) FROM settings WHERE key = 'recovery_recipient'")
        )
        == 0
    )


def _case_of_a_worker_who_left(made: MadeVault) -> str:
    """cora's case (identity and a note); then cora is disabled: nobody on staff can read it."""
    cora = made.handles["cora"].actor
    assert cora is not None

    def write(db: Database) -> str:
        case_id = case_service.create_case(
            db, cora, CaseForm(case_type=CaseType.TRAFFICKING, nickname="Nok")
        )
        case_service.set_team(db, cora, case_id, [TeamMember(cora.id, assigned=True)])
        case_service.save_identity(db, cora, case_id, IdentityForm("Real Name", "", ""), 1)
        session_id = session_service.create_session(
            db,
            cora,
            SessionForm(
                case_id=case_id,
                starts_at=NOW - timedelta(hours=2),
                ends_at=NOW - timedelta(hours=1),
                contact_type=ContactType.IN_PERSON,
                room="Room 1",
            ),
        )
        session_service.save_note(db, cora, session_id, Section.NOTES, "first meeting", 0)
        return case_service.get_outline(db, cora, case_id).code

    code = made.worker("cora").call(write)
    admin = made.handles["admin"]
    made.worker("admin").call(lambda db: UserService(db, admin).disable_user("cora"))
    made.close()
    return code


def test_a_case_is_handed_over_with_the_recovery_identity_from_a_file(
    qtbot: QtBot, made: MadeVault, tmp_path: Path
) -> None:
    code = _case_of_a_worker_who_left(made)
    ctx = signed_in_context(made)
    try:
        panel = _panel(qtbot, ctx)
        qtbot.waitUntil(panel.handover_button.isEnabled, timeout=10_000)
        dialog = panel.open_handover()
        assert isinstance(dialog, HandoverDialog)
        qtbot.waitUntil(dialog.hand_over_button.isEnabled, timeout=10_000)

        # A file that is not an identity: one clear message, the field stays empty.
        junk = tmp_path / "notes.txt"
        junk.write_bytes(b"\xff\xfe not an identity")
        dialog.read_identity_file(junk)
        assert "holds no recovery identity" in dialog.message.text()
        assert dialog.recovery.text() == ""

        key_file = tmp_path / "recovery.txt"
        key_file.write_text(f"# made by tjdesk init\n{made.recovery_identity}\n")
        dialog.read_identity_file(key_file)
        assert dialog.message.text() == "Recovery identity loaded."
        assert dialog.recovery.echoMode() == dialog.recovery.EchoMode.Password

        dialog.case_code.setText(code)
        dialog.new_worker.setCurrentIndex(dialog.new_worker.findText("ben"))
        dialog.asked_by.setCurrentIndex(dialog.asked_by.findText("dora"))
        dialog.approved_by.setCurrentIndex(dialog.approved_by.findText("admin"))
        with qtbot.waitSignal(dialog.handed_over, timeout=30_000):
            dialog.hand_over_button.click()
        assert dialog.message.text() == "Handed over: Identity, Social-work notes."
        assert dialog.recovery.text() == ""  # the identity left the screen
        shot(dialog, "handover_done")
    finally:
        ctx.end_session()

    # ben, the new worker, opens the case: who handed it over, and when, is on the form.
    ben = made.handles["ben"].actor
    assert ben is not None
    worker = made.worker("ben")
    case_id = worker.call(lambda db: int(db.scalar("SELECT id FROM cases WHERE code = ?", (code,))))
    form = CaseDialog(worker, ben, case_id=case_id)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(form.handed_over.isVisible, timeout=10_000)
    text = form.handed_over.text()
    assert "Identity: handed over to you on " in text
    assert "Social-work notes: handed over to you on " in text
    assert text.count("by admin (asked by dora)") == 2
    # ...and the identity opens for him now.
    with qtbot.waitSignal(form.identity_shown, timeout=10_000):
        form.show_identity()
    assert form.real_name.text() == "Real Name"


def test_a_remaining_reader_is_offered_the_handover_in_the_case_form(
    qtbot: QtBot, made: MadeVault
) -> None:
    cora = made.handles["cora"].actor
    dora = made.handles["dora"].actor
    assert cora is not None and dora is not None
    case_id = made.worker("cora").call(
        lambda db: case_service.create_case(db, cora, CaseForm(case_type=CaseType.OTHER))
    )
    made.close()
    form = CaseDialog(made.worker("cora"), cora, case_id=case_id)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: form.hand_over_button.isVisible(), timeout=10_000)
    assert not form.handed_over.isVisible()
    handover = form.open_handover()
    assert isinstance(handover, HandoverDialog)
    assert not handover.recovery.isVisible()  # a reader hands over with her own keys
    handover.close()
