"""Taking attendance with the keyboard, as a teacher educator would, and what the database says."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from itepad.errors import UserError
from itepad.services import attendance
from itepad.store.database import Database
from itepad.ui.main_window import MainWindow
from itepad.ui.models.attendance import AttendanceGridModel
from itepad.ui.pages.attendance import AttendancePage
from itepad.ui.status_set_dialog import StatusSetDialog, code_for

Display = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def page(opened: MainWindow, qtbot: QtBot) -> Iterator[AttendancePage]:
    """The attendance page of the first running module, the grid focused on its first row."""
    page = opened.attendance
    opened.go_to(opened.pages.index(page))
    qtbot.waitUntil(lambda: page.model.grid is not None, timeout=10_000)
    page.view.setFocus()
    yield page
    qtbot.waitUntil(lambda: not page.queue.busy, timeout=10_000)


def _db(page: AttendancePage) -> Database:
    assert page.database is not None
    return page.database


def _empty_session(page: AttendancePage) -> int:
    """A column nobody has a mark in yet (a session still to come)."""
    grid = page.model.grid
    assert grid is not None
    return next(
        column
        for column in range(len(grid.sessions))
        if all(row.marks[column] is None for row in grid.rows)
    )


def _saved(page: AttendancePage, column: int) -> list[tuple[int, str | None, str, str]]:
    """(enrolment id, status code, remark, recorded by) of the column's cells, in grid order."""
    grid = page.model.grid
    assert grid is not None
    session_id = grid.sessions[column].id
    with _db(page).engine.connect() as conn:
        rows = {
            enrolment: (code, remark, by)
            for enrolment, code, remark, by in conn.execute(
                text(
                    "SELECT a.enrolment_id, s.code, a.remark, a.recorded_by FROM attendance a "
                    "JOIN attendance_status s ON s.id = a.status_id WHERE a.session_id = :id"
                ),
                {"id": session_id},
            )
        }
    return [(row.enrolment_id, *rows.get(row.enrolment_id, (None, "", ""))) for row in grid.rows]


def _codes(page: AttendancePage, column: int) -> list[str | None]:
    return [code for _, code, _, _ in _saved(page, column)]


def _letters(page: AttendancePage, column: int) -> list[str]:
    model = page.model
    return [model.index(row, column).data(Display) for row in range(model.rowCount())]


def _idle(qtbot: QtBot, page: AttendancePage) -> None:
    qtbot.waitUntil(lambda: not page.queue.busy, timeout=10_000)


def _go(page: AttendancePage, row: int, column: int) -> None:
    page.view.setCurrentIndex(page.model.index(row, column))


def test_the_editable_grid_passes_the_model_tester(
    page: AttendancePage, qtmodeltester: Any, qtbot: QtBot
) -> None:
    qtmodeltester.check(page.model)
    column = _empty_session(page)
    page.model.show_marks([page.model.key(0, column)], "late")
    qtmodeltester.check(page.model)
    page.model.roll_back()
    qtmodeltester.check(page.model)
    empty = AttendanceGridModel()
    qtmodeltester.check(empty)


def test_one_key_a_cell_then_down_to_the_next_student(page: AttendancePage, qtbot: QtBot) -> None:
    column = _empty_session(page)
    _go(page, 0, column)
    qtbot.keyClicks(page.view, "plaP")  # capitals too (Caps Lock)
    # Shown at once, before any write has finished.
    assert _letters(page, column)[:5] == ["P", "L", "A", "P", ""]
    assert page.view.currentIndex().row() == 4
    _idle(qtbot, page)
    saved = _saved(page, column)
    assert [code for _, code, _, _ in saved[:5]] == ["present", "late", "absent", "present", None]
    assert {by for _, code, _, by in saved if code} == {page.recorded_by}
    assert page.recorded_by  # the login name
    tip = page.model.index(1, column).data(Qt.ItemDataRole.ToolTipRole)
    assert f"Recorded by {page.recorded_by} on {datetime.now():%d %b %Y}" in tip


def test_a_whole_session_from_its_header(page: AttendancePage, qtbot: QtBot) -> None:
    column = _empty_session(page)
    header = page.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    rows = page.model.rowCount()
    assert len(page.view.selected_cells()) == rows
    qtbot.keyClick(page.view, Qt.Key.Key_P)
    assert set(_letters(page, column)) == {"P"}
    _idle(qtbot, page)
    assert _codes(page, column) == ["present"] * rows
    # Then the exceptions, one by one: arrows move, keys mark.
    _go(page, 0, column)
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    qtbot.keyClick(page.view, Qt.Key.Key_A)
    qtbot.keyClick(page.view, Qt.Key.Key_Up)
    qtbot.keyClick(page.view, Qt.Key.Key_E)
    _idle(qtbot, page)
    assert _codes(page, column)[:4] == ["present", "present", "excused", "present"]


def test_ctrl_space_selects_the_session_and_delete_clears_it(
    page: AttendancePage, qtbot: QtBot
) -> None:
    column = _empty_session(page)
    _go(page, 3, column)
    qtbot.keyClick(page.view, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert page.view.currentIndex().row() == 3  # the cursor stays where it was
    qtbot.keyClick(page.view, Qt.Key.Key_L)
    _idle(qtbot, page)
    assert set(_codes(page, column)) == {"late"}
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert set(_letters(page, column)) == {""}
    _idle(qtbot, page)
    assert set(_codes(page, column)) == {None}


def test_space_cycles_and_delete_clears_one_cell(page: AttendancePage, qtbot: QtBot) -> None:
    column = _empty_session(page)
    _go(page, 2, column)
    letters = []
    for _ in range(5):
        qtbot.keyClick(page.view, Qt.Key.Key_Space)
        letters.append(page.model.index(2, column).data(Display))
    assert letters == ["P", "L", "E", "A", "P"]  # the status set's order, round again
    assert page.view.currentIndex().row() == 2  # Space stays on the cell
    _idle(qtbot, page)
    assert _codes(page, column)[2] == "present"
    qtbot.keyClick(page.view, Qt.Key.Key_Backspace)
    _idle(qtbot, page)
    assert _codes(page, column)[2] is None
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)  # an empty cell: nothing to do
    assert not page.queue.busy


def test_remarks(page: AttendancePage, qtbot: QtBot) -> None:
    column = _empty_session(page)
    _go(page, 0, column)
    assert not page.remark.isEnabled()  # no mark, no remark
    qtbot.keyClick(page.view, Qt.Key.Key_E)
    _go(page, 0, column)
    assert page.remark.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    assert page.remark.hasFocus()
    qtbot.keyClicks(page.remark, "Doctor's note")
    qtbot.keyClick(page.remark, Qt.Key.Key_Return)
    assert page.view.hasFocus()
    assert page.model.remark_at(0, column) == "Doctor's note"  # shown before it is saved
    _idle(qtbot, page)
    assert _saved(page, column)[0][1:3] == ("excused", "Doctor's note")
    tip = page.model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
    assert "Remark: Doctor's note" in tip
    # Escape forgets an edit.
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.keyClicks(page.remark, " and more")
    qtbot.keyClick(page.remark, Qt.Key.Key_Escape)
    assert page.view.hasFocus()
    assert page.remark.text() == "Doctor's note"
    assert not page.queue.busy
    # A new mark keeps the remark; clearing the mark removes both.
    qtbot.keyClick(page.view, Qt.Key.Key_A)
    _idle(qtbot, page)
    assert _saved(page, column)[0][1:3] == ("absent", "Doctor's note")
    _go(page, 0, column)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.remark.text() == ""
    _idle(qtbot, page)
    assert _saved(page, column)[0][1:3] == (None, "")


def test_clicking_away_from_a_remark_saves_it(page: AttendancePage, qtbot: QtBot) -> None:
    column = _empty_session(page)
    _go(page, 1, column)
    qtbot.keyClick(page.view, Qt.Key.Key_L)
    _go(page, 1, column)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    qtbot.keyClicks(page.remark, "Train")
    other = page.view.visualRect(page.model.index(3, column)).center()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=other)
    assert page.view.currentIndex().row() == 3
    _idle(qtbot, page)
    assert _saved(page, column)[1][1:3] == ("late", "Train")  # the cell it was typed for
    assert _saved(page, column)[3][1] is None


def test_a_failed_write_is_rolled_back_with_a_message(
    page: AttendancePage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    column = _empty_session(page)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise UserError("The disk is full.")

    monkeypatch.setattr(attendance, "set_marks", refuse)
    _go(page, 0, column)
    qtbot.keyClicks(page.view, "pp")
    assert _letters(page, column)[:2] == ["P", "P"]
    qtbot.waitUntil(lambda: told == ["The disk is full."])
    _idle(qtbot, page)
    assert _letters(page, column)[:2] == ["", ""]  # both, the second never ran
    assert _codes(page, column)[:2] == [None, None]


def test_a_mark_changed_by_someone_else_is_not_overwritten(
    page: AttendancePage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    column = _empty_session(page)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    grid = page.model.grid
    assert grid is not None
    # Another educator marks the first student teacher excused meanwhile.
    attendance.set_marks(
        _db(page),
        [attendance.Cell(grid.rows[0].enrolment_id, grid.sessions[column].id)],
        "excused",
        recorded_by="colleague",
    )
    _go(page, 0, column)
    qtbot.keyClick(page.view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(told) == 1)
    assert told[0].startswith(f"Someone else changed the attendance of {grid.rows[0].name}")
    # The grid is read again and shows the colleague's mark.
    qtbot.waitUntil(lambda: page.model.index(0, column).data(Display) == "E")
    assert _saved(page, column)[0][1:] == ("excused", "", "colleague")


def test_the_status_set_dialog(
    page: AttendancePage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = StatusSetDialog(_db(page), page)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.statuses) == 4)
    assert dialog.list.item(0).text().startswith("P   Present  ·  counts as present")
    assert not dialog.remove.isEnabled()  # the demo has present marks
    assert not dialog.changed
    # Add a status.
    dialog.label.setText("Online")
    dialog.shortcut.setText("o")
    dialog.present.setChecked(True)
    assert dialog.code.text() == "online"
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.statuses) == 5)
    assert dialog.changed
    selected = dialog.selected()
    assert selected is not None and (selected.code, selected.shortcut) == ("online", "o")
    # Move it to the top.
    for _ in range(4):
        qtbot.mouseClick(dialog.up, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.up.isEnabled if _ < 3 else dialog.down.isEnabled)
    assert attendance.list_statuses(_db(page))[0].code == "online"
    assert dialog.list.currentRow() == 0 and not dialog.up.isEnabled()
    # A refused change is explained, and changes nothing.
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    dialog.shortcut.setText("p")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(told) == 1)
    assert "already sets “Present”" in told[0]
    assert attendance.list_statuses(_db(page))[0].shortcut == "o"
    # Unused, it can go.
    assert dialog.remove.isEnabled()
    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.statuses) == 4)
    assert [s.code for s in dialog.statuses] == ["present", "late", "excused", "absent"]


def test_a_new_status_reaches_the_grid(page: AttendancePage, qtbot: QtBot) -> None:
    attendance.add_status(_db(page), "online", "Online", counts_as_present=True, shortcut="o")
    page.invalidate()
    qtbot.waitUntil(lambda: len(page.model.kinds) == 5)
    column = _empty_session(page)
    _go(page, 0, column)
    qtbot.keyClicks(page.view, "oa")
    qtbot.keyClick(page.view, Qt.Key.Key_Up)
    qtbot.keyClick(page.view, Qt.Key.Key_Space)  # after Absent comes Online, then Present
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert _letters(page, column)[:2] == ["O", "P"]
    _idle(qtbot, page)
    assert _codes(page, column)[:2] == ["online", "present"]
    assert "Online" in page.legend.text()


@pytest.mark.parametrize(
    ("label", "code"),
    [("Sick leave", "sick_leave"), ("Télétravail", "teletravail"), ("2nd try", "status_2nd_try")],
)
def test_codes_come_from_labels(label: str, code: str) -> None:
    assert code_for(label) == code


def test_the_sign_in_sheet_of_the_current_session(
    page: AttendancePage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    grid = page.model.grid
    assert grid is not None
    _go(page, 0, 2)
    out = tmp_path / "sheet"
    asked: list[str] = []

    def fake_dialog(parent: QWidget, caption: str, folder: str, filter: str) -> tuple[str, str]:
        asked.append(folder)
        return str(out), filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    qtbot.mouseClick(page.sheet_button, Qt.MouseButton.LeftButton)
    pdf = out.with_name("sheet.pdf")
    qtbot.waitUntil(lambda: page.sheet_button.isEnabled() and pdf.exists(), timeout=20_000)
    assert f"{grid.sessions[2].starts_at:%Y-%m-%d}" in asked[0]
    text = " ".join(page_.extract_text() for page_ in PdfReader(pdf).pages)
    assert f"Session 3: {grid.sessions[2].title}" in " ".join(text.split())
    assert grid.rows[0].name in text


def test_importing_marks(
    page: AttendancePage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    grid = page.model.grid
    assert grid is not None
    column = _empty_session(page)
    good = tmp_path / "marks.csv"
    good.write_text(
        "email;session;status\n"
        + "".join(f"{row.email};{column + 1};late\n" for row in grid.rows[:3]),
        encoding="utf-8",
    )
    chosen = [good]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_args: (str(chosen[0]), "CSV files")
    )
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _letters(page, column)[:4] == ["L", "L", "L", ""], timeout=10_000)
    assert _codes(page, column)[:3] == ["late"] * 3
    # A broken file: nothing imported, every problem in the details.
    bad = tmp_path / "bad.csv"
    bad.write_text("email,session,status\nnobody@example.org,1,late\n,99,maybe\n", "utf-8")
    chosen[0] = bad
    shown: list[tuple[str, str]] = []

    def show(box: QMessageBox) -> int:
        shown.append((box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", show)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    summary, details = shown[0]
    assert summary == f"{bad}: 4 problems; nothing was imported."
    assert (
        details.splitlines()[0]
        == "row 2, email: no student teacher has the email nobody@example.org"
    )
    assert len(details.splitlines()) == 4


def test_jumping_to_a_student_teacher(page: AttendancePage, qtbot: QtBot) -> None:
    other = page.chooser.count() - 1
    module_id = page.chooser.itemData(other)
    assert module_id != page.chooser.currentData()
    with _db(page).engine.connect() as conn:
        enrolment_id = conn.execute(
            text(
                "SELECT e.id FROM enrolment e JOIN student_teacher s ON s.id = e.student_id "
                "WHERE e.module_id = :m AND e.status != 'withdrawn' "
                "ORDER BY s.family_name DESC LIMIT 1"
            ),
            {"m": module_id},
        ).scalar_one()
    page.show_enrolment(module_id, enrolment_id)
    qtbot.waitUntil(lambda: page.model.grid is not None and page.model.grid.module_id == module_id)
    grid = page.model.grid
    assert grid is not None
    current = page.view.currentIndex()
    assert grid.rows[current.row()].enrolment_id == enrolment_id
    assert page.view.hasFocus()
