"""The visitor settings kept in the vault's settings table: retention and the shelter address."""

from __future__ import annotations

from tjdesk import audit
from tjdesk.acting import acts_for_signed_in
from tjdesk.actors import Actor
from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.vault.database import Database
from tjdesk.visits.access import VisitAction, require

RETENTION_SETTING = "visits_retention_days"
ADDRESS_SETTING = "shelter_address"
DEFAULT_RETENTION_DAYS = 730  # two years
MIN_RETENTION_DAYS = 30
MAX_RETENTION_DAYS = 3650
MAX_ADDRESS = 1000


def retention_days(db: Database) -> int:
    """Days a visit is kept; a missing or damaged setting gives the default."""
    try:
        days = int(db.setting(RETENTION_SETTING) or DEFAULT_RETENTION_DAYS)
    except ValueError:
        return DEFAULT_RETENTION_DAYS
    return max(MIN_RETENTION_DAYS, min(MAX_RETENTION_DAYS, days))


@acts_for_signed_in
def set_retention_days(db: Database, actor: Actor | None, days: int) -> None:
    who = require(actor, VisitAction.SET_RETENTION)
    if not isinstance(days, int) or not MIN_RETENTION_DAYS <= days <= MAX_RETENTION_DAYS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Keep visits for %1 to %2 days."),
            MIN_RETENTION_DAYS,
            MAX_RETENTION_DAYS,
        )
    with db.transaction():
        db.put_setting(RETENTION_SETTING, str(days))
        audit.record(db, who.name, "visits.set_retention", detail=str(days))


def shelter_address(db: Database) -> str:
    return db.setting(ADDRESS_SETTING) or ""


@acts_for_signed_in
def set_shelter_address(db: Database, actor: Actor | None, address: str) -> None:
    who = require(actor, VisitAction.SET_ADDRESS)
    if len(address) > MAX_ADDRESS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The address is too long."))
    with db.transaction():
        db.put_setting(ADDRESS_SETTING, address.strip())
        # The address itself is not audited: the audit trail never holds where the shelter is.
        audit.record(db, who.name, "visits.set_shelter_address")
