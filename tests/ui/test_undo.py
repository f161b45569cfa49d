"""Undo and redo in the app: the Edit menu and its shortcuts, on several pages, as a user would."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from itepad.services.module_draft import load_module_draft
from itepad.store.database import Database, open_database
from itepad.ui.main_window import MainWindow
from itepad.ui.pages.attendance import AttendancePage
from itepad.ui.pages.students import StudentsPage
from itepad.ui.student_dialog import StudentDialog
from itepad.ui.undo.history_dialog import UndoHistoryDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _db(window: MainWindow) -> Database:
    assert window.database is not None
    return window.database


def edit_menu(window: MainWindow) -> dict[str, QAction]:
    """The Edit menu's actions by their text without the mnemonic."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert isinstance(menu, QMenu)
    return {a.text().replace("&", ""): a for a in menu.actions() if not a.isSeparator()}


def menu_action(window: MainWindow, starts: str) -> QAction:
    return next(a for text, a in edit_menu(window).items() if text.startswith(starts))


def undo_in_menu(window: MainWindow, qtbot: QtBot, label: str) -> None:
    """Wait for "Undo <label>" in the Edit menu and choose it; wait for it to be done."""
    qtbot.waitUntil(lambda: f"Undo {label}" in edit_menu(window), timeout=10_000)
    action = edit_menu(window)[f"Undo {label}"]
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage().startswith("Undone: "), timeout=10_000
    )


def activate(window: MainWindow, qtbot: QtBot) -> None:
    """Shortcuts work in the active window (the offscreen platform does not give the window
    back its activation when a dialog closes, as a window manager does)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def redo_with_keys(window: MainWindow, qtbot: QtBot, label: str) -> None:
    qtbot.waitUntil(lambda: f"Redo {label}" in edit_menu(window), timeout=10_000)
    assert menu_action(window, "Redo").isEnabled()
    activate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage().startswith("Redone: "), timeout=10_000
    )


def scalar(db: Database, sql: str, **params: Any) -> Any:
    with db.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


# --- Students page ------------------------------------------------------------------------


@pytest.fixture
def students(opened: MainWindow, qtbot: QtBot) -> StudentsPage:
    page = opened.students
    opened.go_to(opened.pages.index(page))
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10_000)
    return page


def rename_first(page: StudentsPage, qtbot: QtBot, family: str) -> tuple[int, str, str]:
    """Edit the family name of the student teacher with the lowest id through the dialog.

    Returns (id, family name before, given name).
    """
    sid = min(page.model.row_at(r).id for r in range(page.model.rowCount()))
    view, proxy = page.table.view, page.table.proxy
    row = next(
        r
        for r in range(proxy.rowCount())
        if page.model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()).id == sid
    )
    # Not selectRow: it reads the keyboard modifiers, which a shortcut test may leave "held".
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    view.selectionModel().setCurrentIndex(
        proxy.index(row, 0), flags | QItemSelectionModel.SelectionFlag.Rows
    )
    page.edit_action.trigger()
    qtbot.waitUntil(lambda: page.student_dialog is not None, timeout=10_000)
    dialog = page.student_dialog
    assert isinstance(dialog, StudentDialog)
    page.student_dialog = None
    old = dialog.family_name.text()
    given = dialog.given_name.text()
    dialog.family_name.setText(family)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _shown_name(page, sid) == f"{given} {family}", timeout=10_000)
    return sid, old, given


def _shown_name(page: StudentsPage, student_id: int) -> str | None:
    rows = (page.model.row_at(r) for r in range(page.model.rowCount()))
    return next((r.name for r in rows if r.id == student_id), None)


def _family(db: Database, student_id: int) -> str:
    return str(scalar(db, "SELECT family_name FROM student_teacher WHERE id = :i", i=student_id))


def test_nothing_to_undo_at_first(opened: MainWindow) -> None:
    actions = edit_menu(opened)
    assert not actions["Undo"].isEnabled() and not actions["Redo"].isEnabled()
    assert actions["Undo history…"].isEnabled() and actions["Activity log…"].isEnabled()
    assert actions["Undo"].shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [k.toString() for k in actions["Redo"].shortcuts()]


def test_a_student_edit_is_undone_from_the_menu_and_redone_with_keys(
    opened: MainWindow, students: StudentsPage, qtbot: QtBot
) -> None:
    sid, old, given = rename_first(students, qtbot, "Undo-Test")
    label = f"edit student teacher {given} Undo-Test"

    undo_in_menu(opened, qtbot, label)
    assert _family(_db(opened), sid) == old
    qtbot.waitUntil(lambda: _shown_name(students, sid) == f"{given} {old}", timeout=10_000)
    assert opened.statusBar().currentMessage() == f"Undone: Edit student teacher {given} Undo-Test"
    assert not menu_action(opened, "Undo").isEnabled()

    redo_with_keys(opened, qtbot, label)
    assert _family(_db(opened), sid) == "Undo-Test"
    qtbot.waitUntil(lambda: _shown_name(students, sid) == f"{given} Undo-Test", timeout=10_000)
    qtbot.waitUntil(lambda: f"Undo {label}" in edit_menu(opened), timeout=10_000)


def test_switching_pages_keeps_the_undo_history(
    opened: MainWindow, students: StudentsPage, qtbot: QtBot
) -> None:
    sid, old, given = rename_first(students, qtbot, "Kept")
    label = f"edit student teacher {given} Kept"
    for page in (opened.modules, opened.attendance, opened.dashboard):
        opened.go_to(opened.pages.index(page))
        qtbot.waitUntil(page.isVisible, timeout=10_000)
    activate(opened, qtbot)
    qtbot.keyClick(opened, Qt.Key.Key_Z, CTRL)  # Ctrl+Z on the dashboard
    qtbot.waitUntil(lambda: _family(_db(opened), sid) == old, timeout=10_000)
    qtbot.waitUntil(lambda: f"Redo {label}" in edit_menu(opened), timeout=10_000)


def test_ctrl_z_in_a_text_field_undoes_the_typing_not_the_database(
    opened: MainWindow, students: StudentsPage, qtbot: QtBot
) -> None:
    sid, _old, given = rename_first(students, qtbot, "Typed")
    qtbot.waitUntil(lambda: menu_action(opened, "Undo").isEnabled(), timeout=10_000)
    search: QLineEdit = students.table.search
    activate(opened, qtbot)
    search.setFocus()
    qtbot.keyClicks(search, "Ty")
    qtbot.keyClick(search, Qt.Key.Key_Z, CTRL)
    assert search.text() == ""  # the typing is undone ...
    qtbot.keyClick(search, Qt.Key.Key_Z, CTRL | SHIFT)
    assert search.text() == "Ty"  # ... and redone
    qtbot.wait(200)
    assert _family(_db(opened), sid) == "Typed"  # ... and the database is left alone
    assert menu_action(opened, "Undo").text() == f"&Undo edit student teacher {given} Typed"

    # A field with nothing of its own to undo passes Ctrl+Z on to the database's undo.
    search.clear()
    blank = QLineEdit(students)  # no typing in it yet
    blank.show()
    blank.setFocus()
    qtbot.keyClick(blank, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: _family(_db(opened), sid) != "Typed", timeout=10_000)


def test_a_refused_undo_says_which_record_and_changes_nothing(
    opened: MainWindow, students: StudentsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid, _old, given = rename_first(students, qtbot, "Mine")
    # Someone else (another program on the same file) changes the record meanwhile.
    other = open_database(_db(opened).location.url)
    try:
        with other.engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE student_teacher SET placement_school = 'Their school', "
                    "version = version + 1 WHERE id = :i"
                ),
                {"i": sid},
            )
    finally:
        other.close()
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, message: warnings.append((title, message))
    )
    label = f"edit student teacher {given} Mine"
    qtbot.waitUntil(lambda: f"Undo {label}" in edit_menu(opened), timeout=10_000)
    edit_menu(opened)[f"Undo {label}"].trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    title, message = warnings[0]
    assert title == "Cannot undo"
    assert f"{given} Mine" in message
    db = _db(opened)
    assert _family(db, sid) == "Mine"
    assert (
        scalar(db, "SELECT placement_school FROM student_teacher WHERE id = :i", i=sid)
        == "Their school"
    )
    qtbot.waitUntil(lambda: menu_action(opened, "Undo").isEnabled(), timeout=10_000)
    assert f"Undo {label}" in edit_menu(opened)  # still there to undo later


# --- Attendance page ----------------------------------------------------------------------


@pytest.fixture
def attendance(opened: MainWindow, qtbot: QtBot) -> AttendancePage:
    page = opened.attendance
    opened.go_to(opened.pages.index(page))
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    qtbot.waitUntil(lambda: page.model.grid is not None, timeout=10_000)
    return page


def _empty_column(page: AttendancePage) -> int:
    grid = page.model.grid
    assert grid is not None
    return next(
        c for c in range(len(grid.sessions)) if all(row.marks[c] is None for row in grid.rows)
    )


def _marks(page: AttendancePage, session_id: int) -> int:
    assert page.database is not None
    return int(
        scalar(page.database, "SELECT count(*) FROM attendance WHERE session_id = :s", s=session_id)
    )


def test_attendance_marks_are_undone_and_redone(
    opened: MainWindow, attendance: AttendancePage, qtbot: QtBot
) -> None:
    page = attendance
    column = _empty_column(page)
    grid = page.model.grid
    assert grid is not None
    session_id, rows = grid.sessions[column].id, page.model.rowCount()
    header = page.view.horizontalHeader()
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, column))
    qtbot.keyClick(page.view, Qt.Key.Key_Space, CTRL)  # the whole session
    qtbot.keyClick(page.view, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: not page.queue.busy, timeout=10_000)
    assert _marks(page, session_id) == rows
    assert header.count() > column

    label = f"mark {rows} students present"
    undo_in_menu(opened, qtbot, label)
    assert _marks(page, session_id) == 0
    qtbot.waitUntil(
        lambda: (
            page.model.grid is not None
            and all(row.marks[column] is None for row in page.model.grid.rows)
        ),
        timeout=10_000,
    )

    redo_with_keys(opened, qtbot, label)
    assert _marks(page, session_id) == rows
    qtbot.waitUntil(
        lambda: (
            page.model.grid is not None
            and all(row.marks[column] is not None for row in page.model.grid.rows)
        ),
        timeout=10_000,
    )
    recorded_by = scalar(
        page.database,  # type: ignore[arg-type]
        "SELECT DISTINCT recorded_by FROM attendance WHERE session_id = :s",
        s=session_id,
    )
    assert recorded_by == page.recorded_by


def test_attendance_is_recorded_under_the_name_in_preferences(
    opened: MainWindow, attendance: AttendancePage, qtbot: QtBot
) -> None:
    from itepad.ui.preferences_dialog import PreferencesDialog

    opened.show_preferences()
    dialog = opened.findChild(PreferencesDialog)
    assert dialog is not None
    dialog.name.setText("Dr Ana Kovač")
    dialog.accept()
    assert attendance.recorded_by == "Dr Ana Kovač"
    column = _empty_column(attendance)
    attendance.view.setFocus()
    attendance.view.setCurrentIndex(attendance.model.index(0, column))
    qtbot.keyClick(attendance.view, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: not attendance.queue.busy, timeout=10_000)
    db = _db(opened)
    assert scalar(db, "SELECT actor FROM audit_changeset ORDER BY id DESC LIMIT 1") == (
        "Dr Ana Kovač"
    )
    assert scalar(db, "SELECT recorded_by FROM attendance ORDER BY id DESC LIMIT 1") == (
        "Dr Ana Kovač"
    )


# --- Module editor ------------------------------------------------------------------------


def test_a_session_moved_in_the_module_editor_is_undone_and_redone(
    opened: MainWindow, qtbot: QtBot
) -> None:
    page = opened.modules
    opened.go_to(opened.pages.index(page))
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10_000)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).code == "ETW101")
    page.open_editor(page.model.row_at(row).id)
    editor = page.editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.draft is not None, timeout=10_000)
    assert editor.draft is not None and editor.module_id is not None
    module_id = editor.module_id
    first = editor.draft.sessions[0]
    editor.tabs.setCurrentWidget(editor.sessions)
    editor.sessions.select(first.id)
    qtbot.mouseClick(
        editor.sessions.buttons[editor.sessions.later_action], Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not editor.queue.busy, timeout=10_000)

    def starts() -> Any:
        session = load_module_draft(_db(opened), module_id).session(first.id)
        assert session is not None
        return session.starts_at

    assert starts() == first.starts_at + timedelta(weeks=1)
    label = f"edit session '{first.fields.title}'"
    undo_in_menu(opened, qtbot, label)
    assert starts() == first.starts_at

    def shown_starts() -> Any:
        session = editor.draft.session(first.id) if editor.draft is not None else None
        return session.starts_at if session is not None else None

    # The open editor shows the undone state.
    qtbot.waitUntil(lambda: shown_starts() == first.starts_at, timeout=10_000)
    redo_with_keys(opened, qtbot, label)
    assert starts() == first.starts_at + timedelta(weeks=1)
    # The editor holds the versions the redo left: a further edit is saved, not refused.
    qtbot.waitUntil(lambda: shown_starts() == first.starts_at + timedelta(weeks=1), timeout=10_000)
    qtbot.mouseClick(
        editor.sessions.buttons[editor.sessions.later_action], Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not editor.queue.busy, timeout=10_000)
    assert starts() == first.starts_at + timedelta(weeks=2)


# --- the undo history view ----------------------------------------------------------------


def test_the_undo_history_goes_back_to_a_chosen_step(
    opened: MainWindow, students: StudentsPage, qtbot: QtBot
) -> None:
    sid, old, given = rename_first(students, qtbot, "First")
    rename_first(students, qtbot, "Second")
    menu_action(opened, "Undo history").trigger()
    dialog = opened.undo.history_dialog
    assert isinstance(dialog, UndoHistoryDialog)
    qtbot.waitUntil(lambda: dialog.steps.count() == 3, timeout=10_000)
    texts = [dialog.steps.item(r).text() for r in range(3)]
    assert texts == [
        "As the database was opened",
        f"Edit student teacher {given} First",
        f"Edit student teacher {given} Second",
    ]
    assert dialog.steps.currentRow() == 2  # newest at the bottom, current

    dialog.steps.itemClicked.emit(dialog.steps.item(0))  # back to the start: two undos
    qtbot.waitUntil(lambda: _family(_db(opened), sid) == old, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.steps.currentRow() == 0, timeout=10_000)
    assert dialog.steps.count() == 3  # the undone ones stay, greyed, for redo

    dialog.steps.itemClicked.emit(dialog.steps.item(1))  # redo one
    qtbot.waitUntil(lambda: _family(_db(opened), sid) == "First", timeout=10_000)
    qtbot.waitUntil(lambda: dialog.steps.currentRow() == 1, timeout=10_000)


def test_a_restore_starts_a_new_history(opened: MainWindow, qtbot: QtBot) -> None:
    first = opened.undo.history
    assert first is not None
    db = _db(opened)
    opened._restored(db, "Restored")  # as the File menu's restore does, with a new database
    assert opened.undo.history is not None and opened.undo.history is not first
    assert not menu_action(opened, "Undo").isEnabled()
