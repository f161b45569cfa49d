"""Taking attendance: marks, remarks, stale edits, and the configurable status set."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlmodel import select

from itepad.errors import UserError
from itepad.services import attendance
from itepad.services.attendance import Cell, MarkChangedError
from itepad.services.overview import MarkRecord, attendance_grid
from itepad.store.database import Database, open_database
from itepad.store.models import Enrolment, EnrolmentStatus

from .attendance_world import World, build_world

NOW = datetime(2026, 3, 9, 10, 5, tzinfo=UTC)


@pytest.fixture
def world(any_db: Database) -> World:
    return build_world(any_db)


def _cell(world: World, name: str, session: int, version: int | None = None) -> Cell:
    return Cell(world.enrolments[name], world.sessions[session], version)


def test_marking_empty_cells_records_who_and_when(world: World) -> None:
    saved = attendance.set_marks(
        world.db,
        [_cell(world, "Eva", 0), _cell(world, "Ana", 0)],
        "present",
        recorded_by="mcosta",
        now=NOW,
    )
    assert [(m.enrolment_id, m.status_code, m.version) for m in saved] == [
        (world.enrolments["Eva"], "present", 1),
        (world.enrolments["Ana"], "present", 1),
    ]
    assert saved[0].recorded_by == "mcosta"
    assert saved[0].recorded_at == NOW
    assert world.marks() == {
        ("Eva", 0): ("present", "", "mcosta", 1),
        ("Ana", 0): ("present", "", "mcosta", 1),
    }


def test_a_whole_session_at_once_leaves_marks_that_are_already_right(world: World) -> None:
    world.mark("Ana", 1, "present")
    world.mark("Ben", 1, "absent", remark="Train strike")
    column = [
        _cell(world, "Ana", 1, 1),
        _cell(world, "Ben", 1, 1),
        _cell(world, "Eva", 1),
    ]
    saved = attendance.set_marks(world.db, column, "present", recorded_by="mcosta", now=NOW)
    assert [m.status_code for m in saved] == ["present"] * 3
    assert world.marks() == {
        ("Ana", 1): ("present", "", "earlier", 1),  # untouched: still the earlier record
        ("Ben", 1): ("present", "Train strike", "mcosta", 2),  # the remark stays
        ("Eva", 1): ("present", "", "mcosta", 1),
    }


def test_a_stale_version_is_refused_and_nothing_is_written(world: World) -> None:
    world.mark("Ben", 0, "absent")
    with pytest.raises(MarkChangedError) as caught:
        attendance.set_marks(
            world.db,
            [_cell(world, "Ana", 0), _cell(world, "Ben", 0, version=7)],
            "late",
            recorded_by="mcosta",
        )
    message = str(caught.value)
    assert "Ben Tester" in message and "Session 1" in message and "02 Mar 2026" in message
    assert caught.value.cell == _cell(world, "Ben", 0, version=7)
    assert world.marks() == {("Ben", 0): ("absent", "", "earlier", 1)}  # Ana not marked either


def test_a_cell_marked_by_someone_else_meanwhile_is_refused(world: World) -> None:
    world.mark("Eva", 2, "excused")
    with pytest.raises(MarkChangedError):
        attendance.set_marks(world.db, [_cell(world, "Eva", 2)], "absent", recorded_by="me")
    assert world.marks()[("Eva", 2)][0] == "excused"


def test_two_editors_on_one_database(world: World, any_db_url: str) -> None:
    other = open_database(any_db_url)
    try:
        loaded = attendance.set_marks(
            world.db, [_cell(world, "Ana", 3)], "present", recorded_by="a"
        )
        # The second editor loaded the same version, saves first.
        attendance.set_marks(
            other, [_cell(world, "Ana", 3, loaded[0].version)], "late", recorded_by="b"
        )
        with pytest.raises(MarkChangedError):
            attendance.set_marks(
                world.db, [_cell(world, "Ana", 3, loaded[0].version)], "absent", recorded_by="a"
            )
        with pytest.raises(MarkChangedError):
            attendance.clear_marks(world.db, [_cell(world, "Ana", 3, loaded[0].version)])
    finally:
        other.close()
    assert world.marks()[("Ana", 3)] == ("late", "", "b", 2)


def test_clearing_marks(world: World) -> None:
    world.mark("Ana", 0, "present")
    world.mark("Ben", 0, "absent")
    attendance.clear_marks(
        world.db,
        [_cell(world, "Ana", 0, 1), _cell(world, "Ben", 0, 1), _cell(world, "Eva", 0, 3)],
    )  # Eva's mark was already cleared by someone else: the outcome asked for
    assert world.marks() == {}
    world.mark("Eva", 1, "late")
    with pytest.raises(MarkChangedError):  # the editor saw an empty cell, now it is marked
        attendance.clear_marks(world.db, [_cell(world, "Eva", 1)])
    assert world.marks() == {("Eva", 1): ("late", "", "earlier", 1)}


def test_remarks(world: World) -> None:
    with pytest.raises(UserError, match="set the mark first"):
        attendance.set_remark(world.db, _cell(world, "Ana", 0), "Ill", recorded_by="me")
    world.mark("Ana", 0, "excused")
    saved = attendance.set_remark(
        world.db, _cell(world, "Ana", 0, 1), "  Doctor's note  ", recorded_by="me", now=NOW
    )
    assert (saved.remark, saved.recorded_by, saved.recorded_at, saved.version) == (
        "Doctor's note",
        "me",
        NOW,
        2,
    )
    with pytest.raises(MarkChangedError):
        attendance.set_remark(world.db, _cell(world, "Ana", 0, 1), "Stale", recorded_by="me")
    with pytest.raises(UserError, match="at most 500"):
        attendance.set_remark(world.db, _cell(world, "Ana", 0, 2), "x" * 501, recorded_by="me")
    with pytest.raises(UserError, match="NUL"):
        attendance.set_remark(world.db, _cell(world, "Ana", 0, 2), "a\x00b", recorded_by="me")
    attendance.set_remark(world.db, _cell(world, "Ana", 0, 2), "", recorded_by="me")
    assert world.marks()[("Ana", 0)] == ("excused", "", "me", 3)


def test_refused_cells(world: World) -> None:
    other = build_world(world.db, code="ET-PROJ", names=("Ana",))
    with pytest.raises(UserError, match="no attendance status 'holiday'"):
        attendance.set_marks(world.db, [_cell(world, "Ana", 0)], "holiday", recorded_by="me")
    with pytest.raises(UserError, match="of its module"):
        attendance.set_marks(
            world.db,
            [Cell(world.enrolments["Ana"], other.sessions[0])],
            "present",
            recorded_by="me",
        )
    with world.db.session() as s:
        enrolment = s.get(Enrolment, world.enrolments["Ben"])
        assert enrolment is not None
        enrolment.status = EnrolmentStatus.WITHDRAWN
    with pytest.raises(UserError, match="withdrew"):
        attendance.set_marks(world.db, [_cell(world, "Ben", 0)], "present", recorded_by="me")
    with pytest.raises(UserError, match="removed after you loaded"):
        attendance.set_marks(
            world.db, [Cell(99_999, world.sessions[0])], "present", recorded_by="me"
        )
    assert world.marks() == {}
    assert attendance.set_marks(world.db, [], "present", recorded_by="me") == ()


# --- the status set -------------------------------------------------------------------------


def _codes(db: Database) -> list[str]:
    return [s.code for s in attendance.list_statuses(db)]


def test_the_shipped_status_set(world: World) -> None:
    world.mark("Ana", 0, "late")
    statuses = attendance.list_statuses(world.db)
    assert [(s.code, s.label, s.counts_as_present, s.shortcut, s.marks) for s in statuses] == [
        ("present", "Present", True, "p", 0),
        ("late", "Late", True, "l", 1),
        ("excused", "Excused", False, "e", 0),
        ("absent", "Absent", False, "a", 0),
    ]


def test_adding_a_status(world: World) -> None:
    added = attendance.add_status(
        world.db, "Sick_Leave", " Sick   leave ", counts_as_present=False, shortcut="S"
    )
    assert (added.code, added.label, added.shortcut, added.position, added.marks) == (
        "sick_leave",
        "Sick leave",
        "s",
        5,
        0,
    )
    assert _codes(world.db)[-1] == "sick_leave"
    attendance.set_marks(world.db, [_cell(world, "Eva", 0)], "sick_leave", recorded_by="me")
    assert world.marks()[("Eva", 0)][0] == "sick_leave"


@pytest.mark.parametrize(
    ("code", "label", "shortcut", "message"),
    [
        ("online", "Online", "p", "already sets “Present”"),
        ("online", "Online", "", "must be one letter or digit"),
        ("online", "Online", "on", "must be one letter or digit"),
        ("online", "Online", "-", "must be one letter or digit"),
        ("online", "  ", "o", "needs a label"),
        ("online", "O" * 41, "o", "at most 40"),
        ("late", "Delayed", "d", "already a status with the code 'late'"),
        ("online", "ABSENT", "o", "confused with “Absent”"),
        ("a", "Away", "w", "confused with “Absent”"),  # the code is Absent's key
        ("2nd", "Second", "2", "not valid"),
        ("", "Empty", "x", "not valid"),
    ],
)
def test_a_status_must_be_told_apart(
    db: Database, code: str, label: str, shortcut: str, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        attendance.add_status(db, code, label, counts_as_present=True, shortcut=shortcut)
    assert _codes(db) == ["present", "late", "excused", "absent"]


def test_editing_a_status(db: Database) -> None:
    late = attendance.list_statuses(db)[1]
    edited = attendance.edit_status(
        db, late.id, label="Arrived late", counts_as_present=False, shortcut="t"
    )
    assert (edited.code, edited.label, edited.counts_as_present, edited.shortcut) == (
        "late",
        "Arrived late",
        False,
        "t",
    )
    with pytest.raises(UserError, match="already sets “Absent”"):
        attendance.edit_status(db, late.id, label="Late", counts_as_present=True, shortcut="a")
    # Keeping its own key is no clash.
    attendance.edit_status(db, late.id, label="Late", counts_as_present=True, shortcut="t")
    with pytest.raises(UserError, match="removed meanwhile"):
        attendance.edit_status(db, 99_999, label="X", counts_as_present=True, shortcut="x")


def test_reordering_statuses(db: Database) -> None:
    ids = {s.code: s.id for s in attendance.list_statuses(db)}
    order = [ids["absent"], ids["present"], ids["late"], ids["excused"]]
    attendance.reorder_statuses(db, order)
    assert _codes(db) == ["absent", "present", "late", "excused"]
    assert [s.position for s in attendance.list_statuses(db)] == [1, 2, 3, 4]
    with pytest.raises(UserError, match="changed meanwhile"):
        attendance.reorder_statuses(db, order[:3])


def test_removing_statuses(world: World) -> None:
    world.mark("Ana", 0, "late")
    statuses = {s.code: s for s in attendance.list_statuses(world.db)}
    with pytest.raises(UserError, match="used by 1 marks"):
        attendance.remove_status(world.db, statuses["late"].id)
    for code in ("present", "excused", "absent"):
        attendance.remove_status(world.db, statuses[code].id)
    assert _codes(world.db) == ["late"]
    attendance.clear_marks(world.db, [_cell(world, "Ana", 0, 1)])
    with pytest.raises(UserError, match="last status"):
        attendance.remove_status(world.db, statuses["late"].id)
    with world.db.session() as s:
        assert len(s.exec(select(Enrolment)).all()) == 3  # nothing else went


def test_login_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attendance.getpass, "getuser", lambda: "mcosta")
    assert attendance.login_name() == "mcosta"

    def no_name() -> str:
        raise KeyError("getpwuid(): uid not found: 1000")

    monkeypatch.setattr(attendance.getpass, "getuser", no_name)
    assert attendance.login_name() == ""


def test_the_grid_carries_what_an_edit_needs(world: World) -> None:
    world.mark("Ben", 1, "late", remark="Bus")
    attendance.set_marks(world.db, [_cell(world, "Ben", 1, 1)], "absent", recorded_by="me", now=NOW)
    grid = attendance_grid(world.db, world.module_id)
    ben = next(row for row in grid.rows if row.enrolment_id == world.enrolments["Ben"])
    assert ben.marks == (None, "absent", None, None)
    assert ben.records[1] == MarkRecord(2, "Bus", "me", NOW)
    assert ben.records[0] is None
