"""What the mentoring screens need beyond services/mentoring: pickers, one meeting read whole,
editing and removing targets and actions, and lesson observations.

Like services/mentoring, each function is one user action in one transaction, and a change of a
target or an action bumps its meeting's version.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from itepad.errors import UserError
from itepad.services import mentoring
from itepad.services.mentoring import (
    ACTIONS,
    EDUCATORS,
    MEETINGS,
    MENTEES,
    OBSERVATIONS,
    STUDENTS,
    TARGETS,
    touch_meeting,
)
from itepad.services.signoff import Signature
from itepad.store.concurrency import versioned_update
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.store.models import ActionStatus, TargetStatus

COMPETENCES = TABLES["competence"]


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    email: str

    def label(self) -> str:
        return f"{self.name} <{self.email}>"


@dataclass(frozen=True)
class Choices:
    """What the pickers offer."""

    mentors: tuple[Person, ...]
    students: tuple[Person, ...]  # not archived
    competences: tuple[tuple[int, str], ...]  # id, "1.1 Organisational communication"


def load_choices(db: Database) -> Choices:
    with db.engine.connect() as conn:
        mentors = conn.execute(
            select(EDUCATORS.c.id, EDUCATORS.c.name, EDUCATORS.c.email).order_by(EDUCATORS.c.name)
        )
        students = conn.execute(
            select(STUDENTS.c.id, STUDENTS.c.given_name, STUDENTS.c.family_name, STUDENTS.c.email)
            .where(STUDENTS.c.archived_at.is_(None))
            .order_by(STUDENTS.c.family_name, STUDENTS.c.given_name)
        )
        competences = conn.execute(
            select(COMPETENCES.c.id, COMPETENCES.c.number, COMPETENCES.c.name).order_by(
                COMPETENCES.c.id
            )
        )
        return Choices(
            tuple(Person(i, n, e) for i, n, e in mentors),
            tuple(Person(i, f"{g} {f}".strip(), e) for i, g, f, e in students),
            tuple((i, f"{number} {name}") for i, number, name in competences),
        )


# --- one meeting ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetLine:
    id: int
    text: str
    due_on: date | None
    competence_id: int | None
    status: str
    carried: bool  # brought forward from an earlier meeting


@dataclass(frozen=True)
class ActionLine:
    id: int
    text: str
    owner: str
    due_on: date | None
    status: str


@dataclass(frozen=True)
class MeetingDraft:
    id: int
    version: int
    held_at: datetime
    duration_minutes: int
    mode: str
    mentor_id: int
    mentor_email: str
    mentee_ids: tuple[int, ...]
    agenda: str
    focus: str
    pre_reflection: str
    notes: str
    next_meeting_at: datetime | None
    targets: tuple[TargetLine, ...]
    actions: tuple[ActionLine, ...]
    signature: Signature


def load_meeting(db: Database, meeting_id: int) -> MeetingDraft:
    with db.engine.connect() as conn:
        m = conn.execute(
            select(MEETINGS, EDUCATORS.c.email.label("mentor_email"))
            .join(EDUCATORS, EDUCATORS.c.id == MEETINGS.c.mentor_id)
            .where(MEETINGS.c.id == meeting_id)
        ).first()
        if m is None:
            raise UserError("This mentoring meeting no longer exists; someone may have deleted it.")
        mentees = conn.execute(
            select(MENTEES.c.student_id).where(MENTEES.c.meeting_id == meeting_id)
        ).scalars()
        targets = conn.execute(
            select(TARGETS)
            .where(TARGETS.c.meeting_id == meeting_id)
            .order_by(TARGETS.c.position, TARGETS.c.id)
        )
        actions = conn.execute(
            select(ACTIONS).where(ACTIONS.c.meeting_id == meeting_id).order_by(ACTIONS.c.id)
        )
        target_lines = tuple(
            TargetLine(
                t.id, t.text, t.due_on, t.competence_id, t.status, t.carried_from_id is not None
            )
            for t in targets
        )
        action_lines = tuple(ActionLine(a.id, a.text, a.owner, a.due_on, a.status) for a in actions)
        mentee_ids = tuple(sorted(mentees))
    return MeetingDraft(
        m.id,
        m.version,
        m.held_at,
        m.duration_minutes,
        m.mode,
        m.mentor_id,
        m.mentor_email,
        mentee_ids,
        m.agenda,
        m.focus,
        m.pre_reflection,
        m.notes,
        m.next_meeting_at,
        target_lines,
        action_lines,
        mentoring.meeting_signature(db, meeting_id),
    )


def create_meeting_with(
    db: Database,
    *,
    mentor_id: int,
    mentee_ids: Sequence[int],
    held_at: datetime,
    agenda: str | None,
    **fields: Any,
) -> int:
    """A new meeting as the editor's form has it: created (open targets carried), then the
    fields typed before it was saved written on top."""
    meeting_id = mentoring.create_meeting(
        db,
        mentor_id=mentor_id,
        mentee_ids=mentee_ids,
        held_at=held_at,
        agenda=agenda,
        duration_minutes=fields.pop("duration_minutes", None),
        mode=fields.pop("mode", "in_person"),
        focus=fields.pop("focus", ""),
    )
    if fields:
        mentoring.update_meeting(db, meeting_id, 1, **fields)
    return meeting_id


def set_people(
    db: Database, meeting_id: int, version: int, mentor_id: int, mentee_ids: Sequence[int]
) -> int:
    """Change who met; returns the meeting's new version."""
    if not mentee_ids:
        raise UserError("A mentoring meeting needs at least one mentee.")
    with db.engine.begin() as conn:
        new = versioned_update(conn, MEETINGS, meeting_id, version, {"mentor_id": mentor_id})
        conn.execute(MENTEES.delete().where(MENTEES.c.meeting_id == meeting_id))
        conn.execute(
            MENTEES.insert(), [{"meeting_id": meeting_id, "student_id": s} for s in mentee_ids]
        )
    return new


def update_target(
    db: Database,
    target_id: int,
    *,
    text: str,
    due_on: date | None,
    competence_id: int | None,
    status: TargetStatus,
) -> None:
    if not text.strip():
        raise UserError("A target needs a text.")
    _change(
        db,
        TARGETS,
        target_id,
        text=text.strip(),
        due_on=due_on,
        competence_id=competence_id,
        status=status,
    )


def update_action(
    db: Database,
    action_id: int,
    *,
    text: str,
    owner: str,
    due_on: date | None,
    status: ActionStatus,
) -> None:
    if not text.strip():
        raise UserError("An action needs a text.")
    with db.engine.connect() as conn:
        was = conn.execute(select(ACTIONS.c.status).where(ACTIONS.c.id == action_id)).scalar()
    if was != status:
        mentoring.set_action_status(db, action_id, status)  # keeps done_on right
    _change(db, ACTIONS, action_id, text=text.strip(), owner=owner.strip(), due_on=due_on)


def remove_target(db: Database, target_id: int) -> None:
    _remove(db, TARGETS, target_id)


def remove_action(db: Database, action_id: int) -> None:
    _remove(db, ACTIONS, action_id)


def _meeting_of(conn: Any, table: Any, row_id: int) -> int:
    meeting_id = conn.execute(select(table.c.meeting_id).where(table.c.id == row_id)).scalar()
    if meeting_id is None:
        raise UserError("This line no longer exists; someone may have removed it.")
    return int(meeting_id)


def _change(db: Database, table: Any, row_id: int, **values: Any) -> None:
    with db.engine.begin() as conn:
        meeting_id = _meeting_of(conn, table, row_id)
        conn.execute(table.update().where(table.c.id == row_id).values(**values))
        touch_meeting(conn, meeting_id)


def _remove(db: Database, table: Any, row_id: int) -> None:
    with db.engine.begin() as conn:
        meeting_id = _meeting_of(conn, table, row_id)
        if table is TARGETS:  # a target carried from this one no longer points at it
            conn.execute(
                TARGETS.update()
                .where(TARGETS.c.carried_from_id == row_id)
                .values(carried_from_id=None)
            )
        conn.execute(table.delete().where(table.c.id == row_id))
        touch_meeting(conn, meeting_id)


# --- lesson observations ----------------------------------------------------------------------

OBSERVATION_FIELDS = frozenset(
    {
        "observer_id",
        "observed_at",
        "class_name",
        "pupils_age",
        "subject",
        "topic",
        "focus",
        "strengths",
        "areas_to_develop",
        "targets",
    }
)


@dataclass(frozen=True)
class ObservationRow:
    id: int
    version: int
    student_id: int
    student: str
    observer_id: int | None
    observer: str
    observed_at: datetime
    class_name: str
    pupils_age: str
    subject: str
    topic: str
    focus: str
    strengths: str
    areas_to_develop: str
    targets: str
    signed: bool


def _check_fields(fields: dict[str, Any]) -> None:
    unknown = set(fields) - OBSERVATION_FIELDS
    if unknown:
        raise ValueError(f"not observation fields: {sorted(unknown)}")


def create_observation(
    db: Database, *, student_id: int, observed_at: datetime, **fields: Any
) -> int:
    _check_fields(fields)
    values: dict[str, Any] = {k: "" for k in OBSERVATION_FIELDS - {"observer_id", "observed_at"}}
    values |= {"observer_id": None, "signed_by": "", "signed_hash": "", "signed_content": ""}
    with db.engine.begin() as conn:
        done = conn.execute(
            OBSERVATIONS.insert().values(
                **(values | fields),
                student_id=student_id,
                observed_at=observed_at,
                signed_at=None,
                version=1,
            )
        )
    assert done.inserted_primary_key is not None
    return int(done.inserted_primary_key[0])


def update_observation(db: Database, observation_id: int, version: int, **changes: Any) -> int:
    """Returns the new version (ConflictError if someone else saved first)."""
    _check_fields(changes)
    with db.engine.begin() as conn:
        return versioned_update(conn, OBSERVATIONS, observation_id, version, changes)


def observation_rows(db: Database, observation_id: int | None = None) -> list[ObservationRow]:
    """Lesson observations, newest first (or just the one asked for)."""
    query = (
        select(
            OBSERVATIONS,
            STUDENTS.c.given_name,
            STUDENTS.c.family_name,
            EDUCATORS.c.name.label("observer_name"),
        )
        .join(STUDENTS, STUDENTS.c.id == OBSERVATIONS.c.student_id)
        .outerjoin(EDUCATORS, EDUCATORS.c.id == OBSERVATIONS.c.observer_id)
        .order_by(OBSERVATIONS.c.observed_at.desc(), OBSERVATIONS.c.id.desc())
    )
    if observation_id is not None:
        query = query.where(OBSERVATIONS.c.id == observation_id)
    with db.engine.connect() as conn:
        return [
            ObservationRow(
                r.id,
                r.version,
                r.student_id,
                f"{r.given_name} {r.family_name}".strip(),
                r.observer_id,
                r.observer_name or "",
                r.observed_at,
                r.class_name,
                r.pupils_age,
                r.subject,
                r.topic,
                r.focus,
                r.strengths,
                r.areas_to_develop,
                r.targets,
                bool(r.signed_hash),
            )
            for r in conn.execute(query)
        ]
