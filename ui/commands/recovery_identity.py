"""``tjdesk recovery-identity``: give a vault made before sealed sections its recovery identity.

A vault made by TJ Desk 0.1 has no recovery identity, and sections cannot be sealed without
one. An administrator runs this once; the identity (AGE-SECRET-KEY-1...) is shown or written
only now, never stored: keep it with the recovery key. The next sign-in then seals every
section (docs/SECURITY.md).

``--confirm FILE``: the vault's recovery recipient was changed outside TJ Desk (sealing refuses
and ``tjdesk audit verify`` says so); an administrator puts it right from the recovery sheet's
identity, saved in FILE, and certifies it with their signature.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tjdesk.actors import Role
from tjdesk.errors import AccessDenied, InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP, fill
from tjdesk.vault import recovery
from tjdesk.vault.seal_migration import seal_legacy_plaintext
from ui.commands._signin import (
    PasswordReader,
    add_signin_arguments,
    require_changed_password,
    sign_in,
    write_private_file,
)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "recovery-identity",
        help="make the recovery identity of a vault from before sealed sections, and seal them"
        " (administrators)",
    )
    parser.add_argument(
        "--out",
        metavar="FILE",
        type=Path,
        help="write the recovery identity to FILE (readable only by you) instead of the screen",
    )
    parser.add_argument(
        "--confirm",
        metavar="FILE",
        type=Path,
        help="put the recovery identity right after a change outside TJ Desk: FILE holds the "
        "recovery sheet's AGE-SECRET-KEY-1... (nothing new is made)",
    )
    add_signin_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.confirm is not None:
        return _confirm(args)
    out: Path | None = args.out
    if out is not None and (out.exists() or not out.parent.is_dir()):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "cli", "The recovery identity file must be new, in an existing folder: %1"
            ),
            str(out),
        )
    unlocked = sign_in(args, PasswordReader.for_args(args))
    require_changed_password(unlocked)
    if unlocked.actor is None or unlocked.actor.role is not Role.ADMINISTRATOR:
        raise AccessDenied(
            QT_TRANSLATE_NOOP("cli", "Only an administrator can make the recovery identity.")
        )
    db = unlocked.open_database()
    try:
        secret = recovery.install_recovery_identity(db, unlocked.actor.name)
        if out is not None:
            write_private_file(out, secret + "\n")
            print(fill(QT_TRANSLATE_NOOP("cli", "Recovery identity written to %1"), str(out)))
        else:
            print(
                QT_TRANSLATE_NOOP(
                    "cli", "Recovery identity (shown only now; keep it with the recovery key):"
                )
            )
            print(secret)
        sealed = seal_legacy_plaintext(db, look_again=True)
        print(fill(QT_TRANSLATE_NOOP("cli", "Sections sealed: %1"), str(sealed)))
    finally:
        db.close()
    return 0


def _confirm(args: argparse.Namespace) -> int:
    path: Path = args.confirm
    try:
        text = path.read_text(encoding="utf-8")[:1000]
    except (OSError, UnicodeDecodeError):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("cli", "Could not read the recovery identity from %1"), str(path)
        ) from None
    unlocked = sign_in(args, PasswordReader.for_args(args))
    require_changed_password(unlocked)
    db = unlocked.open_database()
    try:
        recovery.confirm_from_sheet(db, text)
    finally:
        db.close()
    print(
        QT_TRANSLATE_NOOP(
            "cli",
            "The recovery identity is confirmed and certified: sealed parts of cases can be "
            "saved again.",
        )
    )
    return 0
