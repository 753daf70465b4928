"""The session form when the vault's recovery identity was changed outside TJ Desk: the
counselor reads why her note was not saved, and nothing is sealed to the changed recipient."""

from __future__ import annotations

import pyrage
from PySide6.QtCore import QDate, QTime

from tjdesk.actors import Actor
from tjdesk.cases import case_service
from tjdesk.cases.codes import CaseType, ContactType
from tjdesk.cases.records import CaseForm
from tjdesk.policy import Section
from tjdesk.vault.database import Database
from tjdesk.vault.worker import VaultWorker
from ui.cases.session_dialog import SessionDialog


def test_a_note_is_refused_in_plain_words_when_the_recovery_identity_was_changed(
    qtbot, keep, vault_worker: VaultWorker, staff: dict[str, Actor]
) -> None:
    counselor = staff["counselor"]
    case_id = vault_worker.call(
        lambda db: case_service.create_case(db, counselor, CaseForm(case_type=CaseType.OTHER))
    )
    insiders = str(pyrage.x25519.Identity.generate().to_public())

    def change_recovery_row(db: Database) -> None:  # as a plain SQLCipher tool would
        with db.transaction():
            db.execute(
                "UPDATE settings SET value = ? WHERE key = 'recovery_recipient'", (insiders,)
            )

    keys_before = vault_worker.call(lambda db: db.query("SELECT * FROM section_keys"))
    vault_worker.call(change_recovery_row)
    dialog = SessionDialog(vault_worker, counselor)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        keep(dialog)
    dialog.case_box.setCurrentIndex(dialog.case_box.findData(case_id))
    dialog.day.setDate(QDate.currentDate().addDays(-1))
    dialog.starts.setTime(QTime(10, 0))
    dialog.ends.setTime(QTime(11, 0))
    dialog.room.setText("Counseling room 1")
    dialog.contact.setCurrentIndex(dialog.contact.findData(ContactType.HOTLINE_CALL.code))
    dialog.editors[Section.NOTES].text.setPlainText("a note that must not be sealed")
    with qtbot.waitSignal(dialog.failed, timeout=10000):
        dialog.save()
    qtbot.waitUntil(
        lambda: "recovery identity was changed outside TJ Desk" in dialog.message.text(),
        timeout=10000,
    )
    assert "Ask an administrator to check the audit trail" in dialog.message.text()
    assert vault_worker.call(lambda db: db.scalar("SELECT count(*) FROM session_notes")) == 0
    # No new key: nothing was sealed to the changed recipient.
    assert vault_worker.call(lambda db: db.query("SELECT * FROM section_keys")) == keys_before


def test_a_note_is_refused_in_plain_words_when_the_team_was_changed_outside(
    qtbot, keep, vault_worker: VaultWorker, staff: dict[str, Actor]
) -> None:
    """A colleague off the case put himself on its team with a plain SQLCipher tool: the
    counselor reads that the team was changed outside TJ Desk, and no new key is made."""
    counselor, insider = staff["counselor"], staff["nurse"]
    case_id = vault_worker.call(
        lambda db: case_service.create_case(db, counselor, CaseForm(case_type=CaseType.OTHER))
    )

    def add_himself(db: Database) -> None:  # as a plain SQLCipher tool would
        with db.transaction():
            db.execute(
                "INSERT INTO case_team (case_id, user_id, assigned) VALUES (?, ?, 0)",
                (case_id, insider.id),
            )

    keys_before = vault_worker.call(lambda db: db.query("SELECT * FROM section_keys"))
    vault_worker.call(add_himself)
    dialog = SessionDialog(vault_worker, counselor)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        keep(dialog)
    dialog.case_box.setCurrentIndex(dialog.case_box.findData(case_id))
    dialog.day.setDate(QDate.currentDate().addDays(-1))
    dialog.starts.setTime(QTime(10, 0))
    dialog.ends.setTime(QTime(11, 0))
    dialog.room.setText("Counseling room 1")
    dialog.contact.setCurrentIndex(dialog.contact.findData(ContactType.HOTLINE_CALL.code))
    dialog.editors[Section.NOTES].text.setPlainText("a note that must not be sealed")
    with qtbot.waitSignal(dialog.failed, timeout=10000):
        dialog.save()
    qtbot.waitUntil(
        lambda: "the case team was changed outside TJ Desk" in dialog.message.text(),
        timeout=10000,
    )
    assert "Ask an administrator to check the audit trail" in dialog.message.text()
    assert vault_worker.call(lambda db: db.scalar("SELECT count(*) FROM session_notes")) == 0
    assert vault_worker.call(lambda db: db.query("SELECT * FROM section_keys")) == keys_before
