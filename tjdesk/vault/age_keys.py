"""A user's X25519 key in the forms age uses: ``AGE-SECRET-KEY-1...`` and ``age1...``.

The key pair in each key slot *is* the user's age identity (DESIGN.md: sealed sections are age
files with one X25519 stanza per reader). age's text forms are Bech32 (BIP 173) of the raw 32
bytes; pyrage parses them but has no constructor from raw bytes, so we encode with the
reference Bech32 implementation and let pyrage check the result.
"""

from __future__ import annotations

import bech32
import pyrage

_SECRET_HRP = "age-secret-key-"
_RECIPIENT_HRP = "age"
KEY_LENGTH = 32


def _encode(hrp: str, raw: bytes) -> str:
    if len(raw) != KEY_LENGTH:
        raise ValueError("an X25519 key is 32 bytes")
    words = bech32.convertbits(raw, 8, 5)
    if words is None:  # cannot happen for bytes; keeps the type checker honest
        raise ValueError("not bytes")
    return bech32.bech32_encode(hrp, words)


def recipient_string(public_key: bytes) -> str:
    """``age1...`` for a raw X25519 public key."""
    text = _encode(_RECIPIENT_HRP, public_key)
    pyrage.x25519.Recipient.from_str(text)  # raises if we ever produced something age refuses
    return text


def identity_string(private_key: bytes) -> str:
    """``AGE-SECRET-KEY-1...`` for a raw X25519 private key (a secret: never log or show)."""
    return _encode(_SECRET_HRP, private_key).upper()


def identity(private_key: bytes) -> pyrage.x25519.Identity:
    """The pyrage identity that opens what was sealed to this key's recipient."""
    return pyrage.x25519.Identity.from_str(identity_string(private_key))
