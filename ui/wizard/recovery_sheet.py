"""The recovery key sheet: printed, or saved as a PDF where the user chooses (never a temp file).

The sheet is laid out as a QTextDocument in the shipped faces (ui/fonts.py), so it prints the
same on any machine (see style.md section 8: without a Thai font Qt prints boxes, silently).
"""

from __future__ import annotations

import contextlib
import html
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault.errors import RECOVERY_KEY_CHARACTERS
from ui.fonts import MONO_FAMILY

SheetFields = Callable[[], tuple[str, str]]  # (shelter name, recovery key)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryKeySheet", text)


# (Literal contexts below: lupdate cannot read a context from a variable.)
HEADING = QT_TRANSLATE_NOOP("RecoveryKeySheet", "TJ Desk recovery key")
SHELTER = QT_TRANSLATE_NOOP("RecoveryKeySheet", "Shelter or room:")
MADE_ON = QT_TRANSLATE_NOOP("RecoveryKeySheet", "Made on:")
PURPOSE = QT_TRANSLATE_NOOP(
    "RecoveryKeySheet", "This key opens the encrypted vault when every password is lost."
)
ADVICE = (
    QT_TRANSLATE_NOOP("RecoveryKeySheet", "Keep this sheet locked away, not beside the computer."),
    QT_TRANSLATE_NOOP(
        "RecoveryKeySheet",
        "Anyone who holds it can read every record: never photograph it, never send it by "
        "e-mail or chat.",
    ),
    QT_TRANSLATE_NOOP(
        "RecoveryKeySheet",
        "To use it, an administrator types its %1 characters (the digits 0-9 and the letters "
        "a-f) into TJ Desk's recovery step to set a new administrator password.",
    ),
    QT_TRANSLATE_NOOP(
        "RecoveryKeySheet",
        "The lines starting AGE-SECRET-KEY-1 are the recovery identity: with the key above it "
        "opens every sealed case section, with TJ Desk's handover or with the standard age "
        "tool (see SECURITY.md). No staff password opens it.",
    ),
)
KEY_STYLE = f"font-family: '{MONO_FAMILY}'; font-size: 20pt; margin: 18px 0;"
# The fingerprint in the shipped monospace face too: CSS "monospace" would be whichever
# monospace font the machine has (or none).
FINGERPRINT_STYLE = f"font-family: '{MONO_FAMILY}'; font-size: 14pt;"
ROOT_FINGERPRINT = QT_TRANSLATE_NOOP("RecoveryKeySheet", "Root signing key fingerprint:")
ROOT_PURPOSE = QT_TRANSLATE_NOOP(
    "RecoveryKeySheet",
    "'tjdesk audit verify' and the Audit trail page show this fingerprint: if theirs differs, "
    "someone replaced the staff roster.",
)


def sheet_html(shelter: str, recovery_key: str, root_fingerprint: str | None = None) -> str:
    def text(source: str) -> str:
        return html.escape(_tr(source).replace("%1", str(RECOVERY_KEY_CHARACTERS)))

    key_lines = "<br>".join(html.escape(line) for line in recovery_key.splitlines())
    today = html.escape(QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat))
    items = "".join(f"<li>{text(line)}</li>" for line in ADVICE)
    return (
        f"<h1>{text(HEADING)}</h1>"
        f"<p><b>{text(SHELTER)}</b> {html.escape(shelter)}<br>"
        f"<b>{text(MADE_ON)}</b> {today}</p>"
        f'<p style="{KEY_STYLE}">{key_lines}</p>'
        f"<p>{text(PURPOSE)}</p>"
        f"<ul>{items}</ul>" + _root_html(root_fingerprint, text)
    )


def _root_html(fingerprint: str | None, text: Callable[[str], str]) -> str:
    """The first administrator's signing key, the anchor of the certified roster (issue 14)."""
    if not fingerprint:
        return ""
    return (
        f"<p><b>{text(ROOT_FINGERPRINT)}</b><br>"
        f'<span style="{FINGERPRINT_STYLE}">{html.escape(fingerprint)}'
        f"</span><br>{text(ROOT_PURPOSE)}</p>"
    )


def sheet_document(
    shelter: str, recovery_key: str, root_fingerprint: str | None = None
) -> QTextDocument:
    document = QTextDocument()
    try:
        from ui.fonts import sheet_font

        document.setDefaultFont(sheet_font(12))
    except Exception:  # noqa: BLE001 - a missing font module must not stop printing
        pass
    document.setHtml(sheet_html(shelter, recovery_key, root_fingerprint))
    return document


def write_pdf(
    path: Path, shelter: str, recovery_key: str, root_fingerprint: str | None = None
) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle("TJ Desk")
    writer.setCreator("TJ Desk")
    sheet_document(shelter, recovery_key, root_fingerprint).print_(writer)
    del writer  # closes and flushes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError("the PDF was not written")
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)  # like the CLI's key file: readable by its owner only


class RecoveryKeyPrinter:
    """Print preview (a real printer, or the printer dialog's own PDF) and Save as PDF."""

    def __init__(
        self, fields: SheetFields, root_fingerprint: Callable[[], str | None] = lambda: None
    ) -> None:
        self._fields = fields
        self._root_fingerprint = root_fingerprint

    def print_to(self, device: QPagedPaintDevice) -> None:
        shelter, key = self._fields()
        sheet_document(shelter, key, self._root_fingerprint()).print_(device)

    def preview(self, parent: QWidget) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName("TJ Desk")
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.paintRequested.connect(self.print_to)
        dialog.exec()

    def save_pdf_as(self, parent: QWidget) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("RecoveryKeySheet", "Save the recovery key as PDF"),
            str(Path.home() / "tjdesk-recovery-key.pdf"),
            QCoreApplication.translate("RecoveryKeySheet", "PDF files (*.pdf)"),
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            shelter, key = self._fields()
            write_pdf(target, shelter, key, self._root_fingerprint())
        except OSError:
            QMessageBox.warning(
                parent,
                "TJ Desk",
                QCoreApplication.translate("RecoveryKeySheet", "The PDF could not be saved there."),
            )
            return None
        QMessageBox.information(
            parent,
            "TJ Desk",
            QCoreApplication.translate(
                "RecoveryKeySheet",
                "Saved. Copy the PDF to a USB stick kept in a safe, or print it, then delete "
                "it from this computer.",
            ),
        )
        return target
