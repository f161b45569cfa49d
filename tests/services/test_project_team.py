"""eTwinning project teams: join with a role and date, edit the contribution, leave."""

from __future__ import annotations

from datetime import date

import pytest

from itepad.errors import UserError
from itepad.services import project_team
from itepad.services.project_team import Membership
from itepad.store.database import Database
from tests.services.test_evidence import make_world

JOINED = Membership("Partner coordinator", date(2026, 10, 5), "Planned the **first** call")


def test_join_list_and_leave(any_db: Database) -> None:
    world = make_world(any_db)
    assert [c.label for c in project_team.project_choices(any_db, world.student)] == [
        "Rivers of Europe (ETW1)"
    ]
    project_team.join_team(any_db, world.project, world.student, JOINED)
    (place,) = project_team.projects_of(any_db, world.student)
    assert (place.project_title, place.module_code, place.state) == (
        "Rivers of Europe",
        "ETW1",
        "Pending",
    )
    assert place.membership == JOINED
    assert project_team.project_choices(any_db, world.student) == []
    assert project_team.projects_of(any_db, world.other_student) == []

    project_team.leave_team(any_db, world.project, world.student, JOINED)
    assert project_team.projects_of(any_db, world.student) == []


def test_joining_twice_is_refused(any_db: Database) -> None:
    world = make_world(any_db)
    project_team.join_team(any_db, world.project, world.student, JOINED)
    with pytest.raises(UserError, match="already"):
        project_team.join_team(any_db, world.project, world.student, Membership())


def test_an_edit_from_a_stale_membership_is_refused(any_db: Database) -> None:
    world = make_world(any_db)
    project_team.join_team(any_db, world.project, world.student, JOINED)
    mine = Membership("Coordinator", JOINED.joined_on, "Ran the partner call")
    project_team.update_membership(any_db, world.project, world.student, JOINED, mine)
    with pytest.raises(UserError, match="changed their role"):
        project_team.update_membership(
            any_db, world.project, world.student, JOINED, Membership("Stale")
        )
    with pytest.raises(UserError, match="changed their role"):
        project_team.leave_team(any_db, world.project, world.student, JOINED)
    (place,) = project_team.projects_of(any_db, world.student)
    assert place.membership == mine

    project_team.leave_team(any_db, world.project, world.student, mine)
    with pytest.raises(UserError, match="removed them"):
        project_team.update_membership(any_db, world.project, world.student, mine, JOINED)


def test_no_date_compares_as_no_date(db: Database) -> None:
    world = make_world(db)
    undated = Membership("Member")
    project_team.join_team(db, world.project, world.student, undated)
    project_team.update_membership(db, world.project, world.student, undated, JOINED)
    assert project_team.projects_of(db, world.student)[0].membership == JOINED


def test_bad_input_is_refused(db: Database) -> None:
    world = make_world(db)
    with pytest.raises(UserError, match="Role: at most"):
        project_team.join_team(db, world.project, world.student, Membership("r" * 121))
    with pytest.raises(UserError, match="etwinning_project"):
        project_team.join_team(db, 999, world.student, JOINED)
    assert project_team.projects_of(db, world.student) == []
