"""The student teacher record: evidence added by a drop and edited, reflections in Gibbs' cycle,
project teams, and opening the record from the Student teachers page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from itepad.services import evidence, project_team, reflections
from itepad.services.attachments import attachments_dir, file_digest
from itepad.store.database import Database, open_database
from itepad.store.models import EvidenceKind, ReflectionModel, ReviewStatus
from itepad.ui.main_window import MainWindow
from itepad.ui.student_record.window import StudentRecordWindow

from .conftest import OFFSCREEN_NOISE, count


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    db = open_database(str(demo_path))
    yield db
    db.close()


def a_student(db: Database) -> int:
    """An enrolled student teacher in a project team, with evidence and reflections."""
    return count(
        db,
        "SELECT min(s.id) FROM student_teacher s WHERE archived_at IS NULL "
        "AND EXISTS (SELECT 1 FROM project_member m WHERE m.student_id = s.id) "
        "AND EXISTS (SELECT 1 FROM evidence e WHERE e.student_id = s.id)",
    )


@pytest.fixture
def record(qtbot: QtBot, demo_db: Database) -> StudentRecordWindow:
    window = StudentRecordWindow(demo_db, a_student(demo_db))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(
        lambda: not window.queue.busy and window.competences.is_loaded and window.survey.is_loaded,
        timeout=10_000,
    )
    return window


def test_every_part_of_the_record_has_its_tab(record: StudentRecordWindow) -> None:
    titles = [record.tabs.tabText(i).replace("&", "") for i in range(record.tabs.count())]
    assert titles == [
        "Overview",
        "Evidence",
        "Reflections",
        "eTwinning projects",
        "DigCompEdu competences",
        "Impact survey",
    ]
    assert record.competences.data is not None  # the panels show this student teacher
    assert record.survey.survey is not None


def drop(widget: object, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)  # type: ignore[attr-defined]
    assert event.isAccepted()


def test_the_overview_shows_registration_and_attendance(record: StudentRecordWindow) -> None:
    overview = record.overview
    student = evidence.list_evidence(record.db, record.student_id)
    assert student  # the chosen student teacher has a portfolio
    assert overview.name.text() in record.windowTitle()
    assert "@" in overview.values["email"].text()
    assert overview.modules_model.rowCount() >= 1
    assert overview.values["attendance"].text().endswith("%") or overview.values[
        "attendance"
    ].text() == ("nothing recorded yet")


def test_a_dropped_file_is_described_and_attached(
    record: StudentRecordWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    tab = record.evidence
    record.tabs.setCurrentWidget(tab)
    before = tab.model.rowCount()
    source = tmp_path / "Lesson plan.pdf"
    source.write_bytes(b"%PDF-1.4 a lesson plan with a partner call")

    drop(tab, source)
    qtbot.waitUntil(lambda: tab.dialog is not None, timeout=10_000)
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.title.text() == "Lesson plan"
    dialog.description.source.setPlainText("Shows **planning with partners**")
    qtbot.waitUntil(
        lambda: "planning with partners" in dialog.description.preview.toPlainText(), timeout=2000
    )
    choices = tab.choices
    assert choices is not None
    first, second = choices.competences[0], choices.competences[5]
    dialog.competences.checks[first.id].setChecked(True)
    dialog.competences.checks[second.id].setChecked(True)
    assert dialog.tabs.tabText(1).endswith("(2)")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=10_000)
    (row,) = [
        r
        for r in (tab.model.row_at(i) for i in range(tab.model.rowCount()))
        if r.form.title == "Lesson plan"
    ]
    assert row.form.kind == EvidenceKind.FILE
    assert row.form.description == "Shows **planning with partners**"
    assert row.competence_numbers == (first.number, second.number)
    assert row.shown_location == "Lesson plan.pdf"
    copy = attachments_dir() / row.location
    assert copy.read_bytes() == source.read_bytes()
    assert file_digest(copy) == row.checksum
    assert "Attached Lesson plan.pdf" in record.status.text()


def test_editing_evidence_changes_review_and_competences(
    record: StudentRecordWindow, qtbot: QtBot
) -> None:
    tab = record.evidence
    tab.view.selectRow(0)
    original = tab.current_row()
    assert original is not None
    tab.activate()  # as Enter or a double-click does
    qtbot.waitUntil(lambda: tab.dialog is not None, timeout=10_000)
    dialog = tab.dialog
    assert dialog is not None
    dialog.review.setCurrentIndex(dialog.review.findData(ReviewStatus.MEETS))
    dialog.competences.set_chosen([])
    dialog.title.setText("Renamed evidence")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    def saved() -> bool:
        rows = evidence.list_evidence(record.db, record.student_id)
        return any(r.id == original.id and r.version == original.version + 1 for r in rows)

    qtbot.waitUntil(saved, timeout=10_000)
    qtbot.waitUntil(lambda: not record.queue.busy, timeout=10_000)
    row = tab.current_row()
    assert row is not None and row.id == original.id  # still selected after the reload
    assert (row.form.title, row.form.review_status) == ("Renamed evidence", ReviewStatus.MEETS)
    assert row.competence_numbers == ()


def test_a_form_that_cannot_be_saved_stays_open(
    record: StudentRecordWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, message: warnings.append(message))
    tab = record.evidence
    tab.add_link()
    qtbot.waitUntil(lambda: tab.dialog is not None, timeout=10_000)
    dialog = tab.dialog
    assert dialog is not None
    dialog.title.setText("A quiz")
    dialog.address.setText("javascript:alert(1)")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert warnings and "Address" in warnings[0]


def test_links_open_only_with_safe_schemes(
    record: StudentRecordWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    warnings: list[str] = []
    monkeypatch.setattr(
        "itepad.ui.student_record.evidence_tab.open_with_desktop",
        lambda url: opened.append(url.toString()),
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, message: warnings.append(message))
    tab = record.evidence
    tab._open_url("https://padlet.example/ana")
    tab._open_url("file:///etc/passwd")
    assert opened == ["https://padlet.example/ana"]
    assert warnings and "only addresses starting" in warnings[0]


def test_a_gibbs_reflection_is_written_stage_by_stage(
    record: StudentRecordWindow, qtbot: QtBot
) -> None:
    tab = record.reflections
    record.tabs.setCurrentWidget(tab)
    before = tab.model.rowCount()
    tab.add(ReflectionModel.GIBBS)
    qtbot.waitUntil(lambda: tab.dialog is not None, timeout=10_000)
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.gibbs.isChecked() and dialog.pages.currentIndex() == 1
    dialog.title.setText("The first partner call")
    for stage, editor in dialog.stages.items():
        editor.source.setPlainText(f"*{stage}* in my own words")
    action_plan = dialog.stages["action_plan"]
    qtbot.waitUntil(
        lambda: "action_plan in my own words" in action_plan.preview.toPlainText(), timeout=2000
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=10_000)
    saved = [
        r
        for r in reflections.list_reflections(record.db, record.student_id)
        if r.form.title == "The first partner call"
    ]
    assert len(saved) == 1
    assert saved[0].form.model == ReflectionModel.GIBBS
    assert saved[0].form.stages[-1] == "*action_plan* in my own words"
    assert saved[0].form.body == ""


def test_switching_model_carries_the_text_across(record: StudentRecordWindow, qtbot: QtBot) -> None:
    tab = record.reflections
    tab.add(ReflectionModel.FREE)
    qtbot.waitUntil(lambda: tab.dialog is not None, timeout=10_000)
    dialog = tab.dialog
    assert dialog is not None
    dialog.body.source.setPlainText("What happened in class")
    dialog.gibbs.setChecked(True)
    assert dialog.stages["description"].text() == "What happened in class"
    dialog.free.setChecked(True)
    assert dialog.body.text() == "What happened in class"  # unchanged: it was not empty


def test_adding_to_a_project_team_and_leaving_it(
    record: StudentRecordWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = record.projects
    before = tab.model.rowCount()
    assert before >= 1
    tab.add()
    qtbot.waitUntil(lambda: tab.dialog is not None, timeout=10_000)
    dialog = tab.dialog
    assert dialog is not None
    title = dialog.project.currentText()
    dialog.role.setText("Partner coordinator")
    dialog.contribution.source.setPlainText("Planned the **first** call")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1, timeout=10_000)
    places = project_team.projects_of(record.db, record.student_id)
    (place,) = [p for p in places if title.startswith(p.project_title)]
    assert place.membership.role == "Partner coordinator"

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    tab.select(lambda row: row.project_id == place.project_id)
    tab.remove()
    qtbot.waitUntil(lambda: tab.model.rowCount() == before, timeout=10_000)


# The offscreen platform has no window stacking either.
@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"This plugin does not support raise\(\)")
def test_the_student_teachers_page_opens_the_record(opened: MainWindow, qtbot: QtBot) -> None:
    page = opened.students
    opened.go_to(opened.pages.index(page))
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10_000)
    page.table.view.selectRow(0)
    current = page.current_student()
    assert current is not None and page.open_action.isEnabled()
    page.table.view.doubleClicked.emit(page.table.view.currentIndex())
    qtbot.waitUntil(lambda: current.id in page.record_windows, timeout=5000)
    window = page.record_windows[current.id]
    qtbot.waitUntil(lambda: current.name in window.windowTitle(), timeout=10_000)
    page.table.view.setFocus()
    qtbot.keyClick(page.table.view, Qt.Key.Key_Return)  # Enter: the same window comes forward
    assert list(page.record_windows) == [current.id]
    assert window.isVisible()
    window.close()
    qtbot.waitUntil(lambda: not page.record_windows, timeout=5000)


def test_checking_files_names_a_changed_one(
    record: StudentRecordWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, message: shown.append(message))
    source = tmp_path / "survey.xlsx"
    source.write_bytes(b"answers")
    form = evidence.EvidenceForm(
        kind=EvidenceKind.FILE, title="Pupils' survey", dated_on=date(2026, 11, 2)
    )
    evidence.add_file_evidence(record.db, record.student_id, source, form)
    (row,) = [
        r
        for r in evidence.list_evidence(record.db, record.student_id)
        if r.form.title == "Pupils' survey"
    ]
    (attachments_dir() / row.location).write_bytes(b"edited elsewhere")
    record.evidence.verify()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "Pupils' survey (survey.xlsx): changed since it was attached" in shown[0]
