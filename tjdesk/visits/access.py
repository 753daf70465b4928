"""Who may do what with visits. Deny by default; the ui only hides what this refuses."""

from __future__ import annotations

import enum

from tjdesk.actors import Actor, Role
from tjdesk.errors import AccessDenied
from tjdesk.i18n import QT_TRANSLATE_NOOP
from tjdesk.policy import Area, visible_areas


class VisitAction(enum.Enum):
    RECORD = "record"  # create, change, list and read visits; print their sheets
    EDIT_TEMPLATES = "edit_templates"
    SET_ADDRESS = "set_address"  # the shelter address the printouts are checked against
    SET_RETENTION = "set_retention"


_EDITORS = frozenset({Role.ADMINISTRATOR, Role.DIRECTOR, Role.SUPERVISOR})
_EXTRA: dict[VisitAction, frozenset[Role]] = {
    VisitAction.EDIT_TEMPLATES: _EDITORS,
    VisitAction.SET_ADDRESS: frozenset({Role.ADMINISTRATOR, Role.DIRECTOR}),
    VisitAction.SET_RETENTION: frozenset({Role.ADMINISTRATOR}),
}


def may(actor: Actor, action: VisitAction) -> bool:
    if Area.VISITORS not in visible_areas(actor.role):
        return False
    allowed = _EXTRA.get(action)
    return allowed is None or actor.role in allowed


def require(actor: Actor | None, action: VisitAction) -> Actor:
    if actor is None or not may(actor, action):
        raise AccessDenied(QT_TRANSLATE_NOOP("errors", "You may not do this with visits."))
    return actor
