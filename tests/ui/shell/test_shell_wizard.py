"""First run: the wizard creates a vault and shows, once, a recovery key that opens it."""

from __future__ import annotations

import stat
from pathlib import Path

import pyrage
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import TEST_KDF
from tjdesk.vault import vault
from tjdesk.vault.sealing import recovery_recipient
from ui.context import AppContext
from ui.wizard.wizard import FirstRunWizard

PASSWORD = "a long pass phrase"


def _walk_to_key_page(qtbot: QtBot, folder: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(AppContext(folder, language="en"), kdf=TEST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()  # language page: keep the choice

    assert wizard.currentPage() is wizard.shelter_page
    assert not next_button.isEnabled()  # a name is needed
    wizard.shelter_page.name_edit.setText("Kredtrakarn shelter, counseling room 2")
    assert next_button.isEnabled()
    next_button.click()

    page = wizard.admin_page
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    page.name_edit.setText("somchai")
    page.password_edit.setText("short")
    assert "Too short" in page.strength.text()
    assert not commit.isEnabled()
    page.password_edit.setText(PASSWORD)
    page.confirm_edit.setText(PASSWORD + "x")
    assert "differ" in page.strength.text()
    assert not commit.isEnabled()
    page.confirm_edit.setText(PASSWORD)
    assert commit.isEnabled()
    commit.click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.key_page, timeout=30_000)
    return wizard


def test_wizard_creates_a_vault_whose_recovery_key_opens_it(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    wizard = _walk_to_key_page(qtbot, folder)
    assert vault.inspect(folder) is vault.VaultState.READY

    # The database key, then (issue 13) the recovery identity that opens sealed sections.
    shown, identity_lines = wizard.key_page.key_label.text().split("\n\n")
    assert len(shown.split()) == 16  # sixteen groups of four hex digits
    opened = vault.unlock_with_recovery_key(folder, shown)
    assert opened.vault_id
    identity = pyrage.x25519.Identity.from_str("".join(identity_lines.split()))
    db = opened.open_database()
    try:
        assert recovery_recipient(db) == str(identity.to_public())
    finally:
        db.close()
    signed_in = vault.unlock(folder, "somchai", PASSWORD)
    assert signed_in.actor is not None and signed_in.actor.role.value == "administrator"
    assert wizard.admin_page.password_edit.text() == ""  # not kept after use

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.reject()  # Esc or the close box: refused while the key is not confirmed
    assert wizard.isVisible()
    assert wizard.key_page.message.isVisible()

    wizard.key_page.stored.setChecked(True)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.finished) as finished:
        finish.click()
    assert finished.args == [QWizard.DialogCode.Accepted.value]
    assert wizard.admin_name == "somchai"
    assert wizard.key_page.key_label.text() == ""  # shown once, then forgotten


def test_a_bad_administrator_name_is_explained_and_nothing_is_created(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    wizard = FirstRunWizard(AppContext(folder, language="en"), kdf=TEST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.shelter_page.name_edit.setText("Room 1")
    wizard.next()
    page = wizard.admin_page
    page.name_edit.setText("bad name with spaces and / slashes")
    page.password_edit.setText(PASSWORD)
    page.confirm_edit.setText(PASSWORD)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(page.message.isVisible, timeout=30_000)
    assert wizard.currentPage() is page
    assert page.message.text()
    assert vault.inspect(folder) is vault.VaultState.NO_VAULT


def test_the_recovery_key_is_saved_as_a_pdf_only_where_the_user_chose(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = _walk_to_key_page(qtbot, tmp_path / "vault")
    target = tmp_path / "chosen" / "my-key"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text: told.append(text))
    )
    wizard.key_page.pdf_button.click()
    saved = target.with_suffix(".pdf")
    assert saved.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert told and "Saved" in told[0]
    assert sorted(p.name for p in target.parent.iterdir()) == ["my-key.pdf"]


def test_the_recovery_sheet_carries_the_root_fingerprint_that_verify_shows(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from tjdesk import audit, audit_report
    from ui.wizard.recovery_sheet import sheet_document

    folder = tmp_path / "vault"
    wizard = _walk_to_key_page(qtbot, folder)
    shelter, key = wizard._sheet_fields()
    printed = sheet_document(shelter, key, wizard.root_fingerprint).toPlainText()

    db = vault.unlock(folder, "somchai", PASSWORD).open_database()
    try:
        report = [line.filled() for line in audit_report.describe(audit.verify(db))]
    finally:
        db.close()
    assert wizard.root_fingerprint and wizard.root_fingerprint in printed
    assert "Root signing key fingerprint:" in printed
    assert any(
        wizard.root_fingerprint in line and "compare with your recovery sheet" in line
        for line in report
    )
    wizard.key_page.stored.setChecked(True)
    wizard.accept()
