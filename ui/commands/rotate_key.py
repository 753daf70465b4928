"""``tjdesk rotate-key``: give the vault a new database key and a new recovery key.

Close TJ Desk everywhere first. Every user keeps their password; the old recovery key (and
any copy of the old key) stops opening the vault. Backups made before still open with the
old recovery key: make a new backup afterwards.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP, fill
from tjdesk.vault.recovery_key_notice import confirm_stored
from tjdesk.vault.rotate import rotate_key
from tjdesk.vault.vault import UnlockedVault
from ui.commands._signin import (
    PasswordReader,
    add_signin_arguments,
    require_changed_password,
    sign_in,
    write_private_file,
)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "rotate-key",
        help="re-encrypt the vault under a new key and show a new recovery key (administrators)",
    )
    parser.add_argument(
        "--recovery-key-out",
        metavar="FILE",
        type=Path,
        help="write the new recovery key to FILE (readable only by you) instead of the screen",
    )
    add_signin_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out: Path | None = args.recovery_key_out
    if out is not None and (out.exists() or not out.parent.is_dir()):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "cli", "The recovery key file must be new, in an existing folder: %1"
            ),
            str(out),
        )
    unlocked = sign_in(args, PasswordReader.for_args(args))
    require_changed_password(unlocked)
    rotated, recovery_key = rotate_key(unlocked)
    print(
        QT_TRANSLATE_NOOP("cli", "The vault has a new key; the old recovery key no longer works.")
    )
    if out is not None:
        write_private_file(out, recovery_key + "\n")
        print(fill(QT_TRANSLATE_NOOP("cli", "New recovery key written to %1"), str(out)))
    else:
        print(
            QT_TRANSLATE_NOOP("cli", "New recovery key (shown only now; keep it in a safe place):")
        )
        print(recovery_key)
    print(QT_TRANSLATE_NOOP("cli", "Make a new backup now: older backups open with the old key."))
    # Handed over (on the screen, or in the file): the administrators' "never shown" warning
    # would be a false alarm (tjdesk/vault/recovery_key_notice.py).
    _delivered(rotated)
    return 0


def _delivered(rotated: UnlockedVault) -> None:
    assert rotated.actor is not None  # rotate_key refuses anyone but an administrator
    db = rotated.open_database()
    try:
        confirm_stored(db, rotated.actor)
    finally:
        db.close()
