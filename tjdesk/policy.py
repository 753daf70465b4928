"""Need-to-know: who may read and write each section of a case, and which areas a role sees.

One table, deny by default. The service layer (tjdesk/cases) asks this module before every
read or write; the ui only hides what the service would refuse anyway.
"""

from __future__ import annotations

import enum

from tjdesk.actors import Role


class Section(enum.Enum):
    OUTLINE = "outline"  # case code, dates, type, status, referrals, next step
    NOTES = "notes"  # social-work session notes
    HEALTH = "health"
    LEGAL = "legal"
    IDENTITY = "identity"  # real name, contacts, current location


class Relation(enum.Enum):
    """How the acting user stands to the case."""

    NONE = "none"  # not on the case team
    TEAM = "team"  # a named member of the case team
    ASSIGNED = "assigned"  # an assigned case worker (also a team member)


class Op(enum.Enum):
    READ = "read"
    WRITE = "write"


class Area(enum.Enum):
    SESSIONS = "sessions"
    VISITORS = "visitors"
    ALARM = "alarm"
    ADMIN = "admin"


_R = frozenset({Op.READ})
_RW = frozenset({Op.READ, Op.WRITE})
_CASEWORK = (Role.SOCIAL_WORKER, Role.COUNSELOR, Role.PSYCHOLOGIST)
_CARE = _CASEWORK + (Role.NURSE, Role.LEGAL_OFFICER)
_TEAM_OR_ASSIGNED = (Relation.TEAM, Relation.ASSIGNED)

# (role, relation, section) -> allowed operations. Anything absent is denied.
ACCESS: dict[tuple[Role, Relation, Section], frozenset[Op]] = {}


def _grant(
    roles: tuple[Role, ...], relations: tuple[Relation, ...], section: Section, ops: frozenset[Op]
) -> None:
    for role in roles:
        for relation in relations:
            ACCESS[(role, relation, section)] = ops


# Outline: everyone on the case team reads it; the team's care staff also write it (open
# sessions, change status, referrals). Supervisors and directors read the outline of every
# case, and nothing else, on the team or not.
_grant(tuple(Role), _TEAM_OR_ASSIGNED, Section.OUTLINE, _R)
_grant(_CARE, _TEAM_OR_ASSIGNED, Section.OUTLINE, _RW)
_grant((Role.SUPERVISOR, Role.DIRECTOR), tuple(Relation), Section.OUTLINE, _R)
# Session notes: the team's social workers, counselors and psychologists.
_grant(_CASEWORK, _TEAM_OR_ASSIGNED, Section.NOTES, _RW)
# Health: the nurse and the psychologist on the team.
_grant((Role.NURSE, Role.PSYCHOLOGIST), _TEAM_OR_ASSIGNED, Section.HEALTH, _RW)
# Legal: the legal officer on the team.
_grant((Role.LEGAL_OFFICER,), _TEAM_OR_ASSIGNED, Section.LEGAL, _RW)
# Identity: the assigned case worker(s) only. A case worker is care staff: an administrator,
# receptionist, supervisor or director marked "assigned" by mistake still does not see it.
_grant(_CARE, (Relation.ASSIGNED,), Section.IDENTITY, _RW)
# Administrators manage users; on a team they read the outline like every member, and no
# more. (Absent entries are denied.)


def may(role: Role, relation: Relation, section: Section, op: Op) -> bool:
    return op in ACCESS.get((role, relation, section), frozenset())


def may_read(role: Role, relation: Relation, section: Section) -> bool:
    return may(role, relation, section, Op.READ)


def may_write(role: Role, relation: Relation, section: Section) -> bool:
    return may(role, relation, section, Op.WRITE)


def may_create_case(role: Role) -> bool:
    """Opening a case makes the creator its assigned case worker: care staff only."""
    return may_write(role, Relation.ASSIGNED, Section.OUTLINE)


AREAS_BY_ROLE: dict[Role, frozenset[Area]] = {
    # Administrators see the sessions area only to reach cases whose team they are on.
    Role.ADMINISTRATOR: frozenset({Area.SESSIONS, Area.VISITORS, Area.ALARM, Area.ADMIN}),
    Role.DIRECTOR: frozenset({Area.SESSIONS, Area.VISITORS, Area.ALARM}),
    Role.SUPERVISOR: frozenset({Area.SESSIONS, Area.VISITORS, Area.ALARM}),
    Role.SOCIAL_WORKER: frozenset({Area.SESSIONS, Area.VISITORS, Area.ALARM}),
    Role.COUNSELOR: frozenset({Area.SESSIONS, Area.VISITORS, Area.ALARM}),
    Role.PSYCHOLOGIST: frozenset({Area.SESSIONS, Area.VISITORS, Area.ALARM}),
    Role.NURSE: frozenset({Area.SESSIONS, Area.VISITORS, Area.ALARM}),
    Role.LEGAL_OFFICER: frozenset({Area.SESSIONS, Area.VISITORS, Area.ALARM}),
    # Reception records visits and prints sheets, and sees nothing else (the alarm banner and
    # panic control are on every screen for everyone; the alarm area is for staff who respond).
    Role.RECEPTION: frozenset({Area.VISITORS}),
}


def visible_areas(role: Role) -> frozenset[Area]:
    return AREAS_BY_ROLE.get(role, frozenset())
