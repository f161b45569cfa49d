"""DigCompEdu competences of one student teacher over time: self- and educator assessments.

An assessment is a level (A1 Newcomer .. C2 Pioneer) given to one competence on one day, either
by the student teacher (self) or by a teacher educator. Assessments are never overwritten by a
newer one: the history of a competence is every assessment of it, and the matrix shows the
latest per competence and assessor kind. "Before/after" compares the first and the latest
assessment of a competence by the same kind of assessor, so progress is never measured across
two different judges.

Edits and deletions name the version they started from (store/concurrency.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, insert, select

from itepad.errors import UserError
from itepad.services.student_lookup import student_name
from itepad.store.concurrency import versioned_delete, versioned_update
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.store.models import AssessorKind

ASSESSMENT = TABLES["competence_assessment"]
COMPETENCE = TABLES["competence"]
AREA = TABLES["competence_area"]
LEVEL = TABLES["proficiency_level"]
STUDENT = TABLES["student_teacher"]
EDUCATOR = TABLES["teacher_educator"]

ASSESSOR_KIND: dict[str, str] = {AssessorKind.SELF: "Self", AssessorKind.EDUCATOR: "Educator"}


@dataclass(frozen=True)
class Level:
    code: str  # "A1" .. "C2"
    name: str  # "Newcomer" .. "Pioneer"
    rank: int  # 1 for A1


@dataclass(frozen=True)
class CompetenceInfo:
    id: int
    number: str  # "1.1"
    name: str
    area_number: int
    area_name: str


@dataclass(frozen=True)
class Educator:
    id: int
    name: str


@dataclass(frozen=True)
class Assessment:
    id: int
    version: int
    competence_id: int
    kind: str  # AssessorKind value
    assessor_id: int | None  # the teacher educator, for an educator assessment
    assessor: str  # their name; "" for a self-assessment or an unnamed educator
    level_code: str
    assessed_on: date
    note: str


@dataclass(frozen=True)
class MatrixRow:
    """One competence with the latest self- and educator assessment (None: not assessed)."""

    competence: CompetenceInfo
    latest_self: Assessment | None
    latest_educator: Assessment | None

    def latest(self, kind: str) -> Assessment | None:
        return self.latest_self if kind == AssessorKind.SELF else self.latest_educator


@dataclass(frozen=True)
class Progress:
    """The first and the latest assessment of a competence by one kind of assessor."""

    competence: CompetenceInfo
    kind: str
    first: Assessment
    latest: Assessment


@dataclass(frozen=True)
class StudentCompetences:
    student_id: int
    name: str
    levels: tuple[Level, ...]  # by rank, A1 first
    competences: tuple[CompetenceInfo, ...]  # framework order, 1.1 first
    assessments: tuple[Assessment, ...]  # oldest first
    educators: tuple[Educator, ...]  # who can be named as assessor, by name

    def level(self, code: str) -> Level:
        return next(level for level in self.levels if level.code == code)

    def history(self, competence_id: int) -> tuple[Assessment, ...]:
        """Every assessment of one competence, newest first."""
        return tuple(a for a in reversed(self.assessments) if a.competence_id == competence_id)

    def matrix(self) -> tuple[MatrixRow, ...]:
        latest: dict[tuple[int, str], Assessment] = {}
        for assessment in self.assessments:  # oldest first: the later one wins
            latest[assessment.competence_id, assessment.kind] = assessment
        return tuple(
            MatrixRow(
                c, latest.get((c.id, AssessorKind.SELF)), latest.get((c.id, AssessorKind.EDUCATOR))
            )
            for c in self.competences
        )

    def before_after(self) -> tuple[Progress, ...]:
        """First vs latest per competence and assessor kind, where there are two or more."""
        seen: dict[tuple[int, str], list[Assessment]] = {}
        for assessment in self.assessments:
            seen.setdefault((assessment.competence_id, assessment.kind), []).append(assessment)
        by_id = {c.id: c for c in self.competences}
        order = {c.id: n for n, c in enumerate(self.competences)}
        kinds = list(AssessorKind)
        return tuple(
            Progress(by_id[cid], kind, found[0], found[-1])
            for (cid, kind), found in sorted(
                seen.items(),
                key=lambda item: (order[item[0][0]], kinds.index(AssessorKind(item[0][1]))),
            )
            if len(found) > 1
        )


def _order(assessments: Iterable[Assessment]) -> tuple[Assessment, ...]:
    return tuple(sorted(assessments, key=lambda a: (a.assessed_on, a.id)))


def student_competences(db: Database, student_id: int) -> StudentCompetences:
    """The framework and every assessment of one student teacher."""
    with db.engine.connect() as conn:
        student = student_name(conn, student_id)
        levels = tuple(
            Level(code, name, rank)
            for code, name, rank in conn.execute(
                select(LEVEL.c.code, LEVEL.c.name, LEVEL.c.rank).order_by(LEVEL.c.rank)
            )
        )
        competences = tuple(
            CompetenceInfo(cid, number, name, area_number, area_name)
            for cid, number, name, area_number, area_name in conn.execute(
                select(
                    COMPETENCE.c.id,
                    COMPETENCE.c.number,
                    COMPETENCE.c.name,
                    AREA.c.number,
                    AREA.c.name,
                )
                .join(AREA, AREA.c.id == COMPETENCE.c.area_id)
                .order_by(AREA.c.number, COMPETENCE.c.id)
            )
        )
        educators = tuple(
            Educator(eid, name)
            for eid, name in conn.execute(
                select(EDUCATOR.c.id, EDUCATOR.c.name).order_by(EDUCATOR.c.name)
            )
        )
        names = {educator.id: educator.name for educator in educators}
        assessments = _order(
            Assessment(
                id=row.id,
                version=row.version,
                competence_id=row.competence_id,
                kind=row.assessor_kind,
                assessor_id=row.assessor_id,
                assessor=names.get(row.assessor_id, "") if row.assessor_id is not None else "",
                level_code=row.level_code,
                assessed_on=row.assessed_on,
                note=row.note,
            )
            for row in conn.execute(select(ASSESSMENT).where(ASSESSMENT.c.student_id == student_id))
        )
    return StudentCompetences(student_id, student, levels, competences, assessments, educators)


# --- changes -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentEntry:
    """What the user entered for a new or changed assessment."""

    competence_id: int
    kind: str  # AssessorKind value
    level_code: str
    assessed_on: date
    note: str = ""
    assessor_id: int | None = None  # a teacher educator; only for an educator assessment


def _checked(conn: Connection, entry: AssessmentEntry, today: date) -> dict[str, Any]:
    """The entry as column values, or a UserError naming the field at fault."""
    if entry.kind not in set(AssessorKind):
        raise UserError(f"Assessor: {entry.kind!r} is neither 'self' nor 'educator'.")
    if (
        conn.execute(select(COMPETENCE.c.id).where(COMPETENCE.c.id == entry.competence_id)).first()
        is None
    ):
        raise UserError(f"Competence: there is no competence with number {entry.competence_id}.")
    level = entry.level_code.strip().upper()
    if conn.execute(select(LEVEL.c.code).where(LEVEL.c.code == level)).first() is None:
        known = ", ".join(conn.scalars(select(LEVEL.c.code).order_by(LEVEL.c.rank)))
        raise UserError(f"Level: {entry.level_code!r} is not a proficiency level ({known}).")
    if entry.assessed_on > today:
        raise UserError(f"Date: {entry.assessed_on:%d %b %Y} is in the future.")
    assessor = entry.assessor_id if entry.kind == AssessorKind.EDUCATOR else None
    if (
        assessor is not None
        and conn.execute(select(EDUCATOR.c.id).where(EDUCATOR.c.id == assessor)).first() is None
    ):
        raise UserError(f"Assessor: there is no teacher educator with record number {assessor}.")
    return {
        "competence_id": entry.competence_id,
        "assessor_kind": entry.kind,
        "assessor_id": assessor,
        "level_code": level,
        "assessed_on": entry.assessed_on,
        "note": entry.note.strip(),
    }


def record_assessment(
    db: Database, student_id: int, entry: AssessmentEntry, *, today: date | None = None
) -> int:
    """Add an assessment; returns its id."""
    with db.engine.begin() as conn:
        values = _checked(conn, entry, today or date.today())
        student_name(conn, student_id)  # refuses a record that is not there
        done = conn.execute(insert(ASSESSMENT).values(student_id=student_id, version=1, **values))
        key = done.inserted_primary_key
        assert key is not None
        return int(key[0])


def update_assessment(
    db: Database,
    assessment_id: int,
    expected_version: int,
    entry: AssessmentEntry,
    *,
    today: date | None = None,
) -> int:
    """Change an assessment still at `expected_version`; returns its new version."""
    with db.engine.begin() as conn:
        values = _checked(conn, entry, today or date.today())
        return versioned_update(conn, ASSESSMENT, assessment_id, expected_version, values)


def delete_assessment(db: Database, assessment_id: int, expected_version: int) -> None:
    with db.engine.begin() as conn:
        versioned_delete(conn, ASSESSMENT, assessment_id, expected_version)
