"""What the vault says on the forms and sheets: password rules and hints, the recovery key as
printed and as typed back, and the refusals at set-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.vaults import DEFAULT_PASSWORD, TEST_KDF, make_vault
from tjdesk.actors import Role
from tjdesk.errors import InvalidInput
from tjdesk.paths import keyslot_path
from tjdesk.vault import keyslots, vault
from tjdesk.vault.errors import MalformedRecoveryKey


def test_a_password_needs_eight_characters() -> None:
    with pytest.raises(InvalidInput) as refused:
        vault.check_new_password("7 chars")
    assert str(refused.value) == "A password needs at least 8 characters."
    vault.check_new_password("8 chars!")  # exactly the minimum is enough


@pytest.mark.parametrize(
    ("password", "hint"),
    [
        ("7 chars", "Too short: use at least 8 characters."),
        ("8 chars!", "Acceptable. A longer one (12 or more characters, a few words) is safer."),
        ("11 chars ok", "Acceptable. A longer one (12 or more characters, a few words) is safer."),
        ("abababababab", "Too many repeated characters: mix in other words."),
        ("abcdabcdabcd", "Too many repeated characters: mix in other words."),
        ("abcdeabcdeab", None),
        ("twelve chars", None),
    ],
)
def test_the_hint_under_the_password_field(password: str, hint: str | None) -> None:
    found = vault.password_hint(password)
    assert (None if found is None else vault.with_password_lengths(found)) == hint


def test_the_advice_before_anything_is_typed_names_the_minimum() -> None:
    assert vault.with_password_lengths(vault.PASSWORD_ADVICE) == (
        "At least 8 characters; a few words together are easy to remember."
    )


def test_the_recovery_key_is_printed_in_four_lines_of_four_groups() -> None:
    assert vault.format_recovery_key(bytes(range(32))) == (
        "0001 0203 0405 0607\n0809 0a0b 0c0d 0e0f\n1011 1213 1415 1617\n1819 1a1b 1c1d 1e1f"
    )


def test_a_recovery_key_is_read_back_however_it_was_typed() -> None:
    key = bytes(range(32))
    printed = vault.format_recovery_key(key)
    for typed in (
        printed,
        printed.upper(),
        printed.replace(" ", "-").replace("\n", "-"),
        printed.replace(" ", "").replace("\n", ""),
        "\t" + printed.replace("\n", "  ") + "\n",
    ):
        assert vault.parse_recovery_key(typed) == key


@pytest.mark.parametrize(
    "typed",
    [
        "0" * 63,
        "0" * 65,
        "g" + "0" * 63,
        "0" * 32 + "_" + "0" * 32,
        "",
    ],
)
def test_a_recovery_key_with_a_digit_too_many_or_too_few_is_refused_in_words(typed: str) -> None:
    with pytest.raises(MalformedRecoveryKey) as refused:
        vault.parse_recovery_key(typed)
    assert str(refused.value).startswith("A recovery key has 64 characters")


def test_a_vault_needs_a_shelter_name(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as refused:
        vault.create(tmp_path / "v", "   ", "admin", DEFAULT_PASSWORD, "en", kdf=TEST_KDF)
    assert str(refused.value) == "Please give the shelter or room a name."
    assert not (tmp_path / "v").exists()


def test_a_vault_is_not_made_where_a_file_is(tmp_path: Path) -> None:
    (tmp_path / "v").write_text("a letter")
    with pytest.raises(InvalidInput) as refused:
        vault.create(tmp_path / "v", "Room 2", "admin", DEFAULT_PASSWORD, "en", kdf=TEST_KDF)
    assert str(refused.value) == "The vault location is a file, not a folder."
    assert (tmp_path / "v").read_text() == "a letter"


def test_a_new_vault_keeps_its_shelter_language_and_administrator(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault.create(
        folder,
        "  Room 2  ",
        " Somchai ",
        DEFAULT_PASSWORD,
        "th",
        kdf=TEST_KDF,
        admin_display_name=" Somchai K. ",
    )
    admin = vault.unlock(folder, "somchai", DEFAULT_PASSWORD)
    assert keyslots.read_key_file(keyslot_path(folder)).kdf == TEST_KDF  # as asked
    db = admin.open_database()
    try:
        settings = {r["key"]: r["value"] for r in db.query("SELECT key, value FROM settings")}
        users = db.query("SELECT name, display_name, role, disabled FROM users")
        entries = db.query(
            "SELECT actor, action, target_type, target_id, detail FROM audit_log"
            " WHERE action IN ('vault.create', 'user.add') ORDER BY seq"
        )
    finally:
        db.close()
    assert settings["shelter_name"] == "Room 2"
    assert settings["language"] == "th"
    assert settings["vault_id"] == admin.vault_id
    assert settings["created_at"].endswith("+00:00")
    assert users == [
        {"name": "somchai", "display_name": "Somchai K.", "role": "administrator", "disabled": 0}
    ]
    assert entries == [
        {
            "actor": "somchai",
            "action": "vault.create",
            "target_type": None,
            "target_id": None,
            "detail": None,
        },
        {
            "actor": "somchai",
            "action": "user.add",
            "target_type": "user",
            "target_id": "1",
            "detail": "administrator",
        },
    ]


def test_an_administrator_without_a_display_name_is_shown_by_name(tmp_path: Path) -> None:
    made = make_vault(tmp_path / "v", users=[("ann", Role.COUNSELOR)])
    db = made.admin.open_database()
    try:
        assert db.scalar("SELECT display_name FROM users WHERE name = 'admin'") == "admin"
    finally:
        db.close()


def test_the_root_fingerprint_for_the_recovery_sheet(tmp_path: Path) -> None:
    made = make_vault(tmp_path / "v", users=[("ann", Role.COUNSELOR)])
    printed = vault.set_up_root_fingerprint(made.folder, " ADMIN ")
    db = made.admin.open_database()
    try:
        assert printed is not None and vault.root_fingerprints(db) == [printed]
    finally:
        db.close()
    assert vault.set_up_root_fingerprint(made.folder, "nobody") is None
    (made.folder / "tjdesk.keys").write_bytes(b"damaged")
    assert vault.set_up_root_fingerprint(made.folder, "admin") is None


def test_a_set_up_that_fails_leaves_no_half_made_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    folder = tmp_path / "v"
    monkeypatch.setattr(keyslots, "write_key_file", disk_full)
    with pytest.raises(OSError):
        vault.create(folder, "Room 2", "admin", DEFAULT_PASSWORD, "en", kdf=TEST_KDF)
    monkeypatch.undo()
    assert list(folder.iterdir()) == []
    assert vault.inspect(folder) is vault.VaultState.NO_VAULT
    vault.create(folder, "Room 2", "admin", DEFAULT_PASSWORD, "en", kdf=TEST_KDF)  # again: fine
    assert vault.unlock(folder, "admin", DEFAULT_PASSWORD).actor is not None


def test_a_vault_is_made_in_a_new_nested_folder_or_an_empty_one(tmp_path: Path) -> None:
    nested = tmp_path / "shelter" / "room 2" / "vault"
    vault.create(nested, "Room 2", "admin", DEFAULT_PASSWORD, "en", kdf=TEST_KDF)
    (tmp_path / "empty").mkdir()
    vault.create(tmp_path / "empty", "Room 3", "admin", DEFAULT_PASSWORD, "en", kdf=TEST_KDF)
    for folder in (nested, tmp_path / "empty"):
        assert vault.inspect(folder) is vault.VaultState.READY


def test_only_the_set_up_that_asks_for_it_makes_a_recovery_identity(tmp_path: Path) -> None:
    vault.create(tmp_path / "plain", "Room 2", "admin", DEFAULT_PASSWORD, "en", kdf=TEST_KDF)
    recovery_key, identity = vault.create_with_recovery_identity(
        tmp_path / "full",
        "Room 2",
        "admin",
        DEFAULT_PASSWORD,
        "en",
        kdf=TEST_KDF,
        admin_display_name="Malee S.",
    )
    assert identity.startswith("AGE-SECRET-KEY-1")
    assert len(vault.parse_recovery_key(recovery_key)) == 32
    recipients = []
    for name in ("plain", "full"):
        db = vault.unlock(tmp_path / name, "admin", DEFAULT_PASSWORD).open_database()
        try:
            recipients.append(
                db.scalar("SELECT count(*) FROM settings WHERE key = 'recovery_recipient'")
            )
        finally:
            db.close()
    assert recipients == [0, 1]
    db = vault.unlock(tmp_path / "full", "admin", DEFAULT_PASSWORD).open_database()
    try:
        assert db.scalar("SELECT display_name FROM users WHERE name = 'admin'") == "Malee S."
        # The trail names who made the recovery identity (audit verify, the audit screen).
        assert (
            db.scalar("SELECT actor FROM audit_log WHERE action = 'vault.recovery_identity_made'")
            == "admin"
        )
    finally:
        db.close()


def test_a_sign_in_with_current_parameters_leaves_the_key_file_as_it_was(tmp_path: Path) -> None:
    made = make_vault(tmp_path / "v", users=[("ann", Role.COUNSELOR)])
    before = keyslot_path(made.folder).read_bytes()
    vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)
    assert keyslot_path(made.folder).read_bytes() == before


def test_a_handle_names_its_folder_and_person_but_never_its_key(tmp_path: Path) -> None:
    made = make_vault(tmp_path / "v")
    shown = repr(made.admin)
    assert shown == f"UnlockedVault(folder={str(made.folder)!r}, actor={made.admin.actor!r})"
    assert made.admin.key.hex() not in shown


def test_a_blank_display_name_shows_the_user_name(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    vault.create(
        folder, "Room 2", "Noi", DEFAULT_PASSWORD, "en", kdf=TEST_KDF, admin_display_name="   "
    )
    db = vault.unlock(folder, "noi", DEFAULT_PASSWORD).open_database()
    try:
        assert db.query("SELECT name, display_name FROM users") == [
            {"name": "noi", "display_name": "noi"}
        ]
    finally:
        db.close()
