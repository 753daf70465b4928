"""A prepared rule sheet as a ui.printing Printable (one place for the sheet's page set-up)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tjdesk.visits.sheet_service import PreparedSheet
from ui.printing.document import Printable


def sheet_printable(prepared: PreparedSheet, side_by_side: bool) -> Printable:
    return sheet_html_printable(prepared.html, side_by_side)


def sheet_html_printable(html: str, side_by_side: bool = False) -> Printable:
    """The page set-up of every rule sheet, printed or previewed (the editor's preview too)."""
    return Printable(
        html=html,
        # The spooler and the PDF's title see only this generic name, never a visitor's.
        job_name=QCoreApplication.translate("VisitorSheet", "Visitor rule sheet"),
        base_point_size=10.0,
        margins_mm=12.0 if side_by_side else 15.0,
        # One language's sheet is one page: with other fonts, or a rule more, it is drawn a
        # little smaller rather than spill its last lines onto a page of their own.
        min_scale=0.85,
    )
