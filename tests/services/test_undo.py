"""Undo / redo: every kind of change applies, reverts and reapplies to the same database state,
versions never go back, and a revert that would clobber someone's later change is refused."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select, text

from itepad.errors import UserError
from itepad.services import attendance, module_editing
from itepad.services.demo import fill_demo
from itepad.services.privacy import erase_student
from itepad.services.undo import UndoHistory
from itepad.store import interchange
from itepad.store.audit_revert import RevertRefusedError
from itepad.store.concurrency import ConflictError, versioned_update
from itepad.store.contents import TABLES
from itepad.store.database import Database, open_database
from itepad.store.models import StudentTeacher

TODAY = date(2026, 11, 23)
State = dict[str, list[dict[str, Any]]]


def state(db: Database, *, versions: bool = False) -> State:
    """Every record but the audit trail; versions left out unless asked for."""
    tables = interchange.export_database(db)["tables"]
    return {
        name: [{k: v for k, v in row.items() if versions or k != "version"} for row in rows]
        for name, rows in tables.items()
        if not name.startswith("audit_")
    }


@pytest.fixture
def filled(any_db: Database) -> Iterator[tuple[Database, UndoHistory]]:
    fill_demo(any_db, students=8, seed=3, today=TODAY)
    history = UndoHistory(any_db)
    yield any_db, history
    history.close()


def _first(db: Database, table: str) -> Any:
    with db.engine.connect() as conn:
        return conn.execute(select(TABLES[table]).order_by(TABLES[table].c.id)).first()


def edit_student_core(db: Database) -> None:
    row = _first(db, "student_teacher")
    with db.engine.begin() as conn:
        versioned_update(
            conn, TABLES["student_teacher"], row.id, row.version, {"family_name": "Kowalska"}
        )


def add_student_orm(db: Database) -> None:
    with db.session() as session:
        session.add(
            StudentTeacher(given_name="Nowa", family_name="Osoba", email="nowa@example.org")
        )


def delete_session_cascading(db: Database) -> None:
    module_editing.remove_session(db, _first(db, "module_session").id)


def mark_attendance(db: Database) -> None:
    """Many cells in one transaction: new marks and changed ones."""
    with db.engine.connect() as conn:
        enrolments = conn.execute(select(TABLES["enrolment"])).all()
        sessions = conn.execute(select(TABLES["module_session"])).all()
        versions = {
            (row.enrolment_id, row.session_id): row.version
            for row in conn.execute(select(TABLES["attendance"]))
        }
    cells = [
        attendance.Cell(e.id, s.id, versions.get((e.id, s.id)))
        for e in enrolments[:4]
        for s in sessions
        if s.module_id == e.module_id
    ]
    assert cells
    attendance.set_marks(db, cells, "excused", recorded_by="tester")


def reorder_sessions(db: Database) -> None:
    module_editing.reorder_session(db, _first(db, "module_session").id, 2)


def delete_module(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            TABLES["module"].delete().where(TABLES["module"].c.id == _first(db, "module").id)
        )


def shift_session(db: Database) -> None:
    module_editing.shift_session(db, _first(db, "module_session").id, timedelta(days=7))


COMMANDS: list[Callable[[Database], None]] = [
    edit_student_core,
    add_student_orm,
    delete_session_cascading,
    mark_attendance,
    reorder_sessions,
    delete_module,
    shift_session,
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.__name__)
def test_every_command_applies_reverts_and_reapplies(
    filled: tuple[Database, UndoHistory], command: Callable[[Database], None]
) -> None:
    db, history = filled
    before = state(db)
    command(db)
    after = state(db)
    assert after != before
    assert len(history.undo_steps()) == 1

    history.undo()
    assert state(db) == before
    assert history.undo_steps() == [] and len(history.redo_steps()) == 1

    history.redo()
    assert state(db) == after
    history.undo()
    assert state(db) == before


def test_labels_name_the_action(filled: tuple[Database, UndoHistory]) -> None:
    db, history = filled
    edit_student_core(db)
    mark_attendance(db)
    delete_session_cascading(db)
    labels = [s.label for s in history.undo_steps()]
    assert labels[0].startswith("Edit student teacher ") and labels[0].endswith(" Kowalska")
    assert labels[1].startswith("Mark ") and labels[1].endswith(" students excused")
    assert labels[2].startswith("Delete session '")
    history.undo()
    with db.engine.connect() as conn:
        undo_label = conn.execute(
            text("SELECT label FROM audit_changeset ORDER BY id DESC")
        ).scalar()
    assert undo_label == f"Undo: {labels[2]}"


def test_undo_never_rewinds_a_version(filled: tuple[Database, UndoHistory]) -> None:
    db, history = filled
    row = _first(db, "student_teacher")
    edit_student_core(db)
    history.undo()
    now = _first(db, "student_teacher")
    assert now.family_name == row.family_name
    assert now.version == row.version + 2
    # An editor still holding the version before the undo is refused, not let through.
    with pytest.raises(ConflictError), db.engine.begin() as conn:
        versioned_update(
            conn, TABLES["student_teacher"], row.id, row.version + 1, {"family_name": "Stale"}
        )


def test_a_later_change_blocks_undo_of_the_earlier_one(
    filled: tuple[Database, UndoHistory],
) -> None:
    db, history = filled
    edit_student_core(db)
    someone_else = open_database(db.location.url)
    try:
        row = _first(someone_else, "student_teacher")
        with someone_else.engine.begin() as conn:
            st = TABLES["student_teacher"]
            versioned_update(conn, st, row.id, row.version, {"given_name": "Zofia"})
    finally:
        someone_else.close()
    before = state(db, versions=True)
    with pytest.raises(RevertRefusedError, match=r"student teacher Zofia .* was changed since"):
        history.undo()
    assert state(db, versions=True) == before
    assert len(history.undo_steps()) == 1  # still there, to try again


def test_undo_that_would_cascade_into_later_records_is_refused(
    filled: tuple[Database, UndoHistory],
) -> None:
    db, history = filled
    add_student_orm(db)
    new_id = _first_new_student(db)
    with db.engine.begin() as conn:
        conn.execute(
            TABLES["enrolment"]
            .insert()
            .values(module_id=_first(db, "module").id, student_id=new_id)
        )
    history._done = history._done[:1]  # undo the addition, not the enrolment made since
    before = state(db, versions=True)
    with pytest.raises(RevertRefusedError, match="would also change the enrolment"):
        history.undo()
    assert state(db, versions=True) == before


def _first_new_student(db: Database) -> int:
    with db.engine.connect() as conn:
        st = TABLES["student_teacher"]
        return int(
            conn.execute(select(st.c.id).where(st.c.email == "nowa@example.org")).scalar_one()
        )


def test_nothing_to_undo_or_redo(filled: tuple[Database, UndoHistory]) -> None:
    _db, history = filled
    with pytest.raises(UserError, match="nothing to undo"):
        history.undo()
    with pytest.raises(UserError, match="nothing to redo"):
        history.redo()


def test_a_new_change_clears_redo_and_undo_to(filled: tuple[Database, UndoHistory]) -> None:
    db, history = filled
    before = state(db)
    edit_student_core(db)
    shift_session(db)
    reorder_sessions(db)
    history.undo()
    add_student_orm(db)
    assert history.redo_steps() == []
    history.undo_to(0)
    assert state(db) == before


def test_erase_drops_the_student_from_the_undo_history(
    filled: tuple[Database, UndoHistory],
) -> None:
    db, history = filled
    edit_student_core(db)
    shift_session(db)
    erase_student(db, _first(db, "student_teacher").email)
    labels = [s.label for s in history.undo_steps()]
    assert len(labels) == 1 and labels[0].startswith("Edit session")


@pytest.mark.postgres
def test_undo_after_a_concurrent_change_on_postgresql_is_refused(pg_url: str) -> None:
    mine, theirs = open_database(pg_url), open_database(pg_url)
    try:
        fill_demo(mine, students=5, seed=2, today=TODAY)
        history = UndoHistory(mine)
        edit_student_core(mine)
        row = _first(theirs, "student_teacher")
        with theirs.engine.begin() as conn:  # another educator, another connection
            versioned_update(
                conn, TABLES["student_teacher"], row.id, row.version, {"given_name": "Zofia"}
            )
        before = state(mine, versions=True)
        with pytest.raises(RevertRefusedError, match="Zofia"):
            history.undo()
        assert state(mine, versions=True) == before
        assert len(history.undo_steps()) == 1  # still there, to try again after a reload
    finally:
        mine.close()
        theirs.close()
