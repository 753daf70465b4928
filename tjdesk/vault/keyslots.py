"""The key-slot file beside the database: one slot per user, each able to yield the database key.

Layout of a slot (JSON, base64 for bytes):

* ``salt``, ``kdf``: Argon2id turns the user's password into a key-encryption key (KEK).
* ``public_key`` / ``wrapped_private_key``: the user's X25519 key pair; the private half is
  wrapped with AES-256-GCM under the KEK. A failed tag here means "wrong password".
* ``sealed_database_key``: the 32-byte database key sealed to ``public_key`` with HPKE
  (RFC 9180: X25519, HKDF-SHA256, AES-256-GCM, from ``cryptography``).
* ``signing_public_key`` / ``wrapped_signing_key`` (format 2): the user's Ed25519 key pair,
  the private half wrapped under the same KEK. It signs the user's audit entries and alarm
  commands. A format-1 slot has none; it gets one at the user's next sign-in
  (``with_signing_key``), when the password is at hand.

The X25519 key pair is also the user's age identity (age_keys.py): sealed sections are
sealed to its ``age1...`` recipient. Changing one's own password therefore keeps both key
pairs and only re-wraps them (``create_slot(keep=...)``).

Why a key pair and not the database key wrapped directly under the KEK: rotating the database
key must rewrite *every* slot, and an administrator does not know the other users' passwords.
Sealing to each user's public key lets the new key be handed to every user without their
passwords, while someone holding only the old key learns nothing about the new one.

Associated data binds every slot to its user name and to the vault's id, so a slot copied to
another user or another vault does not open. The file holds no client data: user names, key
material and KDF parameters only. Writes are atomic (temp file, fsync, rename).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tjdesk import safe_json
from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault import kdf as kdf_module
from tjdesk.vault.atomic_file import write_atomic
from tjdesk.vault.errors import KeyFileDamaged, KeyFileMissing, KeyFileTampered, NewerVersion
from tjdesk.vault.kdf import KdfParams

FORMAT = "tjdesk-keyslots"
FORMAT_VERSION = 2
DATABASE_KEY_LENGTH = 32
_NONCE_LENGTH = 12
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
_MAX_USER_NAME = 64


class SlotPasswordMismatch(Exception):
    """The password did not open this slot (internal: the vault turns it into WrongPassword)."""


@dataclass(frozen=True)
class KeySlot:
    user: str
    kdf: KdfParams
    salt: bytes
    public_key: bytes
    nonce: bytes
    wrapped_private_key: bytes
    sealed_database_key: bytes
    # Set when an administrator reset the password: the user picks a new one at sign-in.
    must_change_password: bool = False
    # Format 2: the Ed25519 signing key pair; None in a format-1 slot not yet upgraded.
    signing_public_key: bytes | None = None
    signing_nonce: bytes | None = None
    wrapped_signing_key: bytes | None = None


@dataclass(frozen=True, repr=False)
class OpenedSlot:
    """What a right password unlocks in a slot. Secrets: never logged, never shown."""

    database_key: bytes
    x25519_private_key: bytes  # raw 32 bytes: also the user's age identity
    signing_key: Ed25519PrivateKey | None  # None until a format-1 slot is upgraded
    kek: bytes  # the password-derived key that wraps both private halves

    @property
    def x25519_public_key(self) -> bytes:
        private_key = X25519PrivateKey.from_private_bytes(self.x25519_private_key)
        return private_key.public_key().public_bytes_raw()

    def __repr__(self) -> str:
        return "OpenedSlot(...)"


@dataclass(frozen=True)
class KeySlotFile:
    vault_id: str
    kdf: KdfParams  # parameters for new slots (tuned when the vault was made)
    key_check: bytes  # tells a wrong recovery key from a damaged database
    slots: Mapping[str, KeySlot] = field(default_factory=dict)
    disabled_users: frozenset[str] = frozenset()
    # A disabled user's password check: their slot without the sealed database key, so the
    # password opens nothing, but sign-in can say "disabled" only to whoever knows it (a
    # stranger trying names learns nothing). Kept only while the user stays disabled.
    disabled_checks: Mapping[str, KeySlot] = field(default_factory=dict)
    # HMAC of the header (see header_mac), keyed from the database key; None in a format-1 file.
    header_mac: bytes | None = None
    format_version: int = FORMAT_VERSION

    def with_slot(self, slot: KeySlot) -> KeySlotFile:
        slots = dict(self.slots)
        slots[slot.user] = slot
        checks = {n: c for n, c in self.disabled_checks.items() if n != slot.user}
        return replace(
            self,
            slots=slots,
            disabled_users=self.disabled_users - {slot.user},
            disabled_checks=checks,
        )

    def without_slot(self, user: str) -> KeySlotFile:
        """The file with ``user``'s slot gone and the user marked disabled."""
        slots = {name: slot for name, slot in self.slots.items() if name != user}
        checks = dict(self.disabled_checks)
        old = self.slots.get(user)
        if old is not None:
            checks[user] = replace(old, sealed_database_key=b"")
        return replace(
            self, slots=slots, disabled_users=self.disabled_users | {user}, disabled_checks=checks
        )


BAD_USER_NAME = QT_TRANSLATE_NOOP(
    "errors", "A user name is 1 to 64 letters, digits or signs, without spaces."
)


def canonical_user_name(name: str) -> str:
    """The form a user name is stored and compared in: NFC, trimmed, lower case."""
    canonical = unicodedata.normalize("NFC", name).strip().lower()
    if (
        not canonical
        or len(canonical) > _MAX_USER_NAME
        or any(ch.isspace() or not ch.isprintable() for ch in canonical)
    ):
        raise InvalidInput(BAD_USER_NAME)
    return canonical


def new_database_key() -> bytes:
    return os.urandom(DATABASE_KEY_LENGTH)


def compute_key_check(database_key: bytes, vault_id: str) -> bytes:
    # A keyed hash of a 256-bit random key: lets us say "wrong recovery key" without revealing
    # anything a brute force could use.
    return hmac.new(
        database_key, b"tjdesk key check|" + vault_id.encode(), hashlib.sha256
    ).digest()[:16]


def key_matches(key_file: KeySlotFile, database_key: bytes) -> bool:
    return hmac.compare_digest(
        compute_key_check(database_key, key_file.vault_id), key_file.key_check
    )


def new_key_file(vault_id: str, database_key: bytes, kdf: KdfParams) -> KeySlotFile:
    return KeySlotFile(
        vault_id=vault_id, kdf=kdf, key_check=compute_key_check(database_key, vault_id)
    )


def _associated_data(purpose: str, vault_id: str, user: str) -> bytes:
    # Length-prefixed fields: no two (vault, user) pairs encode to the same bytes.
    parts = [b"tjdesk keyslot v1", purpose.encode(), vault_id.encode(), user.encode()]
    return b"".join(len(part).to_bytes(4) + part for part in parts)  # big-endian


def _password_bytes_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    # NFC so the same password typed through different Thai input methods gives the same key.
    return kdf_module.derive_key(unicodedata.normalize("NFC", password), salt, params)


def create_slot(
    user: str,
    password: str,
    database_key: bytes,
    vault_id: str,
    params: KdfParams,
    *,
    must_change_password: bool = False,
    keep: OpenedSlot | None = None,
) -> KeySlot:
    """A new slot (fresh salt) that yields ``database_key`` to ``password``.

    New key pairs are made unless ``keep`` hands over the user's current ones (changing one's
    own password: what was sealed to the user and what they signed stays theirs).
    """
    return create_slot_with_keys(
        user,
        password,
        database_key,
        vault_id,
        params,
        must_change_password=must_change_password,
        keep=keep,
    )[0]


def create_slot_with_keys(
    user: str,
    password: str,
    database_key: bytes,
    vault_id: str,
    params: KdfParams,
    *,
    must_change_password: bool = False,
    keep: OpenedSlot | None = None,
) -> tuple[KeySlot, OpenedSlot]:
    """As ``create_slot``, also handing back what the new slot holds (for its owner's session)."""
    salt = os.urandom(kdf_module.SALT_LENGTH)
    kek = _password_bytes_key(password, salt, params)
    if keep is not None:
        private_key = X25519PrivateKey.from_private_bytes(keep.x25519_private_key)
        signing_key = keep.signing_key or Ed25519PrivateKey.generate()
    else:
        private_key = X25519PrivateKey.generate()
        signing_key = Ed25519PrivateKey.generate()
    public_bytes = private_key.public_key().public_bytes_raw()
    nonce = os.urandom(_NONCE_LENGTH)
    wrapped = AESGCM(kek).encrypt(
        nonce, private_key.private_bytes_raw(), _associated_data("private key", vault_id, user)
    )
    slot = KeySlot(
        user=user,
        kdf=params,
        salt=salt,
        public_key=public_bytes,
        nonce=nonce,
        wrapped_private_key=wrapped,
        sealed_database_key=_seal(database_key, public_bytes, vault_id, user),
        must_change_password=must_change_password,
    )
    opened = OpenedSlot(database_key, private_key.private_bytes_raw(), signing_key, kek)
    return _wrap_signing_key(slot, signing_key, kek, vault_id), opened


def _wrap_signing_key(
    slot: KeySlot, signing_key: Ed25519PrivateKey, kek: bytes, vault_id: str
) -> KeySlot:
    nonce = os.urandom(_NONCE_LENGTH)
    wrapped = AESGCM(kek).encrypt(
        nonce,
        signing_key.private_bytes_raw(),
        _associated_data("signing key", vault_id, slot.user),
    )
    return replace(
        slot,
        signing_public_key=signing_key.public_key().public_bytes_raw(),
        signing_nonce=nonce,
        wrapped_signing_key=wrapped,
    )


def with_signing_key(
    slot: KeySlot, opened: OpenedSlot, vault_id: str
) -> tuple[KeySlot, OpenedSlot]:
    """A format-1 slot upgraded with a new Ed25519 key pair (at the user's sign-in).

    Everything else in the slot stays as it was, so the same password opens it.
    """
    if opened.signing_key is not None:
        return slot, opened
    signing_key = Ed25519PrivateKey.generate()
    upgraded = _wrap_signing_key(slot, signing_key, opened.kek, vault_id)
    return upgraded, replace(opened, signing_key=signing_key)


def _seal(database_key: bytes, public_key: bytes, vault_id: str, user: str) -> bytes:
    return _SUITE.encrypt(
        database_key,
        X25519PublicKey.from_public_bytes(public_key),
        info=_associated_data("database key", vault_id, user),
    )


def reseal_slot(slot: KeySlot, database_key: bytes, vault_id: str) -> KeySlot:
    """The same slot (same password) now yielding a new database key: for key rotation."""
    return replace(
        slot, sealed_database_key=_seal(database_key, slot.public_key, vault_id, slot.user)
    )


def password_opens(slot: KeySlot, password: str, vault_id: str) -> bool:
    """Whether ``password`` is the one this slot (or a disabled user's check) was made with."""
    kek = _password_bytes_key(password, slot.salt, slot.kdf)
    try:
        AESGCM(kek).decrypt(
            slot.nonce,
            slot.wrapped_private_key,
            _associated_data("private key", vault_id, slot.user),
        )
    except InvalidTag:
        return False
    return True


def open_slot(slot: KeySlot, password: str, vault_id: str) -> bytes:
    """The database key, or SlotPasswordMismatch; KeyFileDamaged if the slot is inconsistent."""
    return open_slot_keys(slot, password, vault_id).database_key


def open_slot_keys(slot: KeySlot, password: str, vault_id: str) -> OpenedSlot:
    """Everything the password unlocks: the database key and the user's private keys.

    SlotPasswordMismatch for a wrong password; KeyFileDamaged if the slot is inconsistent.
    """
    kek = _password_bytes_key(password, slot.salt, slot.kdf)
    try:
        private_bytes = AESGCM(kek).decrypt(
            slot.nonce,
            slot.wrapped_private_key,
            _associated_data("private key", vault_id, slot.user),
        )
    except InvalidTag:
        raise SlotPasswordMismatch() from None
    try:
        private_key = X25519PrivateKey.from_private_bytes(private_bytes)
        if private_key.public_key().public_bytes_raw() != slot.public_key:
            raise ValueError  # the key pair does not match
        database_key = _SUITE.decrypt(
            slot.sealed_database_key,
            private_key,
            info=_associated_data("database key", vault_id, slot.user),
        )
        signing_key = _unwrap_signing_key(slot, kek, vault_id)
    except (InvalidTag, ValueError):
        # The password was right, so the rest of the slot was altered or mixed up.
        raise KeyFileDamaged() from None
    if len(database_key) != DATABASE_KEY_LENGTH:
        raise KeyFileDamaged()
    return OpenedSlot(database_key, private_bytes, signing_key, kek)


def _unwrap_signing_key(slot: KeySlot, kek: bytes, vault_id: str) -> Ed25519PrivateKey | None:
    if slot.wrapped_signing_key is None or slot.signing_nonce is None:
        return None
    raw = AESGCM(kek).decrypt(
        slot.signing_nonce,
        slot.wrapped_signing_key,
        _associated_data("signing key", vault_id, slot.user),
    )
    signing_key = Ed25519PrivateKey.from_private_bytes(raw)
    if signing_key.public_key().public_bytes_raw() != slot.signing_public_key:
        raise ValueError  # the signing key pair does not match
    return signing_key


# --- the file -----------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(value: Any, length: int) -> bytes:
    if not isinstance(value, str):
        raise ValueError  # not base64 text
    data = base64.b64decode(value, validate=True)  # ValueError unless ASCII base64
    if len(data) != length:
        raise ValueError  # wrong length
    return data


def header_mac(key_file: KeySlotFile, database_key: bytes) -> bytes:
    """The file's authentication: an HMAC keyed from the database key over the KDF parameters,
    the vault id, the disabled list and each slot's name, parameters and public keys.

    Only someone who holds the database key (a signed-in user, the recovery key) can write a
    file that passes; a stranger editing the file (weaker parameters for every slot written
    afterwards, a name taken off the disabled list) is caught at the next sign-in.
    """
    header = [
        FORMAT,
        key_file.vault_id,
        key_file.kdf.to_json(),
        _b64(key_file.key_check),
        sorted(key_file.disabled_users),
        [
            [
                name,
                slot.kdf.to_json(),
                _b64(slot.public_key),
                None if slot.signing_public_key is None else _b64(slot.signing_public_key),
                slot.must_change_password,
            ]
            for name, slot in sorted(key_file.slots.items())
        ],
    ]
    canonical = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    mac_key = hmac.new(database_key, b"tjdesk key file header key", hashlib.sha256).digest()
    return hmac.new(mac_key, canonical, hashlib.sha256).digest()


def check_header(key_file: KeySlotFile, database_key: bytes) -> None:
    """KeyFileTampered unless the header is authentic (a format-1 file has no MAC yet)."""
    if key_file.format_version < 2 and key_file.header_mac is None:
        return
    if key_file.header_mac is None or not hmac.compare_digest(
        key_file.header_mac, header_mac(key_file, database_key)
    ):
        raise KeyFileTampered()


def serialize(key_file: KeySlotFile, database_key: bytes) -> bytes:
    document = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "vault_id": key_file.vault_id,
        "kdf": key_file.kdf.to_json(),
        "key_check": _b64(key_file.key_check),
        "disabled_users": sorted(key_file.disabled_users),
        "slots": {
            name: {
                "kdf": slot.kdf.to_json(),
                "salt": _b64(slot.salt),
                "public_key": _b64(slot.public_key),
                "nonce": _b64(slot.nonce),
                "wrapped_private_key": _b64(slot.wrapped_private_key),
                "sealed_database_key": _b64(slot.sealed_database_key),
                "must_change_password": slot.must_change_password,
                **_signing_fields(slot),
            }
            for name, slot in sorted(key_file.slots.items())
        },
        "header_mac": _b64(header_mac(key_file, database_key)),
    }
    if key_file.disabled_checks:
        document["disabled_checks"] = {
            name: {
                "kdf": check.kdf.to_json(),
                "salt": _b64(check.salt),
                "nonce": _b64(check.nonce),
                "wrapped_private_key": _b64(check.wrapped_private_key),
            }
            for name, check in sorted(key_file.disabled_checks.items())
        }
    return (json.dumps(document, indent=1) + "\n").encode()  # ASCII: ensure_ascii


def _signing_fields(slot: KeySlot) -> dict[str, str]:
    if (
        slot.signing_public_key is None
        or slot.signing_nonce is None
        or slot.wrapped_signing_key is None
    ):
        return {}
    return {
        "signing_public_key": _b64(slot.signing_public_key),
        "signing_nonce": _b64(slot.signing_nonce),
        "wrapped_signing_key": _b64(slot.wrapped_signing_key),
    }


def _parse_signing_fields(raw: dict[str, Any]) -> dict[str, bytes | None]:
    names = ("signing_public_key", "signing_nonce", "wrapped_signing_key")
    present = [name in raw for name in names]
    if not any(present):
        return dict.fromkeys(names)
    if not all(present):
        raise ValueError  # signing key
    return {
        "signing_public_key": _unb64(raw["signing_public_key"], 32),
        "signing_nonce": _unb64(raw["signing_nonce"], _NONCE_LENGTH),
        "wrapped_signing_key": _unb64(raw["wrapped_signing_key"], 32 + 16),
    }


def parse(data: bytes) -> KeySlotFile:
    """Read a key-slot file; KeyFileDamaged for anything that is not one, NewerVersion if newer."""
    try:
        document = safe_json.loads(data)
    except (UnicodeDecodeError, ValueError):
        raise KeyFileDamaged() from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise KeyFileDamaged()
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):  # True is an int in Python
        raise KeyFileDamaged()
    if version < 1:
        raise KeyFileDamaged()
    if version > FORMAT_VERSION:
        raise NewerVersion()
    try:
        vault_id = document["vault_id"]
        if not isinstance(vault_id, str) or not vault_id.isascii() or not vault_id:
            raise ValueError  # vault id
        slots: dict[str, KeySlot] = {}
        raw_slots = document["slots"]
        if not isinstance(raw_slots, dict):
            raise ValueError  # slots
        for name, raw in raw_slots.items():
            if canonical_user_name(name) != name or not isinstance(raw, dict):
                raise ValueError  # slot
            must_change = raw.get("must_change_password", False)
            if not isinstance(must_change, bool):
                raise ValueError  # flag
            slots[name] = KeySlot(
                user=name,
                kdf=KdfParams.from_json(raw["kdf"]),
                salt=_unb64(raw["salt"], kdf_module.SALT_LENGTH),
                public_key=_unb64(raw["public_key"], 32),
                nonce=_unb64(raw["nonce"], _NONCE_LENGTH),
                wrapped_private_key=_unb64(raw["wrapped_private_key"], 32 + 16),
                sealed_database_key=_unb64(raw["sealed_database_key"], 32 + 32 + 16),
                must_change_password=must_change,
                **_parse_signing_fields(raw),
            )
        disabled = document.get("disabled_users", [])
        if not isinstance(disabled, list) or not all(isinstance(n, str) for n in disabled):
            raise ValueError  # disabled
        checks: dict[str, KeySlot] = {}
        raw_checks = document.get("disabled_checks", {})
        if not isinstance(raw_checks, dict):
            raise ValueError  # checks
        for name, raw in raw_checks.items():
            if not isinstance(raw, dict):
                raise ValueError  # check
            if name not in disabled:
                # Only a disabled user has a check. A name taken off the disabled list by hand
                # is caught by the header's MAC at sign-in (KeyFileTampered), not here.
                continue
            checks[name] = KeySlot(
                user=name,
                kdf=KdfParams.from_json(raw["kdf"]),
                salt=_unb64(raw["salt"], kdf_module.SALT_LENGTH),
                public_key=b"",
                nonce=_unb64(raw["nonce"], _NONCE_LENGTH),
                wrapped_private_key=_unb64(raw["wrapped_private_key"], 32 + 16),
                sealed_database_key=b"",
            )
        mac = document.get("header_mac")
        if version < 2 and any(slot.signing_public_key is not None for slot in slots.values()):
            # Signing keys came with format 2 and its header MAC, and TJ Desk writes only
            # format 2: a "format 1" file with them is a format-2 file relabelled so that its
            # header goes unchecked (a name taken off the disabled list, weaker settings).
            raise KeyFileTampered()
        return KeySlotFile(
            vault_id=vault_id,
            kdf=KdfParams.from_json(document["kdf"]),
            key_check=_unb64(document["key_check"], 16),
            slots=slots,
            disabled_users=frozenset(disabled),
            disabled_checks=checks,
            header_mac=None if mac is None else _unb64(mac, 32),
            format_version=version,
        )
    except (KeyError, TypeError, ValueError, InvalidInput):
        raise KeyFileDamaged() from None


def read_key_file(path: Path, database_key: bytes | None = None) -> KeySlotFile:
    """The file at ``path``; with ``database_key``, also its header checked (check_header)."""
    key_file = _read_key_file(path)
    if database_key is not None:
        check_header(key_file, database_key)
    return key_file


def _read_key_file(path: Path) -> KeySlotFile:
    try:
        data = safe_json.read_file(path)  # at most safe_json.MAX_BYTES (4 MiB)
    except FileNotFoundError:
        raise KeyFileMissing() from None
    except (IsADirectoryError, ValueError):  # a folder, a pipe or a device, or too large
        raise KeyFileDamaged() from None
    return parse(data)


def write_key_file(path: Path, key_file: KeySlotFile, database_key: bytes) -> None:
    """Write atomically, with the header authenticated under ``database_key``."""
    write_atomic(path, serialize(key_file, database_key))
