"""One sealed section key in a vault, to check that backup, restore and rotation keep sealed
data whole (it replaced the plaintext FTS row these tests used before issue 13)."""

from __future__ import annotations

import pyrage

from tjdesk.vault import age_format
from tjdesk.vault.database import Database
from tjdesk.vault.sealing import recovery_recipient

SECRET_TEXT = b"safe house visit"


def add_sealed_row(db: Database) -> None:
    recipient = recovery_recipient(db)
    assert recipient is not None
    db.execute(
        "INSERT INTO cases (id, code, case_type, opened_on, created_at, updated_at)"
        " VALUES (7, 'C-2026-0007', 'other', '2026-01-01', '2026-01-01T00:00:00+00:00',"
        " '2026-01-01T00:00:00+00:00')"
    )
    db.execute(
        "INSERT INTO section_keys (case_id, section, generation, recipient, sealed_identity,"
        " created_at) VALUES (7, 'notes', 1, ?, ?, '2026-01-01T00:00:00+00:00')",
        (recipient, age_format.seal(SECRET_TEXT, [recipient])),
    )


def sealed_row_opens(db: Database, recovery_identity: str) -> bool:
    blob = db.scalar("SELECT sealed_identity FROM section_keys WHERE case_id = 7")
    if blob is None:
        return False
    identity = pyrage.x25519.Identity.from_str(recovery_identity)
    return age_format.unseal(bytes(blob), identity) == SECRET_TEXT
