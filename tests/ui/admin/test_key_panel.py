"""Changing the vault key from the admin area: a new recovery key shown once, the old one dead,
the administrator still signed in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.admin.conftest import shot
from tjdesk.vault import vault
from tjdesk.vault.errors import VaultError
from ui.admin.key_panel import KeyPanel, NewRecoveryKeyDialog
from ui.admin.key_reminder import key_news
from ui.context import AppContext


def _panel(qtbot: QtBot, ctx: AppContext) -> KeyPanel:
    panel = KeyPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(760, 360)
    panel.show()
    return panel


def test_rotation_shows_a_new_key_and_the_old_one_stops_working(
    qtbot: QtBot, made: MadeVault, admin_ctx: AppContext
) -> None:
    panel = _panel(qtbot, admin_ctx)
    shot(panel, "key_panel")
    old_worker = admin_ctx.worker
    panel.confirm = lambda: True  # type: ignore[method-assign]
    with qtbot.waitSignal(panel.rotated, timeout=60_000):
        panel.rotate_button.click()
    dialog = panel.key_dialog
    assert isinstance(dialog, NewRecoveryKeyDialog) and dialog.isVisible()
    new_key = dialog.key_label.text()
    assert len(new_key.split()) == 16 and new_key != made.recovery_key
    shot(dialog, "new_recovery_key")

    # It cannot be closed before the key is stored.
    assert not dialog.close_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    dialog.stored.setChecked(True)
    dialog.close_button.click()
    assert not dialog.isVisible() and dialog.key_label.text() == ""

    with pytest.raises(VaultError):
        vault.unlock_with_recovery_key(made.folder, made.recovery_key)
    assert vault.unlock_with_recovery_key(made.folder, new_key).actor is None

    # Still signed in, on a fresh worker with the new key.
    assert admin_ctx.is_signed_in and admin_ctx.worker is not old_worker
    assert admin_ctx.worker is not None
    count = admin_ctx.worker.submit(
        lambda db: db.scalar("SELECT count(*) FROM audit_log WHERE action = 'vault.key_rotated'")
    ).result(10)
    assert count == 1
    # Everyone's password still opens it.
    assert vault.unlock(made.folder, "admin", made.password).actor is not None
    assert vault.unlock(made.folder, "ann", made.password).actor is not None


def test_cancelled_confirmation_changes_nothing(
    qtbot: QtBot, made: MadeVault, admin_ctx: AppContext
) -> None:
    panel = _panel(qtbot, admin_ctx)
    worker = admin_ctx.worker
    panel.confirm = lambda: False  # type: ignore[method-assign]
    panel.rotate_button.click()
    assert admin_ctx.worker is worker and not worker.closed  # type: ignore[union-attr]
    assert vault.unlock_with_recovery_key(made.folder, made.recovery_key) is not None


def test_vault_open_elsewhere_keeps_the_old_key_and_the_session(
    qtbot: QtBot, made: MadeVault, admin_ctx: AppContext
) -> None:
    made.worker("ann")  # another window with the vault open
    panel = _panel(qtbot, admin_ctx)
    panel.confirm = lambda: True  # type: ignore[method-assign]
    with qtbot.waitSignal(panel.failed, timeout=60_000):
        panel.rotate_button.click()
    assert "open elsewhere" in panel.status.text()
    assert panel.key_dialog is None
    assert admin_ctx.worker is not None
    assert admin_ctx.worker.submit(lambda db: db.scalar("SELECT 1")).result(10) == 1
    assert vault.unlock_with_recovery_key(made.folder, made.recovery_key) is not None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, NewRecoveryKeyDialog)]


def test_a_lock_takes_the_key_off_the_screen(
    qtbot: QtBot, made: MadeVault, admin_ctx: AppContext, tmp_path: Path
) -> None:
    dialog = NewRecoveryKeyDialog("AAAA " * 16, "Test shelter")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.hide()  # what the main window's lock does to every dialog
    assert dialog.key_label.text() == ""


def test_a_lock_during_rotation_shows_no_key_and_says_so_after_unlock(
    qtbot: QtBot, made: MadeVault, admin_ctx: AppContext
) -> None:
    panel = _panel(qtbot, admin_ctx)
    worker = admin_ctx.worker
    assert worker is not None
    panel.confirm = lambda: True  # type: ignore[method-assign]
    panel.rotate_button.click()
    rotation = panel.rotation
    assert rotation is not None
    admin_ctx.end_session()  # the screen locks before the rotation reports back
    qtbot.waitUntil(lambda: not rotation.is_alive(), timeout=60_000)
    assert panel.key_dialog is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, NewRecoveryKeyDialog)]
    with pytest.raises(VaultError):
        vault.unlock_with_recovery_key(made.folder, made.recovery_key)  # it did rotate
    handle = vault.unlock(made.folder, "admin", made.password)  # and the password opens it
    assert handle.actor is not None
    admin_ctx.begin_session(handle.open_worker(), handle.actor, 5, handle)
    again = _panel(qtbot, admin_ctx)
    qtbot.waitUntil(lambda: "never shown" in again.status.text(), timeout=10_000)
    assert again.status.text() == (
        "The key was changed, but the new recovery key was never shown (the screen locked, "
        "or the computer stopped, before it could be). Change the key again to get one."
    )

    # Changing it again and ticking "stored" is what clears the warning, for every admin.
    again.confirm = lambda: True  # type: ignore[method-assign]
    with qtbot.waitSignal(again.rotated, timeout=60_000):
        again.rotate_button.click()
    dialog = again.key_dialog
    assert dialog is not None
    with qtbot.waitSignal(key_news.stored, timeout=10_000):
        dialog.stored.setChecked(True)
        dialog.close_button.click()
    third = _panel(qtbot, admin_ctx)
    with qtbot.waitSignal(third.mark_checked, timeout=10_000) as answer:
        pass  # the answer comes through the event loop, after the panel is built
    assert answer.args == [False]
    assert "never shown" not in third.status.text()


MAY_NOT_HAVE_FINISHED = {
    "en": "The change of the vault's key may not have finished. Sign in again before doing "
    "anything else: signing in finishes it and says what to do next.",
    "th": "การเปลี่ยนกุญแจของที่เก็บข้อมูลเข้ารหัสอาจยังไม่เสร็จ โปรดเข้าสู่ระบบใหม่ก่อนทำสิ่งอื่น "
    "การเข้าสู่ระบบจะทำให้การเปลี่ยนนี้เสร็จ และบอกว่าต้องทำอะไรต่อ",
}


def test_an_unexpected_failure_says_to_sign_in_again_not_that_nothing_changed(
    qtbot: QtBot,
    made: MadeVault,
    admin_ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    language: str,
) -> None:
    """A failure that is not one of ours (the disk, say) may come after the database was
    re-keyed, so "nothing was changed" could be false: the panel says what to do instead."""
    from tjdesk.vault import rotate

    def disk_fails(_vault: object) -> object:
        raise OSError(28, "No space left on device: /home/somsri/vault/keys.json")

    monkeypatch.setattr(rotate, "rotate_key", disk_fails)
    panel = _panel(qtbot, admin_ctx)
    panel.confirm = lambda: True  # type: ignore[method-assign]
    with qtbot.waitSignal(panel.failed, timeout=60_000) as failed:
        panel.rotate_button.click()
    shown = panel.status.text()
    # Whole on the screen once the layout has taken the new text in.
    label = panel.status
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    shot(panel, f"key-panel-failure-{language}")
    assert failed.args == [shown]
    assert shown.replace("\u200b", "") == MAY_NOT_HAVE_FINISHED[language]
    assert panel.key_dialog is None and panel.rotate_button.isEnabled()
    # The log names the kind of failure, never the path (a user's folder) in its message.
    assert "OSError" in caplog.text and "somsri" not in caplog.text
    # The session goes on with the old key.
    assert admin_ctx.worker is not None
    assert admin_ctx.worker.submit(lambda db: db.scalar("SELECT 1")).result(10) == 1
    assert vault.unlock_with_recovery_key(made.folder, made.recovery_key) is not None
