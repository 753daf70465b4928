"""Shared by the commands that act as a signed-in user: --vault, --user, and reading passwords.

Passwords come from a prompt (getpass: not echoed) or, with ``--password-stdin``, one per line
from standard input; never from an argument or the environment, where other users of the
machine (``ps``) or shell history could read them.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from tjdesk.errors import InvalidInput, TJDeskError
from tjdesk.i18n import QT_TRANSLATE_NOOP, fill
from tjdesk.paths import vault_dir
from tjdesk.vault import vault
from tjdesk.vault.vault import UnlockedVault, password_hint

Prompt = Callable[[str], str]


def add_vault_argument(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: only set when given here, so `tjdesk --vault DIR cmd` keeps working too.
    parser.add_argument(
        "--vault",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the vault folder (default: the platform's user data folder)",
    )


def add_signin_arguments(parser: argparse.ArgumentParser) -> None:
    add_vault_argument(parser)
    parser.add_argument("--user", metavar="NAME", required=True, help="who is acting")
    add_password_stdin_argument(parser)


def add_password_stdin_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read passwords from standard input, one per line, instead of prompting",
    )


def folder_of(args: argparse.Namespace) -> Path:
    return vault_dir(getattr(args, "vault", None))


class PasswordReader:
    """Hands out passwords in the order a command asks for them."""

    def __init__(
        self,
        from_stdin: bool,
        *,
        stdin: TextIO | None = None,
        prompt: Prompt = getpass.getpass,
    ) -> None:
        self._from_stdin = from_stdin
        self._stdin = stdin
        self._prompt = prompt

    @classmethod
    def for_args(cls, args: argparse.Namespace) -> PasswordReader:
        return cls(bool(getattr(args, "password_stdin", False)))

    @property
    def interactive(self) -> bool:
        return not self._from_stdin

    def read(self, prompt: str, *, allow_empty: bool = False) -> str:
        if self._from_stdin:
            line = (self._stdin or sys.stdin).readline()
            if not line:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("cli", "Expected one more password line on standard input.")
                )
            password = line.rstrip("\r\n")
        else:
            try:
                password = self._prompt(prompt)
            except EOFError:
                raise InvalidInput(QT_TRANSLATE_NOOP("cli", "No password was entered.")) from None
        if not password and not allow_empty:
            raise InvalidInput(QT_TRANSLATE_NOOP("cli", "The password is empty."))
        try:
            # Undecodable bytes on standard input arrive as surrogates; refuse them here rather
            # than fail deep inside the key derivation.
            password.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("cli", "The password is not valid text (UTF-8).")
            ) from None
        return password

    def read_new(self, prompt: str, *, allow_empty: bool = False) -> str:
        """A new password: typed twice when prompting, one line from standard input."""
        first = self.read(prompt, allow_empty=allow_empty)
        hint = password_hint(first) if first else None
        if hint:
            print(hint, file=sys.stderr)
        if self.interactive and first:
            again = self.read(QT_TRANSLATE_NOOP("cli", "Type it again: "))
            if again != first:
                raise InvalidInput(QT_TRANSLATE_NOOP("cli", "The two passwords differ."))
        return first


def sign_in(
    args: argparse.Namespace, reader: PasswordReader, *, allow_changed_structure: bool = False
) -> UnlockedVault:
    """Check ``--user``'s password; a wrong one ends the command (TJDeskError: exit 1).

    ``allow_changed_structure``: for ``audit verify`` only, which must be able to look at a
    vault changed outside TJ Desk (it then writes nothing).
    """
    password = reader.read(fill(QT_TRANSLATE_NOOP("cli", "Password for %1: "), args.user))
    return vault.unlock(
        folder_of(args), args.user, password, allow_changed_structure=allow_changed_structure
    )


def sign_in_keeping_password(
    args: argparse.Namespace, reader: PasswordReader
) -> tuple[UnlockedVault, str]:
    """As sign_in, also returning the password (for changing it)."""
    password = reader.read(fill(QT_TRANSLATE_NOOP("cli", "Password for %1: "), args.user))
    return vault.unlock(folder_of(args), args.user, password), password


def require_changed_password(unlocked: UnlockedVault) -> None:
    if unlocked.must_change_password:
        raise TJDeskError(
            QT_TRANSLATE_NOOP(
                "cli",
                "Your password was set by an administrator: choose your own first with "
                "'tjdesk user passwd --user NAME'.",
            )
        )


def write_private_file(path: Path, text: str) -> None:
    """A new file only its owner can read (0600 from the first byte); never overwrites."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
