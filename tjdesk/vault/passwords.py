"""Password rules and the hints the password forms show: no vault, no crypto imported.

The sign-in screen's password panel needs these before anything else of the vault (issue 18:
the sign-in window is painted before the vault's modules are loaded); tjdesk.vault.vault
re-exports them.
"""

from __future__ import annotations

from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP

MIN_PASSWORD_LENGTH = 8
RECOMMENDED_PASSWORD_LENGTH = 12


def check_new_password(password: str) -> None:
    """Refuse a password that is too short; no composition rules (NIST 800-63B)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A password needs at least %1 characters."),
            MIN_PASSWORD_LENGTH,
        )


# Said on the password forms before anything is typed; %1 = MIN_PASSWORD_LENGTH.
PASSWORD_ADVICE = QT_TRANSLATE_NOOP(
    "vault", "At least %1 characters; a few words together are easy to remember."
)


def with_password_lengths(text: str) -> str:
    """A translated password hint with its numbers: %1 the minimum, %2 the recommended length."""
    return text.replace("%1", str(MIN_PASSWORD_LENGTH)).replace(
        "%2", str(RECOMMENDED_PASSWORD_LENGTH)
    )


def password_hint(password: str) -> str | None:
    """A strength hint for the form (English source string, numbers filled in by
    with_password_lengths after translation), or None when it looks fine."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return QT_TRANSLATE_NOOP("vault", "Too short: use at least %1 characters.")
    if len(password) < RECOMMENDED_PASSWORD_LENGTH:
        return QT_TRANSLATE_NOOP(
            "vault", "Acceptable. A longer one (%2 or more characters, a few words) is safer."
        )
    if len(set(password)) < 5:
        return QT_TRANSLATE_NOOP("vault", "Too many repeated characters: mix in other words.")
    return None
