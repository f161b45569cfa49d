"""Migration 0004 (portfolio reviews): data written at 0003 survives, and reviews hang off it."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import create_engine, text
from sqlmodel import select

from itepad.store import migrate
from itepad.store.database import open_database
from itepad.store.models import Reflection, StudentTeacher
from itepad.store.models_review import PortfolioReview, PortfolioReviewAnswer, ReviewChoice

AT_0003 = [
    "INSERT INTO student_teacher (id, given_name, family_name, email, student_number, programme,"
    " languages, placement_school, etwinning_status, consent_photos, consent_publication,"
    " consent_partner_sharing, version) VALUES (1, 'Olha', 'Lysenko', 'olha@uni.example',"
    " 'S-1', 'BEd', 'uk,en', '', 'validated', false, false, false, 3)",
    "INSERT INTO reflection (id, student_id, written_on, title, model, body, gibbs_description,"
    " gibbs_feelings, gibbs_evaluation, gibbs_analysis, gibbs_conclusion, gibbs_action_plan,"
    " version) VALUES (1, 1, '2026-11-02', 'First week', 'free', 'It went well.', '', '', '',"
    " '', '', '', 1)",
]


def test_data_written_at_0003_survives_the_upgrade(any_db_url: str) -> None:
    engine = create_engine(any_db_url if "://" in any_db_url else f"sqlite:///{any_db_url}")
    migrate.upgrade(engine, "0003_impact_survey")
    with engine.begin() as conn:
        for statement in AT_0003:
            conn.execute(text(statement))
    engine.dispose()

    db = open_database(any_db_url)
    try:
        with db.session() as session:
            student = session.exec(select(StudentTeacher)).one()
            assert (student.email, student.version) == ("olha@uni.example", 3)
            reflection = session.exec(select(Reflection)).one()
            assert reflection.body == "It went well."
            review = PortfolioReview(
                student_id=1,
                token="t",
                content_hash="h",
                sent_at=datetime(2026, 11, 3, tzinfo=UTC),
                returned_at=datetime(2026, 11, 9, tzinfo=UTC),
                read_confirmed=True,
                confirmed_on=date(2026, 11, 9),
                reflection_id=1,
            )
            session.add(review)
            session.flush()
            assert review.id is not None
            session.add(
                PortfolioReviewAnswer(
                    review_id=review.id, section="modules", choice=ReviewChoice.CHANGE, comment="x"
                )
            )
        with db.session() as session:
            session.delete(session.exec(select(Reflection)).one())
        with db.session() as session:
            # The review stays when its reflection goes; it goes with the student teacher.
            assert session.exec(select(PortfolioReview)).one().reflection_id is None
            session.delete(session.exec(select(StudentTeacher)).one())
        with db.session() as session:
            assert session.exec(select(PortfolioReview)).all() == []
            assert session.exec(select(PortfolioReviewAnswer)).all() == []
    finally:
        db.close()
