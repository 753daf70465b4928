"""The certified staff roster, exported by the vault to the alarm folder for the alarm service.

The alarm service has no database key: it checks who signed a command (reset, stop, drill,
settings) against this copy of the vault's roots and user certificates. The copy needs no
secrecy (staff names, roles and public keys), only integrity, and it carries its own: every
record is re-checked here from the root keys, exactly as the vault checks it
(tjdesk/vault/roster.py). Someone who replaces the file with a roster of their own making
changes its root; the service refuses a root it has not seen before (the journal remembers
the first ones it trusted).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tjdesk.vault.atomic_file import write_atomic
from tjdesk.vault.roster import (
    CERTIFICATE_ROWS,
    ROOT_ROWS,
    Roster,
    build,
    fingerprint,
    vault_id,
)

if TYPE_CHECKING:
    from tjdesk.vault.database import Database

ROSTER_FILE = "staff-roster.json"
FORMAT = "tjdesk-staff-roster-1"
_MAX_BYTES = 4 * 1024 * 1024


def roster_path(alarm_folder: Path) -> Path:
    return Path(alarm_folder) / ROSTER_FILE


def export_roster(db: Database, alarm_folder: Path) -> Path | None:
    """Write the vault's roster for the alarm service (at sign-in); None before signing."""
    roots = db.query(ROOT_ROWS)
    if not roots:
        return None
    document = {
        "format": FORMAT,
        "vault_id": vault_id(db),
        "roots": roots,
        "certificates": db.query(CERTIFICATE_ROWS),
    }
    path = roster_path(alarm_folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if path.is_file() and path.read_text(encoding="utf-8", errors="replace") == text:
        return path  # unchanged: no rewrite, no reload in the service
    write_atomic(path, text.encode("utf-8"))
    return path


@dataclass(frozen=True)
class LoadedRoster:
    roster: Roster
    root_fingerprints: tuple[str, ...]


class RosterUnreadable(ValueError):
    pass


def load_roster(path: Path) -> LoadedRoster | None:
    """The roster in ``path``, checked from its roots; None if there is no file."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(_MAX_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as err:
        raise RosterUnreadable(str(err)) from err
    try:
        document: Any = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ValueError("not a staff roster")
        roots, certificates = document["roots"], document["certificates"]
        if not isinstance(roots, list) or not isinstance(certificates, list):
            raise ValueError("not a staff roster")
        roster = build(str(document["vault_id"]), roots, certificates)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as err:
        raise RosterUnreadable(str(err)) from err
    if len(data) > _MAX_BYTES or not roster.roots:
        raise RosterUnreadable("empty or too large")
    return LoadedRoster(roster, tuple(fingerprint(r.public_key) for r in roster.roots))


def active_names(path: Path) -> list[str]:
    """The names of active certified staff, for the lock screen's "who is going?" choice."""
    try:
        loaded = load_roster(path)
    except RosterUnreadable:
        return []
    if loaded is None:
        return []
    return sorted(name for name, record in loaded.roster.records.items() if not record.disabled)
