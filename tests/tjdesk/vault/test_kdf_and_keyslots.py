"""Argon2id parameters and the key-slot file: what opens a slot, and what does not."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.vaults import TEST_KDF
from tjdesk.errors import InvalidInput
from tjdesk.vault import keyslots
from tjdesk.vault.errors import KeyFileDamaged, KeyFileMissing, KeyFileTampered, NewerVersion
from tjdesk.vault.kdf import CEILING, FLOOR, TEST_FLOOR_VARIABLE, KdfParams, derive_key, tune


def test_tuning_never_goes_below_the_floor() -> None:
    # A clock that says each derivation took far too long: tuning must still keep the floor.
    ticks = iter([0.0, 100.0])
    params = tune(0.5, clock=lambda: next(ticks))
    assert params == FLOOR
    assert params.memory_kib >= 64 * 1024 and params.time_cost >= 3 and params.parallelism >= 4


def test_tuning_raises_the_time_cost_on_a_fast_machine() -> None:
    ticks = iter([0.0, 0.03])  # 10 ms per pass
    params = tune(0.5, clock=lambda: next(ticks))
    assert params.memory_kib == FLOOR.memory_kib and params.parallelism == FLOOR.parallelism
    assert params.time_cost == 50 or params.time_cost == 40  # capped at 40 passes
    assert params.time_cost > FLOOR.time_cost


def test_tuning_measures_the_time_one_derivation_took() -> None:
    # The clock reads 1000.00 s before and 1000.15 s after: 50 ms per pass, so 0.5 s is
    # 10 passes (between the floor's 3 and the cap's 40).
    ticks = iter([1000.0, 1000.15])
    assert tune(0.5, clock=lambda: next(ticks)) == KdfParams(FLOOR.memory_kib, 10, 4)


def test_derivation_depends_on_password_salt_and_parameters() -> None:
    salt = b"s" * 16
    base = derive_key("pässwörd", salt, TEST_KDF)
    assert len(base) == 32
    assert derive_key("pässwörd", salt, TEST_KDF) == base
    assert derive_key("passwort", salt, TEST_KDF) != base
    assert derive_key("pässwörd", b"t" * 16, TEST_KDF) != base
    assert derive_key("pässwörd", salt, KdfParams(8, 2, 1)) != base


@pytest.mark.parametrize(
    "raw", [{"memory_kib": 10**9, "time_cost": 1, "parallelism": 1}, {"time_cost": 3}, "x"]
)
def test_absurd_parameters_from_a_file_are_refused(raw: object) -> None:
    with pytest.raises(KeyFileDamaged):
        KdfParams.from_json(raw)


REFUSED = "key file was changed outside TJ Desk"


def _below(params: KdfParams) -> list[KdfParams]:
    return [
        replace(params, memory_kib=params.memory_kib - 1),
        replace(params, time_cost=params.time_cost - 1),
        replace(params, parallelism=params.parallelism - 1),
    ]


def _above(params: KdfParams) -> list[KdfParams]:
    return [
        replace(params, memory_kib=params.memory_kib + 1),
        replace(params, time_cost=params.time_cost + 1),
        replace(params, parallelism=params.parallelism + 1),
    ]


def test_a_file_asking_for_less_than_the_floor_is_refused_as_tampered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(TEST_FLOOR_VARIABLE)  # the real floor, as on a shelter's PC
    assert KdfParams.from_json(FLOOR.to_json()) == FLOOR
    for weaker in _below(FLOOR):
        with pytest.raises(KeyFileTampered) as refused:
            KdfParams.from_json(weaker.to_json())
        assert REFUSED in str(refused.value), weaker
    # Argon2's own minimum is what tests use; a real vault refuses it.
    with pytest.raises(KeyFileTampered):
        KdfParams.from_json(TEST_KDF.to_json())


def test_the_test_floor_is_accepted_only_when_the_test_variable_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(TEST_FLOOR_VARIABLE, "1")
    assert KdfParams.from_json(TEST_KDF.to_json()) == TEST_KDF
    monkeypatch.setenv(TEST_FLOOR_VARIABLE, "0")
    with pytest.raises(KeyFileTampered):
        KdfParams.from_json(TEST_KDF.to_json())


def test_a_file_asking_for_more_than_the_sane_maximum_is_refused_as_tampered() -> None:
    # One gibibyte, 64 passes, 16 lanes is still accepted; one more of anything is not.
    assert KdfParams.from_json(CEILING.to_json()) == CEILING
    for absurd in _above(CEILING):
        with pytest.raises(KeyFileTampered) as refused:
            KdfParams.from_json(absurd.to_json())
        assert REFUSED in str(refused.value), absurd


def test_parameters_that_are_no_argon2_setting_are_damage() -> None:
    # Two lanes need at least 16 KiB: a file asking for 15 was damaged, not weakened.
    raw = {"memory_kib": 15, "time_cost": 1, "parallelism": 2}
    with pytest.raises(KeyFileDamaged) as refused:
        KdfParams.from_json(raw)
    assert not isinstance(refused.value, KeyFileTampered)
    assert KdfParams.from_json({**raw, "memory_kib": 16}) == KdfParams(16, 1, 2)


def _file_with(user: str, password: str) -> tuple[keyslots.KeySlotFile, bytes]:
    key = keyslots.new_database_key()
    slot = keyslots.create_slot(user, password, key, "vault-1", TEST_KDF)
    return keyslots.new_key_file("vault-1", key, TEST_KDF).with_slot(slot), key


def test_a_slot_gives_the_key_to_the_right_password_only() -> None:
    key_file, key = _file_with("ann", "right password")
    slot = keyslots.parse(keyslots.serialize(key_file, key)).slots["ann"]
    assert keyslots.open_slot(slot, "right password", "vault-1") == key
    assert not slot.must_change_password  # unless an administrator set the password
    with pytest.raises(keyslots.SlotPasswordMismatch):
        keyslots.open_slot(slot, "wrong password", "vault-1")


def test_thai_passwords_typed_in_another_unicode_form_still_open() -> None:
    composed = "รหัสผ่านé"  # é as one code point
    decomposed = "รหัสผ่าน" + "e\u0301"
    key_file, key = _file_with("ann", composed)
    assert keyslots.open_slot(key_file.slots["ann"], decomposed, "vault-1") == key


def test_a_slot_moved_to_another_user_or_vault_does_not_open() -> None:
    key_file, _ = _file_with("ann", "right password")
    moved = keyslots.KeySlot(**{**key_file.slots["ann"].__dict__, "user": "bo"})
    with pytest.raises(keyslots.SlotPasswordMismatch):
        keyslots.open_slot(moved, "right password", "vault-1")
    with pytest.raises(keyslots.SlotPasswordMismatch):
        keyslots.open_slot(key_file.slots["ann"], "right password", "vault-2")


def test_an_altered_sealed_key_is_reported_as_damage_not_as_a_wrong_password() -> None:
    key_file, _ = _file_with("ann", "right password")
    slot = key_file.slots["ann"]
    sealed = bytearray(slot.sealed_database_key)
    sealed[-1] ^= 1
    broken = keyslots.KeySlot(**{**slot.__dict__, "sealed_database_key": bytes(sealed)})
    with pytest.raises(KeyFileDamaged):
        keyslots.open_slot(broken, "right password", "vault-1")


def test_resealing_hands_a_new_key_to_the_same_password() -> None:
    key_file, _ = _file_with("ann", "right password")
    new_key = keyslots.new_database_key()
    resealed = keyslots.reseal_slot(key_file.slots["ann"], new_key, "vault-1")
    assert keyslots.open_slot(resealed, "right password", "vault-1") == new_key


def test_the_file_holds_no_key_in_clear_and_round_trips(tmp_path: Path) -> None:
    key_file, key = _file_with("ann", "right password")
    path = tmp_path / "tjdesk.keys"
    keyslots.write_key_file(path, key_file, key)
    data = path.read_bytes()
    assert key.hex().encode() not in data and key not in data
    assert path.stat().st_mode & 0o077 == 0  # owner only
    assert replace(keyslots.read_key_file(path, key), header_mac=None) == key_file
    assert [p.name for p in tmp_path.iterdir()] == ["tjdesk.keys"]  # no temp file left


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\xff" * 50, b"{}", b"[1,2]", b'{"format": "tjdesk-keyslots", "version": 1}'],
)
def test_damaged_files_are_reported_as_damaged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "tjdesk.keys"
    path.write_bytes(content)
    with pytest.raises(KeyFileDamaged):
        keyslots.read_key_file(path)


def test_missing_and_newer_files_are_told_apart(tmp_path: Path) -> None:
    path = tmp_path / "tjdesk.keys"
    with pytest.raises(KeyFileMissing):
        keyslots.read_key_file(path)
    key_file, key = _file_with("ann", "right password")
    document = json.loads(keyslots.serialize(key_file, key))
    document["version"] = 99
    path.write_text(json.dumps(document))
    with pytest.raises(NewerVersion):
        keyslots.read_key_file(path)


def test_user_names_are_compared_in_one_form() -> None:
    assert keyslots.canonical_user_name("  Ann\t") == "ann"
    assert keyslots.canonical_user_name("e\u0301va") == "\u00e9va"  # NFC
    assert keyslots.canonical_user_name("x" * 64) == "x" * 64


@pytest.mark.parametrize("name", ["", "   ", "ann bo", "x" * 65, "ann\u200b", "a\x00"])
def test_a_user_name_that_cannot_be_one_is_refused_in_words(name: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        keyslots.canonical_user_name(name)
    assert str(refused.value) == "A user name is 1 to 64 letters, digits or signs, without spaces."


def _document() -> dict[str, Any]:
    key_file, key = _file_with("ann", "right password")
    key_file = key_file.with_slot(
        keyslots.create_slot("cy", "cy's password", key, "vault-1", TEST_KDF)
    ).without_slot("cy")
    return dict(json.loads(keyslots.serialize(key_file, key)))


DAMAGE: dict[str, Callable[[dict[str, Any]], object]] = {
    "version 0": lambda d: d.update(version=0),
    "version as text": lambda d: d.update(version="2"),
    "version a truth value": lambda d: d.update(version=True),  # JSON true is not 1
    "no vault id": lambda d: d.update(vault_id=""),
    "vault id not ascii": lambda d: d.update(vault_id="vault-ๅ"),
    "vault id a number": lambda d: d.update(vault_id=1),
    "slots a list": lambda d: d.update(slots=[]),
    "slot name not canonical": lambda d: d["slots"].update(Ann=d["slots"].pop("ann")),
    "slot a list": lambda d: d["slots"].update(ann=[]),
    "flag as text": lambda d: d["slots"]["ann"].update(must_change_password="no"),
    "salt short": lambda d: d["slots"]["ann"].update(salt="AAAA"),
    "salt not base64": lambda d: d["slots"]["ann"].update(salt="*" * 24),
    "salt with a stray character": lambda d: d["slots"]["ann"].update(
        salt=d["slots"]["ann"]["salt"][:4] + "!" + d["slots"]["ann"]["salt"][4:]
    ),
    "salt a number": lambda d: d["slots"]["ann"].update(salt=5),
    "public key short": lambda d: d["slots"]["ann"].update(public_key="AAAA"),
    "nonce short": lambda d: d["slots"]["ann"].update(nonce="AAAA"),
    "wrapped key short": lambda d: d["slots"]["ann"].update(wrapped_private_key="AAAA"),
    "sealed key short": lambda d: d["slots"]["ann"].update(sealed_database_key="AAAA"),
    "signing key half gone": lambda d: d["slots"]["ann"].pop("signing_nonce"),
    "signing public key short": lambda d: d["slots"]["ann"].update(signing_public_key="AAAA"),
    "signing nonce short": lambda d: d["slots"]["ann"].update(signing_nonce="AAAA"),
    "wrapped signing key short": lambda d: d["slots"]["ann"].update(wrapped_signing_key="AAAA"),
    "disabled list not a list": lambda d: d.update(disabled_users="cy"),
    "disabled name a number": lambda d: d.update(disabled_users=["cy", 7]),
    "checks a list": lambda d: d.update(disabled_checks=[]),
    "check a list": lambda d: d["disabled_checks"].update(cy=[]),
    "check salt short": lambda d: d["disabled_checks"]["cy"].update(salt="AAAA"),
    "check nonce short": lambda d: d["disabled_checks"]["cy"].update(nonce="AAAA"),
    "check key short": lambda d: d["disabled_checks"]["cy"].update(wrapped_private_key="AAAA"),
    "check kdf gone": lambda d: d["disabled_checks"]["cy"].pop("kdf"),
    "file kdf gone": lambda d: d.pop("kdf"),
    "key check short": lambda d: d.update(key_check="AAAA"),
    "header mac short": lambda d: d.update(header_mac="AAAA"),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_each_kind_of_damage_is_reported_as_damage(damage: str) -> None:
    document = _document()
    keyslots.parse(json.dumps(document).encode())  # undamaged, it reads
    DAMAGE[damage](document)
    with pytest.raises(KeyFileDamaged) as refused:
        keyslots.parse(json.dumps(document).encode())
    assert "key file is damaged" in str(refused.value)


def test_a_check_kept_for_someone_not_disabled_is_ignored() -> None:
    document = _document()
    cy = document["disabled_checks"]["cy"]
    document["disabled_checks"] = {"ann": cy, "cy": cy}  # the stray one first
    key_file = keyslots.parse(json.dumps(document).encode())
    assert set(key_file.disabled_checks) == {"cy"} and set(key_file.slots) == {"ann"}


def test_a_file_too_large_or_a_folder_is_damage_not_a_crash(tmp_path: Path) -> None:
    key_file, key = _file_with("ann", "right password")
    path = tmp_path / "tjdesk.keys"
    data = keyslots.serialize(key_file, key)
    path.write_bytes(data[:-2] + b" " * (4 * 1024 * 1024 - len(data)) + data[-2:])
    assert keyslots.read_key_file(path, key).slots.keys() == {"ann"}  # 4 MiB: still read
    path.write_bytes(data[:-2] + b" " * (4 * 1024 * 1024 + 1 - len(data)) + data[-2:])
    with pytest.raises(KeyFileDamaged):
        keyslots.read_key_file(path)
    path.unlink()
    path.mkdir()
    with pytest.raises(KeyFileDamaged):
        keyslots.read_key_file(path)


def test_a_slot_whose_keys_were_mixed_up_is_damage_not_a_wrong_password() -> None:
    key_file, key = _file_with("ann", "right password")
    ann = key_file.slots["ann"]
    bo = keyslots.create_slot("bo", "bo's password", key, "vault-1", TEST_KDF)
    mixed = [
        replace(ann, public_key=bo.public_key),
        replace(ann, signing_public_key=bo.signing_public_key),
        keyslots.reseal_slot(ann, key[:16], "vault-1"),  # a database key of the wrong length
    ]
    for slot in mixed:
        with pytest.raises(KeyFileDamaged):
            keyslots.open_slot(slot, "right password", "vault-1")
    assert keyslots.password_opens(mixed[0], "right password", "vault-1")
    assert not keyslots.password_opens(mixed[0], "wrong password", "vault-1")


def test_a_slot_that_has_its_signing_key_keeps_it() -> None:
    key_file, key = _file_with("ann", "right password")
    slot = key_file.slots["ann"]
    opened = keyslots.open_slot_keys(slot, "right password", "vault-1")
    assert keyslots.with_signing_key(slot, opened, "vault-1") == (slot, opened)
    old = replace(slot, signing_public_key=None, signing_nonce=None, wrapped_signing_key=None)
    old_opened = keyslots.open_slot_keys(old, "right password", "vault-1")
    assert old_opened.signing_key is None
    upgraded, now = keyslots.with_signing_key(old, old_opened, "vault-1")
    assert now.signing_key is not None
    reopened = keyslots.open_slot_keys(upgraded, "right password", "vault-1")
    assert reopened.signing_key is not None
    assert reopened.signing_key.private_bytes_raw() == now.signing_key.private_bytes_raw()
    assert reopened.database_key == key


def test_a_disabled_users_password_check_opens_nothing(tmp_path: Path) -> None:
    key_file, key = _file_with("ann", "right password")
    disabled = key_file.without_slot("ann")
    assert "ann" not in disabled.slots and disabled.disabled_users == {"ann"}
    path = tmp_path / "tjdesk.keys"
    keyslots.write_key_file(path, disabled, key)
    for check in (
        disabled.disabled_checks["ann"],
        keyslots.read_key_file(path).disabled_checks["ann"],
    ):
        assert keyslots.password_opens(check, "right password", "vault-1")
        with pytest.raises(KeyFileDamaged):  # her password, but no key to open
            keyslots.open_slot(check, "right password", "vault-1")
    # Enabled again (a new slot), the check is gone.
    again = disabled.with_slot(
        keyslots.create_slot("ann", "new password", key, "vault-1", TEST_KDF)
    )
    assert again.disabled_users == frozenset() and dict(again.disabled_checks) == {}


def test_what_a_slot_opens_never_shows_in_a_log() -> None:
    key_file, key = _file_with("ann", "right password")
    opened = keyslots.open_slot_keys(key_file.slots["ann"], "right password", "vault-1")
    assert repr(opened) == "OpenedSlot(...)" and str(opened) == "OpenedSlot(...)"


def test_a_slot_that_does_not_say_asks_for_no_password_change() -> None:
    document = _document()
    del document["slots"]["ann"]["must_change_password"]
    assert not keyslots.parse(json.dumps(document).encode()).slots["ann"].must_change_password


def test_a_file_without_a_disabled_list_has_nobody_disabled() -> None:
    document = _document()
    del document["disabled_users"]  # cy's check is then no one's: left out
    key_file = keyslots.parse(json.dumps(document).encode())
    assert key_file.disabled_users == frozenset() and dict(key_file.disabled_checks) == {}


def test_a_new_slot_hands_its_owner_what_the_password_opens() -> None:
    key = keyslots.new_database_key()
    slot, opened = keyslots.create_slot_with_keys("ann", "right password", key, "vault-1", TEST_KDF)
    assert not slot.must_change_password  # whoever chose the password is not asked again
    again = keyslots.open_slot_keys(slot, "right password", "vault-1")
    assert opened.database_key == again.database_key == key
    assert opened.kek == again.kek
    assert opened.x25519_private_key == again.x25519_private_key
