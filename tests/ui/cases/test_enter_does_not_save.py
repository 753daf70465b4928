"""A stray Enter in a form field never saves a half-filled case or session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from tests.helpers.vaults import make_vault
from tjdesk.actors import Role
from ui.cases.case_dialog import CaseDialog
from ui.cases.session_dialog import SessionDialog


def test_enter_in_a_field_saves_nothing(qtbot, tmp_path) -> None:
    made = make_vault(tmp_path, users=[("ann", Role.COUNSELOR)])
    worker = made.worker("ann")
    actor = made.handles["ann"].actor
    try:
        for dialog in (CaseDialog(worker, actor), SessionDialog(worker, actor)):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
            qtbot.waitUntil(save.isEnabled, timeout=10_000)  # the form has loaded
            field = next(f for f in dialog.findChildren(QLineEdit) if f.isVisible())
            field.setFocus()
            with qtbot.assertNotEmitted(dialog.buttons.accepted):
                qtbot.keyClick(field, Qt.Key.Key_Return)
                qtbot.keyClick(field, Qt.Key.Key_Enter)
            assert dialog.isVisible()
        assert worker.call(lambda db: db.scalar("SELECT count(*) FROM cases")) == 0
    finally:
        made.close()
