"""Known answers for the formats that must never change by accident (issue 20).

Each test holds bytes written by today's code: a fixed audit entry and its hash, PBL/1 frames
and their CRC (from PROTOCOL-PBL1.md), a fixed key-slot file that must still open with its
password. A change to any of these formats must fail here loudly; if the change is on purpose
(a new format version), update the expected values in this file in the same commit, and keep
the old file opening (or refuse it with a clear message) as the format's migration requires.

Note for the lead: the `sign` branch changes the audit entry and the key-slot formats in
this round; the expected values below are today's (audit chain v1, tjdesk-keyslots v1).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from hardware.pbl1.frame import Parser, crc, encode
from tjdesk import audit
from tjdesk.vault import keyslots
from tjdesk.vault.database import Database
from tjdesk.vault.errors import KeyFileDamaged, KeyFileTampered
from tjdesk.vault.kdf import KdfParams
from tjdesk.vault.roster import fingerprint

# --- the audit hash -------------------------------------------------------------------------

FIXED_ENTRY = {
    "seq": 1,
    "at": "2026-11-28T02:30:00.000000+00:00",
    "actor": "ann",
    "action": "case.view_section",
    "target_type": "case",
    "target_id": "42",
    "detail": "identity",
}
FIXED_HASH = "699cb7d6bad068d01e9fe5c8874165822901247849bf397fb17d446c8b11d536"
# The second entry: no actor, no target, a Thai detail (pins UTF-8 and ensure_ascii=False).
SECOND_HASH = "5b1d02c72e7dac807826df0dfc0f7ed164398a91a52cb7cee9b2eeda634af310"


def _hash_of(entry: dict[str, object], prev: str = audit.GENESIS) -> str:
    return audit.entry_hash(
        prev,
        entry["seq"],  # type: ignore[arg-type]
        entry["at"],  # type: ignore[arg-type]
        entry["actor"],  # type: ignore[arg-type]
        entry["action"],  # type: ignore[arg-type]
        entry["target_type"],  # type: ignore[arg-type]
        entry["target_id"],  # type: ignore[arg-type]
        entry["detail"],  # type: ignore[arg-type]
    )


def test_a_fixed_entry_has_a_fixed_hash() -> None:
    assert _hash_of(FIXED_ENTRY) == FIXED_HASH
    # The recipe, written out: SHA-256 of the previous hash, a newline, and the canonical JSON
    # array of every column in order.
    canonical = json.dumps(
        [
            FIXED_ENTRY[k]
            for k in ("seq", "at", "actor", "action", "target_type", "target_id", "detail")
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    assert hashlib.sha256(audit.GENESIS.encode() + b"\n" + canonical).hexdigest() == FIXED_HASH


@pytest.mark.parametrize("column", [c for c in FIXED_ENTRY if c != "seq"] + ["seq", "prev"])
def test_every_column_and_the_link_change_the_hash(column: str) -> None:
    if column == "prev":
        assert _hash_of(FIXED_ENTRY, prev="1" * 64) != FIXED_HASH
        return
    changed = dict(FIXED_ENTRY)
    changed[column] = 2 if column == "seq" else None
    assert _hash_of(changed) != FIXED_HASH


def test_entries_written_by_record_carry_the_known_hashes(db: Database) -> None:
    audit.record(
        db,
        "ann",
        "case.view_section",
        target_type="case",
        target_id=42,
        detail="identity",
        at=datetime(2026, 11, 28, 2, 30, tzinfo=UTC),
    )
    audit.record(
        db,
        None,
        "backup.restore",
        detail="ข้อมูล 2569",
        at=datetime(2026, 11, 28, 2, 31, 5, 123456, tzinfo=UTC),
    )
    rows = db.query("SELECT * FROM audit_log ORDER BY seq")
    # Unsigned here (no one is signed in on this connection); the hash is over the columns above.
    assert rows[0] == {
        **FIXED_ENTRY,
        "prev_hash": audit.GENESIS,
        "hash": FIXED_HASH,
        "signer": None,
        "signature": None,
    }
    assert rows[1]["prev_hash"] == FIXED_HASH and rows[1]["hash"] == SECOND_HASH
    assert audit.head(db) == audit.Head(2, SECOND_HASH)
    assert audit.verify(db).intact


# --- PBL/1 ----------------------------------------------------------------------------------

# PROTOCOL-PBL1.md: CRC-16/CCITT-FALSE, check value "123456789" -> 29B1, and its example
# exchange, "every CRC here is correct".
SPEC_FRAMES = [
    b"$HELLO 0 proto=1 fw=0.1.0 hw=pico-r1 uid=E6614C311B5F2A21 boot=37"
    b" caps=btn,loop,light,snd,lfb rst=POR*DE30\n",
    b"$HB 0*2CE7\n",
    b"$HB 1 up=1004 st=IDLE loop=OK light=OFF snd=OFF lfb=OK host=OK alarm=0*1F41\n",
    b"$ALM 42 id=37.1 src=BTN loop=ACT test=0 up=73311*621A\n",
    b"$ACK 9 ref=42 id=37.1*36D0\n",
    b"$OUT 12 snd=PULSE dur=60*4B42\n",
    b"$ACK 81 ref=13 res=ERR code=LATCHED*E827\n",
    b"$RESET 15 id=37.1*8F55\n",
    b"$Q 18*8076\n",
    b"$RAISE 19 id=H.512 src=UI*012F\n",
]


def test_the_crc_check_value() -> None:
    assert crc(b"123456789") == 0x29B1
    assert crc(b"") == 0xFFFF


@pytest.mark.parametrize("line", SPEC_FRAMES, ids=lambda b: b.split(b" ")[0][1:].decode())
def test_the_specs_example_frames_are_encoded_and_read_byte_for_byte(line: bytes) -> None:
    body, _, check = line[1:].rstrip(b"\n").rpartition(b"*")
    assert b"%04X" % crc(body) == check
    frames = Parser().feed(line)
    assert len(frames) == 1
    frame = frames[0]
    assert encode(frame.type, frame.seq, frame.fields) == line


def test_a_frame_with_one_wrong_crc_digit_is_not_read() -> None:
    line = bytearray(SPEC_FRAMES[3])
    line[-2] = ord("B")  # ...*621A -> ...*621B
    assert Parser().feed(bytes(line)) == []


# --- the key-slot file ----------------------------------------------------------------------

KEY_FILE_PASSWORD = "รหัสผ่าน ทดสอบ 1"
KEY_FILE_DATABASE_KEY = bytes(range(32))
KEY_FILE_VAULT_ID = "3f2a9c4e-5b7d-4e1f-9a6b-0c8d7e6f5a41"
KEY_FILE_V1 = b"""{
 "format": "tjdesk-keyslots",
 "version": 1,
 "vault_id": "3f2a9c4e-5b7d-4e1f-9a6b-0c8d7e6f5a41",
 "kdf": {
  "memory_kib": 8,
  "time_cost": 1,
  "parallelism": 1
 },
 "key_check": "igfZlNTg8Ee6WX02hQV5kA==",
 "disabled_users": [],
 "slots": {
  "ann": {
   "kdf": {
    "memory_kib": 8,
    "time_cost": 1,
    "parallelism": 1
   },
   "salt": "Qrkm2WuFOHwS8Lsr6t8LOA==",
   "public_key": "+6IMjsPMMznLKN5R74ZPYEyk5QBg8Kkn3uezKi3ChTs=",
   "nonce": "0cMYjr7vkzdKFcWt",
   "wrapped_private_key": "s1wxXANCoVZH3z85E1zjFylB808BxWgxLkfQr8mbB374xLOHjfFQpgMrTI1ohBXF",
   "sealed_database_key": "oqKKHf0YSpno1E1RFF2cs0I67pOCEoJQRl/DIQ4BDy/p3BEtP6ZByi0D+BdG3ma0O69Nb\
mNwnOGoI0jghHBUc78sCkz0QVNkoggEx7ISOQw=",
   "must_change_password": false
  }
 }
}
"""


def test_a_version_1_key_file_still_opens_with_its_password() -> None:
    key_file = keyslots.parse(KEY_FILE_V1)
    assert key_file.vault_id == KEY_FILE_VAULT_ID
    assert key_file.kdf == KdfParams(memory_kib=8, time_cost=1, parallelism=1)
    assert set(key_file.slots) == {"ann"} and key_file.disabled_users == frozenset()
    slot = key_file.slots["ann"]
    assert keyslots.open_slot(slot, KEY_FILE_PASSWORD, KEY_FILE_VAULT_ID) == KEY_FILE_DATABASE_KEY
    assert keyslots.key_matches(key_file, KEY_FILE_DATABASE_KEY)
    assert keyslots.compute_key_check(KEY_FILE_DATABASE_KEY, KEY_FILE_VAULT_ID) == bytes.fromhex(
        "8a07d994d4e0f047ba597d3685057990"
    )
    # Written back it becomes the current format (with its authenticated header); nothing of
    # the slot is lost: the same password still opens it to the same key.
    rewritten = keyslots.parse(keyslots.serialize(key_file, KEY_FILE_DATABASE_KEY))
    assert rewritten.format_version == keyslots.FORMAT_VERSION
    keyslots.check_header(rewritten, KEY_FILE_DATABASE_KEY)
    assert rewritten.slots["ann"].public_key == slot.public_key
    assert (
        keyslots.open_slot(rewritten.slots["ann"], KEY_FILE_PASSWORD, KEY_FILE_VAULT_ID)
        == KEY_FILE_DATABASE_KEY
    )


def test_the_version_1_key_file_refuses_a_wrong_password_and_another_vault() -> None:
    slot = keyslots.parse(KEY_FILE_V1).slots["ann"]
    with pytest.raises(keyslots.SlotPasswordMismatch):
        keyslots.open_slot(slot, "รหัสผ่าน ทดสอบ 2", KEY_FILE_VAULT_ID)
    with pytest.raises(keyslots.SlotPasswordMismatch):  # the slot is bound to its vault
        keyslots.open_slot(slot, KEY_FILE_PASSWORD, "another-vault")
    assert not keyslots.key_matches(keyslots.parse(KEY_FILE_V1), bytes(32))


def test_a_key_file_with_one_field_changed_is_refused_or_does_not_open() -> None:
    tampered = KEY_FILE_V1.replace(b'"format": "tjdesk-keyslots"', b'"format": "tjdesk-keyslot"')
    with pytest.raises(KeyFileDamaged):
        keyslots.parse(tampered)
    swapped_nonce = KEY_FILE_V1.replace(b"0cMYjr7vkzdKFcWt", b"0cMYjr7vkzdKFcWu")
    slot = keyslots.parse(swapped_nonce).slots["ann"]
    with pytest.raises(keyslots.SlotPasswordMismatch):
        keyslots.open_slot(slot, KEY_FILE_PASSWORD, KEY_FILE_VAULT_ID)


# The current format (2): ann, bo (who must change her password) and cy (disabled), written by
# keyslots.serialize with KEY_FILE_DATABASE_KEY. Their passwords:
KEY_FILE_V2 = Path(__file__).parent / "known_answers" / "key_file_v2.json"
V2_PASSWORDS = {"ann": KEY_FILE_PASSWORD, "bo": "bo password 2", "cy": "cy password 3"}


def test_a_version_2_key_file_opens_with_its_passwords_and_its_header_verifies() -> None:
    key_file = keyslots.read_key_file(KEY_FILE_V2, KEY_FILE_DATABASE_KEY)  # header checked
    assert key_file.format_version == 2 and key_file.vault_id == KEY_FILE_VAULT_ID
    assert set(key_file.slots) == {"ann", "bo"} and key_file.disabled_users == {"cy"}
    assert [key_file.slots[n].must_change_password for n in ("ann", "bo")] == [False, True]
    for name in ("ann", "bo"):
        slot = key_file.slots[name]
        opened = keyslots.open_slot_keys(slot, V2_PASSWORDS[name], KEY_FILE_VAULT_ID)
        assert opened.database_key == KEY_FILE_DATABASE_KEY
        assert opened.x25519_public_key == slot.public_key
        assert opened.signing_key is not None
        assert opened.signing_key.public_key().public_bytes_raw() == slot.signing_public_key
    # The disabled user's password is still recognised (to tell her she is disabled) but
    # opens nothing.
    check = key_file.disabled_checks["cy"]
    assert keyslots.password_opens(check, V2_PASSWORDS["cy"], KEY_FILE_VAULT_ID)
    assert not keyslots.password_opens(check, V2_PASSWORDS["ann"], KEY_FILE_VAULT_ID)
    # Written back unchanged, it is the same file, byte for byte.
    assert keyslots.serialize(key_file, KEY_FILE_DATABASE_KEY) == KEY_FILE_V2.read_bytes()


def _edited(change: Callable[[dict[str, Any]], None]) -> bytes:
    document = json.loads(KEY_FILE_V2.read_bytes())
    change(document)
    return json.dumps(document).encode()


STRONGER = {"memory_kib": 16, "time_cost": 2, "parallelism": 1}
HEADER_EDITS: dict[str, Callable[[dict[str, Any]], None]] = {
    "vault kdf": lambda d: d.update(kdf=STRONGER),
    "vault id": lambda d: d.update(vault_id="another-vault"),
    "key check": lambda d: d.update(key_check="AAAAAAAAAAAAAAAAAAAAAA=="),
    "name taken off the disabled list": lambda d: d.update(disabled_users=[]),
    "name put on the disabled list": lambda d: d.update(disabled_users=["ann", "cy"]),
    "slot kdf": lambda d: d["slots"]["ann"].update(kdf=STRONGER),
    "slot public key": lambda d: d["slots"]["ann"].update(
        public_key=d["slots"]["bo"]["public_key"]
    ),
    "slot signing key": lambda d: d["slots"]["ann"].update(
        signing_public_key=d["slots"]["bo"]["signing_public_key"]
    ),
    "password change no longer asked": lambda d: d["slots"]["bo"].update(
        must_change_password=False
    ),
    "slot renamed": lambda d: d["slots"].update(bob=d["slots"].pop("bo")),
    "header mac removed": lambda d: d.pop("header_mac"),
    "header mac replaced": lambda d: d.update(header_mac="A" * 43 + "="),
}


@pytest.mark.parametrize("edit", list(HEADER_EDITS))
def test_a_key_file_whose_header_was_edited_is_refused(tmp_path: Path, edit: str) -> None:
    path = tmp_path / "tjdesk.keys"
    path.write_bytes(_edited(HEADER_EDITS[edit]))
    keyslots.read_key_file(path)  # still a well-formed file...
    with pytest.raises(KeyFileTampered) as refused:  # ...but not one TJ Desk wrote
        keyslots.read_key_file(path, KEY_FILE_DATABASE_KEY)
    assert "changed outside TJ Desk" in str(refused.value)


def test_a_key_file_header_checked_with_another_key_is_refused() -> None:
    with pytest.raises(KeyFileTampered):
        keyslots.read_key_file(KEY_FILE_V2, bytes(32))


# --- the root fingerprint printed on the recovery sheet ----------------------------------------
# SHA-256 of "tjdesk signing root|" and the key, its first 32 hex digits in groups of four
# (computed outside Python: printf ... | sha256sum). A sheet printed before a change must still
# match the screen after it.


def test_a_root_keys_fingerprint_is_the_one_on_the_printed_sheet() -> None:
    assert fingerprint(bytes(range(32))) == "6ccb 31fc 7481 9d66 8c4f 4edc 4d82 4e90"
