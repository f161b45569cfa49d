"""JSON interchange: complete, lossless, and the way from SQLite to PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from itepad.errors import UserError
from itepad.services.demo import fill_demo
from itepad.store import interchange
from itepad.store.contents import data_tables, first_table_with_rows
from itepad.store.database import Database, open_database
from itepad.store.models import Cohort, Module, StudentTeacher

TODAY = date(2026, 11, 23)


def test_sqlite_to_postgresql_and_back_gives_the_same_data(
    db: Database, pg_url: str, tmp_path: Path
) -> None:
    fill_demo(db, students=60, seed=7, today=TODAY)
    first = tmp_path / "first.json"
    interchange.write_document(interchange.export_database(db), first)

    server = open_database(pg_url)
    try:
        interchange.import_document(server, first)
        second = interchange.export_database(server)
        # Sequences follow the imported ids: a new record gets a fresh id.
        with server.session() as session:
            cohort = session.exec(select(Cohort)).first()
            assert cohort is not None
            session.add(
                StudentTeacher(
                    given_name="Nowa",
                    family_name="Osoba",
                    email="nowa.osoba@example.org",
                    cohort_id=cohort.id,
                )
            )
    finally:
        server.close()
    assert interchange.read_document(first)["tables"] == second["tables"]


def test_every_table_is_exported(db: Database) -> None:
    fill_demo(db, students=40, seed=1, today=TODAY)
    tables = interchange.export_database(db)["tables"]
    assert set(tables) == {t.name for t in data_tables()}
    empty = [name for name, rows in tables.items() if not rows]
    assert empty == []


def test_failed_import_leaves_the_database_empty(db: Database, tmp_path: Path) -> None:
    source = open_database(str(tmp_path / "source.sqlite"))
    fill_demo(source, students=40, seed=1, today=TODAY)
    document = interchange.export_database(source)
    source.close()
    # The last table in foreign-key order refers to a row that is not there.
    document["tables"]["competence_assessment"][0]["student_id"] = 10**9
    broken = tmp_path / "broken.json"
    interchange.write_document(document, broken)
    with pytest.raises(UserError, match="competence_assessment"):
        interchange.import_document(db, broken)
    with db.engine.connect() as conn:
        assert first_table_with_rows(conn) is None


def test_an_export_from_an_older_schema_still_loads(db: Database, tmp_path: Path) -> None:
    source = open_database(str(tmp_path / "source.sqlite"))
    fill_demo(source, students=40, seed=1, today=TODAY)
    document = interchange.export_database(source)
    source.close()
    # Schema 0001 had neither these module columns nor the Quality Label self-check.
    for row in document["tables"]["module"]:
        for column in ("languages", "quality_criteria", "assessment"):
            del row[column]
    del document["tables"]["quality_label_check"]
    old = tmp_path / "old.json"
    interchange.write_document(document, old)
    interchange.import_document(db, old)
    with db.session() as session:
        modules = session.exec(select(Module)).all()
    assert len(modules) == 3
    assert all(m.languages == "" and m.assessment == "" for m in modules)
