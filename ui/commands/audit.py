"""``tjdesk audit verify`` and ``tjdesk audit head``: check the tamper-evident trail.

``verify`` walks the hash chain, checks every entry's signature and the certified roster,
and prints "intact" or the first entry that does not hold in plain words (who, what, when),
the users no administrator certified, and the root key fingerprints to compare with the
recovery sheet; it exits non-zero (4) when anything was tampered with.
``head --out FILE`` writes the chain's last entry (number and hash) to a file to keep off
the machine (printed, a USB stick); ``verify --head FILE`` later also catches a rewrite of the
whole chain or the loss of its end.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from tjdesk import audit, audit_report, audit_view, safe_json
from tjdesk.audit_view import AUDIT_READERS, AUDIT_READERS_ONLY, parse_head
from tjdesk.clock import iso_utc
from tjdesk.errors import AccessDenied, InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP, fill
from tjdesk.vault.vault import UnlockedVault
from ui.commands._signin import (
    PasswordReader,
    add_signin_arguments,
    require_changed_password,
    sign_in,
)

EXIT_TAMPERED = 4
HEAD_FORMAT = "tjdesk-audit-head"
# Who may check the trail: the same people who may read it (tjdesk.audit_view).
AUDITORS = AUDIT_READERS


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("audit", help="check the audit trail or export its head")
    actions = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify", help="check the whole trail; exit 4 and name the first bad entry if tampered"
    )
    verify.add_argument(
        "--head",
        metavar="FILE",
        type=Path,
        help="a head exported earlier with 'audit head', or a backup (each keeps the head); "
        "without it, the newest head kept in the alarm journal is used",
    )
    verify.add_argument(
        "--alarm-dir", metavar="DIR", help="the alarm folder (default: the user data folder)"
    )
    add_signin_arguments(verify)
    verify.set_defaults(func=_verify)
    head = actions.add_parser("head", help="write the trail's last entry to a file kept elsewhere")
    head.add_argument("--out", metavar="FILE", type=Path, required=True)
    add_signin_arguments(head)
    head.set_defaults(func=_head)


def _auditor(args: argparse.Namespace, *, allow_changed_structure: bool = False) -> UnlockedVault:
    unlocked = sign_in(
        args, PasswordReader.for_args(args), allow_changed_structure=allow_changed_structure
    )
    require_changed_password(unlocked)
    if unlocked.actor is None or unlocked.actor.role not in AUDITORS:
        raise AccessDenied(AUDIT_READERS_ONLY)
    return unlocked


def _verify(args: argparse.Namespace) -> int:
    expected = read_head_file(args.head) if args.head else None
    unlocked = _auditor(args, allow_changed_structure=True)
    assert unlocked.actor is not None
    if expected is None:
        from tjdesk.alarm.paths import alarm_dir

        expected = audit_view.journal_head(alarm_dir(args.alarm_dir), unlocked.vault_id)
    db = unlocked.open_database()
    try:
        if expected is not None and expected["vault_id"] != unlocked.vault_id:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("cli", "This head was exported from another vault.")
            )
        verdict = audit.verify(
            db, audit.Head(expected["seq"], expected["hash"]) if expected else None
        )
        outcome = "intact" if verdict.intact else f"bad at {verdict.first_bad_seq}"
        if not unlocked.structure_problems:  # a foreign trigger could swallow or forge it
            audit.record(db, unlocked.actor.name, "audit.verify", detail=outcome)
    finally:
        db.close()
    # Who, what, when for the first bad entry; the users nobody certified; the root keys to
    # compare with the printed recovery sheet.
    for line in audit_report.describe(verdict):
        print(line.filled())
    if expected is not None:
        print(
            fill(
                QT_TRANSLATE_NOOP("cli", "Compared with the head kept in %1 (entry %2, %3)."),
                expected.get("source", "the head file"),
                expected["seq"],
                str(expected.get("exported_at", ""))[:19],
            )
        )
    return 0 if verdict.intact else EXIT_TAMPERED


def _head(args: argparse.Namespace) -> int:
    out: Path = args.out
    _check_writable(out)
    unlocked = _auditor(args)
    assert unlocked.actor is not None
    db = unlocked.open_database()
    try:
        with db.transaction():
            current = audit.head(db)
            document = {
                "format": HEAD_FORMAT,
                "vault_id": unlocked.vault_id,
                "seq": current.seq,
                "hash": current.hash,
                "exported_at": iso_utc(),
            }
            _write_new(out, json.dumps(document, indent=1) + "\n")
            audit.record(db, unlocked.actor.name, "audit.head_export", detail=str(current.seq))
    finally:
        db.close()
    print(fill(QT_TRANSLATE_NOOP("cli", "Head (entry %1) written to %2"), current.seq, str(out)))
    print(current.hash)
    return 0


def read_head_file(path: Path) -> dict[str, Any]:
    """An exported head file, or the audit head kept in a backup (``--head backup.zip``)."""
    from_backup = audit_view.head_from_backup(path)
    if from_backup is not None:
        return from_backup
    try:
        return parse_head(safe_json.read_file(path, max_bytes=64 * 1024))
    except (OSError, ValueError):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("cli", "This is not an audit head file: %1"), str(path)
        ) from None


def _check_writable(out: Path) -> None:
    if out.exists() or out.is_symlink():
        raise InvalidInput(QT_TRANSLATE_NOOP("cli", "The file already exists: %1"), str(out))
    if not out.parent.is_dir():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("cli", "The folder %1 does not exist; nothing was written."),
            str(out.parent),
        )


def _write_new(path: Path, text: str) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except OSError as err:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("cli", "The head could not be written to %1: %2"),
            str(path),
            err.strerror or type(err).__name__,
        ) from None
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
