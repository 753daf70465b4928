"""Child process for the kill -9 test: commits records and says so after each commit.

Usage: python crash_child.py VAULT_DB KEY_HEX START
       python crash_child.py VAULT_DB KEY_HEX START sessions CASE_ID USER_ID USER_NAME [TEXT]

Default mode: each record is a settings row plus an audit entry in one transaction.
``sessions`` mode: each record is a counseling session recorded through the cases service
(tjdesk.cases.session_service: the session, its counselor row, its notes section and their
audit entries) in one transaction; its room is "k<N>" and its note is TEXT (a sentinel for
the leak test) followed by N. The line "ack N" is printed (and flushed) only after COMMIT
returned, so every acknowledged N must survive.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tjdesk import audit
from tjdesk.vault.connection import open_connection
from tjdesk.vault.database import Database
from tjdesk.vault.migrations import migrate


def commit_settings(db: Database, start: int) -> None:
    n = start
    while True:
        with db.transaction():
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"r{n}", "x" * 200))
            audit.record(db, "crash-test", "record.create", target_type="record", target_id=n)
        print(f"ack {n}", flush=True)
        n += 1


def commit_sessions(db: Database, start: int, args: list[str]) -> None:
    from tjdesk.actors import Actor, Role
    from tjdesk.cases import session_service
    from tjdesk.cases.codes import ContactType
    from tjdesk.cases.records import SessionForm
    from tjdesk.policy import Section

    case_id, user_id, user_name = int(args[0]), int(args[1]), args[2]
    # Checkpoint every few commits, so a good share of the kills land inside a checkpoint
    # (security.md 5.4 A: bias kill points toward checkpoints).
    db.execute("PRAGMA wal_autocheckpoint = 8")
    text = args[3] if len(args) > 3 else "kill -9 note"
    actor = Actor(user_id, user_name, Role.COUNSELOR)
    # Notes are sealed: the child works for this person with their own keys, signed in by
    # sign_in() below as the app would (its audit entries carry that person's signature).
    assert db.signed_in is not None, "sessions mode needs CRASH_CHILD_PASSWORD"
    ends = datetime.now(UTC) - timedelta(minutes=1)
    n = start
    while True:
        form = SessionForm(
            case_id=case_id,
            starts_at=ends - timedelta(minutes=50),
            ends_at=ends,
            contact_type=ContactType.IN_PERSON,
            room=f"k{n}",
        )
        with db.transaction():  # the service's own transactions join this one: one commit
            session_id = session_service.create_session(db, actor, form)
            session_service.save_note(db, actor, session_id, Section.NOTES, f"{text} {n}", 0)
        print(f"ack {n}", flush=True)
        n += 1


def sign_in(db: Database, db_path: Path, user_name: str) -> None:
    """In sessions mode the child works as the user signed in, as the app does: its audit
    entries are signed by that user (CRASH_CHILD_PASSWORD, from the test)."""
    password = os.environ.get("CRASH_CHILD_PASSWORD")
    if password is None or not (db_path.parent / "tjdesk.keys").exists():
        return
    from tjdesk.vault import vault

    db.bind_signed_in(vault.unlock(db_path.parent, user_name, password).signed_in)


def main() -> None:
    db_path, key_hex, start = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    db = Database(open_connection(db_path, bytes.fromhex(key_hex), create=not db_path.exists()))
    migrate(db)
    if len(sys.argv) > 7 and sys.argv[4] == "sessions":
        sign_in(db, db_path, sys.argv[7])
    print("ready", flush=True)
    if len(sys.argv) > 4 and sys.argv[4] == "sessions":
        commit_sessions(db, start, sys.argv[5:])
    else:
        commit_settings(db, start)


if __name__ == "__main__":
    main()
