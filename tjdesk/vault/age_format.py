"""age (C2SP age v1, X25519 recipients) through pyrage: the only envelope sealed sections use.

Nothing here encrypts by itself: pyrage (the rage implementation) writes and reads standard age
files, so the stock ``age`` tool opens every blob we store. What this module adds is the
conversion between a key slot's raw 32-byte X25519 keys and age's bech32 text forms
(``AGE-SECRET-KEY-1...`` / ``age1...``, BIP-173 bech32 as the age spec prescribes), and a
refusal to seal to nobody.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pyrage
from pyrage import x25519

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_IDENTITY_HRP = "age-secret-key-"
_RECIPIENT_HRP = "age"
KEY_BYTES = 32


class SealedToNobody(ValueError):
    """A programming error: every blob must open for at least one person (or the recovery)."""


def _polymod(values: Iterable[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(_GENERATOR):
            if (top >> i) & 1:
                check ^= generator
    return check


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _to_five_bit(data: bytes) -> list[int]:
    acc, bits, out = 0, 0, []
    for byte in data:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def _bech32(hrp: str, data: bytes) -> str:
    words = _to_five_bit(data)
    mod = _polymod(_hrp_expand(hrp) + words + [0] * 6) ^ 1
    checksum = [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[w] for w in words + checksum)


def identity_from_raw(private_key: bytes) -> x25519.Identity:
    """The age identity of a key slot's raw X25519 private key."""
    if len(private_key) != KEY_BYTES:
        raise ValueError("an X25519 private key is 32 bytes")
    return x25519.Identity.from_str(_bech32(_IDENTITY_HRP, private_key).upper())


def recipient_text_from_raw(public_key: bytes) -> str:
    """``age1...`` for a raw X25519 public key (what a user's slot or roster record holds)."""
    if len(public_key) != KEY_BYTES:
        raise ValueError("an X25519 public key is 32 bytes")
    return _bech32(_RECIPIENT_HRP, public_key)


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
    return pyrage.encrypt(plaintext, [x25519.Recipient.from_str(r) for r in unique])


def unseal(blob: bytes, identity: x25519.Identity) -> bytes:
    """Open an age file; raises pyrage.DecryptError if it is not sealed to ``identity``."""
    return pyrage.decrypt(blob, [identity])
