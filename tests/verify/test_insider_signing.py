"""An insider with only their own password tries to rewrite history: each attempt is named.

"bo" is a counselor. His password gives him the database key, a plain SQLCipher tool and
this project's own code: he drops the guard triggers, changes the trail, re-chains it with
``audit.entry_hash`` and re-signs what he can (his own entries, with his own key). What he
cannot do is sign as someone else, and that is what ``tjdesk audit verify`` finds; the
message an administrator reads is asserted.
"""

from __future__ import annotations

import base64
import io
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlcipher3

from tests.helpers.insider import audit_verify, guards_lifted, plain_sqlcipher
from tests.helpers.legacy import make_legacy_vault
from tests.helpers.vaults import DEFAULT_PASSWORD, MadeVault, make_vault
from tjdesk import audit
from tjdesk.actors import Actor, Role
from tjdesk.errors import AccessDenied
from tjdesk.paths import database_path, keyslot_path
from tjdesk.vault import kdf, keyslots, vault
from tjdesk.vault.age_keys import recipient_string
from tjdesk.vault.connection import open_connection
from tjdesk.vault.database import Database
from tjdesk.vault.errors import KeyFileTampered, UserDisabled
from tjdesk.vault.roster import NotCertified
from tjdesk.vault.schema_guard import StructureChanged
from tjdesk.vault.signed_in import SignedInUser
from ui.cli import main
from ui.commands.audit import EXIT_TAMPERED

_COLUMNS = "seq, at, actor, action, target_type, target_id, detail, prev_hash, hash"


@pytest.fixture
def made(tmp_path: Path) -> Iterator[MadeVault]:
    made = make_vault(
        tmp_path / "vault", users=[("ann", Role.SOCIAL_WORKER), ("bo", Role.COUNSELOR)]
    )
    for who, action, detail in (
        ("bo", "case.view_section", "outline"),
        ("ann", "case.view_section", "identity"),  # the entry bo wants gone
        ("bo", "case.update_section", "notes"),
        ("ann", "case.view_section", "notes"),
        ("bo", "case.view_section", "notes"),
    ):
        db = made.handles[who].open_database()
        try:
            audit.record(db, who, action, target_type="case", target_id="7", detail=detail)
        finally:
            db.close()
    yield made
    made.close()


def _insider(made: MadeVault) -> sqlcipher3.Connection:
    """bo's own password gave him the key; the triggers are no obstacle to a plain tool."""
    key = vault.unlock(made.folder, "bo", DEFAULT_PASSWORD).key
    conn = sqlcipher3.connect(str(database_path(made.folder)), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    return conn


def _seq_of(conn: sqlcipher3.Connection, actor: str, detail: str) -> int:
    row = conn.execute(
        "SELECT seq FROM audit_log WHERE actor = ? AND detail = ?", (actor, detail)
    ).fetchone()
    return int(row[0])


def _rechain(conn: sqlcipher3.Connection, bo: SignedInUser) -> None:
    """Renumber, re-hash every entry with the project's own code; re-sign bo's own entries."""
    rows = conn.execute(
        f"SELECT {_COLUMNS}, signer, signature FROM audit_log ORDER BY seq"
    ).fetchall()
    conn.execute("DELETE FROM audit_log")
    prev = audit.GENESIS
    for new_seq, row in enumerate(rows, start=1):
        _seq, at, actor, action, ttype, tid, detail, _prev, _hash, signer, signature = row
        digest = audit.entry_hash(prev, new_seq, at, actor, action, ttype, tid, detail)
        if signer == "bo":
            message = audit.signed_message(new_seq, digest, "bo")
            signature = base64.b64encode(bo.sign(message)).decode("ascii")
        conn.execute(
            f"INSERT INTO audit_log ({_COLUMNS}, signer, signature)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (new_seq, at, actor, action, ttype, tid, detail, prev, digest, signer, signature),
        )
        prev = digest


def _bo(made: MadeVault) -> SignedInUser:
    signed_in = vault.unlock(made.folder, "bo", DEFAULT_PASSWORD).signed_in
    assert signed_in is not None
    return signed_in


def _delete_anns_entry(conn: sqlcipher3.Connection, bo: SignedInUser) -> None:
    conn.execute("DELETE FROM audit_log WHERE seq = ?", (_seq_of(conn, "ann", "identity"),))
    _rechain(conn, bo)


def _edit_anns_entry(conn: sqlcipher3.Connection, bo: SignedInUser) -> None:
    conn.execute(
        "UPDATE audit_log SET detail = 'outline' WHERE seq = ?",
        (_seq_of(conn, "ann", "identity"),),
    )
    _rechain(conn, bo)


def _insert_in_anns_name(conn: sqlcipher3.Connection, bo: SignedInUser) -> None:
    # An entry that says ann looked at the notes, slipped in before bo's update, signed by bo.
    update = _seq_of(conn, "bo", "notes")
    conn.execute("UPDATE audit_log SET seq = seq + 1000 WHERE seq >= ?", (update,))
    conn.execute(
        f"INSERT INTO audit_log ({_COLUMNS}, signer, signature) VALUES"
        " (?, '2026-12-01T09:00:00.000000Z', 'ann', 'case.view_section', 'case', '7',"
        " 'notes', '', '', 'bo', '')",
        (update,),
    )
    _rechain(conn, bo)


def _swap_with_anns_entry(conn: sqlcipher3.Connection, bo: SignedInUser) -> None:
    anns = _seq_of(conn, "ann", "identity")
    conn.execute("UPDATE audit_log SET seq = -1 WHERE seq = ?", (anns,))
    conn.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", (anns, anns + 1))
    conn.execute("UPDATE audit_log SET seq = ? WHERE seq = -1", (anns + 1,))
    _rechain(conn, bo)


@pytest.mark.parametrize(
    ("tamper", "first_bad_actor", "words"),
    [
        (_delete_anns_entry, "ann", "signature does not match"),
        (_edit_anns_entry, "ann", "signature does not match"),
        (_insert_in_anns_name, "ann", "names one person but was signed by another"),
        (_swap_with_anns_entry, "ann", "signature does not match"),
    ],
    ids=["delete", "edit", "insert", "re-order"],
)
def test_rewriting_another_persons_entries_is_named(
    made: MadeVault,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tamper: Callable[[sqlcipher3.Connection, SignedInUser], None],
    first_bad_actor: str,
    words: str,
) -> None:
    code, out = audit_verify(made, monkeypatch, capsys)
    assert code == 0 and out.startswith("The audit trail is intact"), out
    bo = _bo(made)
    conn = _insider(made)
    tamper(conn, bo)
    conn.close()

    code, out = audit_verify(made, monkeypatch, capsys)

    assert code == EXIT_TAMPERED
    assert "The audit trail has been tampered with. The first bad entry is entry" in out
    assert f" by {first_bad_actor}, signed by " in out.splitlines()[0]  # who
    assert "action case." in out.splitlines()[0]  # what
    assert " UTC" in out.splitlines()[0]  # when
    assert words in out


def test_the_root_fingerprint_is_shown_to_compare_with_the_recovery_sheet(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = made.admin.open_database()
    try:
        printed = vault.root_fingerprints(db)[0]
    finally:
        db.close()
    _code, out = audit_verify(made, monkeypatch, capsys)
    assert f"Root key {printed}, pinned by admin at set-up" in out
    assert "compare with your recovery sheet" in out


def _plant_user(made: MadeVault, name: str, role: Role) -> None:
    """bo, holding the key, adds a user row and a key slot of his own making."""
    key = vault.unlock(made.folder, "bo", DEFAULT_PASSWORD).key
    with plain_sqlcipher(made.folder, key) as conn:
        conn.execute(
            "INSERT INTO users (name, display_name, role, disabled, created_at, updated_at)"
            " VALUES (?, ?, ?, 0, '2026-12-01', '2026-12-01')",
            (name, name, role.value),
        )
    path = keyslot_path(made.folder)
    key_file = keyslots.read_key_file(path)
    slot = keyslots.create_slot(name, "eve's password", key, key_file.vault_id, key_file.kdf)
    keyslots.write_key_file(path, key_file.with_slot(slot), key)


def test_a_forged_administrator_cannot_sign_in_and_is_named(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _plant_user(made, "eve", Role.ADMINISTRATOR)
    with pytest.raises(NotCertified) as refused:
        vault.unlock(made.folder, "eve", "eve's password")
    assert str(refused.value) == (
        "This account's record (name, role or keys) was not certified by an administrator: it "
        "may have been changed outside TJ Desk. Ask an administrator to check the audit trail "
        "('tjdesk audit verify')."
    )
    code, out = audit_verify(made, monkeypatch, capsys)
    assert code == EXIT_TAMPERED
    assert (
        "User eve (administrator): no administrator certified this user; the account cannot "
        "sign in." in out
    )


def test_a_role_raised_outside_tj_desk_cannot_sign_in_and_is_named(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    key = made.handles["bo"].key
    with plain_sqlcipher(made.folder, key) as conn:
        conn.execute("UPDATE users SET role = 'director' WHERE name = 'bo'")
    with pytest.raises(NotCertified):
        vault.unlock(made.folder, "bo", DEFAULT_PASSWORD)
    code, out = audit_verify(made, monkeypatch, capsys)
    assert code == EXIT_TAMPERED
    assert "User bo: the role director was not certified by an administrator" in out


def test_a_forged_certificate_is_ignored_and_named(
    made: MadeVault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # bo certifies himself as director with his own key: he is no administrator.
    bo = _bo(made)
    key = made.handles["bo"].key
    with plain_sqlcipher(made.folder, key) as conn:
        body, _issuer, _sig = conn.execute(
            "SELECT body, issuer_key, signature FROM user_certificates"
            ' WHERE body LIKE \'%"name":"bo"%\' ORDER BY seq DESC LIMIT 1'
        ).fetchone()
        record = json.loads(body)
        record["role"] = "director"
        text = json.dumps(record, sort_keys=True, separators=(",", ":"))
        conn.execute(
            "INSERT INTO user_certificates (body, issuer_key, signature) VALUES (?, ?, ?)",
            (
                text,
                base64.b64encode(bo.signing_public_key).decode(),
                base64.b64encode(bo.sign(text.encode())).decode(),
            ),
        )
        conn.execute("UPDATE users SET role = 'director' WHERE name = 'bo'")
    with pytest.raises(NotCertified):
        vault.unlock(made.folder, "bo", DEFAULT_PASSWORD)
    code, out = audit_verify(made, monkeypatch, capsys)
    assert code == EXIT_TAMPERED
    assert "was signed by someone who is not a certified administrator: ignored." in out
    assert "User bo: the role director was not certified by an administrator" in out


def test_a_disabled_user_with_an_old_copy_of_the_key_file_cannot_sign_in(
    made: MadeVault, tmp_path: Path
) -> None:
    old_copy = keyslot_path(made.folder).read_bytes()
    db = made.admin.open_database()
    try:
        from tjdesk.users import UserService

        UserService(db, made.admin).disable_user("bo")
    finally:
        db.close()
    keyslot_path(made.folder).write_bytes(old_copy)  # bo kept a copy from before
    with pytest.raises(Exception) as refused:
        vault.unlock(made.folder, "bo", DEFAULT_PASSWORD)
    assert "disabled" in str(refused.value) or "not certified" in str(refused.value)
    # Re-enabling his row by hand does not help: the certified record says "disabled".
    key = made.admin.key
    with plain_sqlcipher(made.folder, key) as conn:
        conn.execute("UPDATE users SET disabled = 0 WHERE name = 'bo'")
    with pytest.raises(NotCertified):
        vault.unlock(made.folder, "bo", DEFAULT_PASSWORD)


def _with_key(made: MadeVault, sql: str) -> None:
    with plain_sqlcipher(made.folder, made.handles["bo"].key) as conn:
        conn.execute(sql)


@pytest.mark.parametrize(
    ("sql", "named"),
    [
        (
            "CREATE TRIGGER audit_quiet BEFORE INSERT ON audit_log BEGIN SELECT RAISE(IGNORE); END",
            "trigger audit_quiet was added",
        ),
        ("DROP TRIGGER audit_log_no_delete", "trigger audit_log_no_delete is missing"),
        ("CREATE VIEW everyone AS SELECT name FROM users", "view everyone was added"),
    ],
    ids=["silencing-trigger", "dropped-guard", "foreign-view"],
)
def test_a_changed_structure_refuses_to_open_and_is_named(
    made: MadeVault,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    sql: str,
    named: str,
) -> None:
    _with_key(made, sql)
    with pytest.raises(StructureChanged) as refused:
        vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)
    assert "The vault's structure was changed outside TJ Desk" in str(refused.value)
    assert named in str(refused.value)
    worker = made.handles["ann"].open_worker()  # a session already open elsewhere
    try:
        with pytest.raises(StructureChanged):
            worker.opened.result(30)
    finally:
        worker.close()
    entries_before = _count_entries(made)

    code, out = audit_verify(made, monkeypatch, capsys)

    assert code == EXIT_TAMPERED
    assert f"The vault's structure was changed outside TJ Desk: {named}." in out
    assert _count_entries(made) == entries_before  # looking wrote nothing


def _count_entries(made: MadeVault) -> int:
    with plain_sqlcipher(made.folder, made.handles["bo"].key) as conn:
        return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def test_a_weakened_kdf_header_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(kdf.TEST_FLOOR_VARIABLE)  # the real floor, as on a shelter's PC
    folder = tmp_path / "real"
    vault.create(folder, "Shelter", "admin", DEFAULT_PASSWORD, "en", kdf=kdf.FLOOR)
    path = keyslot_path(folder)
    document = json.loads(path.read_bytes())
    # 8 KiB and one pass: about 40,000 guesses a second for every slot written afterwards.
    document["kdf"] = {"memory_kib": 8, "time_cost": 1, "parallelism": 1}
    path.write_text(json.dumps(document))
    before = path.read_bytes()

    assert vault.inspect(folder) is vault.VaultState.KEY_FILE_DAMAGED
    with pytest.raises(KeyFileTampered) as refused:
        vault.unlock(folder, "admin", DEFAULT_PASSWORD)

    assert "key file was changed outside TJ Desk" in str(refused.value)
    assert path.read_bytes() == before  # nothing was rewritten with the weak parameters


def test_a_name_taken_off_the_disabled_list_is_caught_by_the_header_mac(
    made: MadeVault,
) -> None:
    db = made.admin.open_database()
    try:
        from tjdesk.users import UserService

        UserService(db, made.admin).disable_user("bo")
    finally:
        db.close()
    path = keyslot_path(made.folder)
    document = json.loads(path.read_bytes())
    assert document["disabled_users"] == ["bo"]
    document["disabled_users"] = []
    path.write_text(json.dumps(document))
    with pytest.raises(KeyFileTampered):
        vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)


def _cut_the_tail(made: MadeVault, keep: int) -> None:
    conn = _insider(made)
    conn.execute("DELETE FROM audit_log WHERE seq > ?", (keep,))
    conn.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
        " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    conn.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
        " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    conn.close()


def test_a_cut_off_tail_is_caught_by_the_head_in_a_backup(
    made: MadeVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tjdesk.backup import write_backup

    backup = tmp_path / "nightly.zip"
    db = made.admin.open_database()
    try:
        info = write_backup(db, made.admin, backup)
        head_seq = int(db.scalar("SELECT max(seq) FROM audit_log")) - 1  # before backup.create
    finally:
        db.close()
    assert info.path == backup
    _cut_the_tail(made, head_seq - 3)  # bo removes the last entries, triggers put back

    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEFAULT_PASSWORD}\n"))
    code = main(
        [
            "audit",
            "verify",
            "--vault",
            str(made.folder),
            "--user",
            "admin",
            "--password-stdin",
            "--head",
            str(backup),
        ]
    )
    out = capsys.readouterr().out
    assert code == EXIT_TAMPERED
    assert "it was removed" in out and "Compared with the head kept in backup" in out


def test_a_cut_off_tail_is_caught_by_the_head_in_the_alarm_journal(
    made: MadeVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tests.tjdesk.alarm.servicekit import ClientInbox, DriverShop, LineSink
    from tjdesk.alarm.client import AlarmClient
    from tjdesk.alarm.service import AlarmService
    from tjdesk.alarm.staff_roster import export_roster

    alarm = tmp_path / "alarm"
    ann = made.handles["ann"]
    db = ann.open_database()
    try:
        export_roster(db, alarm)
        head = audit.head(db)
    finally:
        db.close()
    service = AlarmService(
        alarm, devices=["sim:room1"], room="Room 1", driver_factory=DriverShop(), out=LineSink()
    )
    service.start()
    try:
        inbox = ClientInbox()
        client = AlarmClient(alarm, on_event=inbox.on_event)
        client.connect(timeout_s=5.0)
        client.record_audit_head(ann.vault_id, head.seq, head.hash, ann.signed_in)
        kept = inbox.wait_for("audit_head")
        client.close()
    finally:
        service.stop()
    assert kept["head_seq"] == head.seq and kept["by"] == "ann"
    _cut_the_tail(made, head.seq - 2)

    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEFAULT_PASSWORD}\n"))
    code = main(
        [
            "audit",
            "verify",
            "--vault",
            str(made.folder),
            "--user",
            "admin",
            "--password-stdin",
            "--alarm-dir",
            str(alarm),
        ]
    )
    printed = capsys.readouterr().out
    assert code == EXIT_TAMPERED
    assert "it was removed" in printed
    assert "Compared with the head kept in alarm journal" in printed


def test_removing_the_signing_roots_signs_nobody_in(made: MadeVault) -> None:
    """bo deletes every pinned root (a roster without roots would take each ``users`` row at its
    word, as in a vault from before signing), guard triggers put back as they were. The signed
    trail says signing began: nobody signs in, administrator included, and the refusal says
    why in plain words."""
    made.close()
    key = vault.unlock(made.folder, "bo", DEFAULT_PASSWORD).key
    with plain_sqlcipher(made.folder, key) as conn, guards_lifted(conn, "signing_roots"):
        conn.execute("DELETE FROM signing_roots")
    for name in ("bo", "ann", "admin"):
        with pytest.raises(AccessDenied) as refused:
            vault.unlock(made.folder, name, DEFAULT_PASSWORD)
        assert str(refused.value) == (
            "The vault's signing roots were removed outside TJ Desk: nobody can sign in "
            "until an administrator restores a backup. Nothing was changed."
        ), name


def _migrated_before_anns_first_sign_in(folder: Path) -> MadeVault:
    """A vault from 0.1 whose first administrator sign-in certified ann's record before she had
    a signing key (hers is certified at the administrator's sign-in after her own); bo's key is
    certified."""
    made = make_legacy_vault(folder, users=[("ann", Role.SOCIAL_WORKER), ("bo", Role.COUNSELOR)])
    vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)  # signing begins
    vault.unlock(made.folder, "bo", DEFAULT_PASSWORD)  # his sign-in makes his key
    vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)  # and this certifies it
    return made


def test_a_slot_he_puts_in_anns_name_gets_no_key_certified(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before ann's first sign-in since signing began, bo replaces her key slot with one of his
    own making (his password, his age key and signing key; the key file written with TJ Desk's
    code and the database key, so it reads as sound). The administrator's next sign-in does not
    certify that signing key as ann's (the trail shows only bo's key certified): an entry bo
    signs in her name with it is named by ``audit verify``, and he cannot sign in as her."""
    made = _migrated_before_anns_first_sign_in(tmp_path / "vault")
    bo = vault.unlock(made.folder, "bo", DEFAULT_PASSWORD)
    path = keyslot_path(made.folder)
    key_file = keyslots.read_key_file(path, bo.key)
    slot, opened = keyslots.create_slot_with_keys(
        "ann", "bo's own password 1", bo.key, bo.vault_id, key_file.kdf
    )
    keyslots.write_key_file(path, key_file.with_slot(slot), bo.key)
    vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)  # certifies pending keys

    with pytest.raises(NotCertified):
        vault.unlock(made.folder, "ann", "bo's own password 1")
    assert opened.signing_key is not None
    db = Database(open_connection(database_path(made.folder), bo.key))
    try:
        ann_id = int(db.scalar("SELECT id FROM users WHERE name = 'ann'"))
        # The trail: one signing key certified, bo's (at the sign-in after his), none as ann's.
        assert db.query(
            "SELECT actor, target_type, target_id FROM audit_log"
            " WHERE action = 'roster.key_certified'"
        ) == [{"actor": "admin", "target_type": "user", "target_id": str(bo.actor.id)}]
        db.bind_signed_in(
            SignedInUser(
                actor=Actor(ann_id, "ann", Role.SOCIAL_WORKER),
                age_identity=opened.x25519_private_key,
                age_recipient=recipient_string(opened.x25519_public_key),
                signing_key=opened.signing_key,
            )
        )
        audit.record(db, "ann", "case.view_section", target_type="case", target_id="7")
    finally:
        db.close()
    code, out = audit_verify(made, monkeypatch, capsys)
    assert code == EXIT_TAMPERED, out


def test_the_administrator_signs_in_when_a_pending_users_slot_is_gone(tmp_path: Path) -> None:
    """bo deletes ann's key slot (certified, her signing key still to come) from a sound key
    file: the administrator's sign-in, which certifies pending keys, still goes through and
    certifies no key for her; ann cannot sign in."""
    made = _migrated_before_anns_first_sign_in(tmp_path / "vault")
    bo = vault.unlock(made.folder, "bo", DEFAULT_PASSWORD)
    path = keyslot_path(made.folder)
    key_file = keyslots.read_key_file(path, bo.key)
    keyslots.write_key_file(path, key_file.without_slot("ann"), bo.key)
    admin = vault.unlock(made.folder, "admin", DEFAULT_PASSWORD)
    assert admin.actor is not None and admin.actor.name == "admin"
    with pytest.raises(UserDisabled):  # the key file lists her among those without a slot
        vault.unlock(made.folder, "ann", DEFAULT_PASSWORD)
