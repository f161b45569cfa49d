"""History… of one record, from the context menus of the Student teachers, Modules and
Mentoring pages: its changes, newest first, before → after."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from itepad.store.concurrency import versioned_update
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.ui.main_window import MainWindow
from itepad.ui.pages.base import Page
from itepad.ui.undo.record_history import RecordHistoryDialog


def _db(window: MainWindow) -> Database:
    assert window.database is not None
    return window.database


def show(window: MainWindow, page: Page, qtbot: QtBot) -> None:
    window.go_to(window.pages.index(page))
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10_000)


def opened_dialog(page: Page, qtbot: QtBot) -> RecordHistoryDialog:
    dialog = page.findChild(RecordHistoryDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.history.loading, timeout=10_000)
    return dialog


def select_first(view: QTableView) -> None:
    """As a click on the first row (not selectRow: it reads the keyboard modifiers held)."""
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    rows = QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(view.model().index(0, 0), flags | rows)


def choose(menu_actions: list[QAction], text: str) -> None:
    action = next(a for a in menu_actions if a.text() == text)
    assert action.isEnabled()
    action.trigger()


def test_a_student_teachers_history_shows_before_and_after(
    opened: MainWindow, qtbot: QtBot
) -> None:
    page = opened.students
    show(opened, page, qtbot)
    st = TABLES["student_teacher"]
    student = page.model.row_at(0)
    db = _db(opened)
    with db.engine.connect() as conn:
        row = conn.execute(select(st).where(st.c.id == student.id)).one()
    with db.engine.begin() as conn:
        versioned_update(conn, st, row.id, row.version, {"placement_school": "Gimnazija Nova"})

    select_first(page.table.view)
    menu = page.context_menu()
    assert menu is not None
    choose(menu.actions(), "History…")
    dialog = opened_dialog(page, qtbot)
    assert dialog.windowTitle() == f"History of {student.name}"
    model = dialog.history.view.model
    newest = model.row_at(0)
    assert newest.record.startswith(f"student teacher {student.name}")
    shown = model.index(0, model.CHANGES).data()
    assert shown == f"placement school: {row.placement_school or '—'} → Gimnazija Nova"
    details = dialog.history.view.details.toPlainText()
    assert "placement school" in details and "Gimnazija Nova" in details
    # Everything about the person: their record being created, enrolments, attendance.
    tables = {model.row_at(r).table for r in range(model.rowCount())}
    assert {"student_teacher", "enrolment"} <= tables
    assert all(model.row_at(r).operation in ("insert", "update") for r in range(model.rowCount()))


def test_a_modules_history_from_its_context_menu(opened: MainWindow, qtbot: QtBot) -> None:
    page = opened.modules
    show(opened, page, qtbot)
    select_first(page.table.view)
    module = page.selected_module()
    assert module is not None
    table = TABLES["module"]
    db = _db(opened)
    with db.engine.connect() as conn:
        row = conn.execute(select(table).where(table.c.id == module.id)).one()
    with db.engine.begin() as conn:
        versioned_update(conn, table, module.id, row.version, {"ects": row.ects + 1})
    choose(page.context_menu().actions(), "History…")
    dialog = opened_dialog(page, qtbot)
    assert dialog.windowTitle() == f"History of {module.code}"
    model = dialog.history.view.model
    newest = model.row_at(0)
    assert newest.table == "module" and newest.label == f"Edit module {module.code}"
    assert model.index(0, model.CHANGES).data() == f"ects: {row.ects} → {row.ects + 1}"
    # Its sessions' attendance is part of the module's history too.
    assert "attendance" in {model.row_at(r).table for r in range(model.rowCount())}


def test_a_meetings_history_from_the_meetings_list(opened: MainWindow, qtbot: QtBot) -> None:
    page = opened.mentoring
    show(opened, page, qtbot)
    select_first(page.table.view)
    meeting_id = page.selected_meeting()
    assert meeting_id is not None
    mm = TABLES["mentoring_meeting"]
    db = _db(opened)
    with db.engine.connect() as conn:
        row = conn.execute(select(mm).where(mm.c.id == meeting_id)).one()
    with db.engine.begin() as conn:
        versioned_update(conn, mm, meeting_id, row.version, {"focus": "Classroom talk"})
    choose(page.meetings_menu().actions(), "History…")
    dialog = opened_dialog(page, qtbot)
    assert dialog.windowTitle().startswith("History of the meeting of ")
    model = dialog.history.view.model
    assert model.row_at(0).table == "mentoring_meeting"
    assert model.row_at(0).fields[0].name == "focus"
    assert model.row_at(0).fields[0].after == "Classroom talk"
