"""Dates and language names as the visitors area shows them."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication

from tjdesk.thai.dates import format_english_date, format_thai_datetime


def tr(text: str) -> str:
    return QCoreApplication.translate("VisitorsArea", text)


def visit_time_text(moment: datetime.datetime, language: str) -> str:
    """A visit's local time: Buddhist Era for a Thai interface, else Common Era."""
    if language.startswith("th"):
        return format_thai_datetime(moment)
    return f"{format_english_date(moment.date())} {moment:%H:%M}"


def error_text(err: BaseException) -> str:
    """A service error in the user's language; anything unexpected says so without details."""
    from ui.i18n import error_text as in_users_language

    # Arguments of our errors here are field names, codes and numbers, never client data;
    # field names are marked for translation in the same context.
    return in_users_language(
        err,
        tr("Something went wrong; nothing was changed. Please try again."),
        translate_args=True,
    )


def show_warning(parent: object, title: str, text: str) -> None:
    """A warning that does not block: the event loop (and the alarm banner) keeps running."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox, QWidget

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        text,
        QMessageBox.StandardButton.Ok,
        parent if isinstance(parent, QWidget) else None,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
