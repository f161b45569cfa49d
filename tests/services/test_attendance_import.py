"""Attendance marks from CSV files as people make them; all or nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from itepad.errors import UserError
from itepad.services.attendance_import import (
    AttendanceImportError,
    ImportProblem,
    ImportResult,
    import_attendance,
)
from itepad.store.database import Database
from itepad.store.models import Enrolment, EnrolmentStatus, ModuleSession

from .attendance_world import World, build_world

NOW = datetime(2026, 3, 20, 18, 0, tzinfo=UTC)


@pytest.fixture
def world(any_db: Database) -> World:
    # Sessions 1-4 on 2, 9, 16 and 23 March 2026 at 10:00, titled "Session 1" .. "Session 4".
    world = build_world(any_db, names=("Ana", "Ben", "Eva", "Ola"))
    build_world(any_db, code="ET-PROJ", names=("Zoé",))  # someone of another module
    with any_db.session() as s:
        ola = s.get(Enrolment, world.enrolments["Ola"])
        assert ola is not None
        ola.status = EnrolmentStatus.WITHDRAWN
    return world


def _write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "marks.csv"
    path.write_bytes(text.encode(encoding))
    return path


def _import(world: World, path: Path) -> ImportResult:
    return import_attendance(world.db, path, world.code, recorded_by="importer", now=NOW)


def test_sessions_and_statuses_named_every_way(world: World, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "Status,E-mail,Session,Comment\n"
        "present,ana@ite.example,1,\n"  # by number, status by code
        "Late,ANA@ite.example,2026-03-09 10:00,Bus\n"  # by date and time, by label
        "a,ana@ite.example,session 3,\n"  # by title, by key
        "E,ben@ite.example,2026-03-23,Doctor's note\n"  # by the day alone
        "\n"  # blank lines are skipped
        "p,eva@ite.example,2026-03-02T10:00,\n",
    )
    assert _import(world, path) == ImportResult(added=5, changed=0, unchanged=0)
    assert world.marks() == {
        ("Ana", 0): ("present", "", "importer", 1),
        ("Ana", 1): ("late", "Bus", "importer", 1),
        ("Ana", 2): ("absent", "", "importer", 1),
        ("Ben", 3): ("excused", "Doctor's note", "importer", 1),
        ("Eva", 0): ("present", "", "importer", 1),
    }


def test_importing_again_changes_only_what_differs(world: World, tmp_path: Path) -> None:
    world.mark("Ana", 0, "absent", remark="Kept")
    world.mark("Ben", 0, "present")
    path = _write(tmp_path, "email,session,status\nana@ite.example,1,late\nben@ite.example,1,p\n")
    assert _import(world, path) == ImportResult(added=0, changed=1, unchanged=1)
    # Without a remark column remarks stay; a changed mark gets a new version.
    assert world.marks()[("Ana", 0)] == ("late", "Kept", "importer", 2)
    assert world.marks()[("Ben", 0)] == ("present", "", "earlier", 1)
    assert _import(world, path) == ImportResult(added=0, changed=0, unchanged=2)


def test_an_empty_remark_cell_removes_the_remark(world: World, tmp_path: Path) -> None:
    world.mark("Ana", 0, "late", remark="Bus")
    path = _write(tmp_path, "email,session,status,remark\nana@ite.example,1,late,\n")
    assert _import(world, path) == ImportResult(added=0, changed=1, unchanged=0)
    assert world.marks()[("Ana", 0)] == ("late", "", "importer", 2)


def test_semicolons_bom_and_a_windows_code_page(world: World, tmp_path: Path) -> None:
    text = "Email;Session;Status;Remark\r\nana@ite.example;1;present;Café, then class\r\n"
    assert _import(world, _write(tmp_path, "\ufeff" + text)).added == 1
    assert world.marks()[("Ana", 0)][1] == "Café, then class"
    text = text.replace("Café, then class", "Crème brûlée").replace("present", "late")
    assert _import(world, _write(tmp_path, text, "cp1252")).changed == 1
    assert world.marks()[("Ana", 0)][:2] == ("late", "Crème brûlée")


def test_a_workbook_with_dates_as_dates(world: World, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Email", "Session", "Status"])
    sheet.append(["ben@ite.example", datetime(2026, 3, 9, 10, 0), "Absent"])
    sheet.append(["eva@ite.example", 3, "p"])  # a number typed in
    path = tmp_path / "marks.xlsx"
    book.save(path)
    assert _import(world, path).added == 2
    assert world.marks() == {
        ("Ben", 1): ("absent", "", "importer", 1),
        ("Eva", 2): ("present", "", "importer", 1),
    }


def test_every_problem_is_listed_and_nothing_is_written(world: World, tmp_path: Path) -> None:
    world.mark("Eva", 0, "present")
    path = _write(
        tmp_path,
        "email,session,status,remark\n"
        "ana@ite.example,1,present,\n"  # 2: fine, but must not be written
        "nobody@ite.example,1,present,\n"  # 3
        "zoé@ite.example,1,present,\n"  # 4: of another module
        "ola@ite.example,1,present,\n"  # 5: withdrew
        "ben@ite.example,9,present,\n"  # 6
        "ben@ite.example,2026-04-01 10:00,holiday,\n"  # 7: two problems
        "ben@ite.example,,,\n"  # 8
        "ana@ite.example,Session 1,late,\n"  # 9: the same as row 2
        "eva@ite.example,2,present,too,many\n"  # 10
        f"eva@ite.example,3,present,{'x' * 501}\n",  # 11
    )
    with pytest.raises(AttendanceImportError) as caught:
        _import(world, path)
    problems = caught.value.problems
    assert [(p.row, p.field) for p in problems] == [
        (3, "email"),
        (4, "email"),
        (5, "email"),
        (6, "session"),
        (7, "session"),
        (7, "status"),
        (8, "session"),
        (8, "status"),
        (9, ""),
        (10, ""),
        (11, "remark"),
    ]
    text = {p.row: p.message for p in problems}
    assert text[3] == "no student teacher has the email nobody@ite.example"
    assert text[4] == "zoé@ite.example is not enrolled in ET-INTRO"
    assert "withdrew" in text[5]
    assert text[6] == "ET-INTRO has sessions 1 to 4, not 9"
    assert text[9] == "the same student teacher and session as row 2"
    assert text[10] == "the row has 5 fields, the header 4"
    message = str(caught.value)
    assert message.startswith(f"{path}: 11 problems; nothing was imported.")
    assert "row 7, status: 'holiday' is not an attendance status" in message
    assert world.marks() == {("Eva", 0): ("present", "", "earlier", 1)}


def test_sessions_that_cannot_be_told_apart(any_db: Database, tmp_path: Path) -> None:
    world = build_world(any_db, names=("Ana",), sessions=2)
    with any_db.session() as s:
        second = s.get(ModuleSession, world.sessions[1])
        assert second is not None
        second.title = "Session 1"  # the same title twice
        second.starts_at = world.starts[0].replace(hour=14)  # and the same day
    path = _write(
        tmp_path,
        "email,session,status\nana@ite.example,Session 1,p\nana@ite.example,2026-03-02,p\n",
    )
    with pytest.raises(AttendanceImportError) as caught:
        _import(world, path)
    assert [str(p) for p in caught.value.problems] == [
        "row 2, session: 'Session 1' matches sessions 1, 2; give the session's number instead",
        "row 3, session: '2026-03-02' matches sessions 1, 2; give the session's number instead",
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "Email,When,Mark\n",
            ImportProblem(
                1, "session", "the header has no session column (found: 'Email', 'When', 'Mark')"
            ),
        ),
        (
            "name;grade\n",
            ImportProblem(
                1,
                "email, session, status",
                "the header has no email or session or status column (found: 'name', 'grade')",
            ),
        ),
    ],
)
def test_a_file_without_the_columns(
    world: World, tmp_path: Path, text: str, problem: ImportProblem
) -> None:
    with pytest.raises(AttendanceImportError) as caught:
        _import(world, _write(tmp_path, text))
    assert caught.value.problems == (problem,)


def test_unknown_module_missing_or_empty_file(world: World, tmp_path: Path) -> None:
    path = _write(tmp_path, "email,session,status\n")
    with pytest.raises(UserError, match="No module with the code 'NOPE'"):
        import_attendance(world.db, path, "NOPE", recorded_by="me")
    with pytest.raises(UserError, match="Cannot read"):
        import_attendance(world.db, tmp_path / "missing.csv", world.code, recorded_by="me")
    assert import_attendance(world.db, path, world.code, recorded_by="me") == ImportResult(0, 0, 0)
    with pytest.raises(UserError, match="is empty"):
        import_attendance(world.db, _write(tmp_path, ""), world.code, recorded_by="me")
