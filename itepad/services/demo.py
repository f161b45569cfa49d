"""A realistic, deterministic demo data set for an empty database (`itepad demo`).

Everything is drawn from random.Random(seed) and dated relative to `today`, so the same seed
and day give the same rows, and the data always looks current: modules of the academic year
containing `today`, with some sessions past (attendance taken) and some still to come.
Institutions and people are invented (see demo_content).

Rows are built as plain dicts with ids assigned here and written with one executemany per
table in a single transaction: 5,000 student teachers take seconds, not minutes.
"""

from __future__ import annotations

import hashlib
import math
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, insert, select
from sqlmodel import SQLModel

from itepad.errors import UserError
from itepad.services import demo_content as content
from itepad.services.demo_content import CohortPlan, ModulePlan, NameList, Person, Place, ascii_slug
from itepad.services.demo_reviews import add_demo_reviews
from itepad.services.demo_survey import survey_responses
from itepad.services.signoff import meeting_content, observation_content, seal
from itepad.store.contents import first_table_with_rows, user_tables
from itepad.store.database import Database
from itepad.store.models import (
    ActionStatus,
    AssessorKind,
    EducatorRole,
    EnrolmentStatus,
    EtwinningIteStatus,
    EtwinningStatus,
    EvidenceKind,
    LabelLevel,
    LabelResult,
    MeetingMode,
    ModuleStatus,
    ProjectState,
    QualityCriterion,
    ReflectionModel,
    SessionKind,
    TargetStatus,
)
from itepad.store.sequences import advance_sequences

Row = dict[str, Any]


@dataclass(frozen=True)
class DemoSummary:
    """Rows written per table, in the order they were inserted."""

    rows: tuple[tuple[str, int], ...]

    def count(self, table: str) -> int:
        return dict(self.rows).get(table, 0)

    @property
    def total(self) -> int:
        return sum(n for _, n in self.rows)


def fill_demo(
    db: Database, *, students: int = 40, seed: int = 1, today: date | None = None
) -> DemoSummary:
    """Fill an empty database with a demo data set; refuse, changing nothing, if it holds data."""
    if students < 1:
        raise UserError(f"A demo needs at least one student teacher, not {students}.")
    with db.engine.begin() as conn:
        busy = first_table_with_rows(conn)
        if busy is not None:
            raise UserError(
                f"The database {db.location.display_name} is not empty (table {busy!r} has "
                "rows). Demo data only goes into a new database: use a new file, for example "
                "`itepad --db demo.sqlite demo`."
            )
        builder = _DemoBuilder(
            random.Random(seed), today or date.today(), students, _SeedKeys.read(conn)
        )
        tables = builder.build()
        written = _insert_all(conn, tables)
        advance_sequences(conn)
    return DemoSummary(add_demo_reviews(db, written, today or date.today(), seed))


# --- writing ------------------------------------------------------------------------------


def _insert_all(conn: Connection, tables: dict[str, list[Row]]) -> tuple[tuple[str, int], ...]:
    """One executemany per table, parents before children (metadata's foreign-key order)."""
    written = []
    for table in user_tables():
        rows = tables.get(table.name)
        if rows:
            conn.execute(insert(table), rows)
            written.append((table.name, len(rows)))
    return tuple(written)


# --- seed keys ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _SeedKeys:
    """Keys of the framework rows the demo refers to, read rather than assumed."""

    competence: dict[str, int]  # "1.3" -> competence id
    attendance: dict[str, int]  # "present" -> attendance status id
    levels: tuple[str, ...]  # proficiency level codes by rank, "A1" first

    @classmethod
    def read(cls, conn: Connection) -> _SeedKeys:
        tables = SQLModel.metadata.tables
        t_comp, t_att = tables["competence"], tables["attendance_status"]
        t_lvl = tables["proficiency_level"]
        return cls(
            competence={n: i for n, i in conn.execute(select(t_comp.c.number, t_comp.c.id))},
            attendance={c: i for c, i in conn.execute(select(t_att.c.code, t_att.c.id))},
            levels=tuple(conn.scalars(select(t_lvl.c.code).order_by(t_lvl.c.rank))),
        )


# --- building -----------------------------------------------------------------------------

# What an observer signs: the record as agreed with the student teacher.


def academic_year(today: date) -> int:
    """The first calendar year of the academic year containing `today` (September to August)."""
    return today.year if today.month >= 9 else today.year - 1


def _on_weekday(day: date) -> date:
    """The day itself, or the Friday before when it falls on a weekend."""
    return day - timedelta(days=max(0, day.weekday() - 4))


def _teaching_days(first: date, step: timedelta, count: int) -> list[date]:
    """`count` days from `first` on, `step` apart, skipping the Christmas break."""
    days: list[date] = []
    day = first
    while len(days) < count:
        if not ((day.month == 12 and day.day >= 20) or (day.month == 1 and day.day <= 6)):
            days.append(day)
        day += step
    return days


def _working_day_after(day: date, days: int) -> date:
    later = day + timedelta(days=days)
    if later.weekday() >= 5:
        later += timedelta(days=7 - later.weekday())
    return later


@dataclass(frozen=True)
class _Educator:
    id: int
    email: str
    person: Person


@dataclass
class _Student:
    id: int
    email: str
    name: str
    number: str
    slug: str  # ASCII form of the name, for addresses
    cohort: CohortPlan
    school: Place | None
    modules: list[_Module] = field(default_factory=list)
    twinspace: str = ""


@dataclass
class _Module:
    id: int
    plan: ModulePlan
    competences: list[int]
    sessions: list[Row] = field(default_factory=list)
    # session id -> who takes the register and when: ten minutes in, as aware UTC
    registers: dict[int, tuple[str, datetime]] = field(default_factory=dict)

    @property
    def starts_on(self) -> date:
        first: datetime = self.sessions[0]["starts_at"]
        return first.date()


@dataclass
class _Meeting:
    """A mentoring meeting's row with what its sign-off needs."""

    row: Row
    mentor: _Educator
    mentees: list[_Student]
    targets: list[Row] = field(default_factory=list)
    actions: list[Row] = field(default_factory=list)


class _DemoBuilder:
    """Builds every demo row as a plain dict, ids assigned in order (1, 2, ...) per table."""

    def __init__(self, rng: random.Random, today: date, students: int, keys: _SeedKeys) -> None:
        self.rng = rng
        self.today = today
        self.n_students = students
        self.keys = keys
        self.zone = ZoneInfo(content.TIMEZONE)
        self.year_start = academic_year(today)
        self.year_label = f"{self.year_start}/{(self.year_start + 1) % 100:02d}"
        self.tables: dict[str, list[Row]] = {}
        self.places: dict[str, int] = {}  # Place.key -> institution id
        self.educators: list[_Educator] = []  # in content.EDUCATORS order
        self.cohorts: dict[str, int] = {}
        self.modules: dict[str, _Module] = {}
        self.students: list[_Student] = []
        self.enrolments: list[tuple[_Student, _Module, EnrolmentStatus]] = []

    def build(self) -> dict[str, list[Row]]:
        self._institutions()
        self._educators()
        self._cohorts()
        self._students()
        self._modules()
        self._enrolments_and_attendance()
        self._projects()
        self._mentoring()
        self._observations()
        self._evidence()
        self._reflections()
        self._assessments()
        self.tables["impact_survey_response"] = survey_responses(self.students, self.today)
        return self.tables

    # helpers

    def _add_row(self, table: str, row: Row) -> Row:
        """Keep the row itself, with the next id: later changes to it are written too."""
        rows = self.tables.setdefault(table, [])
        row["id"] = len(rows) + 1
        rows.append(row)
        return row

    def _add(self, table: str, **values: Any) -> int:
        return int(self._add_row(table, values)["id"])

    def _link(self, table: str, **values: Any) -> None:
        self.tables.setdefault(table, []).append(values)

    def _utc(self, local: datetime) -> datetime:
        """An instant recorded at a wall-clock time of the institution, as aware UTC."""
        return local.replace(tzinfo=self.zone).astimezone(UTC)

    def _days_ago(self, low: int, high: int) -> date:
        return _on_weekday(self.today - timedelta(days=self.rng.randint(low, high)))

    def _office_hours(self, day: date) -> datetime:
        return datetime.combine(day, time(self.rng.randint(9, 15), self.rng.choice((0, 30))))

    def _signed_after(self, held_at: datetime) -> datetime:
        """A sign-off in office hours on one of the next two working days, as aware UTC."""
        day = _working_day_after(held_at.date(), self.rng.randint(1, 2))
        return self._utc(
            datetime.combine(day, time(self.rng.randint(9, 17), self.rng.randint(0, 59)))
        )

    def _school_mentor(self, school: Place) -> _Educator:
        return next(
            e
            for e in self.educators
            if e.person.place == school.key and e.person.role == EducatorRole.SCHOOL_MENTOR
        )

    # people and organisations

    def _institutions(self) -> None:
        for place in content.PLACES:
            agreed = place.status in (EtwinningIteStatus.AGREEMENT, EtwinningIteStatus.VALIDATED)
            self.places[place.key] = self._add(
                "institution",
                name=place.name,
                country=place.country,
                city=place.city,
                kind=place.kind,
                nso=place.nso,
                etwinning_status=place.status,
                agreement_date=(
                    date(self.year_start - self.rng.randint(1, 4), self.rng.randint(1, 12), 15)
                    if agreed
                    else None
                ),
                is_own=place is content.OWN,
            )

    def _educators(self) -> None:
        domains = {place.key: place.domain for place in content.PLACES}
        for person in content.EDUCATORS:
            email = (
                f"{ascii_slug(person.given)}.{ascii_slug(person.family)}@{domains[person.place]}"
            )
            educator_id = self._add(
                "teacher_educator",
                name=person.name,
                email=email,
                role=person.role,
                institution_id=self.places[person.place],
            )
            self.educators.append(_Educator(educator_id, email, person))

    def _cohorts(self) -> None:
        for plan in content.COHORTS:
            self.cohorts[plan.key] = self._add(
                "cohort",
                name=plan.name.format(year=self.year_label),
                programme=plan.programme,
                academic_year=self.year_label,
            )

    def _languages(self) -> list[NameList]:
        """Every language once first (so small demos show every script), then by weight."""
        lists = {nl.language: nl for nl in content.NAME_LISTS}
        first = list(lists.values())
        self.rng.shuffle(first)
        rest = self.rng.choices(
            [lists[k] for k in content.LANGUAGE_WEIGHTS],
            weights=list(content.LANGUAGE_WEIGHTS.values()),
            k=max(0, self.n_students - len(first)),
        )
        return (first + rest)[: self.n_students]

    def _name(self, names: NameList) -> tuple[str, str]:
        female = self.rng.random() < 0.7  # most student teachers in ITE are women
        given = self.rng.choice(names.female if female else names.male)
        family = " ".join(
            pair[1] if female else pair[0] for pair in self.rng.sample(names.family, names.surnames)
        )
        return given, family

    def _students(self) -> None:
        for index, names in enumerate(self._languages()):
            cohort = (
                content.COHORTS[0]
                if self.rng.random() < content.COHORTS[0].share
                else content.COHORTS[1]
            )
            given, family = self._name(names)
            entry = self.year_start - cohort.study_year + 1
            number = f"{entry % 100:02d}{index + 10001:05d}"
            slug = f"{ascii_slug(given)}.{ascii_slug(family)}"
            email = f"{slug}.{number}@students.{content.OWN_DOMAIN}"
            school = self.rng.choice(cohort.schools) if self.rng.random() < cohort.placed else None
            student_id = self._add(
                "student_teacher",
                given_name=given,
                family_name=family,
                email=email,
                student_number=number,
                cohort_id=self.cohorts[cohort.key],
                programme=cohort.programme,
                study_year=cohort.study_year,
                languages=self._language_codes(names.language),
                placement_school=school.name if school else "",
                **self._etwinning_registration(),
                consent_photos=self.rng.random() < 0.2,
                consent_publication=self.rng.random() < 0.1,
                consent_partner_sharing=self.rng.random() < 0.35,
                retention_until=date(self.year_start + 7, 8, 31),  # programme end + 5 years
            )
            student = _Student(student_id, email, f"{given} {family}", number, slug, cohort, school)
            self.students.append(student)

    def _language_codes(self, first: str) -> str:
        codes = [first] if first == "en" else [first, "en"]
        if self.rng.random() < 0.25:
            extra = self.rng.choice(content.EXTRA_LANGUAGES)
            if extra not in codes:
                codes.append(extra)
        return ",".join(codes)

    def _etwinning_registration(self) -> dict[str, Any]:
        """Half validated, a quarter waiting for the NSO, a quarter not registered yet."""
        draw = self.rng.random()
        registered = validated = joined = None
        if draw < 0.5:
            status = EtwinningStatus.VALIDATED
            registered = self.today - timedelta(days=self.rng.randint(21, 90))
            validated = registered + timedelta(days=self.rng.randint(2, 14))
            if self.rng.random() < 0.7:
                joined = validated + timedelta(days=self.rng.randint(1, 6))
        elif draw < 0.75:
            status = EtwinningStatus.PENDING
            registered = self.today - timedelta(days=self.rng.randint(1, 20))
        else:
            status = EtwinningStatus.NOT_REGISTERED
        return {
            "etwinning_status": status,
            "etwinning_registered_on": registered,
            "etwinning_validated_on": validated,
            "twinspace_joined_on": joined,
        }

    # modules and sessions

    def _modules(self) -> None:
        for plan in content.MODULES:
            module_id = self._add(
                "module",
                code=plan.code,
                title=plan.title,
                academic_year=self.year_label,
                term="Semesters 1-2" if plan.full_year else self._semester(),
                ects=plan.ects,
                kind=plan.kind,
                description=plan.description,
                status=ModuleStatus.RUNNING,
                template_id="",
                timezone=content.TIMEZONE,
            )
            module = _Module(module_id, plan, self._outcomes(module_id, plan))
            for competence_id in module.competences:
                self._link("module_competence", module_id=module_id, competence_id=competence_id)
            for cohort in plan.cohorts:
                self._link("module_cohort", module_id=module_id, cohort_id=self.cohorts[cohort])
            for partner in plan.partners:
                self._link(
                    "module_partner", module_id=module_id, institution_id=self.places[partner]
                )
            self._sessions(module)
            self.modules[plan.key] = module

    def _semester(self) -> str:
        return "Semester 2" if 2 <= self.today.month <= 8 else "Semester 1"

    def _outcomes(self, module_id: int, plan: ModulePlan) -> list[int]:
        """Learning outcomes and their competences; returns the module's competences."""
        competences: list[int] = []
        for position, (outcome, numbers) in enumerate(plan.outcomes):
            outcome_id = self._add(
                "learning_outcome", module_id=module_id, position=position, text=outcome
            )
            for number in numbers:
                competence_id = self.keys.competence[number]
                self._link("outcome_competence", outcome_id=outcome_id, competence_id=competence_id)
                if competence_id not in competences:
                    competences.append(competence_id)
        return competences

    def _session_days(self, plan: ModulePlan) -> list[date]:
        """`past` session days before this week, the rest from this week on; none at Christmas."""
        this_week = self.today + timedelta(days=plan.weekday - self.today.weekday())
        step = timedelta(weeks=plan.every_weeks)
        before = _teaching_days(this_week - step, -step, plan.past)
        after = _teaching_days(this_week, step, len(plan.sessions) - plan.past)
        return [*reversed(before), *after]

    def _sessions(self, module: _Module) -> None:
        plan = module.plan
        coordinator = self.educators[plan.coordinator]
        days = self._session_days(plan)
        for position, ((kind, title), day) in enumerate(zip(plan.sessions, days, strict=True)):
            starts = datetime.combine(day, plan.starts)
            minutes = 60 if kind in content.SHORT_KINDS else plan.minutes
            online = kind in content.ONLINE_KINDS
            facilitator = self._facilitator(plan, kind, position)
            row: Row = {
                "module_id": module.id,
                "position": position,
                "title": title,
                "kind": kind,
                "starts_at": starts,
                "ends_at": starts + timedelta(minutes=minutes),
                "place": "" if online else content.ROOMS[position % len(content.ROOMS)],
                "link": (
                    f"https://meet.{content.OWN_DOMAIN}/{plan.code.lower()}-{position + 1:02d}"
                    if online
                    else ""
                ),
                "facilitator_id": facilitator.id,
                "description": content.SESSION_NOTES[kind],
            }
            self._add_row("module_session", row)
            module.sessions.append(row)
            # Partners' educators host some sessions; our own staff keep the register.
            own = facilitator.person.place == content.OWN.key
            module.registers[row["id"]] = (
                (facilitator if own else coordinator).email,
                self._utc(starts + timedelta(minutes=10)),
            )

    def _facilitator(self, plan: ModulePlan, kind: SessionKind, position: int) -> _Educator:
        """Mostly the coordinator; a partner's educator hosts calls, the ambassador events."""
        if kind == SessionKind.PARTNER_CALL:
            partner = plan.partners[position % len(plan.partners)]
            return next(e for e in self.educators if e.person.place == partner)
        if kind == SessionKind.ITE_EVENT:
            return next(e for e in self.educators if e.person.role == EducatorRole.AMBASSADOR)
        colleague = (plan.coordinator + 1) % 3  # every fourth session is a colleague's
        return self.educators[plan.coordinator if position % 4 else colleague]

    # enrolments and attendance

    def _enrolments_and_attendance(self) -> None:
        # A few student teachers drift away: their last three sessions are all absences.
        drifting = {s.id for s in self.rng.sample(self.students, max(1, len(self.students) // 20))}
        for student in self.students:
            for key in self._module_choice(student):
                module = self.modules[key]
                student.modules.append(module)
                status = (
                    EnrolmentStatus.WITHDRAWN
                    if self.rng.random() < 0.02
                    else EnrolmentStatus.ENROLLED
                )
                enrolment_id = self._add(
                    "enrolment",
                    module_id=module.id,
                    student_id=student.id,
                    status=status,
                    final_comment=(
                        "Withdrew: moved to a part-time programme."
                        if status == EnrolmentStatus.WITHDRAWN
                        else ""
                    ),
                )
                self.enrolments.append((student, module, status))
                self._attendance(enrolment_id, module, status, student.id in drifting)

    def _module_choice(self, student: _Student) -> list[str]:
        """BEd: the introduction, mostly with the project; PME: placement, half with the intro."""
        if student.cohort.key == "bed":
            return ["intro", "project"] if self.rng.random() < 0.85 else ["intro"]
        return ["intro", "placement"] if self.rng.random() < 0.5 else ["placement"]

    def _attendance(self, enrolment_id: int, module: _Module, status: str, drifting: bool) -> None:
        past = [s for s in module.sessions if s["starts_at"].date() < self.today]
        codes = self.rng.choices(
            list(content.ATTENDANCE_WEIGHTS),
            weights=list(content.ATTENDANCE_WEIGHTS.values()),
            k=len(past),
        )
        if status == EnrolmentStatus.WITHDRAWN:
            past = past[: len(past) // 2]  # no marks after the student left
        elif drifting and len(past) >= 3:
            codes[len(past) - 3 : len(past)] = ["absent"] * 3
        for session, code in zip(past, codes, strict=False):
            recorded_by, recorded_at = module.registers[session["id"]]
            self._add(
                "attendance",
                enrolment_id=enrolment_id,
                session_id=session["id"],
                status_id=self.keys.attendance[code],
                remark=self.rng.choice(content.ATTENDANCE_REMARKS[code])
                if code != "present"
                else "",
                recorded_by=recorded_by,
                recorded_at=recorded_at,
            )

    # eTwinning projects

    def _projects(self) -> None:
        """Teams of about a dozen project-module students, each team in its own project."""
        module = self.modules["project"]
        members = [
            s
            for s, m, status in self.enrolments
            if m is module and status != EnrolmentStatus.WITHDRAWN
        ]
        count = max(2, math.ceil(len(members) / 12))
        for index in range(count):
            team = members[index::count]
            project_id, twinspace = self._project(index, module)
            for position, student in enumerate(team):
                student.twinspace = twinspace
                self._link(
                    "project_member",
                    project_id=project_id,
                    student_id=student.id,
                    role="administrator" if position == 0 else "member",
                    joined_on=min(
                        self.today, module.starts_on + timedelta(days=self.rng.randint(0, 14))
                    ),
                    contribution=self.rng.choice(content.CONTRIBUTIONS),
                )
            if index == 0 or self.rng.random() < 0.1:
                self._quality_label(project_id)

    def _project(self, index: int, module: _Module) -> tuple[int, str]:
        """A project with two or three of the module's partners; returns its id and TwinSpace."""
        theme = content.PROJECT_THEMES[index % len(content.PROJECT_THEMES)]
        title = theme if index < len(content.PROJECT_THEMES) else f"{theme} (team {index + 1})"
        candidates = [p for p in content.PARTNERS if p.key in module.plan.partners]
        partners = self.rng.sample(candidates, self.rng.randint(2, 3))
        url = (
            "https://school-education.ec.europa.eu/en/etwinning/projects/"
            f"{ascii_slug(theme)}-{index + 1}"
        )
        youngest = self.rng.choice((6, 8, 10))
        project_id = self._add(
            "etwinning_project",
            title=title,
            module_id=module.id,
            platform_url=url,
            twinspace_url=f"{url}/twinspace",
            languages=",".join(["en", *(p.language for p in partners)]),
            pupils_age_min=youngest,
            pupils_age_max=youngest + 3,
            subjects=self.rng.choice(content.PROJECT_SUBJECTS),
            aims=content.PROJECT_AIMS.format(
                youngest=youngest,
                oldest=youngest + 3,
                towns=", ".join([content.OWN.city, *(p.city for p in partners)]),
                theme=theme,
            ),
            state=ProjectState.PENDING if self.rng.random() < 0.2 else ProjectState.OPEN,
            started_on=module.starts_on,
        )
        for place in (content.OWN, *partners):
            self._link(
                "project_partner", project_id=project_id, institution_id=self.places[place.key]
            )
        return project_id, f"{url}/twinspace"

    def _quality_label(self, project_id: int) -> None:
        self._add(
            "quality_label_application",
            project_id=project_id,
            level=LabelLevel.NATIONAL,
            applied_on=self.today - timedelta(days=self.rng.randint(3, 20)),
            result=LabelResult.PENDING,
            notes="Applied after the evaluation call. Strongest criteria: *collaboration "
            "between partner schools* and *results and documentation*.",
        )
        # The self-check the team did before applying: strongest where the notes say.
        for criterion, rating in zip(QualityCriterion, (3, 2, 2, 1, 3), strict=True):
            self._add(
                "quality_label_check",
                project_id=project_id,
                criterion=criterion,
                rating=rating,
                note=content.QUALITY_CHECK_NOTES[criterion],
            )

    # mentoring

    def _mentoring(self) -> None:
        """Three in four student teachers are mentored, alone or in groups of two or three."""
        mentored = self.rng.sample(self.students, round(len(self.students) * 0.75))
        start = 0
        while start < len(mentored):
            size = self.rng.choices((1, 2, 3), weights=(5, 3, 2))[0]
            self._meeting_series(mentored[start : start + size])
            start += size

    def _mentor_for(self, student: _Student) -> _Educator:
        if student.cohort.key == "pme" and student.school is not None:
            return self._school_mentor(student.school)
        return self.educators[self.rng.randrange(3)]

    def _meeting_series(self, group: list[_Student]) -> None:
        """One or two past meetings; unmet targets of the first carry into the second."""
        mentor = self._mentor_for(group[0])
        latest = self._office_hours(self._days_ago(7, 21))
        upcoming = self._office_hours(
            _on_weekday(self.today + timedelta(days=self.rng.randint(7, 21)))
        )
        carried: list[Row] = []
        if self.rng.random() < 0.7:
            first = self._office_hours(self._days_ago(35, 49))
            meeting = self._meeting(group, mentor, first, latest, carried)
            if self.rng.random() < 0.6:
                self._sign_meeting(meeting)
            carried = self._settle_targets(meeting.targets)
        self._meeting(group, mentor, latest, upcoming, carried)

    def _meeting(
        self,
        group: list[_Student],
        mentor: _Educator,
        held_at: datetime,
        next_at: datetime,
        carried: list[Row],
    ) -> _Meeting:
        points = self.rng.sample(content.DISCUSSION_POINTS, 2)
        row: Row = {
            "held_at": held_at,
            "duration_minutes": self.rng.choice((30, 45, 60)),
            "mode": MeetingMode.IN_PERSON if self.rng.random() < 0.6 else MeetingMode.ONLINE,
            "mentor_id": mentor.id,
            "agenda": (
                "placement"
                if mentor.person.role == EducatorRole.SCHOOL_MENTOR
                else self.rng.choice(("standard", "project"))
            ),
            "focus": self.rng.choice(content.MEETING_FOCI),
            "pre_reflection": self.rng.choice(content.PRE_REFLECTIONS),
            "notes": f"### Discussed\n\n- {points[0]}\n- {points[1]}\n\n"
            f"### Agreed\n\n{self.rng.choice(content.AGREEMENTS)}",
            "next_meeting_at": next_at,
            "signed_by": "",
            "signed_at": None,
            "signed_hash": "",
            "signed_content": "",
        }
        self._add_row("mentoring_meeting", row)
        for student in group:
            self._link("meeting_mentee", meeting_id=row["id"], student_id=student.id)
        meeting = _Meeting(row, mentor, group)
        meeting.targets = self._targets(row["id"], held_at.date(), carried)
        meeting.actions = self._actions(row["id"], held_at.date(), mentor, group)
        return meeting

    def _targets(self, meeting_id: int, held_on: date, carried: list[Row]) -> list[Row]:
        """At most three: carried ones first, then new ones; due dates may already be past."""
        wanted = [(t["text"], t["competence_id"], t["id"]) for t in carried]
        wanted += [
            (target, self.keys.competence[number], None)
            for target, number in self.rng.sample(content.TARGETS, self.rng.randint(1, 3))
            if all(target != t["text"] for t in carried)
        ]
        targets = []
        for position, (target, competence_id, carried_from) in enumerate(wanted[:3]):
            row = {
                "meeting_id": meeting_id,
                "position": position,
                "text": target,
                "due_on": held_on + timedelta(days=self.rng.randint(7, 28)),
                "competence_id": competence_id,
                "status": TargetStatus.OPEN,
                "carried_from_id": carried_from,
            }
            self._add_row("mentoring_target", row)
            targets.append(row)
        return targets

    def _settle_targets(self, targets: list[Row]) -> list[Row]:
        """By the next meeting a target is met, carried forward or dropped."""
        carried = []
        for target in targets:
            target["status"] = self.rng.choices(
                (TargetStatus.MET, TargetStatus.CARRIED, TargetStatus.DROPPED), weights=(5, 4, 1)
            )[0]
            if target["status"] == TargetStatus.CARRIED:
                carried.append(target)
        return carried

    def _actions(
        self, meeting_id: int, held_on: date, mentor: _Educator, group: list[_Student]
    ) -> list[Row]:
        actions = []
        for action, owner in self.rng.sample(content.ACTIONS, self.rng.randint(1, 2)):
            due = held_on + timedelta(days=self.rng.randint(7, 14))
            status = self.rng.choices(
                (ActionStatus.DONE, ActionStatus.OPEN, ActionStatus.DROPPED), weights=(6, 3, 1)
            )[0]
            if status == ActionStatus.DONE and due >= self.today:
                status = ActionStatus.OPEN  # nothing is done in the future
            row = {
                "meeting_id": meeting_id,
                "text": action,
                "owner": mentor.person.name if owner == "mentor" else self.rng.choice(group).name,
                "due_on": due,
                "status": status,
                "done_on": (
                    due - timedelta(days=self.rng.randint(0, 5))
                    if status == ActionStatus.DONE
                    else None
                ),
            }
            self._add_row("mentoring_action", row)
            actions.append(row)
        return actions

    def _sign_meeting(self, meeting: _Meeting) -> None:
        """The mentor signs the record a day or two later; the JSON keeps what was agreed."""
        row = meeting.row
        signed = meeting_content(
            held_at=row["held_at"],
            mentor=meeting.mentor.email,
            mentees=[s.email for s in meeting.mentees],
            focus=row["focus"],
            pre_reflection=row["pre_reflection"],
            notes=row["notes"],
            targets=[(t["text"], t["due_on"], t["competence_id"]) for t in meeting.targets],
            actions=[(a["text"], a["owner"], a["due_on"]) for a in meeting.actions],
        )
        row["signed_content"], row["signed_hash"] = seal(signed)
        row["signed_by"] = meeting.mentor.email
        row["signed_at"] = self._signed_after(row["held_at"])

    # lesson observations

    def _observations(self) -> None:
        """One observed lesson for each student teacher on placement this year."""
        for student in self.students:
            if student.school is None:
                continue
            primary = student.cohort.key == "bed"
            observer = (
                self._school_mentor(student.school)
                if self.rng.random() < 0.6
                else self.educators[content.MODULES[2].coordinator]
            )
            class_name, ages = self.rng.choice(
                content.PRIMARY_CLASSES if primary else content.POST_PRIMARY_CLASSES
            )
            subject, topic = self.rng.choice(content.LESSON_SUBJECTS)
            observed_at = datetime.combine(
                self._days_ago(3, 35), time(self.rng.randint(9, 12), self.rng.choice((0, 30)))
            )
            row: Row = {
                "student_id": student.id,
                "observer_id": observer.id,
                "observed_at": observed_at,
                "class_name": class_name,
                "pupils_age": ages,
                "subject": subject,
                "topic": topic,
                "focus": self.rng.choice(content.OBSERVATION_FOCI),
                "strengths": self.rng.choice(content.STRENGTHS),
                "areas_to_develop": self.rng.choice(content.AREAS),
                "targets": self.rng.choice(content.OBSERVATION_TARGETS),
                "signed_by": "",
                "signed_at": None,
                "signed_hash": "",
                "signed_content": "",
            }
            if self.rng.random() < 0.5:
                self._sign_observation(row, student, observer)
            self._add_row("lesson_observation", row)

    def _sign_observation(self, row: Row, student: _Student, observer: _Educator) -> None:
        signed = observation_content(
            row, observed_at=row["observed_at"], student=student.email, observer=observer.email
        )
        row["signed_content"], row["signed_hash"] = seal(signed)
        row["signed_by"] = observer.email
        row["signed_at"] = self._signed_after(row["observed_at"])

    # portfolio: evidence, reflections, competence assessments

    def _since_start(self, module: _Module) -> date:
        """A working day between the module's first session and yesterday."""
        span = max(1, (self.today - module.starts_on).days - 1)
        return _on_weekday(module.starts_on + timedelta(days=self.rng.randint(0, span)))

    def _evidence(self) -> None:
        reviews = list(content.REVIEW_WEIGHTS)
        review_weights = list(content.REVIEW_WEIGHTS.values())
        for student in self.students:
            for kind, title, location in self._evidence_items(student):
                module = self.rng.choice(student.modules)
                location = location.format(
                    slug=student.slug,
                    twinspace=student.twinspace,
                    number=student.number,
                )
                evidence_id = self._add(
                    "evidence",
                    student_id=student.id,
                    module_id=module.id,
                    kind=kind,
                    title=title,
                    location=location,
                    # Stands in for the digest of the attached file, which the demo lacks.
                    checksum=(
                        hashlib.sha256(location.encode()).hexdigest()
                        if kind == EvidenceKind.FILE
                        else ""
                    ),
                    description=self.rng.choice(content.EVIDENCE_DESCRIPTIONS),
                    dated_on=self._since_start(module),
                    review_status=self.rng.choices(reviews, weights=review_weights)[0],
                )
                for competence_id in self.rng.sample(module.competences, self.rng.randint(1, 2)):
                    self._link(
                        "evidence_competence", evidence_id=evidence_id, competence_id=competence_id
                    )

    def _evidence_items(self, student: _Student) -> list[tuple[EvidenceKind, str, str]]:
        """Two to four different items; TwinSpace pages for project members, a file at times."""
        candidates = [
            item
            for item in content.EVIDENCE
            if student.twinspace or item[0] != EvidenceKind.TWINSPACE
        ]
        items = self.rng.sample(candidates, self.rng.randint(2, 4))
        if self.rng.random() < 0.15:
            items[-1] = self.rng.choice(content.EVIDENCE_FILES)
        return items

    def _reflections(self) -> None:
        no_stages = dict.fromkeys(content.GIBBS, "")
        for student in self.students:
            free = self.rng.sample(content.FREE_REFLECTIONS, self.rng.randint(0, 2))
            for title, body in free:
                module = self.rng.choice(student.modules)
                self._add(
                    "reflection",
                    student_id=student.id,
                    module_id=module.id,
                    written_on=self._since_start(module),
                    title=title,
                    model=ReflectionModel.FREE,
                    body=body,
                    **no_stages,
                )
            if not free or self.rng.random() < 0.3:
                module = self.rng.choice(student.modules)
                self._add(
                    "reflection",
                    student_id=student.id,
                    module_id=module.id,
                    written_on=self._since_start(module),
                    title=self.rng.choice(content.GIBBS_TITLES),
                    model=ReflectionModel.GIBBS,
                    body="",
                    **{stage: self.rng.choice(texts) for stage, texts in content.GIBBS.items()},
                )

    def _assessments(self) -> None:
        """Three competences a student: self-assessed at the start and now, often also by staff."""
        for student in self.students:
            module = student.modules[0]
            assessor = self.educators[module.plan.coordinator]
            before_on = module.starts_on
            for competence_id in self.rng.sample(module.competences, 3):
                before = self.rng.randint(0, 1)
                after = before + self.rng.randint(0, 2)  # at most B2 within one term
                marks = [(AssessorKind.SELF, before, before_on), (AssessorKind.SELF, after, None)]
                if self.rng.random() < 0.3:
                    marks.append((AssessorKind.EDUCATOR, before, before_on))
                if self.rng.random() < 0.6:
                    staff = max(0, after + self.rng.choice((-1, 0, 0, 1)))
                    marks.append((AssessorKind.EDUCATOR, staff, None))
                for kind, level, on in marks:
                    self._add(
                        "competence_assessment",
                        student_id=student.id,
                        competence_id=competence_id,
                        assessor_kind=kind,
                        assessor_id=assessor.id if kind == AssessorKind.EDUCATOR else None,
                        level_code=self.keys.levels[level],
                        assessed_on=on or self._days_ago(0, 14),
                        note=self.rng.choice(content.SELF_NOTES)
                        if kind == AssessorKind.SELF
                        else "",
                    )
