"""Where the vault lives on disk, and the names of the files in its folder."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "TJDesk"
DATABASE_FILE = "tjdesk.db"
KEYSLOT_FILE = "tjdesk.keys"
# Sign-in back-off record: failure counts and times, no passwords, no client data.
BACKOFF_FILE = "signin-backoff.json"


def default_vault_dir() -> Path:
    import platformdirs  # on use: its import is a noticeable part of GUI start-up

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def vault_dir(override: str | Path | None = None) -> Path:
    """The vault folder: ``override`` (from ``--vault``) or the platform's user data folder."""
    if override:
        return Path(override).expanduser()
    return default_vault_dir()


def database_path(folder: Path) -> Path:
    return folder / DATABASE_FILE


def keyslot_path(folder: Path) -> Path:
    return folder / KEYSLOT_FILE


def backoff_path(folder: Path) -> Path:
    return folder / BACKOFF_FILE
