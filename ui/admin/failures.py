"""What the administration screens say when something they asked of the vault failed.

Our errors (a wrong recovery key, a backup that is not one) are shown in their own words;
anything else is a bug, and the screen says calmly that nothing was changed instead of the
sign-in screen's "could not be opened": each change is one database transaction, and the user
changes that also write the key file check everything before writing it. The key panel says
something else (ui/admin/key_panel.py): a key change can fail after the database was re-keyed.
Only the error's type is logged: its text could hold client data.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from tjdesk.errors import TJDeskError
from ui.i18n import error_text

log = logging.getLogger(__name__)


def failure_text(err: BaseException) -> str:
    if not isinstance(err, TJDeskError):
        log.error("unexpected error in administration: %s", type(err).__name__)
    return error_text(
        err,
        QCoreApplication.translate("Administration", "That did not work. Nothing was changed."),
    )
