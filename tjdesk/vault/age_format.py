"""age (C2SP age v1, X25519 recipients) through pyrage: the only envelope sealed sections use.

Nothing here encrypts by itself: pyrage (the rage implementation) writes and reads standard age
files, so the stock ``age`` tool opens every blob we store. What this module adds is a
refusal to seal to nobody; a key slot's raw X25519 keys become age identities and recipients
in tjdesk/vault/age_keys.py.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyrage
from pyrage import x25519


class SealedToNobody(ValueError):
    """A programming error: every blob must open for at least one person (or the recovery)."""


def new_identity() -> x25519.Identity:
    return x25519.Identity.generate()


def parse_identity(text: str) -> x25519.Identity:
    """An ``AGE-SECRET-KEY-1...`` line as typed or pasted (spaces and line breaks ignored)."""
    return x25519.Identity.from_str("".join(text.split()).upper())


def seal(plaintext: bytes, recipients: Sequence[str]) -> bytes:
    """An age file (binary, not armored) that each of ``recipients`` (``age1...``) opens."""
    if not recipients:
        raise SealedToNobody("refusing to seal to nobody")
    unique = sorted(set(recipients))
    sealed: bytes = pyrage.encrypt(plaintext, [x25519.Recipient.from_str(r) for r in unique])
    return sealed


def unseal(blob: bytes, identity: x25519.Identity) -> bytes:
    """Open an age file; raises pyrage.DecryptError if it is not sealed to ``identity``."""
    opened: bytes = pyrage.decrypt(blob, [identity])
    return opened
