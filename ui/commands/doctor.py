"""``tjdesk doctor``: what is installed, where the vault is and what state it is in.

Safe to run on a machine with no display and without signing in: it opens no vault (the
SQLCipher figures come from an in-memory database under a throwaway key) and imports no Qt.
Exit 0 when the app can run here, 1 when something it needs is missing.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import sqlcipher3

from tjdesk import __version__
from tjdesk.i18n import QT_TRANSLATE_NOOP, fill
from tjdesk.paths import keyslot_path
from tjdesk.vault import vault
from tjdesk.vault.keyslots import read_key_file
from ui.commands._signin import add_vault_argument, folder_of

PACKAGES = (
    "PySide6-Essentials",
    "sqlcipher3",
    "argon2-cffi",
    "cryptography",
    "pyserial",
    "paho-mqtt",
    "pyrage",
)
# Every face the app ships (ui/fonts.py lists them too; this module imports no Qt).
FONT_FILES = (
    "TJDeskSans-Regular.ttf",
    "TJDeskSans-Bold.ttf",
    "TJDeskSans-Italic.ttf",
    "TJDeskSansThai-Regular.ttf",
    "TJDeskSansThai-Bold.ttf",
    "TJDeskSymbols-Regular.ttf",
    "TJDeskMono-Regular.ttf",
)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "doctor", help="show versions, the vault's location and state, and what is missing"
    )
    add_vault_argument(parser)
    parser.add_argument(
        "--broker-dir",
        metavar="DIR",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "the alarm network's broker folder (on the broker's computer): also check that "
            "its ACL holds this station's lines",
        ),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    problems = 0
    print(fill(QT_TRANSLATE_NOOP("cli", "TJ Desk %1"), __version__))
    print(f"Python {platform.python_version()} ({platform.system()} {platform.machine()})")
    for package in PACKAGES:
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = QT_TRANSLATE_NOOP("cli", "not installed")
            problems += 1
        print(f"  {package}: {version}")

    cipher = sqlcipher_facts()
    print(
        fill(QT_TRANSLATE_NOOP("cli", "SQLCipher %1 (%2)"), cipher["version"], cipher["provider"])
    )
    # The vault uses a raw 256-bit key, so the PBKDF2 settings listed here are never used.
    print("  " + "; ".join(cipher["settings"]))
    print(fill(QT_TRANSLATE_NOOP("cli", "  temporary storage: %1"), cipher["temp_store"]))
    if not cipher["version"].startswith("4."):
        print(QT_TRANSLATE_NOOP("cli", "  PROBLEM: TJ Desk needs SQLCipher 4."))
        problems += 1

    folder = folder_of(args)
    state = vault.inspect(folder)
    print(fill(QT_TRANSLATE_NOOP("cli", "Vault: %1"), str(folder)))
    print(fill(QT_TRANSLATE_NOOP("cli", "  state: %1"), state.value))
    error = vault.state_error(state)
    if error is not None and state is not vault.VaultState.NO_VAULT:
        print(f"  {error}")
        problems += 1
    if state is vault.VaultState.READY:
        key_file = read_key_file(keyslot_path(folder))
        params = key_file.kdf
        print(
            fill(
                QT_TRANSLATE_NOOP("cli", "  key slots: %1 (disabled users: %2)"),
                len(key_file.slots),
                len(key_file.disabled_users),
            )
        )
        print(
            fill(
                QT_TRANSLATE_NOOP("cli", "  Argon2id for new slots: m=%1 KiB, t=%2, p=%3"),
                params.memory_kib,
                params.time_cost,
                params.parallelism,
            )
        )

    fonts = resources.files("ui").joinpath("resources", "fonts")
    for name in FONT_FILES:
        found = fonts.joinpath(name).is_file()
        label = QT_TRANSLATE_NOOP("cli", "found") if found else QT_TRANSLATE_NOOP("cli", "MISSING")
        print(fill(QT_TRANSLATE_NOOP("cli", "Font %1: %2"), name, label))
        problems += 0 if found else 1

    broker_dir = getattr(args, "broker_dir", None)
    problems += network_report(Path(broker_dir) if broker_dir else None)

    print(QT_TRANSLATE_NOOP("cli", "Display:"))
    for line in display_report():
        print(f"  {line}")
    return 1 if problems else 0


def network_report(broker_dir: Path | None = None) -> int:
    """The alarm network set-up of this computer's alarm service (and, given the broker's
    folder, its ACL lines there); the number of problems."""
    from tjdesk.alarm import paths
    from tjdesk.alarm.config import load_config
    from tjdesk.alarm.network.checks import check_station
    from tjdesk.errors import TJDeskError

    print(QT_TRANSLATE_NOOP("cli", "Alarm network:"))
    try:
        folder = load_config(paths.alarm_dir()).network
    except TJDeskError as err:
        print(f"  PROBLEM: {err}")
        return 1
    if not folder:
        print(QT_TRANSLATE_NOOP("cli", "  not joined (Administration > Alarm network)"))
        return 0
    failed = 0
    for check in check_station(Path(folder), broker_folder=broker_dir):
        print(("  " if check.ok else "  PROBLEM: ") + check.text)
        failed += 0 if check.ok else 1
    return failed


def sqlcipher_facts() -> dict[str, Any]:
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
        version = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
        provider = str(conn.execute("PRAGMA cipher_provider_version").fetchone()[0])
        settings = [
            str(row[0]).removeprefix("PRAGMA ").rstrip(";")
            for row in conn.execute("PRAGMA cipher_settings")
        ]
        options = [str(row[0]) for row in conn.execute("PRAGMA compile_options")]
    finally:
        conn.close()
    temp_store = next((o for o in options if o.startswith("TEMP_STORE=")), "TEMP_STORE=?")
    return {
        "version": version,
        "provider": provider,
        "settings": settings,
        "temp_store": temp_store,
    }


def display_report() -> list[str]:
    from ui.platform_check import explain_missing_display, missing_xcb_libraries

    lines: list[str] = []
    problem = explain_missing_display()
    if problem:
        lines.extend(problem.splitlines())
    else:
        lines.append(QT_TRANSLATE_NOOP("cli", "a window can open here"))
    if sys.platform.startswith("linux"):
        missing = missing_xcb_libraries()
        if missing:
            lines.append(
                fill(
                    QT_TRANSLATE_NOOP("cli", "X11 libraries Qt needs, missing: %1"),
                    ", ".join(missing),
                )
            )
            lines.append(
                fill(
                    QT_TRANSLATE_NOOP("cli", "install with: sudo apt-get install %1"),
                    " ".join(missing),
                )
            )
        else:
            lines.append(QT_TRANSLATE_NOOP("cli", "X11 libraries Qt needs: all present"))
    return lines
