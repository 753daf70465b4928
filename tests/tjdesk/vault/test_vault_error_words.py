"""Every reason a vault does not open, word for word, as the sign-in screen and the command line
show it (issue 20: the mutation run of tjdesk/vault/errors.py found these texts untested).

The Thai translation is looked up by the English text, so a source text changed here without
its translation shows English on a Thai screen: the expectations are written out, not read from
the code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tjdesk.errors import TJDeskError
from tjdesk.vault import errors

# Each error is made inside the test (not when this file is read), so that a mutation run
# sees the test reach its constructor.
WORDS: dict[str, tuple[Callable[[], TJDeskError], str]] = {
    "no vault": (lambda: errors.NoVault(), "There is no vault in this folder yet."),
    "vault exists": (
        lambda: errors.VaultExists(),
        "This folder already holds a vault; nothing was changed.",
    ),
    "key file missing": (
        lambda: errors.KeyFileMissing(),
        "The vault's key file is missing. Put it back from a backup, or open the vault with its "
        "recovery key.",
    ),
    "key file damaged": (
        lambda: errors.KeyFileDamaged(),
        "The vault's key file is damaged. Put it back from a backup, or open the vault with its "
        "recovery key.",
    ),
    "key file tampered": (
        lambda: errors.KeyFileTampered(),
        "The vault's key file was changed outside TJ Desk (its settings or its list of disabled "
        "users). Nobody signs in with it: put it back from a backup, or open the vault with its "
        "recovery key. Nothing was changed.",
    ),
    "not a vault": (
        lambda: errors.NotAVault(),
        "The database file in this folder is not a TJ Desk vault.",
    ),
    "database damaged": (
        lambda: errors.DatabaseDamaged(),
        "The vault's database is damaged or does not belong to its key file. Restore it from a "
        "backup.",
    ),
    "newer version": (
        lambda: errors.NewerVersion(),
        "This vault was made by a newer version of TJ Desk. Install that version to open it.",
    ),
    "wrong password, no wait": (lambda: errors.WrongPassword(0.0), "Wrong user name or password."),
    "wrong password, a wait": (
        lambda: errors.WrongPassword(2.0),
        "Wrong user name or password. Wait 2 seconds before the next try.",
    ),
    # A part of a second still to wait is a whole second: never "wait 0 seconds"; and one
    # second is said in the singular (it read "Wait 1 seconds").
    "wrong password, part of a second": (
        lambda: errors.WrongPassword(0.2),
        "Wrong user name or password. Wait 1 second before the next try.",
    ),
    "wrong password, one second": (
        lambda: errors.WrongPassword(1.0),
        "Wrong user name or password. Wait 1 second before the next try.",
    ),
    "throttled": (
        lambda: errors.Throttled(4.5),
        "Too many wrong passwords. Wait 5 seconds before the next try.",
    ),
    "throttled, whole seconds": (
        lambda: errors.Throttled(3.0),
        "Too many wrong passwords. Wait 3 seconds before the next try.",
    ),
    "throttled, part of a second": (
        lambda: errors.Throttled(0.4),
        "Too many wrong passwords. Wait 1 second before the next try.",
    ),
    "user disabled": (
        lambda: errors.UserDisabled(),
        "This user has been disabled. Ask an administrator for help.",
    ),
    "rotation cut short": (
        lambda: errors.RotationCutShort(),
        "A change of the vault's key was cut short, and this recovery key is from before it. "
        "Sign in with any staff password to finish the change, then change the vault's key "
        "again to get a new recovery key. Nothing was changed.",
    ),
    "wrong recovery key": (
        lambda: errors.WrongRecoveryKey(),
        "This recovery key does not open this vault.",
    ),
    "malformed recovery key": (
        lambda: errors.MalformedRecoveryKey(),
        "A recovery key has 64 characters: the digits 0-9 and the letters a-f. Spaces and "
        "dashes between groups do not matter.",
    ),
    "folder not writable": (
        lambda: errors.FolderNotWritable(),
        "The vault folder cannot be written to (read-only, full, or no permission).",
    ),
}


@pytest.mark.parametrize("case", list(WORDS))
def test_each_reason_reads_as_written(case: str) -> None:
    make, expected = WORDS[case]
    error = make()
    assert str(error) == expected
    assert error.context == "errors"


def test_the_waits_are_kept_to_the_fraction_for_the_sign_in_screen() -> None:
    """The screen counts down from the exact wait; only the words round it up."""
    assert errors.WrongPassword(2.25).retry_after == 2.25
    assert errors.Throttled(0.5).retry_after == 0.5
