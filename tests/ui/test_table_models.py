"""The table models: Qt's model tester on real demo rows, plus sorting, search and the grid."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from itepad.services import overview
from itepad.services.overview import (
    GridData,
    GridRow,
    GridSession,
    MarkKind,
    StudentRow,
    UpcomingSession,
)
from itepad.store.database import Database, open_database
from itepad.ui.models.attendance import AttendanceGridModel, mark_colours
from itepad.ui.models.base import SEARCH_ROLE, RowTableModel
from itepad.ui.models.meetings import MeetingTableModel
from itepad.ui.models.modules import ModuleTableModel
from itepad.ui.models.search_proxy import SearchProxyModel
from itepad.ui.models.students import StudentTableModel
from itepad.ui.models.upcoming import UpcomingSessionModel

Display = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Database]:
    db = open_database(str(demo_path))
    yield db
    db.close()


def _filled(model: RowTableModel[Any], rows: list[Any]) -> RowTableModel[Any]:
    assert rows, "the demo data set should have rows of every kind"
    model.set_rows(rows)
    return model


@pytest.mark.parametrize(
    ("make", "query"),
    [
        (ModuleTableModel, overview.module_rows),
        (StudentTableModel, overview.student_rows),
        (MeetingTableModel, overview.meeting_rows),
        (UpcomingSessionModel, lambda db: list(overview.dashboard(db).upcoming)),
    ],
    ids=["modules", "students", "meetings", "upcoming"],
)
def test_row_models_pass_the_model_tester(
    qtmodeltester: Any, demo: Database, make: Any, query: Any
) -> None:
    model = make()
    qtmodeltester.check(model)  # empty
    _filled(model, query(demo))
    qtmodeltester.check(model)
    proxy = SearchProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(0)
    proxy.set_search("a")
    qtmodeltester.check(proxy)


def test_attendance_grid_passes_the_model_tester(qtmodeltester: Any, demo: Database) -> None:
    model = AttendanceGridModel()
    qtmodeltester.check(model)
    module = overview.module_rows(demo)[0]
    model.set_grid(overview.attendance_grid(demo, module.id))
    assert model.rowCount() and model.columnCount()
    qtmodeltester.check(model)


@pytest.mark.parametrize(
    ("model", "titles"),
    [
        (
            ModuleTableModel,
            {
                "CODE": "Code",
                "TITLE": "Title",
                "YEAR": "Year",
                "TERM": "Term",
                "KIND": "Kind",
                "STATUS": "Status",
                "SESSIONS": "Sessions",
                "ENROLLED": "Enrolled",
            },
        ),
        (
            StudentTableModel,
            {
                "NAME": "Name",
                "EMAIL": "Email",
                "COHORT": "Cohort",
                "ETWINNING": "eTwinning",
                "ATTENDANCE": "Attendance",
                "PROGRAMME": "Programme",
            },
        ),
        (
            MeetingTableModel,
            {
                "DATE": "Date",
                "MENTOR": "Mentor",
                "MENTEES": "Mentees",
                "FOCUS": "Focus",
                "TARGETS": "Targets",
                "OPEN_ACTIONS": "Open actions",
                "SIGNED": "Signed",
            },
        ),
        (
            UpcomingSessionModel,
            {
                "WHEN": "When",
                "MODULE": "Module",
                "SESSION": "Session",
                "KIND": "Kind",
                "PLACE": "Place",
            },
        ),
    ],
)
def test_column_constants_name_the_columns(
    model: type[RowTableModel[Any]], titles: dict[str, str]
) -> None:
    instance = model()
    assert instance.columnCount() == len(titles)
    for constant, title in titles.items():
        assert instance.headerData(getattr(model, constant), Qt.Orientation.Horizontal) == title


def _student(name: str, family: str, email: str, rate: float | None) -> StudentRow:
    return StudentRow(
        id=abs(hash(email)) % 10_000,
        name=name,
        family_name=family,
        email=email,
        cohort="PE-2026",
        programme="Primary education",
        etwinning_status="Validated",
        attendance_rate=rate,
    )


@pytest.fixture
def students() -> StudentTableModel:
    model = StudentTableModel()
    model.set_rows(
        [
            _student("Ana Zorić", "Zorić", "ana@ite.example", 0.9),
            _student("Ben Adams", "Adams", "ben@ite.example", None),
            _student("Eva Müller", "Müller", "eva@ite.example", 0.25),
        ]
    )
    return model


def test_numbers_sort_as_numbers_and_names_by_family(students: StudentTableModel) -> None:
    proxy = SearchProxyModel()
    proxy.setSourceModel(students)

    def column(col: int) -> list[str]:
        return [proxy.index(r, col).data(Display) for r in range(proxy.rowCount())]

    proxy.sort(StudentTableModel.ATTENDANCE, Qt.SortOrder.AscendingOrder)
    assert column(StudentTableModel.ATTENDANCE) == ["", "25%", "90%"]  # nothing recorded first
    proxy.sort(StudentTableModel.NAME, Qt.SortOrder.AscendingOrder)
    assert column(StudentTableModel.NAME) == ["Ben Adams", "Eva Müller", "Ana Zorić"]
    proxy.sort(StudentTableModel.NAME, Qt.SortOrder.DescendingOrder)
    assert column(StudentTableModel.NAME) == ["Ana Zorić", "Eva Müller", "Ben Adams"]


def test_sorting_keeps_the_selection(students: StudentTableModel, qtmodeltester: Any) -> None:
    proxy = SearchProxyModel()
    proxy.setSourceModel(students)
    selected = QPersistentModelIndex(proxy.index(0, StudentTableModel.EMAIL))  # Ana
    proxy.sort(StudentTableModel.NAME, Qt.SortOrder.AscendingOrder)
    assert selected.row() == 2
    assert selected.data() == "ana@ite.example"
    qtmodeltester.check(proxy)


def test_search_ignores_case_and_accents_and_wants_every_word(
    students: StudentTableModel,
) -> None:
    proxy = SearchProxyModel()
    proxy.setSourceModel(students)
    for text, expected in [
        ("", 3),
        ("ZORIC", 1),
        ("muller", 1),
        ("ite.example", 3),
        ("eva primary", 1),
        ("eva ana", 0),
        ("(", 0),  # typed text is not a pattern
    ]:
        proxy.set_search(text)
        assert proxy.rowCount() == expected, text
    index = students.index(0, 0)
    assert "ana@ite.example" in students.data(index, SEARCH_ROLE)


def test_tooltips(students: StudentTableModel) -> None:
    no_marks = students.index(1, StudentTableModel.ATTENDANCE)
    assert students.data(no_marks, Qt.ItemDataRole.ToolTipRole) == "No attendance recorded yet"
    assert (
        students.data(students.index(0, StudentTableModel.EMAIL), Qt.ItemDataRole.ToolTipRole)
        == "ana@ite.example"
    )
    header_tip = students.headerData(
        StudentTableModel.ATTENDANCE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "present or late" in header_tip


def test_set_rows_resets_the_model(students: StudentTableModel, qtbot: Any) -> None:
    with qtbot.waitSignals([students.modelAboutToBeReset, students.modelReset]):
        students.set_rows([])
    assert students.rowCount() == 0


def _grid() -> GridData:
    kinds = (
        MarkKind("present", "Present", "P", True),
        MarkKind("absent", "Absent", "A", False),
    )
    sessions = (
        GridSession(1, "Kick-off", "Presentation", datetime(2026, 3, 3, 10)),
        GridSession(2, "TwinSpace tour", "Hands-on demonstration", datetime(2026, 3, 10, 10)),
    )
    rows = (
        GridRow(7, "Ana Zorić", "ana@ite.example", ("present", None)),
        GridRow(8, "Ben Adams", "ben@ite.example", ("absent", "present")),
    )
    return GridData(1, sessions, rows, kinds)


def test_attendance_grid_shows_coloured_letters() -> None:
    model = AttendanceGridModel()
    model.set_grid(_grid())
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    letters = [[model.index(r, c).data(Display) for c in range(2)] for r in range(2)]
    assert letters == [["P", ""], ["A", "P"]]
    background = model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush)
    assert background.color() == mark_colours("absent")[0]
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    tip = model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Ben Adams — TwinSpace tour (10 Mar 2026): Present"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole).endswith("not recorded")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "3 Mar"
    assert model.headerData(1, Qt.Orientation.Vertical) == "Ben Adams"
    assert model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) == (
        "ben@ite.example"
    )
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    model.set_grid(None)
    assert model.rowCount(QModelIndex()) == 0


@pytest.fixture
def german() -> Iterator[None]:
    default = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(default)


@pytest.mark.usefixtures("german")
def test_dates_follow_the_locale() -> None:
    grid = AttendanceGridModel()
    grid.set_grid(_grid())
    assert grid.headerData(0, Qt.Orientation.Horizontal) == "3 März"
    upcoming = UpcomingSessionModel()
    session = UpcomingSession(datetime(2026, 3, 3, 14, 5), "ET", "Intro", "Kick-off", "", "")
    upcoming.set_rows([session])
    assert upcoming.index(0, UpcomingSessionModel.WHEN).data() == "Di. 3 März, 14:05"
