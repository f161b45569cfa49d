"""A student teacher's place in eTwinning project teams: join, change role or contribution, leave.

A team membership (project_member) has no version column of its own: it is one small row keyed
by project and student teacher. An edit or removal therefore names the membership as it was
loaded, and is refused when the row has changed or gone since, so that on a shared database
nobody's change is overwritten unseen, just as a version check would do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Connection, and_, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from itepad.errors import UserError
from itepad.services.labels import PROJECT_STATE
from itepad.services.roster import require_row
from itepad.store.contents import TABLES
from itepad.store.database import Database

MEMBER = TABLES["project_member"]
PROJECT = TABLES["etwinning_project"]
MODULE = TABLES["module"]
MAX_ROLE = 120


@dataclass(frozen=True)
class Membership:
    """What a team member's line says; also the state an edit started from."""

    role: str = ""
    joined_on: date | None = None
    contribution: str = ""  # Markdown


@dataclass(frozen=True)
class TeamPlace:
    project_id: int
    project_title: str
    state: str  # human label
    module_code: str
    twinspace_url: str
    membership: Membership


@dataclass(frozen=True)
class ProjectChoice:
    id: int
    label: str  # "Title (MODULE)"


def projects_of(db: Database, student_id: int) -> list[TeamPlace]:
    """The project teams the student teacher is in, the most recently joined first."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(MEMBER, PROJECT.c.title, PROJECT.c.state, PROJECT.c.twinspace_url, MODULE.c.code)
            .join(PROJECT, PROJECT.c.id == MEMBER.c.project_id)
            .outerjoin(MODULE, MODULE.c.id == PROJECT.c.module_id)
            .where(MEMBER.c.student_id == student_id)
            .order_by(MEMBER.c.joined_on.desc(), PROJECT.c.title)
        )
        return [
            TeamPlace(
                project_id=row.project_id,
                project_title=row.title,
                state=PROJECT_STATE.get(row.state, row.state),
                module_code=row.code or "",
                twinspace_url=row.twinspace_url,
                membership=Membership(row.role, row.joined_on, row.contribution),
            )
            for row in rows
        ]


def project_choices(db: Database, student_id: int) -> list[ProjectChoice]:
    """The projects the student teacher could join: those whose team they are not in yet."""
    with db.engine.connect() as conn:
        joined = select(MEMBER.c.project_id).where(MEMBER.c.student_id == student_id)
        rows = conn.execute(
            select(PROJECT.c.id, PROJECT.c.title, MODULE.c.code)
            .outerjoin(MODULE, MODULE.c.id == PROJECT.c.module_id)
            .where(PROJECT.c.id.not_in(joined))
            .order_by(PROJECT.c.title)
        )
        return [
            ProjectChoice(pid, f"{title} ({code})" if code else title) for pid, title, code in rows
        ]


def check_membership(membership: Membership) -> None:
    """UserError if the membership cannot be saved (the editor asks first)."""
    _checked(membership)


def _checked(membership: Membership) -> dict[str, object]:
    role = " ".join(membership.role.split())
    if len(role) > MAX_ROLE:
        raise UserError(f"Role: at most {MAX_ROLE} characters.")
    return {
        "role": role,
        "joined_on": membership.joined_on,
        "contribution": membership.contribution,
    }


def join_team(db: Database, project_id: int, student_id: int, membership: Membership) -> None:
    values = _checked(membership)
    try:
        with db.engine.begin() as conn:
            require_row(conn, "etwinning_project", project_id)
            require_row(conn, "student_teacher", student_id)
            if _current(conn, project_id, student_id) is not None:
                raise UserError("Project team: they are in this project's team already.")
            conn.execute(
                insert(MEMBER).values(project_id=project_id, student_id=student_id, **values)
            )
    except IntegrityError:  # someone else added them at the same moment
        raise UserError("Project team: they are in this project's team already.") from None


def _current(conn: Connection, project_id: int, student_id: int) -> Membership | None:
    row = conn.execute(
        select(MEMBER.c.role, MEMBER.c.joined_on, MEMBER.c.contribution).where(
            MEMBER.c.project_id == project_id, MEMBER.c.student_id == student_id
        )
    ).first()
    return None if row is None else Membership(row.role, row.joined_on, row.contribution)


def _unchanged(project_id: int, student_id: int, loaded: Membership) -> ColumnElement[bool]:
    """The membership row, only while it still says what the editor loaded."""
    return and_(
        MEMBER.c.project_id == project_id,
        MEMBER.c.student_id == student_id,
        MEMBER.c.role == loaded.role,
        MEMBER.c.joined_on.is_not_distinct_from(loaded.joined_on),
        MEMBER.c.contribution == loaded.contribution,
    )


def _refuse(conn: Connection, project_id: int, student_id: int) -> UserError:
    if _current(conn, project_id, student_id) is None:
        return UserError(
            "Project team: someone else removed them from this team after you opened it."
        )
    return UserError(
        "Project team: someone else changed their role, date or contribution after you "
        "opened it. Nothing was saved; reload to see the change."
    )


def update_membership(
    db: Database, project_id: int, student_id: int, loaded: Membership, edited: Membership
) -> None:
    """Save `edited` if the membership is still as `loaded`."""
    values = _checked(edited)
    with db.engine.begin() as conn:
        done = conn.execute(
            update(MEMBER).where(_unchanged(project_id, student_id, loaded)).values(**values)
        )
        if done.rowcount != 1:
            raise _refuse(conn, project_id, student_id)


def leave_team(db: Database, project_id: int, student_id: int, loaded: Membership) -> None:
    """Remove them from the team if the membership is still as `loaded`."""
    with db.engine.begin() as conn:
        done = conn.execute(delete(MEMBER).where(_unchanged(project_id, student_id, loaded)))
        if done.rowcount != 1:
            raise _refuse(conn, project_id, student_id)
