"""Reading the audit trail on screen: filtered pages, the chain check and its exported head.

Only administrators and directors may read the trail here (the check is in every call, not only
in the screens); each search, check and export is itself an audit entry. The trail holds who,
what, which record and when, never client content, so a page of it may be shown.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from tjdesk import audit, safe_json
from tjdesk.actors import Actor, Role
from tjdesk.clock import iso_utc
from tjdesk.errors import AccessDenied, InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault.database import Database, page_clause

AUDIT_READERS = frozenset({Role.ADMINISTRATOR, Role.DIRECTOR})
# Said wherever someone outside AUDIT_READERS asks for the trail (the GUI and `tjdesk audit`).
AUDIT_READERS_ONLY = QT_TRANSLATE_NOOP(
    "errors", "Only administrators and directors can read or check the audit trail."
)
HEAD_FORMAT = "tjdesk-audit-head"  # the same file as `tjdesk audit head --out`
PAGE_SIZE = 200
COLUMNS = ("seq", "at", "actor", "action", "target_type", "target_id", "detail")


@dataclass(frozen=True)
class AuditFilter:
    """Every field optional; text fields match exactly, except ``action`` which matches a prefix
    when it ends in a dot or a star ("case." finds every case action, "visit*" both visit. and
    visits.). Times are UTC, ``until`` exclusive."""

    actor: str | None = None
    action: str | None = None
    target_type: str | None = None
    target_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor:
            clauses.append("actor = ?")
            params.append(self.actor)
        if self.action:
            if self.action.endswith((".", "*")):
                prefix = self.action.rstrip("*")
                clauses.append("substr(action, 1, ?) = ?")
                params += [len(prefix), prefix]
            else:
                clauses.append("action = ?")
                params.append(self.action)
        if self.target_type:
            clauses.append("target_type = ?")
            params.append(self.target_type)
        if self.target_id:
            clauses.append("target_id = ?")
            params.append(self.target_id)
        if self.since is not None:
            clauses.append("at >= ?")
            params.append(iso_utc(self.since))
        if self.until is not None:
            clauses.append("at < ?")
            params.append(iso_utc(self.until))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def describe(self) -> str:
        """For the audit entry of the search itself: which filters were used, not their values
        (a record id is fine, but keep the entry short and uniform)."""
        used = [
            name
            for name in ("actor", "action", "target_type", "target_id", "since", "until")
            if getattr(self, name)
        ]
        return ",".join(used) or "all"


@dataclass(frozen=True)
class AuditPage:
    rows: list[dict[str, Any]]
    total: int  # rows matching the filter (for "showing 200 of 1,532")
    offset: int


def require_reader(actor: Actor | None) -> Actor:
    if actor is None or actor.role not in AUDIT_READERS:
        raise AccessDenied(AUDIT_READERS_ONLY)
    return actor


def search(
    db: Database,
    actor: Actor | None,
    where: AuditFilter,
    *,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> AuditPage:
    """One page of matching entries, newest first. The first page of a search is audited."""
    reader = require_reader(actor)
    clause, params = where.where()
    limit = max(1, min(int(limit), 1000))
    offset = max(0, int(offset))
    with db.transaction():
        total = int(db.scalar(f"SELECT count(*) FROM audit_log{clause}", tuple(params)))
        rows = db.query(
            f"SELECT {', '.join(COLUMNS)} FROM audit_log{clause}"
            f" ORDER BY seq DESC {page_clause(offset, limit)}",
            tuple(params),
        )
        if offset == 0:
            audit.record(db, reader.name, "audit.view", detail=where.describe())
    return AuditPage(rows, total, offset)


def check_trail(
    db: Database, actor: Actor | None, vault_id: str, head_file: dict[str, Any] | None = None
) -> audit.Verdict:
    """Walk the chain (and compare with an exported head, if given); audited."""
    reader = require_reader(actor)
    expected = None
    if head_file is not None:
        if head_file.get("vault_id") != vault_id:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "This checkpoint was exported from another vault.")
            )
        expected = audit.Head(int(head_file["seq"]), str(head_file["hash"]))
    verdict = audit.verify(db, expected)
    outcome = "intact" if verdict.intact else f"bad at {verdict.first_bad_seq}"
    audit.record(db, reader.name, "audit.verify", detail=outcome)
    return verdict


def export_head(db: Database, actor: Actor | None, vault_id: str, out: Path) -> dict[str, Any]:
    """Write the chain's last entry to a new file (the CLI's format); audited."""
    reader = require_reader(actor)
    out = Path(out)
    if out.exists():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "That file already exists."))
    with db.transaction():
        current = audit.head(db)
        document = {
            "format": HEAD_FORMAT,
            "vault_id": vault_id,
            "seq": current.seq,
            "hash": current.hash,
            "exported_at": iso_utc(),
        }
        try:
            fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(document, indent=1) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
        except OSError:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The file could not be written there.")
            ) from None
        audit.record(db, reader.name, "audit.head_export", detail=str(current.seq))
    return document


_MAX_HEAD_FILE = 64 * 1024


def parse_head(data: bytes) -> dict[str, Any]:
    """An exported head with every field checked; ValueError for anything else."""
    document = safe_json.loads_object(data, max_bytes=_MAX_HEAD_FILE, max_depth=1)
    seq = safe_json.field(document, "seq", int)
    digest = safe_json.field(document, "hash", str)
    if (
        safe_json.field(document, "format", str) != HEAD_FORMAT
        or not 0 <= seq < 2**63
        or not 0 < len(digest) <= 256
        or not 0 < len(safe_json.field(document, "vault_id", str)) <= 64
    ):
        raise safe_json.JsonRejected("not a head file")
    return document


def journal_head(alarm_folder: Path, vault_id: str) -> dict[str, Any] | None:
    """The newest audit head this vault sent to the alarm journal (at each sign-in and lock),
    in the head file's form; None if there is none. The journal is outside the vault: a
    trail cut short after that moment no longer reaches it."""
    from tjdesk.alarm.journal import read_entries
    from tjdesk.alarm.paths import journal_path

    newest: dict[str, Any] | None = None
    try:
        for entry in read_entries(journal_path(Path(alarm_folder))):
            if (
                entry.get("event") == "audit_head"
                and entry.get("vault_id") == vault_id
                and isinstance(entry.get("head_seq"), int)
                and isinstance(entry.get("hash"), str)
            ):
                newest = {
                    "format": HEAD_FORMAT,
                    "vault_id": vault_id,
                    "seq": entry["head_seq"],
                    "hash": entry["hash"],
                    "exported_at": str(entry.get("at", "")),
                    "source": "alarm journal",
                }
    except OSError:
        return None
    return newest


def head_from_backup(path: Path) -> dict[str, Any] | None:
    """The audit head a backup kept in its manifest (tjdesk/backup.py), or None."""
    import zipfile

    try:
        if not zipfile.is_zipfile(path):
            return None
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("manifest.json")
            if info.file_size > 1024 * 1024:
                return None
            manifest = safe_json.loads_object(archive.read(info), max_depth=3)
        head = manifest["audit_head"]
        if not isinstance(head.get("seq"), int) or not isinstance(head.get("hash"), str):
            return None
        return {
            "format": HEAD_FORMAT,
            "vault_id": str(manifest["vault_id"]),
            "seq": head["seq"],
            "hash": head["hash"],
            "exported_at": str(manifest.get("created_at", "")),
            "source": "backup",
        }
    except (OSError, KeyError, ValueError, TypeError, AttributeError, zipfile.BadZipFile):  # noqa: B014
        return None


def read_head_file(path: Path) -> dict[str, Any]:
    """An exported head file, or the head inside a backup."""
    from_backup = head_from_backup(Path(path))
    if from_backup is not None:
        return from_backup
    try:
        return parse_head(safe_json.read_file(path, max_bytes=_MAX_HEAD_FILE))
    except (OSError, ValueError):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "This is not an exported audit checkpoint.")
        ) from None
