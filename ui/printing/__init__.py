"""Printing for the whole app: HTML -> QTextDocument -> PDF, printer, or print preview, on A4.

Use it like this (the cases engineer's preliminary report, the visitors' rule sheets)::

    from ui.printing import Printable, write_pdf, print_with_dialog, preview

    doc = Printable(html=report_html, job_name="Preliminary report")
    write_pdf(doc, "/path/chosen/by/the/user.pdf")    # no dialog, no temporary file
    print_with_dialog(parent_widget, doc)             # Qt's print dialog
    preview(parent_widget, doc)                       # Qt's preview, can print from there

``job_name`` goes to the print spooler and the PDF's title: never put client data in it.
"""

from ui.printing.document import Printable, build_document, layout_for
from ui.printing.output import default_save_path, preview, print_with_dialog, render_to, write_pdf

__all__ = [
    "Printable",
    "build_document",
    "default_save_path",
    "layout_for",
    "preview",
    "print_with_dialog",
    "render_to",
    "write_pdf",
]
