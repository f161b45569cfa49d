"""The demo data set: realistic, deterministic, and only ever written into an empty database."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Connection, Integer, func, select, text
from sqlmodel import SQLModel

from itepad.errors import UserError
from itepad.services.demo import DemoSummary, fill_demo
from itepad.services.demo_content import ascii_slug
from itepad.store.contents import AUDIT_TABLES, data_tables, user_tables
from itepad.store.database import Database, open_database
from itepad.store.models import Cohort, Enrolment, MentoringMeeting, SessionKind, StudentTeacher

TODAY = date(2026, 11, 25)  # a Wednesday in the autumn term
TABLES = SQLModel.metadata.tables
USER_TABLES = user_tables()
# The audit trail records when the demo was written, so two fills never match there.
RECORD_TABLES = [t for t in data_tables() if t.name not in AUDIT_TABLES]


def _dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, ordered by primary key."""
    with db.engine.connect() as conn:
        return {
            table.name: [
                tuple(row)
                for row in conn.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in RECORD_TABLES
        }


def _counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in RECORD_TABLES
        }


def _column(conn: Connection, table: str, column: str) -> list[Any]:
    return list(conn.scalars(select(TABLES[table].c[column])))


@pytest.fixture
def demo(db: Database) -> tuple[Database, DemoSummary]:
    return db, fill_demo(db, today=TODAY)


def test_summary_counts_what_was_written(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    counts = _counts(db)
    assert summary.rows, "nothing written"
    for table, written in summary.rows:
        assert counts[table] == written, table
    assert summary.total == sum(counts[t.name] for t in USER_TABLES)
    assert {t.name for t in USER_TABLES} == {table for table, _ in summary.rows}


def test_people_and_institutions(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    assert summary.count("student_teacher") >= 40
    with db.engine.connect() as conn:
        emails = _column(conn, "student_teacher", "email")
        names = " ".join(
            f"{given} {family}"
            for given, family in conn.execute(
                select(
                    TABLES["student_teacher"].c.given_name, TABLES["student_teacher"].c.family_name
                )
            )
        )
        institutions = conn.execute(
            select(TABLES["institution"].c.country, TABLES["institution"].c.is_own)
        ).all()
        roles = set(_column(conn, "teacher_educator", "role"))
        statuses = set(_column(conn, "student_teacher", "etwinning_status"))
        photo_consents = sum(_column(conn, "student_teacher", "consent_photos"))

    assert len(set(emails)) == len(emails)
    assert all(e.isascii() and re.fullmatch(r"[a-z0-9.-]+@[a-z0-9.-]+", e) for e in emails)
    for script, pattern in {
        "Greek": r"[\u0370-\u03ff]",
        "Cyrillic": r"[\u0400-\u04ff]",
        "Armenian": r"[\u0530-\u058f]",
        "Georgian": r"[\u10a0-\u10ff]",
        "Polish": r"[ąćęłńśźżŁŚŻ]",
    }.items():
        assert re.search(pattern, names), f"no {script} letters among student teachers' names"

    assert [own for _, own in institutions].count(True) == 1
    assert len({country for country, _ in institutions}) >= 6
    assert {"teacher_educator", "school_mentor", "ambassador"} <= roles
    assert statuses == {"not_registered", "pending", "validated"}
    assert photo_consents < summary.count("student_teacher") / 2  # opt-in: mostly off


def test_sessions_cover_every_kind_on_weekdays(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    sessions = TABLES["module_session"]
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(sessions.c.module_id, sessions.c.kind, sessions.c.starts_at, sessions.c.ends_at)
        ).all()
    assert {kind for _, kind, _, _ in rows} == set(SessionKind)
    assert all(starts.weekday() < 5 and 9 <= starts.hour <= 17 for _, _, starts, _ in rows)
    assert all(ends > starts for _, _, starts, ends in rows)
    for module_id in {m for m, _, _, _ in rows}:
        days = [starts.date() for m, _, starts, _ in rows if m == module_id]
        assert min(days) < TODAY <= max(days), "each module is under way"


def test_attendance_only_for_past_sessions(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    att, sessions = TABLES["attendance"], TABLES["module_session"]
    with db.engine.connect() as conn:
        marks = conn.execute(
            select(
                sessions.c.starts_at, att.c.recorded_at, att.c.recorded_by, att.c.status_id
            ).join(sessions, sessions.c.id == att.c.session_id)
        ).all()
    assert summary.count("attendance") == len(marks) > 0
    assert all(starts.date() < TODAY for starts, _, _, _ in marks)
    assert {status for *_, status in marks} == {1, 2, 3, 4}
    assert all(by.endswith(".example") for _, _, by, _ in marks)
    # Taken ten minutes into the session, Irish wall-clock time, stored as UTC.
    dublin = ZoneInfo("Europe/Dublin")
    for starts, recorded, _, _ in marks:
        expected = (starts + timedelta(minutes=10)).replace(tzinfo=dublin).astimezone(UTC)
        assert recorded.replace(tzinfo=UTC) == expected


def test_some_student_teachers_drift_away(demo: tuple[Database, DemoSummary]) -> None:
    """The attendance overview has someone to flag: three absences in a row at the end."""
    db, _ = demo
    att, sessions = TABLES["attendance"], TABLES["module_session"]
    with db.engine.connect() as conn:
        marks = conn.execute(
            select(att.c.enrolment_id, att.c.status_id)
            .join(sessions, sessions.c.id == att.c.session_id)
            .order_by(att.c.enrolment_id, sessions.c.starts_at)
        ).all()
    by_enrolment: dict[int, list[int]] = {}
    for enrolment, status in marks:
        by_enrolment.setdefault(enrolment, []).append(status)
    absent = 4
    drifting = [e for e, s in by_enrolment.items() if s[-3:] == [absent] * 3]
    assert 1 <= len(drifting) < len(by_enrolment) / 4


def test_mentoring_records(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    meetings, targets = TABLES["mentoring_meeting"], TABLES["mentoring_target"]
    with db.engine.connect() as conn:
        signed = conn.execute(
            select(meetings.c.signed_content, meetings.c.signed_hash, meetings.c.signed_by).where(
                meetings.c.signed_by != ""
            )
        ).all()
        per_meeting = conn.execute(
            select(func.count()).select_from(targets).group_by(targets.c.meeting_id)
        ).scalars()
        carried = conn.execute(
            select(func.count()).where(targets.c.carried_from_id.is_not(None))
        ).scalar_one()
        overdue = conn.execute(
            select(func.count()).where(targets.c.status == "open", targets.c.due_on < TODAY)
        ).scalar_one()
        mentees = conn.execute(select(func.count()).select_from(TABLES["meeting_mentee"])).scalar()
    assert signed
    for content, digest, by in signed:
        assert hashlib.sha256(content.encode()).hexdigest() == digest
        assert json.loads(content)["mentor"] == by
    assert max(per_meeting) <= 3
    assert carried > 0 and overdue > 0 and mentees


def test_same_seed_gives_the_same_rows(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        db = open_database(str(tmp_path / f"{name}.sqlite"))
        try:
            fill_demo(db, students=60, seed=seed, today=TODAY)
            dumps.append(_dump(db))
        finally:
            db.close()
    same, also_same, other = dumps
    assert same == also_same
    assert same["student_teacher"] != other["student_teacher"]


@pytest.mark.parametrize(
    ("today", "year"),
    [(date(2026, 9, 14), "2026/27"), (date(2027, 3, 10), "2026/27"), (date(2027, 9, 1), "2027/28")],
)
def test_dates_follow_today(db: Database, today: date, year: str) -> None:
    fill_demo(db, students=5, today=today)
    with db.engine.connect() as conn:
        cohorts = _column(conn, "cohort", "name")
        starts = _column(conn, "module_session", "starts_at")
    assert all(year in name for name in cohorts)
    assert min(starts).date() < today <= max(starts).date()
    assert not any((s.month, s.day) >= (12, 20) or (s.month, s.day) <= (1, 6) for s in starts)


def test_today_defaults_to_the_current_date(db: Database) -> None:
    fill_demo(db, students=3)
    with db.engine.connect() as conn:
        starts = _column(conn, "module_session", "starts_at")
    assert min(starts).date() < date.today() <= max(starts).date()


@pytest.mark.parametrize("students", [1, 2, 1000])
def test_any_number_of_students(db: Database, students: int) -> None:
    summary = fill_demo(db, students=students, today=TODAY)
    assert summary.count("student_teacher") == students
    with db.engine.connect() as conn:
        emails = _column(conn, "student_teacher", "email")
    assert len(set(emails)) == students
    assert students <= summary.count("enrolment") <= 2 * students


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Wiśniewska", "wisniewska"),
        ("Παπαδοπούλου", "papadopoulou"),
        ("Ευαγγελία", "evangelia"),
        ("Олійник", "oliynyk"),
        ("Հովհաննիսյան", "hovhannisyan"),
        ("ჯაფარიძე", "japaridze"),
        ("Ștefănescu", "stefanescu"),
        ("O'Sullivan", "osullivan"),
        ("Ní Bhriain", "ni-bhriain"),
        ("Weiß", "weiss"),
    ],
)
def test_names_become_ascii_addresses(name: str, slug: str) -> None:
    assert ascii_slug(name) == slug


def test_no_students_is_refused(db: Database) -> None:
    with pytest.raises(UserError, match="at least one"):
        fill_demo(db, students=0)


def test_a_database_with_data_is_refused_and_left_alone(any_db: Database) -> None:
    fill_demo(any_db, students=5, today=TODAY)
    before = _dump(any_db)
    with pytest.raises(UserError) as refused:
        fill_demo(any_db, students=5, seed=2, today=TODAY)
    message = str(refused.value)
    assert any_db.location.display_name in message
    assert "not empty" in message and "new file" in message
    assert _dump(any_db) == before


def test_one_row_is_enough_to_refuse(db: Database) -> None:
    with db.session() as session:
        session.add(Cohort(name="Existing cohort"))
    with pytest.raises(UserError, match="not empty"):
        fill_demo(db)
    counts = _counts(db)
    assert counts["cohort"] == 1
    assert sum(counts[t.name] for t in USER_TABLES) == 1


def test_the_app_can_add_records_after_a_demo(any_db: Database) -> None:
    """Explicit ids must not leave PostgreSQL's sequences behind."""
    summary = fill_demo(any_db, students=40, today=TODAY)
    with any_db.session() as session:
        cohort = Cohort(name="New cohort")
        student = StudentTeacher(given_name="Nowa", family_name="Osoba", email="nowa@x.example")
        session.add_all([cohort, student])
        session.flush()
        session.add(Enrolment(module_id=1, student_id=student.id or 0))
        session.add(MentoringMeeting(held_at=datetime(2026, 12, 1, 10), mentor_id=1))
    assert cohort.id == summary.count("cohort") + 1
    assert student.id == summary.count("student_teacher") + 1


@pytest.mark.postgres
def test_every_sequence_is_past_the_demo_ids(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        fill_demo(db, students=10, today=TODAY)
        with db.engine.connect() as conn:
            for table in USER_TABLES:
                if "id" not in table.c or not isinstance(table.c.id.type, Integer):
                    continue
                last = conn.execute(select(func.max(table.c.id))).scalar()
                if last is None:
                    continue
                following = conn.execute(
                    text("SELECT nextval(pg_get_serial_sequence(:t, 'id'))"), {"t": table.name}
                ).scalar_one()
                assert following > last, table.name
    finally:
        db.close()
