"""Erasure anonymises one student teacher and keeps the cohort's figures."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from itepad.errors import UserError
from itepad.services.demo import fill_demo
from itepad.services.privacy import ERASED_DOMAIN, erase_student
from itepad.store.contents import TABLES
from itepad.store.database import Database


def _busy_student(db: Database) -> tuple[int, str, str]:
    """A student teacher with meetings, evidence and attendance in the demo data."""
    with db.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT s.id, s.email, s.family_name FROM student_teacher s "
                "WHERE EXISTS (SELECT 1 FROM meeting_mentee m WHERE m.student_id = s.id) "
                "AND EXISTS (SELECT 1 FROM evidence e WHERE e.student_id = s.id) "
                "AND EXISTS (SELECT 1 FROM enrolment e JOIN attendance a ON a.enrolment_id = e.id "
                "            WHERE e.student_id = s.id) ORDER BY s.id LIMIT 1"
            )
        ).one()
    return int(row.id), str(row.email), str(row.family_name)


def _count(db: Database, table: str, **where: object) -> int:
    t = TABLES[table]
    query = select(func.count()).select_from(t)
    for column, value in where.items():
        query = query.where(t.c[column] == value)
    with db.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def test_erase_anonymises_and_keeps_statistics(any_db: Database) -> None:
    fill_demo(any_db, students=40, seed=2, today=date(2026, 11, 23))
    sid, email, family = _busy_student(any_db)
    students, attendance = _count(any_db, "student_teacher"), _count(any_db, "attendance")

    report = erase_student(any_db, email.upper())

    assert report.student_id == sid
    assert _count(any_db, "student_teacher") == students
    assert _count(any_db, "attendance") == attendance
    for table in ("evidence", "reflection", "lesson_observation", "meeting_mentee"):
        assert _count(any_db, table, student_id=sid) == 0
    with any_db.engine.connect() as conn:
        st = TABLES["student_teacher"]
        row = conn.execute(select(st).where(st.c.id == sid)).one()
        dump = " ".join(str(v) for v in row) + " ".join(
            str(v)
            for t in ("enrolment", "competence_assessment", "project_member")
            for r in conn.execute(select(TABLES[t]).where(TABLES[t].c.student_id == sid))
            for v in r
        )
    assert row.email.endswith(ERASED_DOMAIN)
    assert row.anonymised_at is not None
    assert row.etwinning_status  # the registration funnel still counts them
    assert email not in dump and family not in dump


def test_erase_unknown_or_twice_is_refused(db: Database) -> None:
    fill_demo(db, students=40, seed=1, today=date(2026, 11, 23))
    _, email, _ = _busy_student(db)
    with pytest.raises(UserError, match="No student teacher"):
        erase_student(db, "nobody@example.org")
    erase_student(db, email)
    with pytest.raises(UserError, match="No student teacher"):
        erase_student(db, email)


def test_group_meetings_stay_for_the_others(db: Database) -> None:
    fill_demo(db, students=40, seed=1, today=date(2026, 11, 23))
    with db.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT m.meeting_id, s.email FROM meeting_mentee m "
                "JOIN student_teacher s ON s.id = m.student_id WHERE m.meeting_id IN "
                "(SELECT meeting_id FROM meeting_mentee GROUP BY meeting_id HAVING count(*) > 1) "
                "LIMIT 1"
            )
        ).one()
    erase_student(db, row.email)
    assert _count(db, "mentoring_meeting", id=row.meeting_id) == 1
