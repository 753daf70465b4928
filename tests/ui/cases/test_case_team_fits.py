"""Seen in the English Xvfb walkthrough: in the new-case form the case team's last column,
"Assigned case worker", was cut off behind a sideways scroll bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.cases.conftest import add_user
from tests.ui.cases.test_cases_area import make_area
from tests.ui.i18n.screens import app_style  # noqa: F401 - the app's fonts and style sheet
from tjdesk.actors import Actor, Role
from tjdesk.vault.worker import VaultWorker

pytestmark = [pytest.mark.usefixtures("app_style")]


def test_the_case_team_shows_every_column_whole(
    qtbot, keep, vault_worker: VaultWorker, staff: dict[str, Actor], language: str
) -> None:
    add_user(vault_worker, "anong srisuk", Role.ADMINISTRATOR)  # a full name, a long role
    area = make_area(qtbot, keep, vault_worker, staff["counselor"])
    dialog = area.open_case(None)
    qtbot.waitUntil(
        lambda: dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled(),
        timeout=10_000,
    )
    qtbot.waitExposed(dialog)
    table = dialog.team_table
    header = table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    metrics = header.fontMetrics()
    for column in range(table.columnCount()):
        title = table.horizontalHeaderItem(column).text()
        assert (
            header.sectionViewportPosition(column) + header.sectionSize(column)
            <= table.viewport().width()
        ), title
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title), title
    for row in range(table.rowCount()):
        name = table.item(row, 0).text()
        shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, header.sectionSize(0) - 8)
        assert shown == name, name


def test_each_shortcut_key_of_the_case_form_is_used_once(
    qtbot, keep, vault_worker: VaultWorker, staff: dict[str, Actor], language: str
) -> None:
    """Seen in the walkthrough: Alias and Nationality both answered Alt+A (in Thai too)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    area = make_area(qtbot, keep, vault_worker, staff["counselor"])
    dialog = area.open_case(None)
    qtbot.waitUntil(lambda: dialog._ready, timeout=10_000)
    keys = []
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        if widget.isVisibleTo(dialog) and "&" in widget.text().replace("&&", ""):
            keys.append(widget.text().replace("&&", "").split("&")[1][0].lower())
    assert len(keys) == len(set(keys)), sorted(keys)
