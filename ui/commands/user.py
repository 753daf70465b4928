"""``tjdesk user add|list|disable|enable|reset|passwd``: staff accounts from the command line.

Each acts as ``--user NAME`` (an administrator, except for ``list`` and ``passwd``). With
``--password-stdin`` the lines are: the acting user's password, then (for ``add`` and
``passwd``) the new password.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

from tjdesk.actors import ROLE_LABELS, Role
from tjdesk.i18n import QT_TRANSLATE_NOOP, fill
from tjdesk.users import UserService, generate_one_time_password
from tjdesk.vault.vault import check_new_password
from ui.commands._signin import (
    PasswordReader,
    add_signin_arguments,
    require_changed_password,
    sign_in_keeping_password,
)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("user", help="add, list, disable or reset staff accounts")
    actions = parser.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a staff account (administrators)")
    add.add_argument("name", help="sign-in name")
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    add.add_argument("--display-name", metavar="TEXT", default="", help="full name")
    add_signin_arguments(add)
    add.set_defaults(func=_run(_add))

    listing = actions.add_parser("list", help="list staff accounts")
    add_signin_arguments(listing)
    listing.set_defaults(func=_run(_list))

    disable = actions.add_parser("disable", help="disable an account: its key slot is removed")
    disable.add_argument("name")
    add_signin_arguments(disable)
    disable.set_defaults(func=_run(_disable))

    enable = actions.add_parser("enable", help="enable a disabled account (one-time password)")
    enable.add_argument("name")
    add_signin_arguments(enable)
    enable.set_defaults(func=_run(_enable))

    reset = actions.add_parser("reset", help="give a user a one-time password (administrators)")
    reset.add_argument("name")
    add_signin_arguments(reset)
    reset.set_defaults(func=_run(_reset))

    passwd = actions.add_parser("passwd", help="change your own password")
    add_signin_arguments(passwd)
    passwd.set_defaults(func=_run(_passwd, allow_must_change=True))


@dataclass
class _Session:
    service: UserService
    reader: PasswordReader
    password: str  # the acting user's, just checked


Action = Callable[[argparse.Namespace, _Session], int]


def _run(action: Action, *, allow_must_change: bool = False) -> Callable[[argparse.Namespace], int]:
    def handler(args: argparse.Namespace) -> int:
        reader = PasswordReader.for_args(args)
        unlocked, password = sign_in_keeping_password(args, reader)
        if not allow_must_change:
            require_changed_password(unlocked)
        db = unlocked.open_database()
        try:
            return action(args, _Session(UserService(db, unlocked), reader, password))
        finally:
            db.close()

    return handler


def _add(args: argparse.Namespace, session: _Session) -> int:
    password = session.reader.read_new(
        fill(
            QT_TRANSLATE_NOOP("cli", "First password for %1 (empty: make one up for me): "),
            args.name,
        ),
        allow_empty=True,
    )
    generated = not password
    if generated:
        password = generate_one_time_password()
    check_new_password(password)
    info = session.service.add_user(args.name, args.display_name, Role(args.role), password)
    print(fill(QT_TRANSLATE_NOOP("cli", "Added %1 (%2)."), info.name, ROLE_LABELS[info.role]))
    if generated:
        _print_one_time(password)
    print(QT_TRANSLATE_NOOP("cli", "They choose their own password at their first sign-in."))
    return 0


def _list(args: argparse.Namespace, session: _Session) -> int:
    users = session.service.list_users()
    rows: list[tuple[str, ...]] = [
        (
            QT_TRANSLATE_NOOP("cli", "NAME"),
            QT_TRANSLATE_NOOP("cli", "ROLE"),
            QT_TRANSLATE_NOOP("cli", "STATUS"),
            QT_TRANSLATE_NOOP("cli", "FULL NAME"),
        )
    ]
    for user in users:
        if user.disabled:
            status = QT_TRANSLATE_NOOP("cli", "disabled")
        elif user.must_change_password:
            status = QT_TRANSLATE_NOOP("cli", "must change password")
        else:
            status = QT_TRANSLATE_NOOP("cli", "active")
        rows.append((user.name, ROLE_LABELS[user.role], status, user.display_name))
    _print_table(rows)
    return 0


def _disable(args: argparse.Namespace, session: _Session) -> int:
    session.service.disable_user(args.name)
    print(
        fill(
            QT_TRANSLATE_NOOP("cli", "Disabled %1; their password no longer opens the vault."),
            args.name,
        )
    )
    # Their certified record now says "disabled", so TJ Desk refuses them even with an old
    # copy of the key file; but that copy still yields the database key to their password.
    print(
        fill(
            QT_TRANSLATE_NOOP(
                "cli",
                "If %1 could have kept a copy of the key file, change the vault's key now "
                "('tjdesk rotate-key'): after that no old copy opens anything.",
            ),
            args.name,
        )
    )
    return 0


def _enable(args: argparse.Namespace, session: _Session) -> int:
    _print_one_time(session.service.enable_user(args.name))
    return 0


def _reset(args: argparse.Namespace, session: _Session) -> int:
    _print_one_time(session.service.reset_password(args.name))
    return 0


def _passwd(args: argparse.Namespace, session: _Session) -> int:
    new = session.reader.read_new(QT_TRANSLATE_NOOP("cli", "New password: "))
    session.service.change_own_password(session.password, new)
    print(QT_TRANSLATE_NOOP("cli", "Password changed."))
    return 0


def _print_one_time(password: str) -> None:
    print(
        QT_TRANSLATE_NOOP(
            "cli",
            "One-time password (hand it over in person; it must be changed at the first sign-in):",
        )
    )
    print(password)


def _print_table(rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
