"""``tjdesk backup --out FILE`` and ``tjdesk restore FILE --into DIR``.

A backup is encrypted under the vault's key and opens with the passwords of the day it was
made, or with the recovery key. A restore goes into a new folder and is checked (both
integrity checks, row counts) before anything else happens; ``--replace`` then puts it in
the current vault's place, keeping the old folder beside it. Replacing needs an administrator
of the current vault to sign in to it (``--admin``, by default ``--user``), and a backup of the
same vault; a backup of another vault only with ``--other-vault``, which says what happens.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tjdesk import audit
from tjdesk.actors import Role
from tjdesk.backup import read_manifest, replace_vault, restore_backup, write_backup
from tjdesk.errors import AccessDenied, InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP, fill
from tjdesk.vault import vault
from tjdesk.vault.vault import UnlockedVault
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
        "(close TJ Desk first; the old folder is kept beside it; an administrator of that "
        "vault signs in)",
    )
    restore.add_argument(
        "--admin",
        metavar="NAME",
        help="with --replace: the administrator of the vault being replaced (default: --user)",
    )
    restore.add_argument(
        "--other-vault",
        action="store_true",
        help="with --replace: allow a backup of a different vault to take this vault's place",
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
    if args.other_vault and not args.replace:
        raise InvalidInput(QT_TRANSLATE_NOOP("cli", "--other-vault goes with --replace."))
    current = folder_of(args)
    guard = _ReplaceGuard.check(args, reader, current) if args.replace else None
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
    if guard is not None:
        guard.record(restored.vault_id)
        kept = replace_vault(restored.folder, current)
        print(
            fill(
                QT_TRANSLATE_NOOP("cli", "It is now the vault in %1; the old one is in %2."),
                str(current),
                str(kept),
            )
        )
    return 0


class _ReplaceGuard:
    """Who may put a backup in the current vault's place, checked before anything is written.

    An administrator of the current vault signs in to it; the backup must be of that same
    vault unless ``--other-vault`` says otherwise. A folder with no vault in it needs nobody.
    """

    def __init__(self, admin: UnlockedVault | None, other_vault: bool) -> None:
        self.admin = admin
        self.other_vault = other_vault

    @classmethod
    def check(
        cls, args: argparse.Namespace, reader: PasswordReader, current: Path
    ) -> _ReplaceGuard:
        if Path(args.into).resolve() == current.resolve():
            raise InvalidInput(QT_TRANSLATE_NOOP("cli", "--into must differ from --vault."))
        backup_vault_id = str(read_manifest(args.file)["vault_id"])
        if vault.inspect(current) is vault.VaultState.NO_VAULT:
            return cls(None, args.other_vault)
        name = args.admin or args.user
        if not name:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Replacing a vault needs one of its administrators to sign in: "
                    "give --admin NAME. Nothing was replaced.",
                )
            )
        password = reader.read(
            fill(QT_TRANSLATE_NOOP("cli", "Password for %1 (the vault being replaced): "), name)
        )
        admin = vault.unlock(current, name, password)
        if admin.actor is None or admin.actor.role is not Role.ADMINISTRATOR:
            raise AccessDenied(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Only an administrator of this vault can replace it. Nothing was replaced.",
                )
            )
        if backup_vault_id != admin.vault_id and not args.other_vault:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "This backup is of another vault, not of the one in %1. Nothing was "
                    "replaced. To put that other vault in its place anyway (this one is kept "
                    "beside it, not deleted), add --other-vault.",
                ),
                str(current),
            )
        return cls(admin, args.other_vault)

    def record(self, restored_vault_id: str) -> None:
        """Write the replacement to the outgoing vault's trail (it is kept beside the new)."""
        if self.admin is None or self.admin.actor is None:
            return
        other = restored_vault_id != self.admin.vault_id
        if other and not self.other_vault:  # the manifest's id was checked; the restore's too
            raise InvalidInput(
                QT_TRANSLATE_NOOP("cli", "This backup is of another vault. Nothing was replaced.")
            )
        if other:
            print(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "--other-vault: a different vault takes this one's place. Its own users "
                    "and passwords apply from now on; this vault is kept beside it, not deleted.",
                )
            )
        db = self.admin.open_database()
        try:
            with db.transaction():
                audit.record(
                    db,
                    self.admin.actor.name,
                    "vault.replaced",
                    detail="other vault" if other else "same vault",
                )
        finally:
            db.close()
