"""Noticing a removed or edited sign-in back-off record, at the next sign-in.

The back-off record (backoff.py) must be written before a password is checked, so it lives
outside the encrypted vault, where whoever uses this computer account can delete or edit it:
before, deleting it erased every failed sign-in not yet audited. The vault now keeps, in its
settings, the record's id and serial as of the last sign-in. At each sign-in:

* a different id: the file was removed or replaced;
* more failed tries since the last sign-in (tries begun less tries settled with a right
  password) than failed tries on file: entries were taken out;
* lower counts than at the last sign-in, with the record on disk lower too (a sign-in
  running beside this one leaves it higher): the counts were edited down.

Either is written to the audit trail (``signin.backoff_record_changed``), with the number of
tries unaccounted for where it is known. Someone who can edit the file and knows this scheme
can still forge a consistent one; this catches removal and ordinary editing, not a forger.
"""

from __future__ import annotations

import json

from tjdesk import audit, safe_json
from tjdesk.vault.backoff import Tally
from tjdesk.vault.database import Database

SETTING_BACKOFF_TALLY = "signin_backoff_tally"
ACTION = "signin.backoff_record_changed"


def _stored(db: Database) -> Tally | None:
    raw = db.setting(SETTING_BACKOFF_TALLY)
    if raw is None:
        return None
    try:
        document = safe_json.loads_object(raw, max_bytes=1024, max_depth=1)
        return Tally(
            safe_json.field(document, "record_id", str),
            safe_json.field(document, "serial", int),
            safe_json.field(document, "settled", int),
        )
    except ValueError:
        return None


def check_and_keep(db: Database, now: Tally, failed_on_file: int, latest: Tally) -> None:
    """Audit a reset or trimmed record, then keep ``now``; call inside the sign-in's transaction.

    ``failed_on_file`` counts the failed tries the record still holds (pending plus dropped);
    ``latest`` is the record's tally read again now, inside the transaction.
    """
    before = _stored(db)
    kept = now
    if before is not None:
        if now.record_id != before.record_id:
            audit.record(db, None, ACTION, detail="record removed or replaced")
        elif now.serial < before.serial or now.settled < before.settled:
            # Nothing lowers the counts but an editor, or a sign-in running beside this one
            # that read the record later and got here first: then the record on disk has
            # counts at least as high as those the vault kept.
            if (
                latest.record_id == before.record_id
                and latest.serial >= before.serial
                and latest.settled >= before.settled
            ):
                kept = before  # the sign-in beside this one checked
            else:
                audit.record(db, None, ACTION, detail="the record's counts were lowered")
        else:
            missing = (now.failed - before.failed) - failed_on_file
            if missing > 0:
                audit.record(db, None, ACTION, detail=f"{missing} failed tries missing")
    value = json.dumps(
        {"record_id": kept.record_id, "serial": kept.serial, "settled": kept.settled}
    )
    db.put_setting(SETTING_BACKOFF_TALLY, value)
