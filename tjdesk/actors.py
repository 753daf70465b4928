"""Who is acting: staff roles and the signed-in identity handed to every service call."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from tjdesk.i18n import QT_TRANSLATE_NOOP


class Role(enum.Enum):
    ADMINISTRATOR = "administrator"
    DIRECTOR = "director"
    SUPERVISOR = "supervisor"
    SOCIAL_WORKER = "social_worker"
    COUNSELOR = "counselor"
    PSYCHOLOGIST = "psychologist"
    NURSE = "nurse"
    LEGAL_OFFICER = "legal_officer"
    RECEPTION = "reception"

    @property
    def label(self) -> str:
        """English source label; the ui translates it in context "Role"."""
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Role", "Administrator"),
    Role.DIRECTOR: QT_TRANSLATE_NOOP("Role", "Director"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Role", "Supervisor"),
    Role.SOCIAL_WORKER: QT_TRANSLATE_NOOP("Role", "Social worker"),
    Role.COUNSELOR: QT_TRANSLATE_NOOP("Role", "Counsellor"),
    Role.PSYCHOLOGIST: QT_TRANSLATE_NOOP("Role", "Psychologist"),
    Role.NURSE: QT_TRANSLATE_NOOP("Role", "Nurse"),
    Role.LEGAL_OFFICER: QT_TRANSLATE_NOOP("Role", "Legal officer"),
    Role.RECEPTION: QT_TRANSLATE_NOOP("Role", "Reception"),
}


@dataclass(frozen=True)
class Actor:
    """A signed-in staff member. Staff names are not client data; they may be audited."""

    id: int
    name: str
    role: Role
