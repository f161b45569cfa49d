"""The student teachers page: add, edit, archive and restore, enrol, eTwinning, NSO list."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from itepad.store.database import Database
from itepad.ui.main_window import MainWindow
from itepad.ui.pages.students import StudentsPage
from itepad.ui.student_dialog import StudentDialog

from .conftest import count


@pytest.fixture
def page(opened: MainWindow, qtbot: QtBot) -> StudentsPage:
    page = opened.students
    opened.go_to(opened.pages.index(page))
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10_000)
    return page


def database(page: StudentsPage) -> Database:
    assert page.database is not None
    return page.database


def open_dialog(qtbot: QtBot, page: StudentsPage) -> StudentDialog:
    qtbot.waitUntil(lambda: page.student_dialog is not None, timeout=10_000)
    dialog = page.student_dialog
    assert dialog is not None
    page.student_dialog = None  # the next wait is for the next dialog
    return dialog


def save(qtbot: QtBot, dialog: StudentDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def select_email(page: StudentsPage, *emails: str) -> None:
    """Select these people, as Ctrl+click would; the first becomes the current row."""
    proxy, view = page.table.proxy, page.table.view
    rows = {
        page.model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()).email: r
        for r in range(proxy.rowCount())
    }
    view.clearSelection()
    view.selectRow(rows[emails[0]])
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for email in emails[1:]:
        view.selectionModel().select(proxy.index(rows[email], 0), flags)


def status_message(page: StudentsPage) -> str:
    window = page.window()
    assert isinstance(window, MainWindow)
    return window.statusBar().currentMessage()


def emails_shown(page: StudentsPage) -> set[str]:
    return {page.model.row_at(row).email for row in range(page.model.rowCount())}


def test_add_through_the_dialog(page: StudentsPage, qtbot: QtBot) -> None:
    before = page.model.rowCount()
    page.add_action.trigger()
    dialog = open_dialog(qtbot, page)
    assert dialog.windowTitle() == "Add student teacher"
    assert not dialog.registered_on.isEnabled()  # nobody starts registered on eTwinning
    qtbot.keyClicks(dialog.given_name, "Nino")
    qtbot.keyClicks(dialog.family_name, "Beridze")
    qtbot.keyClicks(dialog.email, "Nino.Beridze@Uni.example ")
    dialog.cohort.setCurrentIndex(1)
    dialog.status.setCurrentIndex(dialog.status.findData("pending"))
    assert dialog.registered_on.isEnabled() and not dialog.validated_on.isEnabled()
    dialog.registered_on.known.setChecked(True)
    dialog.consent_partner_sharing.setChecked(True)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=10_000)
    assert "nino.beridze@uni.example" in emails_shown(page)
    assert "Saved Nino Beridze" in status_message(page)
    assert (
        count(
            database(page),
            "SELECT count(*) FROM student_teacher WHERE email = 'nino.beridze@uni.example' "
            "AND etwinning_status = 'pending' AND etwinning_registered_on IS NOT NULL "
            "AND consent_partner_sharing AND NOT consent_photos",
        )
        == 1
    )


def test_the_dialog_names_every_problem_and_stays_open(page: StudentsPage, qtbot: QtBot) -> None:
    page.add_action.trigger()
    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.family_name, "Nowak")
    qtbot.keyClicks(dialog.email, "nowak(at)uni.example")
    qtbot.keyClicks(dialog.languages, "polish")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.problems.text().splitlines() == [
        "Given name: missing",
        "Email: 'nowak(at)uni.example' is not a valid email address",
        "Languages: 'polish' is not a two-letter language code (ISO 639-1)",
    ]
    dialog.reject()


def test_a_taken_email_is_explained_and_the_form_comes_back(
    page: StudentsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, body: warnings.append(body))
    taken = page.model.row_at(0).email
    page.add_action.trigger()
    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.given_name, "Same")
    qtbot.keyClicks(dialog.family_name, "Address")
    qtbot.keyClicks(dialog.email, taken.upper())
    save(qtbot, dialog)
    again = open_dialog(qtbot, page)
    assert warnings == [f"Email: {taken} already belongs to {page.model.row_at(0).name}."]
    assert (again.given_name.text(), again.email.text()) == ("Same", taken.upper())
    again.reject()


def test_edit_registration_dates(page: StudentsPage, qtbot: QtBot) -> None:
    row = page.model.row_at(0)
    select_email(page, row.email)
    assert page.edit_action.isEnabled()
    page.edit_action.trigger()
    dialog = open_dialog(qtbot, page)
    assert dialog.windowTitle() == "Edit student teacher"
    assert dialog.email.text() == row.email
    dialog.status.setCurrentIndex(dialog.status.findData("validated"))
    for day in (dialog.registered_on, dialog.validated_on):
        day.known.setChecked(True)
    dialog.twinspace_joined_on.set_value(None)
    save(qtbot, dialog)
    qtbot.waitUntil(
        lambda: (
            page.model.rowCount() > 0
            and next(
                r for r in map(page.model.row_at, range(page.model.rowCount())) if r.id == row.id
            ).etwinning_status
            == "Validated"
        ),
        timeout=10_000,
    )
    assert (
        count(
            database(page),
            f"SELECT count(*) FROM student_teacher WHERE id = {row.id} "
            "AND etwinning_validated_on IS NOT NULL AND twinspace_joined_on IS NULL",
        )
        == 1
    )


def test_archive_asks_hides_and_restore_brings_back(
    page: StudentsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = page.model.row_at(0)
    total = page.model.rowCount()
    select_email(page, row.email)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(parent: QWidget, title: str, body: str) -> QMessageBox.StandardButton:
        asked.append(body)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    page.archive_action.trigger()
    assert asked and row.name in asked[0]
    assert page.model.rowCount() == total  # "No" changes nothing

    answer = QMessageBox.StandardButton.Yes
    page.archive_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == total - 1, timeout=10_000)
    assert row.email not in emails_shown(page)

    page.show_archived.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == total, timeout=10_000)
    select_email(page, row.email)
    archived = page.table.view.currentIndex()
    assert page.table.proxy.data(archived, Qt.ItemDataRole.FontRole).italic()
    assert "Archived on" in page.table.proxy.data(archived, Qt.ItemDataRole.ToolTipRole)
    assert page.archive_action.text() == "Rest&ore"
    page.archive_action.trigger()
    qtbot.waitUntil(
        lambda: (
            count(
                database(page),
                f"SELECT count(*) FROM student_teacher WHERE id = {row.id} AND archived_at IS NULL",
            )
            == 1
        ),
        timeout=10_000,
    )
    page.show_archived.trigger()
    qtbot.waitUntil(lambda: row.email in emails_shown(page) and page.model.rowCount() == total)


def test_enrol_the_selected_in_a_module(page: StudentsPage, qtbot: QtBot) -> None:
    db = database(page)
    module_id = count(db, "SELECT max(id) FROM module")
    outside = [
        page.model.row_at(r)
        for r in range(page.model.rowCount())
        if count(
            db,
            f"SELECT count(*) FROM enrolment WHERE module_id = {module_id} "
            f"AND student_id = {page.model.row_at(r).id}",
        )
        == 0
    ][:2]
    assert len(outside) == 2
    select_email(page, outside[0].email, outside[1].email)
    assert page.selected_students() == outside
    page.enrol_action.trigger()
    qtbot.waitUntil(lambda: page.enrol_dialog is not None, timeout=10_000)
    dialog = page.enrol_dialog
    assert dialog is not None
    assert dialog.individuals.isChecked()
    assert dialog.individuals.text() == "the 2 selected student teachers"
    dialog.module.setCurrentIndex(dialog.module.findData(module_id))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            count(
                db,
                f"SELECT count(*) FROM enrolment WHERE module_id = {module_id} AND student_id IN "
                f"({outside[0].id}, {outside[1].id}) AND status = 'enrolled'",
            )
            == 2
        ),
        timeout=10_000,
    )


def test_context_menu_marks_registrations(page: StudentsPage, qtbot: QtBot) -> None:
    assert page.context_menu() is None  # nothing selected
    db = database(page)
    pending = count(db, "SELECT min(id) FROM student_teacher WHERE etwinning_status = 'pending'")
    email = next(
        page.model.row_at(r).email
        for r in range(page.model.rowCount())
        if page.model.row_at(r).id == pending
    )
    select_email(page, email)
    menu = page.context_menu()
    assert menu is not None
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts[:6] == [
        "Open record…",
        "Edit…",
        "Archive",
        "Enrol in module…",
        "eTwinning: registered, waiting for validation",
        "eTwinning: validated by the NSO",
    ]
    assert texts[6].startswith("Export everything about") and texts[6].endswith("(GDPR)…")
    assert texts[7:] == ["Erase personal data…", "History…"]
    next(a for a in menu.actions() if a.text() == "eTwinning: validated by the NSO").trigger()
    qtbot.waitUntil(
        lambda: (
            count(
                db,
                f"SELECT count(*) FROM student_teacher WHERE id = {pending} "
                "AND etwinning_status = 'validated' AND etwinning_validated_on IS NOT NULL",
            )
            == 1
        ),
        timeout=10_000,
    )


def test_export_nso_list(
    page: StudentsPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = database(page)
    cohort = str(
        db.engine.connect().execute(text("SELECT name FROM cohort ORDER BY name")).scalar()
    )
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: (cohort, True))
    out = tmp_path / "list"  # no suffix: the chosen filter gives it
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(out), "CSV for Excel (*.csv)")
    )
    page.export_action.trigger()
    written = out.with_name("list.csv")
    qtbot.waitUntil(written.exists, timeout=10_000)
    with open(written, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    expected = count(
        db,
        "SELECT count(*) FROM student_teacher s JOIN cohort c ON c.id = s.cohort_id "
        f"WHERE s.etwinning_status = 'pending' AND s.archived_at IS NULL AND c.name = '{cohort}'",
    )
    assert len(rows) == 1 + expected > 1
    qtbot.waitUntil(lambda: "Saved the NSO list" in status_message(page))


def test_buttons_follow_the_selection(page: StudentsPage) -> None:
    page.table.view.clearSelection()
    page.table.view.setCurrentIndex(page.table.proxy.index(-1, -1))
    assert page.add_action.isEnabled() and page.import_action.isEnabled()
    assert not page.edit_action.isEnabled() and not page.archive_action.isEnabled()
    page.table.view.selectRow(0)
    assert page.edit_action.isEnabled() and page.archive_action.isEnabled()
