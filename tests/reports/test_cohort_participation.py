"""The cohort participation report: figures that agree with the attendance statistics and the
records, and a PDF with every student teacher, its headings and a chart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from itepad.errors import UserError
from itepad.services.attendance_stats import student_attendance
from itepad.services.report_cohort_participation import (
    cohort_participation_data,
    write_cohort_participation,
)
from itepad.store.database import Database
from tests.reports.report_demo import (
    NEEDS_POPPLER,
    checked_text,
    demo_database,
    metadata,
    outline_titles,
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    yield from demo_database(tmp_path_factory)


def _cohorts(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        return list(conn.scalars(text("SELECT name FROM cohort ORDER BY name")))


def _scalar(db: Database, sql: str, **params: object) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text(sql), params).scalar_one())


def test_figures_agree_with_the_records(demo: Database) -> None:
    cohort = _cohorts(demo)[0]
    data = cohort_participation_data(demo, cohort.upper())  # any case
    assert data.cohort == cohort
    members = _scalar(
        demo,
        "SELECT count(*) FROM student_teacher s JOIN cohort c ON c.id = s.cohort_id "
        "WHERE c.name = :name AND s.archived_at IS NULL",
        name=cohort,
    )
    assert len(data.students) == members > 0
    with demo.engine.connect() as conn:
        ids: dict[str, int] = dict(
            conn.execute(text("SELECT email, id FROM student_teacher")).all()
        )
    for row in data.students:
        attendance = student_attendance(demo, ids[row.email])
        assert attendance is not None
        assert row.attended == sum(p.figures.attended for p in attendance.modules)
        assert row.recorded == sum(p.figures.recorded for p in attendance.modules)
        assert (
            row.evidence
            == sum(row.review_counts)
            == _scalar(
                demo, "SELECT count(*) FROM evidence WHERE student_id = :id", id=ids[row.email]
            )
        )
        assert len(row.projects) == _scalar(
            demo, "SELECT count(*) FROM project_member WHERE student_id = :id", id=ids[row.email]
        )
    # The module totals are the same marks, counted per module.
    assert sum(m.attended for m in data.modules) == data.attended
    assert sum(m.attended + m.missed for m in data.modules) == data.recorded
    assert data.recorded > 0


def test_an_unknown_cohort_names_the_cohorts(demo: Database) -> None:
    with pytest.raises(UserError, match="No cohort named 'Class of 1900'; the cohorts are: "):
        cohort_participation_data(demo, "Class of 1900")


@NEEDS_POPPLER
def test_the_pdf(demo: Database, tmp_path: Path) -> None:
    cohort = _cohorts(demo)[0]
    out = tmp_path / "participation.pdf"
    write_cohort_participation(demo, cohort, out)
    words = checked_text(out)
    data = cohort_participation_data(demo, cohort)
    for heading in ("Cohort totals", "Attendance by module", "Student teachers", "At risk"):
        assert heading in words
    for row in data.students:
        assert row.name in words  # Greek, Cyrillic, Armenian and Georgian names too
    assert f"Cohort participation: {cohort}" in outline_titles(out)
    title, author, pages = metadata(out)
    assert title == f"Cohort participation: {cohort}" and author == data.institution
    assert f"Page 1 of {pages}" in words
