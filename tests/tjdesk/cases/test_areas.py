"""Which areas of the app each role sees, from DESIGN.md and issue 5, independently of the table.

Reception records visits and prints sheets and sees nothing else; only administrators see the
admin area; everyone else who works with cases sees sessions, visitors and the alarm area.
"""

from __future__ import annotations

import pytest

from tjdesk.actors import Role
from tjdesk.policy import (
    Area,
    Op,
    Relation,
    Section,
    may,
    may_create_case,
    may_read,
    may_write,
    visible_areas,
)

EVERYONE_ELSE = {Area.SESSIONS, Area.VISITORS, Area.ALARM}


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_each_role_sees_its_areas(role: Role) -> None:
    if role is Role.RECEPTION:
        expected = {Area.VISITORS}
    elif role is Role.ADMINISTRATOR:
        expected = EVERYONE_ELSE | {Area.ADMIN}
    else:
        expected = EVERYONE_ELSE
    assert visible_areas(role) == expected


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_read_and_write_helpers_agree_with_the_table(role: Role) -> None:
    for relation in Relation:
        for section in Section:
            assert may_read(role, relation, section) == may(role, relation, section, Op.READ)
            assert may_write(role, relation, section) == may(role, relation, section, Op.WRITE)


def test_only_care_staff_open_cases() -> None:
    care = {Role.SOCIAL_WORKER, Role.COUNSELOR, Role.PSYCHOLOGIST, Role.NURSE, Role.LEGAL_OFFICER}
    assert {role for role in Role if may_create_case(role)} == care
