"""Store behaviour that must be the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from itepad.store.database import Database
from itepad.store.models import (
    Attendance,
    AttendanceStatus,
    Cohort,
    Competence,
    Enrolment,
    Module,
    ModuleSession,
    StudentTeacher,
)


def _module_with_session(db: Database) -> tuple[int, int, int]:
    with db.session() as s:
        cohort = Cohort(name="BEd 2026/27", programme="BEd Primary", academic_year="2026/27")
        module = Module(code="ETW-101", title="Introduction to eTwinning", academic_year="2026/27")
        s.add_all([cohort, module])
        s.flush()
        assert module.id is not None
        student = StudentTeacher(
            given_name="Αικατερίνη",
            family_name="Παπαδοπούλου",
            email="a.papadopoulou@uni.example",
            cohort_id=cohort.id,
        )
        session = ModuleSession(
            module_id=module.id,
            title="What is eTwinning?",
            starts_at=datetime(2026, 10, 5, 10, 0),
            ends_at=datetime(2026, 10, 5, 11, 30),
        )
        s.add_all([student, session])
        s.flush()
        assert student.id is not None
        enrolment = Enrolment(module_id=module.id, student_id=student.id)
        s.add(enrolment)
        s.flush()
        assert module.id and session.id and enrolment.id
        return module.id, session.id, enrolment.id


def test_names_in_any_script_round_trip(any_db: Database) -> None:
    names = ["Zofia Wiśniewska-Łęcka", "Олександра Коваленко", "Անահիտ Սարգսյան", "ნინო ბერიძე"]
    with any_db.session() as s:
        for i, name in enumerate(names):
            given, family = name.split(" ", 1)
            s.add(StudentTeacher(given_name=given, family_name=family, email=f"s{i}@uni.example"))
    with any_db.session() as s:
        stored = [
            st.full_name
            for st in s.exec(select(StudentTeacher).order_by(col(StudentTeacher.email)))
        ]
    assert stored == names


def test_email_is_unique(any_db: Database) -> None:
    with any_db.session() as s:
        s.add(StudentTeacher(given_name="Jan", family_name="Nowak", email="jan@uni.example"))
    with pytest.raises(IntegrityError), any_db.session() as s:
        s.add(StudentTeacher(given_name="Jan", family_name="Kowalski", email="jan@uni.example"))
    with any_db.session() as s:
        assert s.exec(select(func.count()).select_from(StudentTeacher)).one() == 1


def test_foreign_keys_are_enforced(any_db: Database) -> None:
    with pytest.raises(IntegrityError), any_db.session() as s:
        s.add(Enrolment(module_id=999, student_id=999))


def test_one_mark_per_student_and_session(any_db: Database) -> None:
    _, session_id, enrolment_id = _module_with_session(any_db)
    now = datetime(2026, 10, 5, 12, 0, tzinfo=UTC)
    with any_db.session() as s:
        s.add(
            Attendance(
                enrolment_id=enrolment_id, session_id=session_id, status_id=1, recorded_at=now
            )
        )
    with pytest.raises(IntegrityError), any_db.session() as s:
        s.add(
            Attendance(
                enrolment_id=enrolment_id, session_id=session_id, status_id=2, recorded_at=now
            )
        )


def test_deleting_a_module_removes_its_sessions_and_marks(any_db: Database) -> None:
    module_id, session_id, enrolment_id = _module_with_session(any_db)
    with any_db.session() as s:
        s.add(
            Attendance(
                enrolment_id=enrolment_id,
                session_id=session_id,
                status_id=1,
                recorded_at=datetime.now(UTC),
            )
        )
    with any_db.session() as s:
        module = s.get(Module, module_id)
        s.delete(module)
    with any_db.session() as s:
        assert s.exec(select(func.count()).select_from(ModuleSession)).one() == 0
        assert s.exec(select(func.count()).select_from(Attendance)).one() == 0
        assert s.exec(select(func.count()).select_from(StudentTeacher)).one() == 1


def test_instants_come_back_in_utc_and_planned_times_as_wall_clock(any_db: Database) -> None:
    _, session_id, enrolment_id = _module_with_session(any_db)
    with any_db.session() as s:
        s.add(
            Attendance(
                enrolment_id=enrolment_id,
                session_id=session_id,
                status_id=1,
                recorded_at=datetime(2026, 10, 5, 12, 0, tzinfo=UTC),
            )
        )
    with any_db.session() as s:
        mark = s.exec(select(Attendance)).one()
        session = s.get(ModuleSession, session_id)
    assert mark.recorded_at == datetime(2026, 10, 5, 12, 0, tzinfo=UTC)
    assert session is not None and session.starts_at == datetime(2026, 10, 5, 10, 0)
    assert session.starts_at.tzinfo is None


def test_seed_framework_and_marks(any_db: Database) -> None:
    with any_db.session() as s:
        numbers = s.exec(select(Competence.number).order_by(col(Competence.id))).all()
        statuses = {st.code: st.counts_as_present for st in s.exec(select(AttendanceStatus))}
    assert numbers[0] == "1.1" and numbers[-1] == "6.5" and len(numbers) == 22
    assert statuses == {"present": True, "late": True, "excused": False, "absent": False}


def test_consents_start_off(any_db: Database) -> None:
    with any_db.session() as s:
        s.add(
            StudentTeacher(
                given_name="Ana",
                family_name="Pop",
                email="ana@uni.example",
                etwinning_registered_on=date(2026, 10, 1),
            )
        )
    with any_db.session() as s:
        st = s.exec(select(StudentTeacher)).one()
    assert not (st.consent_photos or st.consent_publication or st.consent_partner_sharing)
