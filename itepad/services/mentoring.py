"""Mentoring meetings: agenda templates, targets carried forward, actions, sign-off, overviews.

Every function is one user action in one transaction. Meeting times are wall-clock times where
the meeting happens (naive datetimes). Edits of an existing meeting name the version they
started from (store.concurrency), so two mentors on a shared database never overwrite each
other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, func, select

from itepad.errors import UserError
from itepad.services import signoff
from itepad.store.concurrency import versioned_update
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.store.models import ActionStatus, MeetingMode, TargetStatus

MAX_TARGETS = 3  # SMART targets a meeting sets at the most
MEETINGS, MENTEES = TABLES["mentoring_meeting"], TABLES["meeting_mentee"]
TARGETS, ACTIONS = TABLES["mentoring_target"], TABLES["mentoring_action"]
STUDENTS, EDUCATORS = TABLES["student_teacher"], TABLES["teacher_educator"]
OBSERVATIONS = TABLES["lesson_observation"]


@dataclass(frozen=True)
class Agenda:
    key: str
    title: str
    focus: str
    duration_minutes: int
    notes: str  # a Markdown skeleton the mentor fills in


AGENDAS: dict[str, Agenda] = {
    a.key: a
    for a in (
        Agenda(
            "first",
            "First meeting",
            "Getting to know each other; expectations and ways of working",
            60,
            "## Expectations\n\n- Student teacher:\n- Mentor:\n\n"
            "## Ways of working\n\n- How and when we meet:\n- Where evidence is kept:\n\n"
            "## Starting point\n\n"
            "Strengths and first areas to develop (DigCompEdu self-assessment):\n",
        ),
        Agenda(
            "weekly",
            "Weekly review",
            "Progress since the last meeting and next steps",
            30,
            "## Since last time\n\nProgress on each target, with the evidence:\n\n"
            "## What went well\n\n## What to work on\n\n## Next steps\n",
        ),
        Agenda(
            "project",
            "eTwinning project check-in",
            "The TwinSpace project: collaboration with partners, pupils' work, next activity",
            45,
            "## Project state\n\n- TwinSpace pages updated:\n- Last contact with partners:\n\n"
            "## Pupils' work and safety\n\n## Next collaborative activity\n",
        ),
        Agenda(
            "final",
            "Final review",
            "Looking back on the placement or module; the portfolio; next goals",
            60,
            "## Targets met\n\n## Evidence for the portfolio\n\n"
            "## DigCompEdu: where I am now\n\n## Goals for the next stage\n",
        ),
    )
}


# --- meetings ---------------------------------------------------------------------------------


def create_meeting(
    db: Database,
    *,
    mentor_id: int,
    mentee_ids: Sequence[int],
    held_at: datetime,
    agenda: str | None = None,
    duration_minutes: int | None = None,
    mode: str = MeetingMode.IN_PERSON,
    focus: str = "",
    carry_targets: bool = True,
) -> int:
    """A new meeting, from an agenda template if given; open targets of the mentees' earlier
    meetings are carried into it (at most three), and marked carried where they were."""
    if not mentee_ids:
        raise UserError("A mentoring meeting needs at least one mentee.")
    template = AGENDAS.get(agenda) if agenda else None
    if agenda and template is None:
        raise UserError(f"Unknown agenda {agenda!r}; choose one of {', '.join(AGENDAS)}.")
    with db.engine.begin() as conn:
        meeting_id = _insert(
            conn,
            MEETINGS,
            held_at=held_at,
            duration_minutes=duration_minutes or (template.duration_minutes if template else 45),
            mode=mode,
            mentor_id=mentor_id,
            agenda=template.key if template else "",
            focus=focus or (template.focus if template else ""),
            pre_reflection="",
            notes=template.notes if template else "",
            next_meeting_at=None,
            signed_by="",
            signed_at=None,
            signed_hash="",
            signed_content="",
            version=1,
        )
        conn.execute(
            MENTEES.insert(), [{"meeting_id": meeting_id, "student_id": s} for s in mentee_ids]
        )
        if carry_targets:
            _carry_open_targets(conn, meeting_id, mentee_ids, held_at)
    return meeting_id


def _insert(conn: Connection, table: Any, **values: Any) -> int:
    done = conn.execute(table.insert().values(**values))
    assert done.inserted_primary_key is not None
    return int(done.inserted_primary_key[0])


def open_targets_before(
    conn: Connection, mentee_ids: Sequence[int], before: datetime
) -> list[dict[str, Any]]:
    """Open targets set for these mentees in meetings before `before`, earliest due first."""
    earlier = (
        select(MEETINGS.c.id)
        .join(MENTEES, MENTEES.c.meeting_id == MEETINGS.c.id)
        .where(MENTEES.c.student_id.in_(mentee_ids), MEETINGS.c.held_at < before)
    )
    rows = conn.execute(
        select(TARGETS)
        .where(TARGETS.c.meeting_id.in_(earlier), TARGETS.c.status == TargetStatus.OPEN)
        .order_by(TARGETS.c.due_on.is_(None), TARGETS.c.due_on, TARGETS.c.id)
    )
    return [dict(r._mapping) for r in rows]


def _carry_open_targets(
    conn: Connection, meeting_id: int, mentee_ids: Sequence[int], held_at: datetime
) -> None:
    for position, old in enumerate(open_targets_before(conn, mentee_ids, held_at)[:MAX_TARGETS]):
        _insert(
            conn,
            TARGETS,
            meeting_id=meeting_id,
            position=position,
            text=old["text"],
            due_on=old["due_on"],
            competence_id=old["competence_id"],
            status=TargetStatus.OPEN,
            carried_from_id=old["id"],
        )
        conn.execute(
            TARGETS.update().where(TARGETS.c.id == old["id"]).values(status=TargetStatus.CARRIED)
        )


MEETING_FIELDS = frozenset(
    {"held_at", "duration_minutes", "mode", "focus", "pre_reflection", "notes", "next_meeting_at"}
)


def update_meeting(db: Database, meeting_id: int, version: int, **changes: Any) -> int:
    """Change a meeting's own fields; returns its new version (ConflictError if stale)."""
    unknown = set(changes) - MEETING_FIELDS
    if unknown:
        raise ValueError(f"not meeting fields: {sorted(unknown)}")
    with db.engine.begin() as conn:
        return versioned_update(conn, MEETINGS, meeting_id, version, changes)


def touch_meeting(conn: Connection, meeting_id: int) -> None:
    """Targets and actions are part of the meeting: changing them changes its version."""
    conn.execute(
        MEETINGS.update().where(MEETINGS.c.id == meeting_id).values(version=MEETINGS.c.version + 1)
    )


def add_target(
    db: Database,
    meeting_id: int,
    text: str,
    *,
    due_on: date | None = None,
    competence_id: int | None = None,
) -> int:
    if not text.strip():
        raise UserError("A target needs a text.")
    with db.engine.begin() as conn:
        count = conn.execute(
            select(func.count()).select_from(TARGETS).where(TARGETS.c.meeting_id == meeting_id)
        ).scalar_one()
        if count >= MAX_TARGETS:
            raise UserError(
                f"A meeting sets at most {MAX_TARGETS} targets; edit or remove one first."
            )
        target_id = _insert(
            conn,
            TARGETS,
            meeting_id=meeting_id,
            position=count,
            text=text.strip(),
            due_on=due_on,
            competence_id=competence_id,
            status=TargetStatus.OPEN,
            carried_from_id=None,
        )
        touch_meeting(conn, meeting_id)
    return target_id


def set_target_status(db: Database, target_id: int, status: TargetStatus) -> None:
    with db.engine.begin() as conn:
        meeting_id = conn.execute(
            select(TARGETS.c.meeting_id).where(TARGETS.c.id == target_id)
        ).scalar_one()
        conn.execute(TARGETS.update().where(TARGETS.c.id == target_id).values(status=status))
        touch_meeting(conn, meeting_id)


def add_action(
    db: Database, meeting_id: int, text: str, *, owner: str = "", due_on: date | None = None
) -> int:
    if not text.strip():
        raise UserError("An action needs a text.")
    with db.engine.begin() as conn:
        action_id = _insert(
            conn,
            ACTIONS,
            meeting_id=meeting_id,
            text=text.strip(),
            owner=owner.strip(),
            due_on=due_on,
            status=ActionStatus.OPEN,
            done_on=None,
        )
        touch_meeting(conn, meeting_id)
    return action_id


def set_action_status(
    db: Database, action_id: int, status: ActionStatus, *, today: date | None = None
) -> None:
    done_on = (today or date.today()) if status == ActionStatus.DONE else None
    with db.engine.begin() as conn:
        conn.execute(
            ACTIONS.update().where(ACTIONS.c.id == action_id).values(status=status, done_on=done_on)
        )


# --- sign-off ---------------------------------------------------------------------------------


def _meeting_content(conn: Connection, meeting_id: int) -> dict[str, Any]:
    meeting = conn.execute(select(MEETINGS).where(MEETINGS.c.id == meeting_id)).first()
    if meeting is None:
        raise UserError(f"There is no mentoring meeting {meeting_id}.")
    mentor = conn.execute(
        select(EDUCATORS.c.email).where(EDUCATORS.c.id == meeting.mentor_id)
    ).scalar_one()
    mentees = conn.execute(
        select(STUDENTS.c.email)
        .join(MENTEES, MENTEES.c.student_id == STUDENTS.c.id)
        .where(MENTEES.c.meeting_id == meeting_id)
    ).scalars()
    targets = conn.execute(
        select(TARGETS.c.text, TARGETS.c.due_on, TARGETS.c.competence_id)
        .where(TARGETS.c.meeting_id == meeting_id)
        .order_by(TARGETS.c.position, TARGETS.c.id)
    )
    actions = conn.execute(
        select(ACTIONS.c.text, ACTIONS.c.owner, ACTIONS.c.due_on)
        .where(ACTIONS.c.meeting_id == meeting_id)
        .order_by(ACTIONS.c.id)
    )
    return signoff.meeting_content(
        held_at=meeting.held_at,
        mentor=mentor,
        mentees=list(mentees),
        focus=meeting.focus,
        pre_reflection=meeting.pre_reflection,
        notes=meeting.notes,
        targets=[tuple(t) for t in targets],
        actions=[tuple(a) for a in actions],
    )


def sign_meeting(
    db: Database, meeting_id: int, signer: str, *, now: datetime | None = None
) -> None:
    """The mentor signs what the meeting record says now."""
    if not signer.strip():
        raise UserError("Say who signs the meeting record.")
    with db.engine.begin() as conn:
        text, digest = signoff.seal(_meeting_content(conn, meeting_id))
        conn.execute(
            MEETINGS.update()
            .where(MEETINGS.c.id == meeting_id)
            .values(
                signed_by=signer.strip(),
                signed_at=now or datetime.now(UTC),
                signed_hash=digest,
                signed_content=text,
                version=MEETINGS.c.version + 1,
            )
        )


def changed_since_signed(db: Database) -> set[int]:
    """Ids of the signed meetings whose record no longer matches what was signed, in one pass
    over the tables (the meetings list shows it for every meeting)."""
    with db.engine.connect() as conn:
        signed = conn.execute(
            select(MEETINGS, EDUCATORS.c.email.label("mentor_email"))
            .join(EDUCATORS, EDUCATORS.c.id == MEETINGS.c.mentor_id)
            .where(MEETINGS.c.signed_hash != "")
        ).all()
        mentees: dict[int, list[str]] = defaultdict(list)
        for meeting_id, email in conn.execute(
            select(MENTEES.c.meeting_id, STUDENTS.c.email).join(
                STUDENTS, STUDENTS.c.id == MENTEES.c.student_id
            )
        ):
            mentees[meeting_id].append(email)
        targets: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
        for row in conn.execute(
            select(
                TARGETS.c.meeting_id, TARGETS.c.text, TARGETS.c.due_on, TARGETS.c.competence_id
            ).order_by(TARGETS.c.position, TARGETS.c.id)
        ):
            targets[row[0]].append(tuple(row[1:]))
        actions: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
        for row in conn.execute(
            select(
                ACTIONS.c.meeting_id, ACTIONS.c.text, ACTIONS.c.owner, ACTIONS.c.due_on
            ).order_by(ACTIONS.c.id)
        ):
            actions[row[0]].append(tuple(row[1:]))
    changed = set()
    for m in signed:
        content = signoff.meeting_content(
            held_at=m.held_at,
            mentor=m.mentor_email,
            mentees=mentees[m.id],
            focus=m.focus,
            pre_reflection=m.pre_reflection,
            notes=m.notes,
            targets=targets[m.id],
            actions=actions[m.id],
        )
        if signoff.seal(content)[1] != m.signed_hash:
            changed.add(m.id)
    return changed


def meeting_signature(db: Database, meeting_id: int) -> signoff.Signature:
    with db.engine.connect() as conn:
        content = _meeting_content(conn, meeting_id)
        row = conn.execute(select(MEETINGS).where(MEETINGS.c.id == meeting_id)).one()
    return signoff.check(content, row.signed_hash, row.signed_content, row.signed_by, row.signed_at)


def _observation_content(conn: Connection, observation_id: int) -> tuple[dict[str, Any], Any]:
    row = conn.execute(select(OBSERVATIONS).where(OBSERVATIONS.c.id == observation_id)).first()
    if row is None:
        raise UserError(f"There is no lesson observation {observation_id}.")
    student = conn.execute(
        select(STUDENTS.c.email).where(STUDENTS.c.id == row.student_id)
    ).scalar_one()
    observer = conn.execute(
        select(EDUCATORS.c.email).where(EDUCATORS.c.id == row.observer_id)
    ).scalar_one_or_none()
    content = signoff.observation_content(
        dict(row._mapping), observed_at=row.observed_at, student=student, observer=observer or ""
    )
    return content, row


def sign_observation(
    db: Database, observation_id: int, signer: str, *, now: datetime | None = None
) -> None:
    if not signer.strip():
        raise UserError("Say who signs the observation.")
    with db.engine.begin() as conn:
        content, _ = _observation_content(conn, observation_id)
        text, digest = signoff.seal(content)
        conn.execute(
            OBSERVATIONS.update()
            .where(OBSERVATIONS.c.id == observation_id)
            .values(
                signed_by=signer.strip(),
                signed_at=now or datetime.now(UTC),
                signed_hash=digest,
                signed_content=text,
                version=OBSERVATIONS.c.version + 1,
            )
        )


def observation_signature(db: Database, observation_id: int) -> signoff.Signature:
    with db.engine.connect() as conn:
        content, row = _observation_content(conn, observation_id)
    return signoff.check(content, row.signed_hash, row.signed_content, row.signed_by, row.signed_at)


# --- overviews --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActionRow:
    action_id: int
    meeting_id: int
    text: str
    owner: str
    due_on: date | None
    mentees: str  # names, comma-separated
    mentor: str
    overdue: bool


def open_actions(db: Database, *, today: date | None = None) -> list[ActionRow]:
    """Open actions across all student teachers, overdue first, then by due date."""
    today = today or date.today()
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(
                ACTIONS.c.id,
                ACTIONS.c.meeting_id,
                ACTIONS.c.text,
                ACTIONS.c.owner,
                ACTIONS.c.due_on,
                EDUCATORS.c.name,
            )
            .join(MEETINGS, MEETINGS.c.id == ACTIONS.c.meeting_id)
            .join(EDUCATORS, EDUCATORS.c.id == MEETINGS.c.mentor_id)
            .where(ACTIONS.c.status == ActionStatus.OPEN)
        ).all()
        mentees = _mentee_names(conn, {r.meeting_id for r in rows})
    result = [
        ActionRow(
            r.id,
            r.meeting_id,
            r.text,
            r.owner,
            r.due_on,
            ", ".join(mentees.get(r.meeting_id, [])),
            r.name,
            r.due_on is not None and r.due_on < today,
        )
        for r in rows
    ]
    return sorted(result, key=lambda a: (not a.overdue, a.due_on or date.max, a.action_id))


def _mentee_names(conn: Connection, meeting_ids: Iterable[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    ids = list(meeting_ids)
    if not ids:
        return names
    for meeting_id, given, family in conn.execute(
        select(MENTEES.c.meeting_id, STUDENTS.c.given_name, STUDENTS.c.family_name)
        .join(STUDENTS, STUDENTS.c.id == MENTEES.c.student_id)
        .where(MENTEES.c.meeting_id.in_(ids))
        .order_by(STUDENTS.c.family_name, STUDENTS.c.given_name)
    ):
        names[meeting_id].append(f"{given} {family}")
    return names


def overdue_targets(db: Database, *, today: date | None = None) -> list[dict[str, Any]]:
    """Open targets whose due date has passed (carried ones live on in their new meeting)."""
    today = today or date.today()
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(TARGETS)
            .where(TARGETS.c.status == TargetStatus.OPEN, TARGETS.c.due_on < today)
            .order_by(TARGETS.c.due_on, TARGETS.c.id)
        )
        return [dict(r._mapping) for r in rows]


@dataclass(frozen=True)
class Workload:
    mentor: str
    month: str  # "2026-11"
    meetings: int
    hours: float


def workload(db: Database, *, start: date | None = None, end: date | None = None) -> list[Workload]:
    """Meetings and hours per mentor per month, between `start` and `end` (inclusive)."""
    query = select(EDUCATORS.c.name, MEETINGS.c.held_at, MEETINGS.c.duration_minutes).join(
        EDUCATORS, EDUCATORS.c.id == MEETINGS.c.mentor_id
    )
    if start is not None:
        query = query.where(MEETINGS.c.held_at >= datetime.combine(start, datetime.min.time()))
    if end is not None:
        query = query.where(MEETINGS.c.held_at <= datetime.combine(end, datetime.max.time()))
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    with db.engine.connect() as conn:
        for name, held_at, minutes in conn.execute(query):
            cell = totals[(name, held_at.strftime("%Y-%m"))]
            cell[0] += 1
            cell[1] += minutes
    return [
        Workload(mentor, month, count, round(minutes / 60, 2))
        for (mentor, month), (count, minutes) in sorted(totals.items())
    ]


# --- the mentoring log of one student teacher --------------------------------------------------


@dataclass(frozen=True)
class LogMeeting:
    meeting_id: int
    held_at: datetime
    duration_minutes: int
    mode: str
    mentor: str
    focus: str
    pre_reflection: str
    notes: str
    targets: tuple[dict[str, Any], ...]
    actions: tuple[dict[str, Any], ...]
    next_meeting_at: datetime | None
    signature: signoff.Signature


def mentoring_log(db: Database, student_id: int) -> list[LogMeeting]:
    """Every meeting the student teacher took part in, oldest first, with its sign-off state."""
    with db.engine.connect() as conn:
        meetings = conn.execute(
            select(MEETINGS, EDUCATORS.c.name.label("mentor_name"))
            .join(MENTEES, MENTEES.c.meeting_id == MEETINGS.c.id)
            .join(EDUCATORS, EDUCATORS.c.id == MEETINGS.c.mentor_id)
            .where(MENTEES.c.student_id == student_id)
            .order_by(MEETINGS.c.held_at, MEETINGS.c.id)
        ).all()
        log = []
        for m in meetings:
            targets = conn.execute(
                select(TARGETS).where(TARGETS.c.meeting_id == m.id).order_by(TARGETS.c.position)
            )
            actions = conn.execute(
                select(ACTIONS).where(ACTIONS.c.meeting_id == m.id).order_by(ACTIONS.c.id)
            )
            content = _meeting_content(conn, m.id)
            log.append(
                LogMeeting(
                    m.id,
                    m.held_at,
                    m.duration_minutes,
                    m.mode,
                    m.mentor_name,
                    m.focus,
                    m.pre_reflection,
                    m.notes,
                    tuple(dict(t._mapping) for t in targets),
                    tuple(dict(a._mapping) for a in actions),
                    m.next_meeting_at,
                    signoff.check(
                        content, m.signed_hash, m.signed_content, m.signed_by, m.signed_at
                    ),
                )
            )
    return log


def mentor_id_for(db: Database, email: str) -> int:
    with db.engine.connect() as conn:
        found = conn.execute(
            select(EDUCATORS.c.id).where(func.lower(EDUCATORS.c.email) == email.strip().lower())
        ).scalar()
    if found is None:
        raise UserError(f"No mentor or teacher educator with the email {email!r}.")
    return int(found)


# --- upcoming meetings as iCalendar -------------------------------------------------------------


def upcoming_meetings_calendar(
    db: Database, *, mentor_id: int | None = None, now: datetime | None = None
) -> bytes:
    """Meetings still to come (held_at or the planned next meeting) as iCalendar events.

    Meeting times are where the meeting happens, so they are written as floating local times
    (RFC 5545): 14:00 stays 14:00 in the calendar of whoever imports it.
    """
    from datetime import timedelta

    from icalendar import Calendar, Event

    from itepad.services.calendar_export import PRODID

    now = now or datetime.now()
    query = select(MEETINGS, EDUCATORS.c.name.label("mentor_name")).join(
        EDUCATORS, EDUCATORS.c.id == MEETINGS.c.mentor_id
    )
    if mentor_id is not None:
        query = query.where(MEETINGS.c.mentor_id == mentor_id)
    calendar = Calendar.new(prodid=PRODID, name="Mentoring meetings")
    stamp = datetime.now(UTC)
    with db.engine.connect() as conn:
        rows = conn.execute(query.order_by(MEETINGS.c.held_at)).all()
        mentees = _mentee_names(conn, [r.id for r in rows])
    for row in rows:
        who = ", ".join(mentees.get(row.id, []))
        for kind, start in (("meeting", row.held_at), ("next", row.next_meeting_at)):
            if start is None or start < now:
                continue
            calendar.add_component(
                Event.new(
                    uid=f"mentoring-{kind}-{row.id}@itepad",
                    summary=f"Mentoring: {who}" if kind == "meeting" else f"Next mentoring: {who}",
                    start=start,
                    end=start + timedelta(minutes=row.duration_minutes),
                    description=f"Mentor: {row.mentor_name}\n{row.focus}".strip(),
                    stamp=stamp,
                )
            )
    return calendar.to_ical()
