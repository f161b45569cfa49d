"""The competences panel on demo data: the matrix by area, assessing by keyboard, the Assess…
dialog, the history of a competence, deleting, and the before/after chart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from itepad.services.competences import student_competences
from itepad.store.database import Database, open_database
from itepad.store.models import AssessorKind
from itepad.ui.competences import CompetencesPanel
from itepad.ui.competences.assess_dialog import AssessDialog
from itepad.ui.competences.matrix_model import LEVEL_ROLE, CompetenceMatrixModel, level_colour

SELF, EDUCATOR = CompetenceMatrixModel.SELF, CompetenceMatrixModel.EDUCATOR


@pytest.fixture
def db(demo_path: Path) -> Iterator[Database]:
    database = open_database(str(demo_path))
    yield database
    database.close()


def _student_with_progress(db: Database) -> int:
    """A demo student teacher whose assessments give a before/after."""
    with db.engine.connect() as conn:
        return int(
            conn.execute(
                text(
                    "SELECT student_id FROM competence_assessment GROUP BY student_id"
                    " ORDER BY count(*) DESC, student_id LIMIT 1"
                )
            ).scalar_one()
        )


@pytest.fixture
def panel(qtbot: QtBot, db: Database) -> CompetencesPanel:
    widget = CompetencesPanel()
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.set_student(db, _student_with_progress(db))
    qtbot.waitUntil(lambda: widget.is_loaded, timeout=10_000)
    return widget


def _wait_reloaded(qtbot: QtBot, panel: CompetencesPanel, count: int) -> None:
    qtbot.waitUntil(
        lambda: panel.data is not None and len(panel.data.assessments) == count and panel.is_loaded,
        timeout=10_000,
    )


def test_the_matrix_by_area(panel: CompetencesPanel, db: Database) -> None:
    model = panel.matrix_model
    assert model.rowCount() == 6 + 22
    areas = [row for row in range(model.rowCount()) if model.is_area(row)]
    assert areas[0] == 0 and len(areas) == 6
    assert model.index(0, 0).data().startswith("Area 1: ")
    assert panel.matrix.columnSpan(0, 0) == 3
    data = student_competences(db, panel._student_id or 0)
    for matrix_row in data.matrix():
        row = model.row_of(matrix_row.competence.id)
        for column, latest in (
            (SELF, matrix_row.latest_self),
            (EDUCATOR, matrix_row.latest_educator),
        ):
            index = model.index(row, column)
            if latest is None:
                assert index.data() is None
                continue
            level = data.level(latest.level_code)
            assert index.data(LEVEL_ROLE) == latest.level_code
            assert index.data().startswith(f"{level.code} {level.name} · ")
            brush = index.data(Qt.ItemDataRole.BackgroundRole)
            assert isinstance(brush, QBrush) and brush.color() == level_colour(level.rank)
    assert panel.chart.rows == data.before_after()
    assert panel.chart.rows, "the demo has first and latest self-assessments"
    assert panel.chart.isVisible()


def test_assess_by_keyboard(panel: CompetencesPanel, qtbot: QtBot, db: Database) -> None:
    data = panel.data
    assert data is not None
    before = len(data.assessments)
    # A competence this student teacher has no educator assessment of.
    row = next(r for r in data.matrix() if r.latest_educator is None)
    panel.select_competence(row.competence.id, EDUCATOR)
    panel.matrix.setFocus()
    qtbot.keyClick(panel.matrix, Qt.Key.Key_F2)
    editor = panel.matrix.findChild(QComboBox)
    assert editor is not None and editor.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_End)  # C2 Pioneer
    qtbot.keyClick(editor, Qt.Key.Key_Up)  # C1 Leader
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _wait_reloaded(qtbot, panel, before + 1)

    index = panel.matrix_model.index(panel.matrix_model.row_of(row.competence.id), EDUCATOR)
    assert index.data(LEVEL_ROLE) == "C1"
    assert panel.matrix.currentIndex() == index  # the cursor stays where it was
    newest = student_competences(db, data.student_id).history(row.competence.id)[0]
    assert (newest.kind, newest.level_code, newest.assessed_on) == (
        AssessorKind.EDUCATOR,
        "C1",
        date.today(),
    )
    assert panel.history_model.rowCount() == len(data.history(row.competence.id)) + 1


def test_assess_dialog_history_and_delete(
    panel: CompetencesPanel, qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = panel.data
    assert data is not None
    before = len(data.assessments)
    competence = data.competences[5]
    panel.select_competence(competence.id, SELF)

    def fill(dialog: AssessDialog) -> int:
        dialog.level.setCurrentIndex(dialog.level.findData("B2"))
        dialog.note.setText("Led the partner call")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AssessDialog, "exec", fill)
    qtbot.mouseClick(panel.assess_button, Qt.MouseButton.LeftButton)
    _wait_reloaded(qtbot, panel, before + 1)
    assert panel.history_model.rowCount() >= 1
    top = panel.history_model.row_at(0)
    assert (top.kind, top.level_code, top.note) == (AssessorKind.SELF, "B2", "Led the partner call")
    assert panel.history_heading.text() == f"History of {competence.number} {competence.name}"

    panel.history.selectRow(0)
    assert panel.delete_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    _wait_reloaded(qtbot, panel, before)
    assert [a.id for a in student_competences(db, data.student_id).assessments] == [
        a.id for a in data.assessments
    ]


def test_a_stale_edit_is_refused(
    panel: CompetencesPanel, qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = panel.data
    assert data is not None
    stale = data.assessments[0]
    with db.engine.begin() as conn:  # someone else changes it meanwhile
        conn.execute(
            text("UPDATE competence_assessment SET version = version + 1 WHERE id = :id"),
            {"id": stale.id},
        )
    panel.select_competence(stale.competence_id)
    row = next(
        n
        for n in range(panel.history_model.rowCount())
        if panel.history_model.row_at(n).id == stale.id
    )
    panel.history.selectRow(row)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, message: warnings.append(message)
    )
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "Someone else changed this competence assessment" in warnings[0]
    qtbot.waitUntil(lambda: panel.is_loaded, timeout=10_000)
    assert len(student_competences(db, data.student_id).assessments) == len(data.assessments)
