"""Issue 17, item 9: the assigned worker enters the identity in the new-case form itself, and
saving says so with the new case's code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.cases.conftest import audit_actions
from tests.ui.cases.test_cases_area import make_area
from tjdesk.actors import Actor
from tjdesk.cases import case_service
from tjdesk.vault.worker import VaultWorker
from ui.cases.case_dialog import CaseDialog


def test_identity_is_typed_in_the_new_case_form_and_the_code_is_shown(
    qtbot, keep, vault_worker: VaultWorker, staff: dict[str, Actor]
) -> None:
    counselor = staff["counselor"]
    area = make_area(qtbot, keep, vault_worker, counselor)
    dialog = area.open_case(None)
    assert isinstance(dialog, CaseDialog)
    qtbot.waitUntil(
        lambda: dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled(),
        timeout=10_000,
    )
    # No "Show identity" step for a case that does not exist yet: the fields are there.
    assert dialog.identity_group.isVisible()
    assert dialog.real_name.isVisible() and not dialog.real_name.isReadOnly()
    assert not dialog.show_identity_button.isVisible()
    qtbot.keyClicks(dialog.nickname, "Fern")
    qtbot.keyClicks(dialog.real_name, "Somsri Kaewmanee")
    qtbot.keyClicks(dialog.location, "Soi 12")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    case_id = saved.args[0]

    code = vault_worker.call(lambda db: case_service.load_outline(db, case_id).code)
    assert area.saved_note.isVisible()
    assert area.saved_note.text() == f"Case {code} was opened and saved."
    identity = vault_worker.call(lambda db: case_service.show_identity(db, counselor, case_id))
    assert (identity.real_name, identity.current_location) == ("Somsri Kaewmanee", "Soi 12")
    assert identity.version == 2  # saved over the empty section create_case made
    assert "case.create" in {row["action"] for row in audit_actions(vault_worker)}


def test_a_supervisor_never_sees_identity_fields(
    qtbot, keep, vault_worker: VaultWorker, staff: dict[str, Actor]
) -> None:
    area = make_area(qtbot, keep, vault_worker, staff["supervisor"])
    dialog = CaseDialog(vault_worker, staff["supervisor"])
    keep(dialog)
    qtbot.waitUntil(lambda: dialog._restoring is False, timeout=10_000)
    assert not dialog.identity_group.isVisible()
    assert area is not None
