"""Enter in a form field moves to the next field; it never saves a half-filled form.

QA found a stray Enter creating an empty case, which cannot be deleted. QDialog clicks its
default button on Enter (and QDialogButtonBox makes Save the default when the dialog is
shown), so the dialogs route Enter through here: a focused button is pressed as usual,
anything else moves on. Saving stays on the Save button and Ctrl+S.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QDialog

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def handle_enter(dialog: QDialog, event: QKeyEvent) -> bool:
    """True if the Enter key press was handled here (the dialog must not see it)."""
    if event.key() not in ENTER_KEYS or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return False
    focus = dialog.focusWidget()
    if isinstance(focus, QAbstractButton):
        focus.click()
    else:
        dialog.focusNextChild()
    event.accept()
    return True
