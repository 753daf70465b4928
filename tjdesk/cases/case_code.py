"""Case codes like ``C-2026-0042``: a yearly counter, never derived from the person."""

from __future__ import annotations

import re

from tjdesk.vault.database import Database

CODE_PATTERN = re.compile(r"^C-(\d{4})-(\d{4,})$")


def format_case_code(year: int, number: int) -> str:
    return f"C-{year:04d}-{number:04d}"


def next_case_code(db: Database, year: int) -> str:
    """Take the next number for ``year``; call inside the transaction that creates the case."""
    with db.transaction():
        db.execute(
            "INSERT INTO case_code_counter (year, last_number) VALUES (?, 1)"
            " ON CONFLICT (year) DO UPDATE SET last_number = last_number + 1",
            (year,),
        )
        number = int(db.scalar("SELECT last_number FROM case_code_counter WHERE year = ?", (year,)))
    return format_case_code(year, number)
