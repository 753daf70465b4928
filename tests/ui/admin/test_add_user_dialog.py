"""A bad user name is explained in the add-user dialog, which stays open with what was typed."""

from __future__ import annotations

from ui.admin.dialogs import AddUserDialog


def test_a_name_with_spaces_keeps_the_dialog_open(qtbot) -> None:
    dialog = AddUserDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("somsri k")
    dialog.display_edit.setText("Somsri Kaewmanee")
    with qtbot.assertNotEmitted(dialog.accepted):
        dialog.accept()
    assert dialog.isVisible()
    assert "without spaces" in dialog.problem.text() and dialog.problem.isVisible()
    assert dialog.display_edit.text() == "Somsri Kaewmanee"
    dialog.name_edit.setText("somsri")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.accept()
