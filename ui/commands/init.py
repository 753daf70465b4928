"""``tjdesk init``: make a new vault and its first administrator, and hand over the recovery key."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP, fill
from tjdesk.vault import vault
from tjdesk.vault.errors import VaultExists
from ui.commands._signin import (
    PasswordReader,
    add_password_stdin_argument,
    add_vault_argument,
    folder_of,
    write_private_file,
)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "init",
        help="create a new vault with its first administrator",
        description="Create a new encrypted vault. The recovery key is shown once: print it "
        "or write it down and keep it in the office safe.",
    )
    add_vault_argument(parser)
    parser.add_argument("--admin", metavar="NAME", required=True, help="the first administrator")
    parser.add_argument("--display-name", metavar="TEXT", help="the administrator's full name")
    parser.add_argument("--shelter", metavar="NAME", default="TJ Desk", help="shelter or room")
    parser.add_argument("--language", choices=("th", "en"), default="th")
    parser.add_argument(
        "--recovery-key-out",
        metavar="FILE",
        type=Path,
        help="write the recovery key to FILE (readable only by you) instead of the screen",
    )
    add_password_stdin_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    folder = folder_of(args)
    if vault.inspect(folder) is not vault.VaultState.NO_VAULT:
        raise VaultExists()
    out: Path | None = args.recovery_key_out
    if out is not None and (out.exists() or not out.parent.is_dir()):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "cli", "The recovery key file must be new, in an existing folder: %1"
            ),
            str(out),
        )
    reader = PasswordReader.for_args(args)
    password = reader.read_new(fill(QT_TRANSLATE_NOOP("cli", "New password for %1: "), args.admin))
    vault.check_new_password(password)
    print(QT_TRANSLATE_NOOP("cli", "Creating the vault (tuning the key derivation)..."))
    recovery_key, identity = vault.create_with_recovery_identity(
        folder,
        args.shelter,
        args.admin,
        password,
        args.language,
        admin_display_name=args.display_name,
    )
    if out is not None:
        try:
            write_private_file(out, recovery_key + "\n")
        except OSError:
            print(
                QT_TRANSLATE_NOOP(
                    "cli", "Could not write the recovery key file; here it is instead:"
                ),
                file=sys.stderr,
            )
            print(recovery_key)
            return 1
        print(fill(QT_TRANSLATE_NOOP("cli", "Recovery key written to %1"), str(out)))
        identity_out = out.with_name(out.stem + "-identity.txt")
        try:
            write_private_file(identity_out, identity + "\n")
        except OSError:
            print(
                QT_TRANSLATE_NOOP(
                    "cli", "Could not write the recovery identity file; here it is instead:"
                ),
                file=sys.stderr,
            )
            print(identity)
            return 1
        print(fill(QT_TRANSLATE_NOOP("cli", "Recovery identity written to %1"), str(identity_out)))
    else:
        print(QT_TRANSLATE_NOOP("cli", "Recovery key (shown only now; keep it in a safe place):"))
        print(recovery_key)
        print(
            QT_TRANSLATE_NOOP(
                "cli", "Recovery identity (shown only now; keep it with the recovery key):"
            )
        )
        print(identity)
    fingerprint = vault.set_up_root_fingerprint(folder, args.admin)
    if fingerprint:
        # The anchor of the certified staff roster: write it beside the recovery key.
        print(
            fill(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Root signing key fingerprint (write it beside the recovery key; "
                    "'tjdesk audit verify' shows it): %1",
                ),
                fingerprint,
            )
        )
    print(fill(QT_TRANSLATE_NOOP("cli", "Vault created in %1"), str(folder)))
    return 0
