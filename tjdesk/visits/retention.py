"""Visits older than the retention period are deleted, and the deletion is audited."""

from __future__ import annotations

import datetime

from tjdesk import audit
from tjdesk.vault.database import Database
from tjdesk.visits.settings import retention_days
from tjdesk.visits.visit_log import VISIT_AT_FORMAT


def purge_expired_visits(
    db: Database, now: datetime.datetime, *, actor_name: str | None = None
) -> int:
    """Delete visits whose time is more than the retention period before ``now`` (local,
    naive). Returns how many went. Runs for any signed-in user (or none): keeping visits
    longer than the shelter decided is the risk, not deleting them."""
    cutoff = (now - datetime.timedelta(days=retention_days(db))).strftime(VISIT_AT_FORMAT)
    with db.transaction():
        ids = [
            int(row["id"])
            for row in db.query("SELECT id FROM visits WHERE visit_at < ?", (cutoff,))
        ]
        if not ids:
            return 0
        db.execute("DELETE FROM visits WHERE visit_at < ?", (cutoff,))
        audit.record(
            db,
            actor_name,
            "visits.purge",
            target_type="visit",
            detail=f"deleted={len(ids)} before={cutoff[:10]} ids={min(ids)}-{max(ids)}",
        )
    return len(ids)
