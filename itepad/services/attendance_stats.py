"""Attendance figures, at-risk alerts and the eTwinning registration funnel.

The rules, in one place:

- Only sessions that have begun count ("held": start time before now, in the module's time zone).
  A mark entered ahead for a later session (an excused absence agreed in advance) counts once the
  session has begun.
- Attendance rate = held sessions attended / held sessions with a mark. A held session without a
  mark yet is left out rather than counted as missed: the register may simply not be entered.
  "Attended" means a status that counts as present (present and late, as shipped). Over several
  modules (a student teacher's rate, a whole module's, everyone's) the marks are pooled:
  attended / recorded summed over all of them (`rate_of`), not an average of rates. Every page
  (the dashboard, the Student teachers list, the look-up) uses this one rule.
- Best possible rate = the rate at the end of the module if every session not yet missed is
  attended: (all sessions - held sessions missed) / all sessions.
- Consecutive absences are counted in session order over held sessions with a mark: a status that
  does not count as present adds one, one that does ends the run. Statuses listed in
  AlertRules.excused_codes ("excused", as shipped) neither add to nor end a run: a student teacher
  who was ill with notice is not drifting away, but excused sessions still lower the rate.
  Unmarked sessions are skipped too.
- At risk: an enrolled student teacher (not withdrawn, not completed) whose current run of
  absences reaches AlertRules.consecutive_absences, or whose best possible rate is below
  AlertRules.minimum_rate.
- Archived student teachers and withdrawn enrolments are left out throughout.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, case, func, select

from itepad.services.handbook import module_zone
from itepad.services.labels import ETWINNING_STATUS
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.store.models import EnrolmentStatus, EtwinningStatus, Module

ATTENDANCE = TABLES["attendance"]
STATUS = TABLES["attendance_status"]
ENROLMENT = TABLES["enrolment"]
SESSION = TABLES["module_session"]
STUDENT = TABLES["student_teacher"]
MODULE = TABLES["module"]
COHORT = TABLES["cohort"]
PROJECT_MEMBER = TABLES["project_member"]


def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """SUM(CASE ...) portable to SQLite and PostgreSQL (no FILTER clause needed)."""
    return func.sum(case((condition, 1), else_=0))


@dataclass(frozen=True)
class AlertRules:
    consecutive_absences: int = 3  # a run this long raises an alert
    minimum_rate: float = 0.8  # a best possible rate below this raises an alert
    excused_codes: frozenset[str] = field(default_factory=lambda: frozenset({"excused"}))


@dataclass(frozen=True)
class Mark:
    code: str
    counts_as_present: bool


@dataclass(frozen=True)
class Figures:
    """One student teacher's attendance in one module (or summed over several)."""

    sessions: int  # all sessions of the module
    held: int  # sessions that have begun
    recorded: int  # held sessions with a mark
    attended: int  # of those, marks that count as present
    absence_streak: int = 0  # absences in a row up to the latest marked session
    longest_absence_streak: int = 0

    @property
    def missed(self) -> int:
        return self.recorded - self.attended

    @property
    def rate(self) -> float | None:
        return self.attended / self.recorded if self.recorded else None

    @property
    def best_possible(self) -> float | None:
        return (self.sessions - self.missed) / self.sessions if self.sessions else None


def rate_of(parts: Iterable[Figures]) -> float | None:
    """The pooled rate of several figures: all attended over all recorded."""
    recorded = attended = 0
    for part in parts:
        recorded += part.recorded
        attended += part.attended
    return attended / recorded if recorded else None


def figures(held_marks: Sequence[Mark | None], sessions: int, rules: AlertRules) -> Figures:
    """The figures of the marks of the held sessions, in session order (None: no mark)."""
    streak = longest = 0
    for mark in held_marks:
        if mark is None or (not mark.counts_as_present and mark.code in rules.excused_codes):
            continue
        streak = 0 if mark.counts_as_present else streak + 1
        longest = max(longest, streak)
    recorded = [mark for mark in held_marks if mark is not None]
    return Figures(
        sessions=sessions,
        held=len(held_marks),
        recorded=len(recorded),
        attended=sum(mark.counts_as_present for mark in recorded),
        absence_streak=streak,
        longest_absence_streak=longest,
    )


class AlertKind(StrEnum):
    ABSENCES = "absences"  # `count` absences in a row
    BEST_RATE = "best_rate"  # the best possible `rate` is below the `target` rate


@dataclass(frozen=True)
class Alert:
    """One reason why a student teacher is at risk, as numbers: the interface words it."""

    kind: AlertKind
    count: int = 0
    rate: float = 0.0
    target: float = 0.0

    @property
    def english(self) -> str:
        """The reason in English, for printed reports and the command line."""
        if self.kind == AlertKind.ABSENCES:
            return f"{self.count} absences in a row"
        return f"at best {self.rate:.0%} (target {self.target:.0%})"


def alerts(result: Figures, rules: AlertRules) -> tuple[Alert, ...]:
    """Why these figures put a student teacher at risk; empty when they do not."""
    reasons = []
    if result.absence_streak >= rules.consecutive_absences:
        reasons.append(Alert(AlertKind.ABSENCES, count=result.absence_streak))
    best = result.best_possible
    if best is not None and best < rules.minimum_rate:
        reasons.append(Alert(AlertKind.BEST_RATE, rate=best, target=rules.minimum_rate))
    return tuple(reasons)


# --- from the database ------------------------------------------------------------------------


@dataclass(frozen=True)
class Participation:
    """A student teacher in a module: their figures and, if at risk, why."""

    enrolment_id: int
    enrolment_status: str  # as stored: "enrolled" or "completed"
    student_id: int
    name: str
    email: str
    module_id: int
    module_code: str
    module_title: str
    figures: Figures
    alerts: tuple[Alert, ...]


@dataclass(frozen=True)
class ModuleAttendance:
    module_id: int
    code: str
    title: str
    sessions: int
    held: int
    students: int  # enrolments that are not withdrawn
    recorded: int
    attended: int
    at_risk: int
    last_held: datetime | None  # start of the latest held session

    @property
    def rate(self) -> float | None:
        return self.attended / self.recorded if self.recorded else None

    @property
    def missing(self) -> int:
        """Marks not entered yet for held sessions."""
        return self.held * self.students - self.recorded


@dataclass(frozen=True)
class AttendanceOverview:
    modules: tuple[ModuleAttendance, ...]  # the latest held session first
    at_risk: tuple[Participation, ...]  # the most worrying first

    @property
    def rate(self) -> float | None:
        """Everyone's pooled rate over every module."""
        recorded = sum(module.recorded for module in self.modules)
        return sum(module.attended for module in self.modules) / recorded if recorded else None


def attendance_overview(
    db: Database, *, now: datetime | None = None, rules: AlertRules | None = None
) -> AttendanceOverview:
    """Figures of every module with held sessions, and every student teacher at risk."""
    rules = rules or AlertRules()
    with db.engine.connect() as conn:
        loaded = _load(conn, now or datetime.now(UTC), rules)
    modules = []
    for module in loaded.modules.values():
        if not module.held:
            continue
        people = [p for p in loaded.participations if p.module_id == module.id]
        modules.append(
            ModuleAttendance(
                module_id=module.id,
                code=module.code,
                title=module.title,
                sessions=len(module.starts),
                held=module.held,
                students=len(people),
                recorded=sum(p.figures.recorded for p in people),
                attended=sum(p.figures.attended for p in people),
                at_risk=sum(bool(p.alerts) for p in people),
                last_held=module.starts[module.held - 1],
            )
        )
    modules.sort(key=lambda m: (m.last_held, m.code), reverse=True)
    at_risk = sorted((p for p in loaded.participations if p.alerts), key=_worry)
    return AttendanceOverview(tuple(modules), tuple(at_risk))


def _worry(p: Participation) -> tuple[float, int, str]:
    best = p.figures.best_possible
    return (1.0 if best is None else best, -p.figures.absence_streak, p.name.casefold())


@dataclass(frozen=True)
class StudentAttendance:
    """One student teacher across all modules."""

    student_id: int
    name: str
    email: str
    cohort: str
    etwinning_status: str  # human label
    modules: tuple[Participation, ...]  # in the order the modules began

    @property
    def rate(self) -> float | None:
        return rate_of(p.figures for p in self.modules)


def student_attendance(
    db: Database,
    student_id: int,
    *,
    now: datetime | None = None,
    rules: AlertRules | None = None,
) -> StudentAttendance | None:
    """Everything about one student teacher's attendance; None if there is no such person."""
    with db.engine.connect() as conn:
        person = conn.execute(
            select(
                STUDENT.c.given_name,
                STUDENT.c.family_name,
                STUDENT.c.email,
                STUDENT.c.etwinning_status,
                func.coalesce(COHORT.c.name, ""),
            )
            .select_from(STUDENT.outerjoin(COHORT, COHORT.c.id == STUDENT.c.cohort_id))
            .where(STUDENT.c.id == student_id)
        ).first()
        if person is None:
            return None
        loaded = _load(conn, now or datetime.now(UTC), rules or AlertRules(), student_id)
    given, family, email, status, cohort = person
    first_session = {
        m.id: m.starts[0] if m.starts else datetime.max for m in loaded.modules.values()
    }
    return StudentAttendance(
        student_id=student_id,
        name=f"{given} {family}".strip(),
        email=email,
        cohort=cohort,
        etwinning_status=ETWINNING_STATUS.get(status, status),
        modules=tuple(
            sorted(loaded.participations, key=lambda p: (first_session[p.module_id], p.module_code))
        ),
    )


def student_rates(db: Database, *, now: datetime | None = None) -> dict[int, float | None]:
    """Each current student teacher's rate over all their modules (absent: no enrolment)."""
    with db.engine.connect() as conn:
        loaded = _load(conn, now or datetime.now(UTC), AlertRules())
    by_student: dict[int, list[Figures]] = {}
    for p in loaded.participations:
        by_student.setdefault(p.student_id, []).append(p.figures)
    return {student_id: rate_of(parts) for student_id, parts in by_student.items()}


@dataclass(frozen=True)
class StudentRef:
    """Enough to find a student teacher by name or email."""

    id: int
    name: str
    email: str


def student_index(db: Database) -> tuple[StudentRef, ...]:
    """Every current student teacher, by family name."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(STUDENT.c.id, STUDENT.c.given_name, STUDENT.c.family_name, STUDENT.c.email)
            .where(STUDENT.c.archived_at.is_(None))
            .order_by(STUDENT.c.family_name, STUDENT.c.given_name)
        )
        return tuple(StudentRef(sid, f"{g} {f}".strip(), email) for sid, g, f, email in rows)


# --- the registration funnel ------------------------------------------------------------------


# English; the interface translates them where it shows them.
FUNNEL_LABELS = (
    "Student teachers",
    "Registered on eTwinning",
    "Validated by the NSO",
    "Joined a TwinSpace",
    "In a project team",
)


@dataclass(frozen=True)
class FunnelStage:
    label: str  # one of FUNNEL_LABELS
    count: int


def registration_funnel(db: Database) -> tuple[FunnelStage, ...]:
    """Current student teachers on the way into eTwinning project work.

    Each stage counts those who also reached the stages before it, so the bars never grow.
    """
    registered = STUDENT.c.etwinning_status.in_(
        [EtwinningStatus.PENDING, EtwinningStatus.VALIDATED]
    )
    validated = STUDENT.c.etwinning_status == EtwinningStatus.VALIDATED
    joined = and_(validated, STUDENT.c.twinspace_joined_on.is_not(None))
    # IN rather than a correlated EXISTS: project_member's key starts with the project, so
    # EXISTS would scan it once per student teacher (a third of a second for 5,000).
    in_team = and_(joined, STUDENT.c.id.in_(select(PROJECT_MEMBER.c.student_id)))
    stages = tuple(zip(FUNNEL_LABELS, (None, registered, validated, joined, in_team), strict=True))
    with db.engine.connect() as conn:
        counts = conn.execute(
            select(
                *(
                    func.count() if condition is None else func.coalesce(count_if(condition), 0)
                    for _, condition in stages
                )
            ).where(STUDENT.c.archived_at.is_(None))
        ).one()
    return tuple(FunnelStage(label, n) for (label, _), n in zip(stages, counts, strict=True))


# --- loading ----------------------------------------------------------------------------------


@dataclass
class _Module:
    id: int
    code: str
    title: str
    starts: list[datetime]  # session start times, in order
    session_ids: list[int]
    held: int = 0  # how many of them have begun


@dataclass(frozen=True)
class _Loaded:
    modules: dict[int, _Module]
    participations: list[Participation]


def _load(
    conn: Connection, now: datetime, rules: AlertRules, student_id: int | None = None
) -> _Loaded:
    """The participations of current student teachers (of one, if `student_id` is given)."""
    current = and_(ENROLMENT.c.status != EnrolmentStatus.WITHDRAWN, STUDENT.c.archived_at.is_(None))
    if student_id is not None:
        current = and_(current, STUDENT.c.id == student_id)
    people = conn.execute(
        select(
            ENROLMENT.c.id,
            ENROLMENT.c.status,
            ENROLMENT.c.module_id,
            STUDENT.c.id,
            STUDENT.c.given_name,
            STUDENT.c.family_name,
            STUDENT.c.email,
        )
        .select_from(ENROLMENT.join(STUDENT, STUDENT.c.id == ENROLMENT.c.student_id))
        .where(current)
    ).all()
    modules = _modules(conn, {row[2] for row in people}, now)
    marks = _marks(conn, current)
    participations = []
    for enrolment_id, status, module_id, sid, given, family, email in people:
        module = modules[module_id]
        held_marks = [marks.get((enrolment_id, s)) for s in module.session_ids[: module.held]]
        result = figures(held_marks, len(module.starts), rules)
        participations.append(
            Participation(
                enrolment_id=enrolment_id,
                enrolment_status=status,
                student_id=sid,
                name=f"{given} {family}".strip(),
                email=email,
                module_id=module_id,
                module_code=module.code,
                module_title=module.title,
                figures=result,
                alerts=alerts(result, rules) if status == EnrolmentStatus.ENROLLED else (),
            )
        )
    return _Loaded(modules, participations)


def _modules(conn: Connection, ids: set[int], now: datetime) -> dict[int, _Module]:
    modules: dict[int, _Module] = {}
    local_now: dict[int, datetime] = {}  # now as a wall-clock time in each module's zone
    for row in conn.execute(select(MODULE).where(MODULE.c.id.in_(ids))):
        modules[row.id] = _Module(row.id, row.code, row.title, [], [])
        zone = module_zone(Module(code=row.code, title=row.title, timezone=row.timezone))
        local_now[row.id] = now.astimezone(zone).replace(tzinfo=None)
    for session_id, module_id, starts_at in conn.execute(
        select(SESSION.c.id, SESSION.c.module_id, SESSION.c.starts_at)
        .where(SESSION.c.module_id.in_(ids))
        .order_by(SESSION.c.module_id, SESSION.c.starts_at, SESSION.c.position, SESSION.c.id)
    ):
        module = modules[module_id]
        module.starts.append(starts_at)
        module.session_ids.append(session_id)
        if starts_at <= local_now[module_id]:
            module.held += 1
    return modules


def _marks(conn: Connection, current: Any) -> dict[tuple[int, int], Mark]:
    # One Mark per status, shared by the rows: there are tens of thousands of rows.
    kinds = {
        status_id: Mark(code, bool(present))
        for status_id, code, present in conn.execute(
            select(STATUS.c.id, STATUS.c.code, STATUS.c.counts_as_present)
        )
    }
    rows = conn.execute(
        select(ATTENDANCE.c.enrolment_id, ATTENDANCE.c.session_id, ATTENDANCE.c.status_id)
        .select_from(
            ATTENDANCE.join(ENROLMENT, ENROLMENT.c.id == ATTENDANCE.c.enrolment_id).join(
                STUDENT, STUDENT.c.id == ENROLMENT.c.student_id
            )
        )
        .where(current)
    ).all()  # fetched at once: row by row costs twice the time
    return {
        (enrolment_id, session_id): kinds[status_id] for enrolment_id, session_id, status_id in rows
    }
