"""Competence assessments: recording with validation, edits that detect stale versions, the
matrix (latest per competence and assessor kind), the history and before/after."""

from __future__ import annotations

from datetime import date

import pytest

from itepad.errors import UserError
from itepad.services.competences import (
    AssessmentEntry,
    delete_assessment,
    record_assessment,
    student_competences,
    update_assessment,
)
from itepad.store.concurrency import ConflictError
from itepad.store.database import Database
from itepad.store.models import AssessorKind, StudentTeacher, TeacherEducator

TODAY = date(2026, 3, 20)
SELF, EDUCATOR = AssessorKind.SELF, AssessorKind.EDUCATOR


@pytest.fixture
def people(any_db: Database) -> tuple[int, int]:
    """(student id, educator id)"""
    with any_db.session() as s:
        student = StudentTeacher(given_name="Ana", family_name="Zorić", email="ana@ite.example")
        educator = TeacherEducator(name="Dr Maria Costa", email="costa@ite.example")
        s.add_all([student, educator])
        s.flush()
        assert student.id is not None and educator.id is not None
        return student.id, educator.id


def _competence(db: Database, number: str) -> int:
    data = student_competences(db, 1)
    return next(c.id for c in data.competences if c.number == number)


def _record(
    db: Database,
    student: int,
    number: str,
    kind: str,
    level: str,
    on: date,
    note: str = "",
    assessor_id: int | None = None,
) -> int:
    entry = AssessmentEntry(_competence(db, number), kind, level, on, note, assessor_id)
    return record_assessment(db, student, entry, today=TODAY)


def test_the_framework(any_db: Database, people: tuple[int, int]) -> None:
    data = student_competences(any_db, people[0])
    assert data.name == "Ana Zorić"
    assert [level.code for level in data.levels] == ["A1", "A2", "B1", "B2", "C1", "C2"]
    assert data.level("B1").name == "Integrator"
    assert len(data.competences) == 22
    assert sorted({c.area_number for c in data.competences}) == [1, 2, 3, 4, 5, 6]
    assert data.competences[0].number == "1.1"
    assert [e.name for e in data.educators] == ["Dr Maria Costa"]
    assert data.assessments == ()
    assert all(row.latest_self is None and row.latest_educator is None for row in data.matrix())


def test_matrix_history_and_before_after(any_db: Database, people: tuple[int, int]) -> None:
    student, educator = people
    _record(any_db, student, "1.1", SELF, "A1", date(2025, 10, 6), note="New to this")
    _record(any_db, student, "1.1", SELF, "b1", date(2026, 3, 2))  # lower case is accepted
    _record(any_db, student, "1.1", SELF, "A2", date(2025, 12, 1))
    _record(any_db, student, "1.1", EDUCATOR, "A2", date(2026, 3, 3), assessor_id=educator)
    _record(any_db, student, "2.1", EDUCATOR, "B2", date(2026, 3, 4))
    data = student_competences(any_db, student)
    c11 = _competence(any_db, "1.1")

    row = data.matrix()[0]
    assert row.competence.number == "1.1"
    assert row.latest_self is not None and row.latest_educator is not None
    assert (row.latest_self.level_code, row.latest_self.assessed_on) == ("B1", date(2026, 3, 2))
    assert (row.latest_educator.level_code, row.latest_educator.assessor) == (
        "A2",
        "Dr Maria Costa",
    )
    c21_row = next(r for r in data.matrix() if r.competence.number == "2.1")
    assert c21_row.latest_self is None
    unnamed = c21_row.latest(EDUCATOR)
    assert unnamed is not None and unnamed.assessor == ""

    history = data.history(c11)
    assert [(a.kind, a.level_code, a.assessed_on) for a in history] == [
        (EDUCATOR, "A2", date(2026, 3, 3)),
        (SELF, "B1", date(2026, 3, 2)),
        (SELF, "A2", date(2025, 12, 1)),
        (SELF, "A1", date(2025, 10, 6)),
    ]
    assert history[-1].note == "New to this"

    # Only 1.1 by self has two or more: first A1 (October), latest B1 (March).
    (progress,) = data.before_after()
    assert (progress.competence.number, progress.kind) == ("1.1", SELF)
    assert (progress.first.level_code, progress.latest.level_code) == ("A1", "B1")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"level_code": "D1"}, "Level: 'D1' is not a proficiency level (A1, A2, B1, B2, C1, C2)"),
        ({"competence_id": 999}, "Competence: there is no competence with number 999"),
        ({"assessed_on": date(2026, 3, 21)}, "Date: 21 Mar 2026 is in the future"),
        ({"kind": "peer"}, "Assessor: 'peer' is neither"),
        ({"kind": EDUCATOR, "assessor_id": 999}, "Assessor: there is no teacher educator"),
    ],
)
def test_bad_entries_are_refused(
    any_db: Database, people: tuple[int, int], change: dict[str, object], message: str
) -> None:
    good = {
        "competence_id": _competence(any_db, "3.1"),
        "kind": SELF,
        "level_code": "A1",
        "assessed_on": TODAY,
    }
    entry = AssessmentEntry(**{**good, **change})  # type: ignore[arg-type]
    with pytest.raises(UserError, match=message.replace("(", r"\(").replace(")", r"\)")):
        record_assessment(any_db, people[0], entry, today=TODAY)
    assert student_competences(any_db, people[0]).assessments == ()


def test_an_unknown_student_teacher(any_db: Database) -> None:
    with pytest.raises(UserError, match="no student teacher with record number 42"):
        student_competences(any_db, 42)
    entry = AssessmentEntry(1, SELF, "A1", TODAY)
    with pytest.raises(UserError, match="no student teacher with record number 42"):
        record_assessment(any_db, 42, entry, today=TODAY)


def test_edit_and_delete_name_the_version(any_db: Database, people: tuple[int, int]) -> None:
    student, educator = people
    assessment_id = _record(any_db, student, "4.2", SELF, "A2", date(2026, 3, 1))
    c42 = _competence(any_db, "4.2")
    changed = AssessmentEntry(c42, EDUCATOR, "B1", date(2026, 3, 5), "Observed", educator)
    assert update_assessment(any_db, assessment_id, 1, changed, today=TODAY) == 2
    (stored,) = student_competences(any_db, student).assessments
    assert (stored.kind, stored.level_code, stored.assessor_id, stored.note, stored.version) == (
        EDUCATOR,
        "B1",
        educator,
        "Observed",
        2,
    )
    with pytest.raises(ConflictError, match="version 1, it is now version 2"):
        update_assessment(any_db, assessment_id, 1, changed, today=TODAY)
    with pytest.raises(ConflictError):
        delete_assessment(any_db, assessment_id, 1)
    delete_assessment(any_db, assessment_id, 2)
    assert student_competences(any_db, student).assessments == ()
    with pytest.raises(ConflictError, match="deleted"):
        delete_assessment(any_db, assessment_id, 2)


def test_a_self_assessment_names_no_assessor(any_db: Database, people: tuple[int, int]) -> None:
    student, educator = people
    _record(any_db, student, "5.1", SELF, "A1", TODAY, assessor_id=educator)
    (stored,) = student_competences(any_db, student).assessments
    assert stored.assessor_id is None
