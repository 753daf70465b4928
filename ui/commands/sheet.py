"""``tjdesk sheet``: the visitor rule sheet as an A4 PDF, with the print dialog's own code.

Without ``--visit`` it needs no vault and prints the shipped Thai and English sheets (or, with
``--user``, the shelter's current ones). With ``--visit ID`` it signs in (``--user`` plus a
password from the prompt or ``--password-stdin``), fills in the visit's date and names, and
records the print in the visit and the audit trail.
"""

from __future__ import annotations

import argparse
import datetime
import getpass
import os
import sys
from pathlib import Path

from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "sheet",
        help="write the visitor rule sheet (Thai and English) to a PDF",
        description="Write the visitor rule sheet to an A4 PDF.",
    )
    parser.add_argument(
        "--lang", default="th,en", help="languages, comma-separated, in order (default: th,en)"
    )
    parser.add_argument(
        "--visit", type=int, metavar="ID", help="fill in this visit's date and names"
    )
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    parser.add_argument(
        "--side-by-side", action="store_true", help="all languages on one page, in columns"
    )
    parser.add_argument("--thai-digits", action="store_true", help="Thai digits in Thai dates")
    parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="the date printed on a sheet with no visit (Buddhist Era years accepted; "
        "default: a blank line)",
    )
    parser.add_argument(
        "--lines",
        type=int,
        metavar="N",
        help="blank signature lines (default: 8, or a visit's head count minus its names)",
    )
    parser.add_argument("--user", help="sign in as this user (needed with --visit)")
    parser.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    parser.set_defaults(func=run)


def _languages(text: str) -> tuple[str, ...]:
    codes = tuple(code.strip() for code in text.split(",") if code.strip())
    if not codes:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Choose at least one language."))
    return codes


def _date(text: str | None) -> datetime.date | None:
    if not text:
        return None
    from tjdesk.thai.dates import parse_year

    try:
        year, month, day = (int(part) for part in text.split("-"))
        return datetime.date(parse_year(year), month, day)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The date %1 is not a date (use YYYY-MM-DD)."), text
        ) from None


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass("Password: ")


def _check_out_path(out: Path) -> None:
    if out.suffix.lower() != ".pdf":
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The output file must end in .pdf."))
    if not out.parent.is_dir():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "The folder %1 does not exist."), str(out.parent)
        )


def run(args: argparse.Namespace) -> int:
    from tjdesk.visits.sheet import MAX_SIGNATURE_LINES
    from tjdesk.visits.sheet_service import (
        SheetOptions,
        prepare_blank_sheet,
        prepare_visit_sheet,
    )

    out = Path(args.out).expanduser()
    _check_out_path(out)
    if args.lines is not None and not 0 <= args.lines <= MAX_SIGNATURE_LINES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Blank lines must be 0 to %1."), MAX_SIGNATURE_LINES
        )
    if args.visit is not None and not args.user:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Printing a visit's sheet needs --user (sign in).")
        )
    options = SheetOptions(
        languages=_languages(args.lang),
        side_by_side=args.side_by_side,
        thai_digits=args.thai_digits,
        date=_date(args.date),
        blank_lines=args.lines,
    )
    app = _gui_application()
    from ui.printing.output import write_pdf
    from ui.visitors.printable import sheet_printable

    if not args.user:
        prepared = prepare_blank_sheet(None, options)
        write_pdf(sheet_printable(prepared, options.side_by_side), out)
        del app
        return 0

    from tjdesk import paths
    from tjdesk.vault.vault import unlock
    from tjdesk.visits.visit_log import record_print

    unlocked = unlock(paths.vault_dir(args.vault), args.user, _password(args))
    db = unlocked.open_database()
    try:
        if args.visit is None:
            prepared = prepare_blank_sheet(db, options)
        else:
            prepared = prepare_visit_sheet(db, unlocked.actor, args.visit, options)
        # The PDF is the user's chosen output; nothing is written anywhere else.
        write_pdf(sheet_printable(prepared, options.side_by_side), out)
        if args.visit is not None:
            record_print(db, unlocked.actor, args.visit, prepared.template_ids)
    finally:
        db.close()
    if prepared.rendered.address_cuts:
        print(
            "tjdesk: something matched the shelter's address and was left off the sheet.",
            file=sys.stderr,
        )
    del app
    return 0


def _gui_application() -> object:
    """A QGuiApplication for fonts and PDF output; offscreen, so no display is needed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from ui.fonts import register_fonts

    app = QGuiApplication.instance() or QGuiApplication(["tjdesk"])
    register_fonts()
    return app
