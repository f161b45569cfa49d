"""Migration 0003 (impact survey): data written at 0002 survives, assessments gain a version,
and the new survey table keeps one response per student teacher and phase."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from itepad.store import migrate
from itepad.store.database import open_database
from itepad.store.models import CompetenceAssessment, StudentTeacher
from itepad.store.models_survey import ImpactSurveyResponse, SurveyPhase

AT_0002 = [
    "INSERT INTO student_teacher (id, given_name, family_name, email, student_number, programme,"
    " study_year, languages, placement_school, etwinning_status, consent_photos,"
    " consent_publication, consent_partner_sharing, version)"
    " VALUES (1, 'Ana', 'Zorić', 'ana@ite.example', 'S1', '', 1, 'hr,en', '', 'validated',"
    " false, false, false, 3)",
    "INSERT INTO competence_assessment (id, student_id, competence_id, assessor_kind,"
    " level_code, assessed_on, note) VALUES (1, 1, 1, 'self', 'A2', '2025-10-06', 'A start')",
]


def test_data_written_at_0002_survives_the_upgrade(any_db_url: str) -> None:
    engine = create_engine(any_db_url if "://" in any_db_url else f"sqlite:///{any_db_url}")
    migrate.upgrade(engine, "0002_course_templates")
    with engine.begin() as conn:
        for statement in AT_0002:
            conn.execute(text(statement))
    engine.dispose()

    db = open_database(any_db_url)
    try:
        with db.session() as session:
            student = session.exec(select(StudentTeacher)).one()
            assert (student.email, student.languages, student.version) == (
                "ana@ite.example",
                "hr,en",
                3,
            )
            assessment = session.exec(select(CompetenceAssessment)).one()
            assert (assessment.level_code, assessment.assessed_on, assessment.note) == (
                "A2",
                date(2025, 10, 6),
                "A start",
            )
            with db.engine.connect() as conn:  # the column the edits rely on, filled in
                versions = conn.execute(text("SELECT version FROM competence_assessment"))
                assert versions.scalars().all() == [1]
            session.add(
                ImpactSurveyResponse(
                    student_id=1, phase=SurveyPhase.PRE, answered_on=date(2025, 10, 6), pupils=4
                )
            )
        with pytest.raises(IntegrityError), db.session() as session:
            session.add(
                ImpactSurveyResponse(
                    student_id=1, phase=SurveyPhase.PRE, answered_on=date(2025, 10, 7)
                )
            )
        with db.session() as session:
            (response,) = session.exec(select(ImpactSurveyResponse)).all()
            assert (response.pupils, response.networking, response.comments) == (4, None, "")
            session.delete(session.exec(select(StudentTeacher)).one())
        with db.session() as session:  # the survey goes with the student teacher
            assert session.exec(select(ImpactSurveyResponse)).all() == []
    finally:
        db.close()
