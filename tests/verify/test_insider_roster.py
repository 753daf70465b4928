"""A signed-in counsellor with the database key tries to change who is who in the roster.

She cannot sign as an administrator, so she signs a certificate with a key pair of her own,
puts in a row that is not a certificate at all, or re-enables a disabled colleague in the
``users`` table. Each is named by ``tjdesk audit verify`` and none changes what the roster
vouches for (issue 20: the mutation run of tjdesk/vault/roster.py showed no test of these).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from tests.helpers.vaults import MadeVault, make_vault
from tests.helpers.vaults import made_vault as made_vault  # the fixture
from tjdesk import audit, audit_report
from tjdesk.actors import Role
from tjdesk.errors import AccessDenied
from tjdesk.users import UserService
from tjdesk.vault import roster as roster_module
from tjdesk.vault import vault
from tjdesk.vault.connection import open_connection
from tjdesk.vault.database import Database
from tjdesk.vault.roster import RosterProblem


def _counsellors_db(made: MadeVault) -> Database:
    return made.handles["counselor"].open_database()


def _problem_lines(made: MadeVault) -> tuple[list[RosterProblem], list[str]]:
    db = made.admin.open_database()
    try:
        verdict = audit.verify(db)
    finally:
        db.close()
    assert not verdict.intact
    lines = [line.filled() for line in audit_report.describe(verdict)]
    return list(verdict.roster_problems), lines


def test_a_certificate_she_signs_with_a_key_of_her_own_makes_nobody_an_administrator(
    made_vault: MadeVault,
) -> None:
    own_key = Ed25519PrivateKey.generate()
    public = own_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    db = _counsellors_db(made_vault)
    try:
        mine = roster_module.load(db).records["counselor"]
        body = {
            "format": roster_module.CERTIFICATE_FORMAT,
            "vault": roster_module.vault_id(db),
            "user_id": mine.user_id,
            "name": "counselor",
            "role": Role.ADMINISTRATOR.value,
            "disabled": False,
            "age_key": roster_module.b64(mine.age_key),
            "signing_key": None
            if mine.signing_key is None
            else roster_module.b64(mine.signing_key),
            "issued_at": "2026-12-03T10:00:00Z",
            "issuer": "admin",
        }
        text = json.dumps(body, sort_keys=True, separators=(",", ":"))
        cursor = db.execute(
            "INSERT INTO user_certificates (body, issuer_key, signature) VALUES (?, ?, ?)",
            (text, roster_module.b64(public), roster_module.b64(own_key.sign(text.encode()))),
        )
        forged_seq = int(cursor.lastrowid)
        after = roster_module.load(db)
    finally:
        db.close()
    assert after.records["counselor"].role is Role.COUNSELOR
    problem = RosterProblem("uncertified issuer", "counselor", seq=forged_seq)
    assert problem in after.problems
    problems, lines = _problem_lines(made_vault)
    assert problem in problems
    assert (
        f"The record of user counselor (certificate {forged_seq}) was signed by someone who is "
        "not a certified administrator: ignored."
    ) in lines


def _add_junk_certificate(made: MadeVault, body: str) -> None:
    """She adds a row that is no certificate at all, with a made-up key and signature."""
    db = _counsellors_db(made)
    try:
        db.execute(
            "INSERT INTO user_certificates (body, issuer_key, signature) VALUES (?, ?, ?)",
            (body, "AAAA", "AAAA"),
        )
    finally:
        db.close()


def test_a_row_that_is_not_a_certificate_is_named_and_the_check_finishes(
    made_vault: MadeVault,
) -> None:
    _add_junk_certificate(made_vault, "[]")
    problems, _ = _problem_lines(made_vault)
    assert RosterProblem("bad certificate", "?") in problems


def test_a_disabled_colleague_enabled_again_in_the_table_is_named(made_vault: MadeVault) -> None:
    db = made_vault.admin.open_database()
    try:
        UserService(db, made_vault.admin).disable_user("nurse")
    finally:
        db.close()
    db = _counsellors_db(made_vault)
    try:
        db.execute("UPDATE users SET disabled = 0 WHERE name = 'nurse'")
    finally:
        db.close()
    problems, lines = _problem_lines(made_vault)
    assert problems == [RosterProblem("enabled without certificate", "nurse", "nurse")]
    assert (
        "User nurse was disabled by an administrator but enabled outside TJ Desk; the account "
        "cannot sign in."
    ) in lines


def _newest_certificate_of(db: Database, name: str) -> dict[str, object]:
    rows = [
        dict(row)
        for row in db.query("SELECT seq, body, issuer_key, signature FROM user_certificates")
    ]
    return [row for row in rows if json.loads(str(row["body"]))["name"] == name][-1]


def test_a_genuine_certificate_with_a_stray_character_in_its_signature_is_not_trusted(
    made_vault: MadeVault,
) -> None:
    """Certificates are append-only, so she adds a copy of the nurse's newest one with one
    character put in its signature. A lenient decoder would skip the character and find the
    signature good; the text stored is not the one that was signed, so it is named forged."""
    db = _counsellors_db(made_vault)
    try:
        certificate = _newest_certificate_of(db, "nurse")
        signature = str(certificate["signature"])
        cursor = db.execute(
            "INSERT INTO user_certificates (body, issuer_key, signature) VALUES (?, ?, ?)",
            (
                certificate["body"],
                certificate["issuer_key"],
                signature[:10] + "*" + signature[10:],
            ),
        )
        copy_seq = int(cursor.lastrowid)
        after = roster_module.load(db)
    finally:
        db.close()
    assert RosterProblem("forged certificate", "nurse", seq=copy_seq) in after.problems


def test_a_certificate_whose_signing_key_is_not_text_cannot_be_read(
    made_vault: MadeVault,
) -> None:
    db = _counsellors_db(made_vault)
    try:
        certificate = _newest_certificate_of(db, "counselor")
        body = json.loads(str(certificate["body"]))
        body["signing_key"] = 5
        db.execute(
            "INSERT INTO user_certificates (body, issuer_key, signature) VALUES (?, ?, ?)",
            (json.dumps(body), certificate["issuer_key"], certificate["signature"]),
        )
        after = roster_module.load(db)
    finally:
        db.close()
    assert RosterProblem("bad certificate", "?") in after.problems


def _certify_herself_as_administrator(db: Database) -> None:
    mine = roster_module.load(db).records["counselor"]
    roster_module.certify(
        db,
        user_id=mine.user_id,
        name="counselor",
        role=Role.ADMINISTRATOR,
        disabled=False,
        age_key=mine.age_key,
        signing_key=mine.signing_key,
    )


def _certificates(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM user_certificates"))


def test_certifying_herself_through_the_code_is_refused_in_words(made_vault: MadeVault) -> None:
    db = _counsellors_db(made_vault)
    try:
        before = _certificates(db)
        with pytest.raises(AccessDenied) as refused:
            _certify_herself_as_administrator(db)
        assert _certificates(db) == before
    finally:
        db.close()
    assert str(refused.value) == "Only a certified administrator can certify a user's record."


def test_certifying_on_a_connection_nobody_signed_in_to_is_refused(
    made_vault: MadeVault,
) -> None:
    db = Database(open_connection(made_vault.admin.database_path, made_vault.admin.key))
    try:
        with pytest.raises(AccessDenied) as refused:
            _certify_herself_as_administrator(db)
    finally:
        db.close()
    assert str(refused.value) == "Please sign in first."


def test_pinning_her_own_key_as_a_root_is_refused_in_words(made_vault: MadeVault) -> None:
    """A root vouches for everything after it: only an administrator pins one."""
    db = _counsellors_db(made_vault)
    try:
        roots = int(db.scalar("SELECT count(*) FROM signing_roots"))
        with pytest.raises(AccessDenied) as refused:
            roster_module.pin_root(db, roster_module.HOW_RECOVERY)
        assert int(db.scalar("SELECT count(*) FROM signing_roots")) == roots
    finally:
        db.close()
    assert str(refused.value) == "Only an administrator can do this."


def _root_count(made: MadeVault) -> int:
    db = made.admin.open_database()
    try:
        return len(roster_module.load(db).roots)
    finally:
        db.close()


@pytest.mark.parametrize(
    "public_key",
    ["not base64 at all!", roster_module.b64(b"\x01\x02\x03")],
    ids=["not-base64", "three-bytes"],
)
def test_a_root_row_she_adds_that_holds_no_key_is_named_with_who_pinned_it(
    made_vault: MadeVault, public_key: str
) -> None:
    """A root vouches for everything: a row she puts in that holds no Ed25519 key is named,
    with the name she wrote in it, and the real root still vouches for everyone."""
    roots = _root_count(made_vault)
    db = _counsellors_db(made_vault)
    try:
        db.execute(
            "INSERT INTO signing_roots (public_key, pinned_at, pinned_by, how) VALUES (?, ?, ?, ?)",
            (public_key, "2026-12-03T10:00:00Z", "counselor", roster_module.HOW_RECOVERY),
        )
    finally:
        db.close()
    problems, lines = _problem_lines(made_vault)
    assert problems == [RosterProblem("bad root", "counselor")]
    assert "A root key pinned by counselor cannot be read." in lines
    assert _root_count(made_vault) == roots
    db = made_vault.admin.open_database()
    try:
        assert roster_module.load(db).records["counselor"].role is Role.COUNSELOR
    finally:
        db.close()


def test_a_certificate_copied_from_another_vault_is_named_and_ignored(
    made_vault: MadeVault, tmp_path: Path
) -> None:
    """In a vault of her own making she is an administrator; she copies that certificate,
    genuinely signed, into the shelter's vault. It names another vault, so it counts for
    nothing and is named with her name and its number."""
    other = make_vault(tmp_path / "other", admin="counselor")
    db = other.admin.open_database()
    try:
        certificate = _newest_certificate_of(db, "counselor")
    finally:
        db.close()
    db = _counsellors_db(made_vault)
    try:
        cursor = db.execute(
            "INSERT INTO user_certificates (body, issuer_key, signature) VALUES (?, ?, ?)",
            (certificate["body"], certificate["issuer_key"], certificate["signature"]),
        )
        copy_seq = int(cursor.lastrowid)
        after = roster_module.load(db)
    finally:
        db.close()
    assert after.records["counselor"].role is Role.COUNSELOR
    problems, lines = _problem_lines(made_vault)
    assert problems == [RosterProblem("bad certificate", "counselor", seq=copy_seq)]
    assert f"Certificate {copy_seq} (user counselor) cannot be read: ignored." in lines


def test_a_junk_certificate_does_not_stop_the_ones_after_it(made_vault: MadeVault) -> None:
    """Certificates are read in order; one she spoils must not freeze the roster: a colleague
    the administrator adds after it still signs in, one disabled after it stays disabled."""
    _add_junk_certificate(made_vault, "not json")
    db = made_vault.admin.open_database()
    try:
        service = UserService(db, made_vault.admin)
        service.add_user("dao", "Dao", Role.NURSE, made_vault.password, must_change_password=False)
        service.disable_user("nurse")
        after = roster_module.load(db)
    finally:
        db.close()
    assert after.records["dao"].role is Role.NURSE
    assert after.records["nurse"].disabled
    dao = vault.unlock(made_vault.folder, "dao", made_vault.password)
    assert dao.actor is not None and dao.actor.name == "dao"
    problems, _ = _problem_lines(made_vault)
    assert problems == [RosterProblem("bad certificate", "?")]


@pytest.mark.parametrize("bad_key", ["age_key", "signing_key"])
def test_a_certificate_with_keys_that_do_not_read_does_not_stop_sign_in(
    made_vault: MadeVault, bad_key: str
) -> None:
    """She pins a key of her own as a root (which audit verify names) and signs with it a
    certificate whose keys are not base64. It used to stop every later sign-in of the vault;
    it is now one certificate that cannot be read, and everyone signs in."""
    own_key = Ed25519PrivateKey.generate()
    public = own_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    db = _counsellors_db(made_vault)
    try:
        db.execute(
            "INSERT INTO signing_roots (public_key, pinned_at, pinned_by, how) VALUES (?, ?, ?, ?)",
            (roster_module.b64(public), "2026-12-03T10:00:00Z", "counselor", "recovery key"),
        )
        mine = roster_module.load(db).records["counselor"]
        body = {
            "format": roster_module.CERTIFICATE_FORMAT,
            "vault": roster_module.vault_id(db),
            "user_id": mine.user_id,
            "name": "counselor",
            "role": Role.COUNSELOR.value,
            "disabled": False,
            "age_key": roster_module.b64(mine.age_key),
            "signing_key": None,
            "issued_at": "2026-12-03T10:00:00Z",
            "issuer": "counselor",
        }
        body[bad_key] = "not base64!"
        text = json.dumps(body, sort_keys=True, separators=(",", ":"))
        db.execute(
            "INSERT INTO user_certificates (body, issuer_key, signature) VALUES (?, ?, ?)",
            (text, roster_module.b64(public), roster_module.b64(own_key.sign(text.encode()))),
        )
        after = roster_module.load(db)
    finally:
        db.close()
    assert RosterProblem("bad certificate", "?") in after.problems
    assert after.records["counselor"].age_key == mine.age_key
    for name in ("admin", "counselor", "nurse"):
        signed_in = vault.unlock(made_vault.folder, name, made_vault.password)
        assert signed_in.actor is not None and signed_in.actor.name == name
