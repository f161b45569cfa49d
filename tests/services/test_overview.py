"""The page queries, checked against a small hand-made dataset whose figures are known."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import SQLModel, select

from itepad.services import overview
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
    ModuleKind,
    ModuleSession,
    ModuleStatus,
    SessionKind,
    StudentTeacher,
    TeacherEducator,
)

NOW = datetime(2026, 3, 10, 9, 0)


def _id(record: SQLModel) -> int:
    """The primary key of a flushed record."""
    value = getattr(record, "id", None)
    assert isinstance(value, int)
    return value


@pytest.fixture
def filled(any_db: Database) -> Database:
    """3 current student teachers and 1 archived, 2 modules, marks, 2 mentoring meetings."""
    with any_db.session() as s:
        status = {a.code: _id(a) for a in s.exec(select(AttendanceStatus))}
        c1 = Cohort(name="PE-2026", programme="Primary education", academic_year="2025/26")
        c2 = Cohort(name="SE-2026", programme="Secondary education")
        s.add_all([c1, c2])
        s.flush()
        ana = StudentTeacher(
            given_name="Ana",
            family_name="Zorić",
            email="ana@ite.example",
            cohort_id=c1.id,
            etwinning_status=EtwinningStatus.VALIDATED,
        )
        ben = StudentTeacher(
            given_name="Ben",
            family_name="Adams",
            email="ben@ite.example",
            cohort_id=c2.id,
            programme="Mathematics",
            etwinning_status=EtwinningStatus.PENDING,
        )
        eva = StudentTeacher(given_name="Eva", family_name="Müller", email="eva@ite.example")
        gone = StudentTeacher(
            given_name="Old",
            family_name="Leaver",
            email="old@ite.example",
            archived_at=datetime(2025, 1, 1, tzinfo=UTC),
        )
        s.add_all([ana, ben, eva, gone])
        m1 = Module(
            code="ET-INTRO",
            title="eTwinning introduction",
            academic_year="2025/26",
            term="Spring",
            kind=ModuleKind.INTRODUCTION,
            status=ModuleStatus.RUNNING,
        )
        m2 = Module(code="ET-PROJ", title="Project module", academic_year="2025/26")
        s.add_all([m1, m2])
        s.flush()
        past = ModuleSession(
            module_id=_id(m1),
            title="Kick-off",
            starts_at=NOW - timedelta(days=7),
            ends_at=NOW - timedelta(days=7, hours=-2),
        )
        soon = ModuleSession(
            module_id=_id(m1),
            title="TwinSpace tour",
            kind=SessionKind.DEMONSTRATION,
            place="Room 4",
            starts_at=NOW + timedelta(days=2),
            ends_at=NOW + timedelta(days=2, hours=2),
        )
        later = ModuleSession(
            module_id=_id(m1),
            title="Partner call",
            starts_at=NOW + timedelta(days=20),
            ends_at=NOW + timedelta(days=20, hours=1),
        )
        s.add_all([past, soon, later])
        s.flush()
        e_ana = Enrolment(module_id=_id(m1), student_id=_id(ana))
        e_ben = Enrolment(module_id=_id(m1), student_id=_id(ben))
        e_eva = Enrolment(module_id=_id(m1), student_id=_id(eva), status=EnrolmentStatus.WITHDRAWN)
        e_ana2 = Enrolment(module_id=_id(m2), student_id=_id(ana), status=EnrolmentStatus.COMPLETED)
        s.add_all([e_ana, e_ben, e_eva, e_ana2])
        s.flush()
        recorded = datetime(2026, 3, 3, tzinfo=UTC)
        # Ana: present, late (both count); Ben: absent.
        s.add_all(
            [
                Attendance(
                    enrolment_id=_id(e_ana),
                    session_id=_id(past),
                    status_id=status["present"],
                    recorded_at=recorded,
                ),
                Attendance(
                    enrolment_id=_id(e_ana),
                    session_id=_id(soon),
                    status_id=status["late"],
                    recorded_at=recorded,
                ),
                Attendance(
                    enrolment_id=_id(e_ben),
                    session_id=_id(past),
                    status_id=status["absent"],
                    recorded_at=recorded,
                ),
            ]
        )
        mentor = TeacherEducator(name="Dr Maria Costa", email="costa@ite.example")
        s.add(mentor)
        s.flush()
        signed = MentoringMeeting(
            held_at=NOW - timedelta(days=3),
            mentor_id=_id(mentor),
            focus="Planning the first TwinSpace activity",
            signed_by="Dr Maria Costa",
            signed_at=datetime(2026, 3, 7, tzinfo=UTC),
        )
        unsigned = MentoringMeeting(held_at=NOW - timedelta(days=1), mentor_id=_id(mentor))
        s.add_all([signed, unsigned])
        s.flush()
        s.add_all(
            [
                MeetingMentee(meeting_id=_id(signed), student_id=_id(ben)),
                MeetingMentee(meeting_id=_id(signed), student_id=_id(ana)),
                MeetingMentee(meeting_id=_id(unsigned), student_id=_id(eva)),
                MentoringTarget(meeting_id=_id(signed), text="Agree a project plan"),
                MentoringTarget(meeting_id=_id(signed), text="Register on eTwinning", position=1),
                MentoringAction(meeting_id=_id(signed), text="Overdue", due_on=date(2026, 3, 1)),
                MentoringAction(meeting_id=_id(signed), text="Due later", due_on=date(2026, 4, 1)),
                MentoringAction(meeting_id=_id(unsigned), text="Done", status=ActionStatus.DONE),
                MentoringAction(meeting_id=_id(unsigned), text="No due date"),
            ]
        )
    return any_db


def test_dashboard_figures(filled: Database) -> None:
    figures = overview.dashboard(filled, now=NOW)
    assert figures.student_teachers == 3  # the archived one is left out
    assert figures.cohorts == 2
    assert figures.modules == 2
    assert figures.upcoming_sessions == 1
    assert (
        figures.etwinning_not_registered,
        figures.etwinning_pending,
        figures.etwinning_validated,
    ) == (1, 1, 1)
    assert (figures.open_actions, figures.overdue_actions) == (3, 1)
    (session,) = figures.upcoming
    assert (session.module_code, session.title, session.kind, session.place) == (
        "ET-INTRO",
        "TwinSpace tour",
        "Hands-on demonstration",
        "Room 4",
    )


def test_dashboard_of_an_empty_database(any_db: Database) -> None:
    figures = overview.dashboard(any_db, now=NOW)
    assert figures.student_teachers == 0
    assert figures.upcoming == ()


def test_module_rows(filled: Database) -> None:
    rows = {row.code: row for row in overview.module_rows(filled)}
    intro = rows["ET-INTRO"]
    assert (intro.title, intro.term, intro.kind, intro.status) == (
        "eTwinning introduction",
        "Spring",
        "Introduction",
        "Running",
    )
    assert (intro.sessions, intro.enrolled) == (3, 2)  # the withdrawn enrolment does not count
    assert (rows["ET-PROJ"].sessions, rows["ET-PROJ"].enrolled) == (0, 1)


def test_student_rows(filled: Database) -> None:
    # At NOW only the kick-off has begun: Ana's mark for the TwinSpace tour does not count yet.
    rows = overview.student_rows(filled, now=NOW.replace(tzinfo=UTC))
    assert [r.email for r in rows] == ["ben@ite.example", "eva@ite.example", "ana@ite.example"]
    ben, eva, ana = rows
    assert (ana.name, ana.cohort, ana.programme) == ("Ana Zorić", "PE-2026", "Primary education")
    assert ben.programme == "Mathematics"  # the student's own programme wins over the cohort's
    assert (eva.cohort, eva.programme) == ("", "")
    assert ana.etwinning_status == "Validated"
    assert ana.attendance_rate == 1.0
    assert ben.attendance_rate == 0.0
    assert eva.attendance_rate is None


def test_attendance_grid(filled: Database) -> None:
    module_id = next(r.id for r in overview.module_rows(filled) if r.code == "ET-INTRO")
    grid = overview.attendance_grid(filled, module_id)
    assert [s.title for s in grid.sessions] == ["Kick-off", "TwinSpace tour", "Partner call"]
    assert [r.name for r in grid.rows] == ["Ben Adams", "Ana Zorić"]
    assert grid.rows[0].marks == ("absent", None, None)
    assert grid.rows[1].marks == ("present", "late", None)
    assert [(k.code, k.letter, k.counts_as_present) for k in grid.kinds] == [
        ("present", "P", True),
        ("late", "L", True),
        ("excused", "E", False),
        ("absent", "A", False),
    ]


def test_meeting_rows(filled: Database) -> None:
    newest, older = overview.meeting_rows(filled)
    assert (newest.mentees, newest.targets, newest.open_actions, newest.signed) == (
        "Eva Müller",
        0,
        1,
        False,
    )
    assert older.mentor == "Dr Maria Costa"
    assert older.mentees == "Ben Adams, Ana Zorić"
    assert (older.targets, older.open_actions, older.signed) == (2, 2, True)
