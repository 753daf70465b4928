"""The ``tjdesk`` command: no arguments opens the app; subcommands serve administrators and scripts.

Each subcommand lives in its own module under ``ui/commands/`` with a
``register(subparsers) -> None`` function that adds its parser and sets ``func`` (a callable
taking the parsed ``argparse.Namespace`` and returning an exit code). Modules are found by
name, so adding a command touches no other file. Qt is imported only by the commands that
need it (and by the GUI), so the alarm service and scripts start fast and headless.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

import ui.commands
from tjdesk import __version__
from tjdesk.errors import TJDeskError


class _Parser(argparse.ArgumentParser):
    # argparse's own error exits with 2 and a usage dump; keep that, but one clear line first.
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"tjdesk: {message}\n")


def _command_modules(argv: Sequence[str] | None) -> list[str]:
    """The command modules to load. For a command whose module has its name (e.g. ``alarm``),
    only that one: the alarm service started at login then loads no vault, Qt or PDF code."""
    names = sorted(m.name for m in pkgutil.iter_modules(ui.commands.__path__))
    args = list(sys.argv[1:] if argv is None else argv)
    # Only when the command comes first, so an option's value is never taken for a command.
    if args and args[0].replace("-", "_") in names:
        return [args[0].replace("-", "_")]
    return names


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="tjdesk",
        description="TJ Desk: panic alarm, confidential records and visitor briefings.",
    )
    parser.add_argument("--version", action="version", version=f"TJ Desk {__version__}")
    parser.add_argument(
        "--vault",
        metavar="DIR",
        help="the vault folder (default: the platform's user data folder)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open a throwaway vault, render the rule sheet, run the sim: alarm once, and exit",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in _command_modules(argv):
        module = importlib.import_module(f"ui.commands.{name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            from ui.self_test import run_self_test

            return run_self_test(args)
        if args.command is None:
            from ui.platform_check import explain_missing_display

            problem = explain_missing_display()
            if problem:
                print(problem, file=sys.stderr)
                return 3
            from ui.app import run_gui

            return run_gui(args)
        return int(args.func(args))
    except TJDeskError as err:
        # Our errors carry no client data and read as one sentence.
        print(f"tjdesk: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
