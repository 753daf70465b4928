"""The main forms (new case, new session, new visit, add user) in Thai: every control named
for screen readers, no text cut off, no English left, Tab reaches every control."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from tests.helpers.vaults import MadeVault
from tests.ui.accessibility.controls import controls, describe, tab_chain, unnamed
from tests.ui.i18n.screens import ADMIN, SOCIAL_WORKER, clipped_texts, open_window, settle, sign_in
from tests.ui.i18n.test_live_switch import english_left
from tjdesk.policy import Area


def _open_dialog(qtbot: QtBot) -> QDialog:
    def shown() -> list[QDialog]:
        windows = QApplication.topLevelWidgets()
        return [w for w in windows if isinstance(w, QDialog) and w.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=10_000)
    dialog = shown()[0]
    qtbot.wait(200)  # its lists arrive from the vault
    settle(qtbot, dialog)
    return dialog


def _problems(qtbot: QtBot, dialog: QDialog) -> list[str]:
    name = type(dialog).__name__
    problems = [f"{name}: unnamed {w}" for w in unnamed(dialog)]
    problems += [f"{name}: {p}" for p in clipped_texts(dialog)]
    # (A sheet language is listed by its own name and code, e.g. "English (en)": data.)
    english = [t for t in english_left(dialog) if not t.endswith(")")]
    problems += [f"{name}: English {t!r}" for t in english]
    chain = tab_chain(dialog, limit=120)
    problems += [
        f"{name}: Tab does not reach {describe(w)}"
        for w in controls(dialog)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w not in chain
    ]
    dialog.reject()
    return problems


@pytest.mark.text_measure
@pytest.mark.usefixtures("app_style")
def test_the_main_forms_are_thai_named_and_reachable(
    qtbot: QtBot, made: MadeVault, alarm: object
) -> None:
    from ui.admin.users_panel import UsersPanel

    window = open_window(qtbot, made, alarm, "th")
    sign_in(qtbot, window, SOCIAL_WORKER, made.password)
    problems = []
    cases = window.areas[Area.SESSIONS]
    for opener in (
        lambda: cases.open_case(None),
        lambda: cases.open_session(None),
        window.areas[Area.VISITORS].new_visit,
    ):
        opener()
        problems += _problems(qtbot, _open_dialog(qtbot))
    window.close()

    window = open_window(qtbot, made, alarm, "th")
    sign_in(qtbot, window, ADMIN, made.password)
    users = window.areas[Area.ADMIN].findChild(UsersPanel)
    assert users is not None
    users.add_user()
    problems += _problems(qtbot, _open_dialog(qtbot))
    assert problems == []
