"""Capture: every write is recorded whatever wrote it (Core, ORM, cascades), on both
backends; a whole-database import brings its trail along without recording itself again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text

from itepad.services.demo import fill_demo
from itepad.store import interchange
from itepad.store.database import Database, open_database
from itepad.store.models import Cohort

TODAY = date(2026, 11, 23)


def _count(db: Database, sql: str) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar_one())


def test_orm_core_and_cascades_are_recorded(any_db: Database) -> None:
    fill_demo(any_db, students=3, seed=1, today=TODAY)
    with any_db.session() as session:
        session.add(Cohort(name="PGCE 2026"))
    with any_db.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE cohort SET programme = 'PGCE', version = version + 1 "
                "WHERE name = 'PGCE 2026'"
            )
        )
        conn.execute(
            text("UPDATE cohort SET programme = 'PGCE' WHERE name = 'PGCE 2026'")
        )  # no change: no entry
    students = _count(any_db, "SELECT count(*) FROM student_teacher")
    with any_db.engine.begin() as conn:
        conn.execute(text("DELETE FROM module"))
    entries = _count(any_db, "SELECT count(*) FROM audit_entry")
    assert (
        _count(
            any_db,
            "SELECT count(*) FROM audit_entry WHERE table_name = 'cohort' AND operation = 'update'",
        )
        == 1
    )
    # The module deletion recorded every session, enrolment and mark it took with it.
    assert (
        _count(
            any_db,
            "SELECT count(*) FROM audit_entry WHERE table_name = 'attendance' "
            "AND changeset_id = (SELECT max(id) FROM audit_changeset) "
            "AND module_id IS NOT NULL AND student_id IS NOT NULL",
        )
        > 0
    )
    assert students == 3 and entries > 0


def test_import_carries_the_trail_and_records_nothing_more(db: Database, tmp_path: Path) -> None:
    fill_demo(db, students=5, seed=1, today=TODAY)
    out = tmp_path / "all.json"
    interchange.write_document(interchange.export_database(db), out)
    copy = open_database(str(tmp_path / "copy.sqlite"))
    try:
        interchange.import_document(copy, out)
        exported = interchange.export_database(copy)["tables"]
    finally:
        copy.close()
    original = interchange.read_document(out)["tables"]
    assert exported["audit_entry"] == original["audit_entry"] != []
    assert exported["audit_changeset"] == original["audit_changeset"]


def test_student_export_carries_only_their_history(db: Database) -> None:
    fill_demo(db, students=5, seed=1, today=TODAY)
    with db.engine.connect() as conn:
        sid, email = conn.execute(text("SELECT id, email FROM student_teacher ORDER BY id")).first()  # type: ignore[misc]
    tables = interchange.export_student(db, email)["tables"]
    assert tables["audit_entry"]
    assert {row["student_id"] for row in tables["audit_entry"]} == {sid}
