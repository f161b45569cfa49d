"""What the app's pages show: read-only queries returning plain frozen dataclasses.

The UI runs these in a worker thread and hands the results to its table models, so nothing
here may touch Qt, and every result is built eagerly (no lazy ORM objects cross threads).
Archived student teachers are left out: they no longer belong to the daily work.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlmodel import Session, SQLModel, col

from itepad.services.attendance_stats import count_if, student_rates
from itepad.services.labels import ETWINNING_STATUS, MODULE_KIND, MODULE_STATUS, SESSION_KIND
from itepad.services.mentoring import changed_since_signed
from itepad.store.database import Database
from itepad.store.models import (
    ActionStatus,
    Attendance,
    AttendanceStatus,
    Cohort,
    Enrolment,
    EnrolmentStatus,
    EtwinningStatus,
    MeetingMentee,
    MentoringAction,
    MentoringMeeting,
    MentoringTarget,
    Module,
    ModuleSession,
    StudentTeacher,
    TeacherEducator,
)

UPCOMING_DAYS = 14

# --- dashboard ------------------------------------------------------------------------------


@dataclass(frozen=True)
class UpcomingSession:
    starts_at: datetime
    module_code: str
    module_title: str
    title: str
    kind: str  # human label
    place: str


@dataclass(frozen=True)
class DashboardFigures:
    student_teachers: int
    cohorts: int
    modules: int
    upcoming_sessions: int  # sessions starting in the next UPCOMING_DAYS days
    etwinning_not_registered: int
    etwinning_pending: int
    etwinning_validated: int
    open_actions: int
    overdue_actions: int  # open actions whose due date has passed
    upcoming: tuple[UpcomingSession, ...]


def dashboard(db: Database, *, now: datetime | None = None) -> DashboardFigures:
    now = now or datetime.now()
    until = now + timedelta(days=UPCOMING_DAYS)
    with db.session() as session:
        by_status = dict(
            session.execute(
                select(col(StudentTeacher.etwinning_status), func.count())
                .where(col(StudentTeacher.archived_at).is_(None))
                .group_by(col(StudentTeacher.etwinning_status))
            ).all()
        )
        action_counts = session.execute(
            select(
                func.count(),
                func.coalesce(count_if(col(MentoringAction.due_on) < now.date()), 0),
            ).where(col(MentoringAction.status) == ActionStatus.OPEN)
        ).one()
        upcoming = _upcoming_sessions(session, now, until)
        return DashboardFigures(
            student_teachers=sum(by_status.values()),
            cohorts=_count(session, Cohort),
            modules=_count(session, Module),
            upcoming_sessions=len(upcoming),
            etwinning_not_registered=by_status.get(EtwinningStatus.NOT_REGISTERED, 0),
            etwinning_pending=by_status.get(EtwinningStatus.PENDING, 0),
            etwinning_validated=by_status.get(EtwinningStatus.VALIDATED, 0),
            open_actions=action_counts[0],
            overdue_actions=action_counts[1],
            upcoming=upcoming,
        )


def _count(session: Session, table: type[SQLModel]) -> int:
    return session.execute(select(func.count()).select_from(table)).scalar_one()


def _upcoming_sessions(
    session: Session, start: datetime, until: datetime
) -> tuple[UpcomingSession, ...]:
    rows = session.execute(
        select(
            col(ModuleSession.starts_at),
            col(Module.code),
            col(Module.title),
            col(ModuleSession.title),
            col(ModuleSession.kind),
            col(ModuleSession.place),
        )
        .join(Module, col(Module.id) == col(ModuleSession.module_id))
        .where(col(ModuleSession.starts_at) >= start, col(ModuleSession.starts_at) < until)
        .order_by(col(ModuleSession.starts_at), col(Module.code))
    )
    return tuple(
        UpcomingSession(starts_at, code, module_title, title, SESSION_KIND.get(kind, kind), place)
        for starts_at, code, module_title, title, kind, place in rows
    )


# --- modules --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ModuleRow:
    id: int
    code: str
    title: str
    academic_year: str
    term: str
    kind: str  # human label
    status: str  # human label
    status_code: str  # as stored, e.g. "running"
    sessions: int
    enrolled: int  # enrolments that are not withdrawn


def module_rows(db: Database) -> list[ModuleRow]:
    sessions = (
        select(col(ModuleSession.module_id), func.count().label("n"))
        .group_by(col(ModuleSession.module_id))
        .subquery()
    )
    enrolled = (
        select(col(Enrolment.module_id), func.count().label("n"))
        .where(col(Enrolment.status) != EnrolmentStatus.WITHDRAWN)
        .group_by(col(Enrolment.module_id))
        .subquery()
    )
    query = (
        select(
            col(Module.id),
            col(Module.code),
            col(Module.title),
            col(Module.academic_year),
            col(Module.term),
            col(Module.kind),
            col(Module.status),
            func.coalesce(sessions.c.n, 0),
            func.coalesce(enrolled.c.n, 0),
        )
        .outerjoin(sessions, sessions.c.module_id == col(Module.id))
        .outerjoin(enrolled, enrolled.c.module_id == col(Module.id))
        .order_by(col(Module.academic_year).desc(), col(Module.code))
    )
    with db.session() as session:
        return [
            ModuleRow(
                mid,
                code,
                title,
                year,
                term,
                MODULE_KIND.get(kind, kind),
                MODULE_STATUS.get(status, status),
                status,
                sessions_n,
                enrolled_n,
            )
            for mid, code, title, year, term, kind, status, sessions_n, enrolled_n in (
                session.execute(query)
            )
        ]


# --- student teachers -----------------------------------------------------------------------


@dataclass(frozen=True)
class StudentRow:
    id: int
    name: str
    family_name: str  # for sorting by surname
    email: str
    cohort: str
    programme: str
    etwinning_status: str  # human label
    attendance_rate: float | None  # None while nothing is recorded (attendance_stats' rule)


def student_rows(db: Database, *, now: datetime | None = None) -> list[StudentRow]:
    """Every current student teacher with their attendance rate over all their modules."""
    query = (
        select(
            col(StudentTeacher.id),
            col(StudentTeacher.given_name),
            col(StudentTeacher.family_name),
            col(StudentTeacher.email),
            func.coalesce(col(Cohort.name), ""),
            # The student's own programme, else the cohort's.
            func.coalesce(
                func.nullif(col(StudentTeacher.programme), ""), col(Cohort.programme), ""
            ),
            col(StudentTeacher.etwinning_status),
        )
        .outerjoin(Cohort, col(Cohort.id) == col(StudentTeacher.cohort_id))
        .where(col(StudentTeacher.archived_at).is_(None))
        .order_by(col(StudentTeacher.family_name), col(StudentTeacher.given_name))
    )
    rates = student_rates(db, now=now)
    with db.session() as session:
        return [
            StudentRow(
                id=sid,
                name=f"{given} {family}".strip(),
                family_name=family,
                email=email,
                cohort=cohort,
                programme=programme,
                etwinning_status=ETWINNING_STATUS.get(status, status),
                attendance_rate=rates.get(sid),
            )
            for sid, given, family, email, cohort, programme, status in session.execute(query)
        ]


# --- attendance grid ------------------------------------------------------------------------


@dataclass(frozen=True)
class MarkKind:
    """One of the configurable attendance statuses."""

    code: str
    label: str
    letter: str  # what the grid shows, e.g. "P"
    counts_as_present: bool


@dataclass(frozen=True)
class GridSession:
    id: int
    title: str
    kind: str  # human label
    starts_at: datetime


@dataclass(frozen=True)
class MarkRecord:
    """Who took a mark and when, its remark, and the version an edit must name."""

    version: int
    remark: str = ""
    recorded_by: str = ""
    recorded_at: datetime | None = None  # aware, UTC


@dataclass(frozen=True)
class GridRow:
    enrolment_id: int
    name: str
    email: str
    marks: tuple[str | None, ...]  # status code per session, in GridData.sessions order
    records: tuple[MarkRecord | None, ...] = ()  # the same cells' records; () if not loaded


@dataclass(frozen=True)
class GridData:
    module_id: int
    sessions: tuple[GridSession, ...]
    rows: tuple[GridRow, ...]
    kinds: tuple[MarkKind, ...]


def attendance_grid(db: Database, module_id: int) -> GridData:
    """Enrolled (not withdrawn) student teachers x sessions of one module."""
    with db.session() as session:
        kinds = tuple(
            MarkKind(code, lab, (shortcut or lab[:1]).upper(), present)
            for code, lab, shortcut, present in session.execute(
                select(
                    col(AttendanceStatus.code),
                    col(AttendanceStatus.label),
                    col(AttendanceStatus.shortcut),
                    col(AttendanceStatus.counts_as_present),
                ).order_by(col(AttendanceStatus.position))
            )
        )
        sessions = tuple(
            GridSession(sid, title, SESSION_KIND.get(kind, kind), starts_at)
            for sid, title, kind, starts_at in session.execute(
                select(
                    col(ModuleSession.id),
                    col(ModuleSession.title),
                    col(ModuleSession.kind),
                    col(ModuleSession.starts_at),
                )
                .where(col(ModuleSession.module_id) == module_id)
                .order_by(col(ModuleSession.starts_at), col(ModuleSession.position))
            )
        )
        students = session.execute(
            select(
                col(Enrolment.id),
                col(StudentTeacher.given_name),
                col(StudentTeacher.family_name),
                col(StudentTeacher.email),
            )
            .join(StudentTeacher, col(StudentTeacher.id) == col(Enrolment.student_id))
            .where(
                col(Enrolment.module_id) == module_id,
                col(Enrolment.status) != EnrolmentStatus.WITHDRAWN,
            )
            .order_by(col(StudentTeacher.family_name), col(StudentTeacher.given_name))
        ).all()
        marks: dict[tuple[int, int], tuple[str, MarkRecord]] = {
            (enrolment_id, session_id): (code, MarkRecord(version, remark, by, at))
            for enrolment_id, session_id, code, version, remark, by, at in session.execute(
                select(
                    col(Attendance.enrolment_id),
                    col(Attendance.session_id),
                    col(AttendanceStatus.code),
                    col(Attendance.version),
                    col(Attendance.remark),
                    col(Attendance.recorded_by),
                    col(Attendance.recorded_at),
                )
                .join(AttendanceStatus, col(AttendanceStatus.id) == col(Attendance.status_id))
                .join(Enrolment, col(Enrolment.id) == col(Attendance.enrolment_id))
                .where(col(Enrolment.module_id) == module_id)
            )
        }
    rows = []
    for enrolment_id, given, family, email in students:
        cells = [marks.get((enrolment_id, s.id)) for s in sessions]
        rows.append(
            GridRow(
                enrolment_id,
                f"{given} {family}".strip(),
                email,
                tuple(cell[0] if cell else None for cell in cells),
                tuple(cell[1] if cell else None for cell in cells),
            )
        )
    return GridData(module_id, sessions, tuple(rows), kinds)


# --- mentoring ------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingRow:
    id: int
    held_at: datetime
    mentor: str
    mentees: str  # names, comma-separated
    focus: str
    targets: int
    open_actions: int
    signed: bool
    changed_since_signed: bool = False


def meeting_rows(db: Database) -> list[MeetingRow]:
    """Mentoring meetings, newest first."""
    targets = (
        select(col(MentoringTarget.meeting_id), func.count().label("n"))
        .group_by(col(MentoringTarget.meeting_id))
        .subquery()
    )
    actions = (
        select(col(MentoringAction.meeting_id), func.count().label("n"))
        .where(col(MentoringAction.status) == ActionStatus.OPEN)
        .group_by(col(MentoringAction.meeting_id))
        .subquery()
    )
    query = (
        select(
            col(MentoringMeeting.id),
            col(MentoringMeeting.held_at),
            col(TeacherEducator.name),
            col(MentoringMeeting.focus),
            func.coalesce(targets.c.n, 0),
            func.coalesce(actions.c.n, 0),
            col(MentoringMeeting.signed_at).is_not(None),
        )
        .join(TeacherEducator, col(TeacherEducator.id) == col(MentoringMeeting.mentor_id))
        .outerjoin(targets, targets.c.meeting_id == col(MentoringMeeting.id))
        .outerjoin(actions, actions.c.meeting_id == col(MentoringMeeting.id))
        .order_by(col(MentoringMeeting.held_at).desc(), col(MentoringMeeting.id).desc())
    )
    with db.session() as session:
        # Names gathered in Python: group_concat and string_agg differ between backends.
        mentees: defaultdict[int, list[str]] = defaultdict(list)
        for meeting_id, given, family in session.execute(
            select(
                col(MeetingMentee.meeting_id),
                col(StudentTeacher.given_name),
                col(StudentTeacher.family_name),
            )
            .join(StudentTeacher, col(StudentTeacher.id) == col(MeetingMentee.student_id))
            .order_by(col(StudentTeacher.family_name), col(StudentTeacher.given_name))
        ):
            mentees[meeting_id].append(f"{given} {family}".strip())
        rows = session.execute(query).all()
    changed = changed_since_signed(db)
    return [
        MeetingRow(
            mid, held_at, mentor, ", ".join(mentees[mid]), focus, nt, na, signed, mid in changed
        )
        for mid, held_at, mentor, focus, nt, na, signed in rows
    ]
