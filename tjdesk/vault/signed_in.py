"""Who is signed in: the person, their role and their keys, as the opened key slot says.

A ``SignedInUser`` is made only by a successful password unlock (tjdesk/vault/vault.py):
the actor comes from the vault's own user record for the slot that opened, never from a
name or role a caller wrote. The Database of a signed-in session carries it
(``Database.signed_in``): services read the person, the role and the keys from there; the
audit trail signs each entry with ``signing_key``; sealed sections open with
``age_identity``.

Nothing here is ever shown: ``repr`` names only the actor.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tjdesk.actors import Actor
from tjdesk.vault import age_keys


@dataclass(frozen=True, repr=False)
class SignedInUser:
    actor: Actor  # id, name, role: from the vault's record, never from a caller
    age_identity: bytes  # raw 32-byte X25519 private key (never logged or shown)
    age_recipient: str  # "age1..." of the same key
    signing_key: Ed25519PrivateKey

    @property
    def signing_public_key(self) -> bytes:
        return self.signing_key.public_key().public_bytes_raw()

    def sign(self, message: bytes) -> bytes:
        return self.signing_key.sign(message)

    def age_pyrage_identity(self) -> pyrage.x25519.Identity:
        """The identity pyrage decrypts with."""
        return age_keys.identity(self.age_identity)

    def __repr__(self) -> str:
        return f"SignedInUser(actor={self.actor!r})"

    __str__ = __repr__
