"""Issue 17, item 1, for the visitors area: a visit form and the rule-sheet editor keep what was
typed at a lock or quick-hide, offered back at the same user's next sign-in, to no one else."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.shell.conftest import sign_in
from tjdesk.policy import Area
from ui import main_window
from ui.main_window import MainWindow
from ui.visitors.area import VisitorsArea
from ui.visitors.template_editor import TemplateEditorDialog
from ui.visitors.visit_dialog import VisitDialog

REAL_VISITORS_AREA = ((Area.VISITORS, "ui.visitors.area", "VisitorsArea", "Visitor briefings"),)
ORGANISATION = "Mekong Youth Network"
NAMES = "Jane Doe; UNODC\nSomchai Dee"
RULE = "Do not photograph the garden."


@pytest.fixture(autouse=True)
def real_visitors_area(monkeypatch: pytest.MonkeyPatch, fake_areas: None) -> None:
    monkeypatch.setattr(main_window, "AREAS", REAL_VISITORS_AREA)


def _area(qtbot: QtBot, window: MainWindow) -> VisitorsArea:
    area = window.areas[Area.VISITORS]
    assert isinstance(area, VisitorsArea)
    qtbot.waitUntil(lambda: bool(area.languages), timeout=15_000)
    return area


def _unlock(qtbot: QtBot, window: MainWindow, password: str) -> None:
    form = window.lock_screen.form
    form.password_edit.setText(password)
    with qtbot.waitSignal(window.ctx.signed_in, timeout=20_000):
        form.submit_button.click()


def _kept_bar(qtbot: QtBot, area: VisitorsArea) -> str:
    qtbot.waitUntil(lambda: area.kept_bar.isVisible(), timeout=10_000)
    return area.kept_label.text()


def test_a_new_visit_typed_then_locked_is_offered_back_to_its_writer_only(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    sign_in(qtbot, window, "rita", made.password)
    area = _area(qtbot, window)
    area.new_visit()
    dialog = area.dialog
    assert isinstance(dialog, VisitDialog)
    qtbot.keyClicks(dialog.organisation, ORGANISATION)
    dialog.names.setPlainText(NAMES)
    dialog.briefed.setChecked(True)
    qtbot.keyClick(dialog.organisation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen is window.lock_screen
    assert not dialog.isVisible()

    # The administrator signs in at the same desk: nothing of rita's form is offered.
    window.lock_screen.switch_button.click()
    sign_in(qtbot, window, "admin", made.password)
    admin_area = _area(qtbot, window)
    with qtbot.waitSignal(admin_area.visits_loaded, timeout=5000, raising=False):
        pass
    assert not admin_area.kept_bar.isVisible()

    window.lock()
    window.lock_screen.switch_button.click()
    sign_in(qtbot, window, "rita", made.password)
    area = _area(qtbot, window)
    assert "What you were typing was kept" in _kept_bar(qtbot, area)
    area.open_kept_drafts()
    qtbot.waitUntil(lambda: isinstance(area.dialog, VisitDialog), timeout=10_000)
    reopened = area.dialog
    assert isinstance(reopened, VisitDialog)
    qtbot.waitUntil(lambda: reopened.organisation.text() == ORGANISATION, timeout=10_000)
    assert reopened.names.toPlainText() == NAMES
    assert reopened.briefed.isChecked()

    # Cancel drops it: the next sign-in offers nothing.
    reopened.reject()
    window.lock()
    _unlock(qtbot, window, made.password)
    area = _area(qtbot, window)
    with qtbot.waitSignal(area.visits_loaded, timeout=5000, raising=False):
        pass
    assert not area.kept_bar.isVisible()


def test_the_rule_sheet_editor_keeps_its_typing_through_a_quick_hide(
    qtbot: QtBot, window: MainWindow, made: MadeVault
) -> None:
    sign_in(qtbot, window, "admin", made.password)
    area = _area(qtbot, window)
    area.edit_templates()
    editor = area.dialog
    assert isinstance(editor, TemplateEditorDialog)
    obligations = editor.fields["obligations"]
    qtbot.waitUntil(lambda: bool(obligations.toPlainText()), timeout=10_000)
    typed = obligations.toPlainText() + "\n\n" + RULE
    obligations.setPlainText(typed)

    window.quick_hide()
    qtbot.keyClick(window.neutral, Qt.Key.Key_Return)  # on to the lock screen
    _unlock(qtbot, window, made.password)

    area = _area(qtbot, window)
    assert "What you were typing was kept" in _kept_bar(qtbot, area)
    area.open_kept_drafts()
    reopened = area.dialog
    assert isinstance(reopened, TemplateEditorDialog)
    field = reopened.fields["obligations"]
    qtbot.waitUntil(lambda: field.toPlainText() == typed, timeout=10_000)
    assert "restored" in reopened.status.text()
