"""Child process for the kill -9 test: commits records and says so after each commit.

Usage: python crash_child.py VAULT_DB KEY_HEX START
Each record is a settings row plus an audit entry in one transaction; the line "ack N" is
printed (and flushed) only after COMMIT returned, so every acknowledged N must survive.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tjdesk import audit
from tjdesk.vault.connection import open_connection
from tjdesk.vault.database import Database
from tjdesk.vault.migrations import migrate


def main() -> None:
    db_path, key_hex, start = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    db = Database(open_connection(db_path, bytes.fromhex(key_hex), create=not db_path.exists()))
    migrate(db)
    print("ready", flush=True)
    n = start
    while True:
        with db.transaction():
            db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"r{n}", "x" * 200))
            audit.record(db, "crash-test", "record.create", target_type="record", target_id=n)
        print(f"ack {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
