"""Migration 0002 (course templates): data written at 0001 survives and gains the new defaults."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from itepad.store import migrate
from itepad.store.database import open_database
from itepad.store.models import EtwinningProject, Module, QualityCriterion, QualityLabelCheck

AT_0001 = [
    "INSERT INTO module (id, code, title, academic_year, term, ects, kind, description, status,"
    " template_id, timezone, version) VALUES (1, 'ET-1', 'Intro to eTwinning', '2025/26', '',"
    " 3.0, 'introduction', 'Six weeks.', 'running', '', 'Europe/Warsaw', 2)",
    "INSERT INTO module_session (id, module_id, position, title, kind, starts_at, ends_at, place,"
    " link, description, version) VALUES (1, 1, 0, 'Welcome', 'presentation',"
    " '2025-10-06 10:00:00', '2025-10-06 11:30:00', 'Room 1', '', '', 1)",
    "INSERT INTO etwinning_project (id, title, module_id, platform_url, twinspace_url,"
    " languages, subjects, aims, state, version)"
    " VALUES (1, 'Our towns', 1, '', '', 'en,pl', '', '', 'open', 1)",
]


def test_data_written_at_0001_survives_the_upgrade(any_db_url: str) -> None:
    engine = create_engine(any_db_url if "://" in any_db_url else f"sqlite:///{any_db_url}")
    migrate.upgrade(engine, "0001_initial")
    with engine.begin() as conn:
        for statement in AT_0001:
            conn.execute(text(statement))
    engine.dispose()

    db = open_database(any_db_url)
    try:
        with db.session() as session:
            module = session.exec(select(Module)).one()
            assert (module.code, module.title, module.timezone, module.version) == (
                "ET-1",
                "Intro to eTwinning",
                "Europe/Warsaw",
                2,
            )
            assert (module.languages, module.quality_criteria, module.assessment) == ("", "", "")
            project = session.exec(select(EtwinningProject)).one()
            assert project.title == "Our towns"
            session.add(
                QualityLabelCheck(
                    project_id=1, criterion=QualityCriterion.COLLABORATION, rating=3, note="Both"
                )
            )
        with pytest.raises(IntegrityError), db.session() as session:
            session.add(QualityLabelCheck(project_id=1, criterion=QualityCriterion.COLLABORATION))
        with db.session() as session:
            session.delete(session.exec(select(EtwinningProject)).one())
        with db.session() as session:
            assert session.exec(select(QualityLabelCheck)).all() == []  # deleted with the project
    finally:
        db.close()
