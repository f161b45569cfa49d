"""The main window on a demo database, driven as a user would: sidebar, keys, search, buttons."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from itepad import app
from itepad.errors import UserError
from itepad.store.database import Database, open_database
from itepad.ui.main_window import MainWindow
from itepad.ui.models.base import fold
from itepad.ui.pages.base import Page
from itepad.ui.pages.table_page import TablePage

from .conftest import Expected, count


def _table_rows(page: Page) -> int:
    assert isinstance(page, TablePage)
    return page.table.proxy.rowCount()


def _click_sidebar(qtbot: QtBot, window: MainWindow, row: int) -> None:
    rect = window.sidebar.visualItemRect(window.sidebar.item(row))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _check_page(qtbot: QtBot, window: MainWindow, index: int, expected: Expected) -> None:
    page = window.pages[index]
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10_000)
    if page is window.modules:
        assert _table_rows(page) == expected.modules
        assert window.summary.text() == f"{expected.modules} modules"
    elif page in (window.students, window.portfolios):
        assert _table_rows(page) == expected.students
        assert window.summary.text() == f"{expected.students:,} student teachers"
    elif page is window.mentoring:
        assert _table_rows(page) == expected.meetings
    elif page is window.attendance:
        grid = window.attendance.model
        qtbot.waitUntil(lambda: grid.grid is not None, timeout=10_000)
        db = window.database
        assert db is not None
        module_id = window.attendance.chooser.currentData()
        assert grid.rowCount() == count(
            db,
            f"SELECT count(*) FROM enrolment WHERE module_id = {module_id} "
            "AND status != 'withdrawn'",
        )
        assert grid.columnCount() == count(
            db, f"SELECT count(*) FROM module_session WHERE module_id = {module_id}"
        )
        assert window.attendance.chooser.count() == expected.modules


def test_every_page_shows_its_rows(
    opened: MainWindow, qtbot: QtBot, demo_path: Path, expected: Expected
) -> None:
    window = opened
    assert window.windowTitle() == f"itepad — {demo_path}"
    assert window.dashboard.students.value.text() == f"{expected.students:,}"
    for index in range(1, len(window.pages)):
        _click_sidebar(qtbot, window, index)
        _check_page(qtbot, window, index, expected)
    _click_sidebar(qtbot, window, 0)
    assert window.current_page() is window.dashboard
    assert window.minimumSizeHint().width() <= 1000  # fits a small laptop screen, data and all


def test_pages_load_only_when_first_shown(opened: MainWindow) -> None:
    assert opened.dashboard.is_loaded
    assert not any(page.is_loaded for page in opened.pages[1:])


def test_keyboard_reaches_every_page(opened: MainWindow, qtbot: QtBot, expected: Expected) -> None:
    window = opened
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for number in range(len(window.pages), 0, -1):
        qtbot.keyClick(
            window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        _check_page(qtbot, window, number - 1, expected)
    # The sidebar itself moves with the arrow keys.
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_page() is window.modules


def test_reload_reads_the_database_again(
    opened: MainWindow, qtbot: QtBot, expected: Expected
) -> None:
    window = opened
    window.go_to(window.pages.index(window.modules))
    qtbot.waitUntil(lambda: window.modules.is_loaded)
    assert window.database is not None
    with window.database.engine.begin() as conn:  # as another program might
        conn.execute(text("DELETE FROM module WHERE id = (SELECT max(id) FROM module)"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: _table_rows(window.modules) == expected.modules - 1)
    assert not window.students.is_loaded  # hidden pages reload when shown again


def test_find_puts_the_cursor_in_the_search_field(opened: MainWindow, qtbot: QtBot) -> None:
    window = opened
    window.go_to(window.pages.index(window.mentoring))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.mentoring.table.search.hasFocus()


def test_attendance_follows_the_chosen_module(opened: MainWindow, qtbot: QtBot) -> None:
    window = opened
    page = window.attendance
    window.go_to(window.pages.index(page))
    qtbot.waitUntil(lambda: page.model.grid is not None)
    assert window.database is not None

    def shows(module_id: int) -> bool:
        return page.model.grid is not None and page.model.grid.module_id == module_id

    for index in range(page.chooser.count()):
        page.chooser.setCurrentIndex(index)
        module_id = page.chooser.currentData()
        qtbot.waitUntil(partial(shows, module_id))
        sessions = count(
            window.database, f"SELECT count(*) FROM module_session WHERE module_id = {module_id}"
        )
        assert page.model.columnCount() == sessions
        assert window.summary.text().startswith(page.chooser.currentText().split(" — ")[0])


def test_search_as_you_type_filters_the_students(
    opened: MainWindow, qtbot: QtBot, expected: Expected
) -> None:
    window = opened
    window.go_to(window.pages.index(window.students))
    qtbot.waitUntil(lambda: window.students.is_loaded)
    table, model = window.students.table, window.students.model
    rows = [model.row_at(row) for row in range(model.rowCount())]
    haystacks = [fold(" ".join(c.text(r) for c in model.COLUMNS)) for r in rows]

    query = fold(rows[0].family_name)[:4]
    qtbot.keyClicks(table.search, query.upper())  # case does not matter
    matching = sum(query in haystack for haystack in haystacks)
    assert table.proxy.rowCount() == matching
    assert window.summary.text() == (
        f"{matching:,} of {expected.students:,} student teachers match the search"
    )

    table.search.clear()
    qtbot.keyClicks(table.search, f"{rows[-1].email}  ")
    assert table.proxy.rowCount() == 1
    qtbot.keyClick(table.search, Qt.Key.Key_Escape)
    assert table.search.text() == ""
    assert table.proxy.rowCount() == expected.students


def test_portfolio_button_writes_a_pdf(
    opened: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = opened
    page = window.portfolios
    window.go_to(window.pages.index(page))
    qtbot.waitUntil(lambda: page.is_loaded)
    assert not page.save_button.isEnabled()
    page.table.view.selectRow(0)
    assert page.save_button.isEnabled()
    student = page.selected_student()
    assert student is not None
    out = tmp_path / "out" / "portfolio"  # no suffix: the app adds .pdf
    out.parent.mkdir()
    asked: list[str] = []

    def fake_dialog(parent: QWidget, caption: str, folder: str, filter: str) -> tuple[str, str]:
        asked.append(folder)
        return str(out), filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.busy.isVisible()
    assert not page.save_button.isEnabled()  # one portfolio at a time
    pdf = out.with_name("portfolio.pdf")
    qtbot.waitUntil(lambda: not page.busy.isVisible(), timeout=30_000)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert asked[0].endswith(".pdf") and student.name in asked[0]
    assert f"Saved the portfolio of {student.name}" in window.statusBar().currentMessage()
    assert page.save_button.isEnabled()


def test_portfolios_follow_the_print_preferences(
    opened: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    from itepad.ui.settings import PAPER_KEY, PRINT_LANGUAGE_KEY, settings

    settings().setValue(PAPER_KEY, "Letter")
    settings().setValue(PRINT_LANGUAGE_KEY, "de")
    page = opened.portfolios
    opened.go_to(opened.pages.index(page))
    qtbot.waitUntil(lambda: page.is_loaded)
    page.table.view.selectRow(0)
    out = tmp_path / "portfolio.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(out), ""))
    page.save_portfolio()
    qtbot.waitUntil(lambda: not page.busy.isVisible(), timeout=30_000)
    reader = PdfReader(out)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # US Letter
    assert "Zusammenfassung" in "".join(p.extract_text() for p in reader.pages[:4])


def test_portfolio_error_is_shown_in_a_message_box(
    opened: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = opened
    page = window.portfolios
    window.go_to(window.pages.index(page))
    qtbot.waitUntil(lambda: page.is_loaded)
    page.table.view.selectRow(0)
    student = page.selected_student()
    assert student is not None and window.database is not None
    with window.database.engine.begin() as conn:  # gone since the list was loaded
        conn.execute(text("DELETE FROM student_teacher WHERE id = :id"), {"id": student.id})
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "gone.pdf"), "")
    )
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, message: warnings.append(message)
    )
    page.save_portfolio()
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert student.email in warnings[0]
    assert not (tmp_path / "gone.pdf").exists()
    assert not page.busy.isVisible()


def test_context_menu_offers_the_portfolio(opened: MainWindow, qtbot: QtBot) -> None:
    page = opened.portfolios
    opened.go_to(opened.pages.index(page))
    qtbot.waitUntil(lambda: page.is_loaded)
    assert page.context_menu() is None  # nothing selected
    page.table.view.selectRow(0)
    menu = page.context_menu()
    assert menu is not None
    assert [action.text() for action in menu.actions()] == ["Save portfolio PDF…"]


def test_window_remembers_geometry_and_page(opened: MainWindow, qtbot: QtBot) -> None:
    opened.resize(780, 520)  # the offscreen screen is 800 pixels wide
    size = opened.size()
    assert size != MainWindow().size()
    opened.go_to(4)
    opened.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.current_page() is again.mentoring
    assert again.size() == size


def test_about_box_names_version_and_licence(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, body: shown.append(body))
    window.show_about()
    assert "0.1.0" in shown[0] and "GPL-3.0-or-later" in shown[0]


def test_start_up_imports_stay_light() -> None:
    """What the window needs before its first paint: no database, PDF or page modules."""
    code = "import sys, itepad.app, itepad.ui.main_window; print(*sys.modules)"
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    heavy = ("sqlalchemy", "sqlmodel", "alembic", "reportlab", "itepad.store", "itepad.ui.pages")
    assert [name for name in loaded if name.startswith(heavy)] == []


def test_pages_say_opening_before_the_database_is_open(window: MainWindow) -> None:
    window.show()
    assert window.windowTitle() == "itepad"
    assert window.stack.count() == 1  # just the notice: pages are built once it is painted
    assert all(page.database is None for page in window.pages)
    assert all(page.notice == "Opening database…" for page in window.pages)


def test_open_failure_is_explained_everywhere(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, message: errors.append(message)
    )

    def refuse() -> Database:
        raise UserError("x.sqlite is locked by another program")

    window.show()
    with qtbot.waitSignal(window.open_failed):
        window.open_database(refuse)
    assert errors == ["x.sqlite is locked by another program"]
    assert all(page.notice == errors[0] for page in window.pages)


@pytest.fixture
def future_database(tmp_path: Path) -> Path:
    path = tmp_path / "future.sqlite"
    open_database(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zzzz_future'")
    return path


def test_too_new_database_is_refused_with_exit_status_2(
    qapp: QApplication, future_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, message: errors.append(message)
    )
    assert app.run(str(future_database)) == 2
    assert "newer version of itepad" in errors[0]
    assert str(future_database) in errors[0]


def test_exit_after_show_prints_both_markers(
    qapp: QApplication,
    demo_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(app.ENV_EXIT_AFTER_SHOW, "1")
    assert app.run(str(demo_path)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.rsplit(" at ", 1)[0] for line in lines] == [
        "itepad: window shown",
        "itepad: data loaded",
    ]
    shown, loaded = (float(line.rsplit(" ", 1)[1]) for line in lines)
    assert shown <= loaded


def test_demo_database_is_filled_once(qapp: QApplication, tmp_path: Path) -> None:
    db = app.open_for_app(None, demo=True)
    try:
        # In the data folder (the test's own, see tests/conftest.py).
        assert db.location.sqlite_path == tmp_path / "xdg-data" / "itepad" / "demo.sqlite"
        students = count(db, "SELECT count(*) FROM student_teacher")
        assert students > 0
    finally:
        db.close()
    db = app.open_for_app(None, demo=True)  # opened again: not filled twice
    try:
        assert count(db, "SELECT count(*) FROM student_teacher") == students
    finally:
        db.close()


def test_a_window_never_painted_still_opens_its_database(
    window: MainWindow, qtbot: QtBot, demo_path: Path
) -> None:
    with qtbot.waitSignal(window.database_opened, timeout=10_000):
        window.open_database(lambda: app.open_for_app(str(demo_path), demo=False))
    assert not window.isVisible()
