"""An administrator from a 0.1 vault whose new signing key still waits for another
administrator's sign-in: the Users screen says why she cannot change users, in her language,
whole on the screen, and nothing changes (tjdesk/users.py's WAITING_FOR_CERTIFICATION)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.helpers.legacy import make_legacy_vault
from tests.helpers.vaults import DEFAULT_PASSWORD
from tests.ui.admin.conftest import shot
from tjdesk.actors import Role
from tjdesk.paths import keyslot_path
from tjdesk.vault import vault
from ui.admin.dialogs import OneTimePasswordDialog
from ui.admin.users_panel import UsersPanel
from ui.context import AppContext

REFUSAL = {
    "en": "Your account's new signing key is waiting for another administrator to sign in and "
    "certify it. Until then you cannot add or change users. Nothing was changed.",
    "th": "กุญแจลงลายมือชื่อใหม่ของบัญชีคุณกำลังรอให้ผู้ดูแลระบบอีกคนเข้าสู่ระบบและรับรอง "
    "ระหว่างนี้คุณยังเพิ่มหรือแก้ไขผู้ใช้ไม่ได้ ไม่มีการเปลี่ยนแปลงใด ๆ",
}


def test_a_waiting_administrator_is_told_why_and_nothing_changes(
    qtbot: QtBot, tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = make_legacy_vault(
        tmp_path / "v", users=[("bea", Role.ADMINISTRATOR), ("bo", Role.NURSE)]
    )
    vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)  # signing begins; bea's key will wait
    bea = vault.unlock(made.folder, "bea", DEFAULT_PASSWORD)
    assert bea.actor is not None
    ctx = AppContext(made.folder, language=language)
    ctx.begin_session(bea.open_worker(), bea.actor, 5, bea)
    panel = UsersPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 420)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=10_000)
    keys_before = keyslot_path(made.folder).read_bytes()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )

    panel.select("bo")
    with qtbot.waitSignal(panel.failed, timeout=10_000) as refused:
        panel.reset_button.click()

    shown = panel.message.text()
    assert refused.args == [shown]
    assert shown.replace("\u200b", "") == REFUSAL[language]
    assert panel.message.isVisible()
    # Whole on the screen once the layout has taken the new text in.
    label = panel.message
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    shot(panel, f"users-waiting-administrator-{language}")
    # No one-time password was made, and bo still signs in with his own password.
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, OneTimePasswordDialog)]
    assert keyslot_path(made.folder).read_bytes() == keys_before
    assert vault.unlock(made.folder, "bo", DEFAULT_PASSWORD).actor is not None
    assert panel.reset_button.isEnabled()  # the screen is not left waiting
    ctx.end_session()
