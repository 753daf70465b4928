"""``tjdesk backup --out FILE`` and ``tjdesk restore FILE --into DIR``.

A backup is encrypted under the vault's key and opens with the passwords of the day it was
made, or with the recovery key. A restore goes into a new folder and is checked (both
integrity checks, row counts) before anything else happens; ``--replace`` then puts it in
the current vault's place, keeping the old folder beside it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tjdesk.actors import Role
from tjdesk.backup import replace_vault, restore_backup, write_backup
from tjdesk.errors import AccessDenied, InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP, fill
from ui.commands._signin import (
    PasswordReader,
    add_password_stdin_argument,
    add_signin_arguments,
    add_vault_argument,
    folder_of,
    require_changed_password,
    sign_in,
)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = subparsers.add_parser(
        "backup", help="write an encrypted backup of the vault (administrators)"
    )
    backup.add_argument("--out", metavar="FILE", type=Path, required=True, help="a new file")
    add_signin_arguments(backup)
    backup.set_defaults(func=_backup)

    restore = subparsers.add_parser(
        "restore", help="restore a backup into a new folder, checked before use"
    )
    restore.add_argument("file", type=Path, help="the backup file")
    restore.add_argument("--into", metavar="DIR", type=Path, required=True, help="a new folder")
    who = restore.add_mutually_exclusive_group(required=True)
    who.add_argument("--user", metavar="NAME", help="a user of the backup's day")
    who.add_argument(
        "--recovery-key", action="store_true", help="open with the recovery key (prompted)"
    )
    restore.add_argument(
        "--replace",
        action="store_true",
        help="after the checks, put the restored vault in place of the one in --vault "
        "(close TJ Desk first; the old folder is kept beside it)",
    )
    add_vault_argument(restore)
    add_password_stdin_argument(restore)
    restore.set_defaults(func=_restore)


def _backup(args: argparse.Namespace) -> int:
    unlocked = sign_in(args, PasswordReader.for_args(args))
    require_changed_password(unlocked)
    if unlocked.actor is None or unlocked.actor.role is not Role.ADMINISTRATOR:
        raise AccessDenied(
            QT_TRANSLATE_NOOP("cli", "Only an administrator can make a backup from here.")
        )
    db = unlocked.open_database()
    try:
        info = write_backup(db, unlocked, args.out)
    finally:
        db.close()
    print(
        fill(
            QT_TRANSLATE_NOOP("cli", "Backup written to %1 (%2 rows)."),
            str(info.path),
            sum(info.row_counts.values()),
        )
    )
    print(
        QT_TRANSLATE_NOOP(
            "cli", "It opens with today's passwords or the recovery key. Keep it away from this PC."
        )
    )
    return 0


def _restore(args: argparse.Namespace) -> int:
    reader = PasswordReader.for_args(args)
    if args.recovery_key:
        secret = reader.read(QT_TRANSLATE_NOOP("cli", "Recovery key: "))
        restored = restore_backup(args.file, args.into, recovery_key=secret)
    else:
        password = reader.read(
            fill(QT_TRANSLATE_NOOP("cli", "Password for %1 (as of the backup): "), args.user)
        )
        restored = restore_backup(args.file, args.into, user=args.user, password=password)
    print(
        fill(
            QT_TRANSLATE_NOOP("cli", "Restored and checked: %1 (backup of %2, %3 rows)."),
            str(restored.folder),
            restored.created_at,
            sum(restored.row_counts.values()),
        )
    )
    if args.replace:
        current = folder_of(args)
        if current.resolve() == restored.folder.resolve():
            raise InvalidInput(QT_TRANSLATE_NOOP("cli", "--into must differ from --vault."))
        kept = replace_vault(restored.folder, current)
        print(
            fill(
                QT_TRANSLATE_NOOP("cli", "It is now the vault in %1; the old one is in %2."),
                str(current),
                str(kept),
            )
        )
    return 0
