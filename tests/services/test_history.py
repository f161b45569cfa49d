"""The audit trail as people read it: before and after values, per record, and scrubbed by
an erasure."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select, text

from itepad.services.demo import fill_demo
from itepad.services.history import HistoryFilter, read_history
from itepad.services.privacy import erase_student
from itepad.store.audit import audit_label
from itepad.store.concurrency import versioned_update
from itepad.store.contents import TABLES
from itepad.store.database import Database

TODAY = date(2026, 11, 23)


def _student(db: Database) -> tuple[int, str, str, int]:
    st = TABLES["student_teacher"]
    with db.engine.connect() as conn:
        row = conn.execute(select(st).order_by(st.c.id)).first()
    assert row is not None
    return row.id, row.email, row.family_name, row.version


def test_history_records_before_and_after_values(any_db: Database) -> None:
    fill_demo(any_db, students=6, seed=5, today=TODAY)
    sid, _email, family, version = _student(any_db)
    any_db.audit.actor = "anna.educator"
    with any_db.engine.begin() as conn:
        versioned_update(conn, TABLES["student_teacher"], sid, version, {"family_name": "Kowalska"})

    newest = read_history(any_db, HistoryFilter(student_id=sid))[0]
    assert newest.actor == "anna.educator"
    assert newest.operation == "update" and newest.table == "student_teacher"
    assert newest.changes == f"family_name: {family} → Kowalska"
    assert newest.label.startswith("Edit student teacher ")
    # A read-only transaction writes no changeset.
    with any_db.engine.begin() as conn:
        count = conn.execute(text("SELECT count(*) FROM audit_changeset")).scalar()
        conn.execute(select(TABLES["student_teacher"]))
    with any_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_changeset")).scalar() == count


def test_attendance_history_reaches_the_student_through_the_enrolment(any_db: Database) -> None:
    fill_demo(any_db, students=6, seed=5, today=TODAY)
    en = TABLES["enrolment"]
    with any_db.engine.connect() as conn:
        enrolment = conn.execute(select(en).order_by(en.c.id)).first()
    assert enrolment is not None
    with audit_label("Withdraw a student"), any_db.engine.begin() as conn:
        conn.execute(en.delete().where(en.c.id == enrolment.id))  # cascades to attendance
    lines = read_history(any_db, HistoryFilter(student_id=enrolment.student_id, table="attendance"))
    deleted = [line for line in lines if line.operation == "delete"]
    assert deleted and all(line.label == "Withdraw a student" for line in deleted)
    assert read_history(any_db, HistoryFilter(text="withdraw a STUDENT"))


def test_erase_scrubs_the_trail_including_its_own_changes(any_db: Database) -> None:
    fill_demo(any_db, students=6, seed=5, today=TODAY)
    sid, email, family, version = _student(any_db)
    with audit_label(f"Rename {family}"), any_db.engine.begin() as conn:
        versioned_update(
            conn, TABLES["student_teacher"], sid, version, {"placement_school": "St Mary's"}
        )
    erase_student(any_db, email)

    with any_db.engine.connect() as conn:
        entries = conn.execute(
            text("SELECT before, after, anonymised FROM audit_entry WHERE student_id = :s"),
            {"s": sid},
        ).all()
        labels = conn.execute(text("SELECT label FROM audit_changeset")).scalars().all()
    assert entries and all(anonymised for _b, _a, anonymised in entries)
    trail = json.dumps([[b, a] for b, a, _ in entries]) + json.dumps(labels)
    for personal in (email, family, "St Mary"):
        assert personal not in trail
    assert f"Rename student teacher {sid}" in labels
