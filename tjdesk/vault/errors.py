"""Why a vault could not be opened: one exception per case the user must be told apart.

Messages are English source strings marked for translation; none carries client data, and
none names a user (a shared screen may be watched).
"""

from __future__ import annotations

from tjdesk.errors import InvalidInput, VaultError
from tjdesk.i18n import QT_TRANSLATE_NOOP


class NoVault(VaultError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "There is no vault in this folder yet.",
            )
        )


class VaultExists(VaultError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This folder already holds a vault; nothing was changed.",
            )
        )


class KeyFileMissing(VaultError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The vault's key file is missing. Put it back from a backup, or open the vault "
                "with its recovery key.",
            )
        )


class KeyFileDamaged(VaultError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The vault's key file is damaged. Put it back from a backup, or open the vault "
                "with its recovery key.",
            )
        )


class KeyFileTampered(KeyFileDamaged):
    """Damaged on purpose: the header's MAC fails, or it asks for weaker protection."""

    def __init__(self) -> None:
        VaultError.__init__(
            self,
            QT_TRANSLATE_NOOP(
                "errors",
                "The vault's key file was changed outside TJ Desk (its settings or its list of "
                "disabled users). Nobody signs in with it: put it back from a backup, or open "
                "the vault with its recovery key. Nothing was changed.",
            ),
        )


class NotAVault(VaultError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database file in this folder is not a TJ Desk vault.",
            )
        )


class DatabaseDamaged(VaultError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The vault's database is damaged or does not belong to its key file. "
                "Restore it from a backup.",
            )
        )


class NewerVersion(VaultError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This vault was made by a newer version of TJ Desk. Install that version to "
                "open it.",
            )
        )


class WrongPassword(VaultError):
    """Wrong user name or password; ``retry_after`` is the wait before the next try, in s."""

    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        seconds = _whole_seconds(retry_after)
        if seconds == 1:  # English needs the singular; we ship no English catalogue for %n
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Wrong user name or password. Wait 1 second before the next try.",
                )
            )
        elif seconds > 1:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Wrong user name or password. Wait %1 seconds before the next try.",
                ),
                seconds,
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Wrong user name or password.",
                )
            )


class Throttled(VaultError):
    """Tried again before the back-off wait was over; nothing was checked."""

    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        seconds = _whole_seconds(retry_after)
        if seconds == 1:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Too many wrong passwords. Wait 1 second before the next try.",
                )
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Too many wrong passwords. Wait %1 seconds before the next try.",
                ),
                seconds,
            )


class UserDisabled(VaultError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This user has been disabled. Ask an administrator for help.",
            )
        )


class RotationCutShort(VaultError):
    """The database was re-keyed, but the new key file never took the old one's place."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "A change of the vault's key was cut short, and this recovery key is from "
                "before it. Sign in with any staff password to finish the change, then change "
                "the vault's key again to get a new recovery key. Nothing was changed.",
            )
        )


class WrongRecoveryKey(VaultError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "This recovery key does not open this vault.",
            )
        )


# The recovery key as typed: 32 bytes in hexadecimal. Every text that describes it says this
# number and "the digits 0-9 and the letters a-f".
RECOVERY_KEY_CHARACTERS = 64


class MalformedRecoveryKey(InvalidInput):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "A recovery key has %1 characters: the digits 0-9 and the letters a-f. "
                "Spaces and dashes between groups do not matter.",
            ),
            RECOVERY_KEY_CHARACTERS,
        )


def _whole_seconds(seconds: float) -> int:
    # Round up so "wait 0 seconds" is never shown while a wait remains.
    whole = int(seconds)
    return whole + 1 if seconds > whole else whole


class FolderNotWritable(VaultError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The vault folder cannot be written to (read-only, full, or no permission).",
            )
        )
