"""The Reviews panel on its own: figures per cohort, resolving, writing copies, dropping PDFs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfWriter
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from itepad.reports.review_form import READ_FIELD, choice_field, comment_field
from itepad.services.portfolio_review import cohort_reviews, write_review_copy
from itepad.store.database import Database, open_database
from itepad.ui.reviews import ReviewsPanel

TIMEOUT = 30_000


@pytest.fixture
def db(demo_path: Path) -> Iterator[Database]:
    database = open_database(str(demo_path))
    yield database
    database.close()


def _scalar(db: Database, sql: str) -> object:
    with db.engine.connect() as conn:
        return conn.execute(text(sql)).scalar_one()


@pytest.fixture
def panel(qtbot: QtBot, db: Database) -> ReviewsPanel:
    """The panel on the cohort of the demo's change requests."""
    widget = ReviewsPanel()
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=TIMEOUT):
        widget.set_database(db)
    cohort = str(
        _scalar(
            db,
            "SELECT c.name FROM cohort c JOIN student_teacher s ON s.cohort_id = c.id "
            "JOIN portfolio_review r ON r.student_id = s.id "
            "JOIN portfolio_review_answer a ON a.review_id = r.id "
            "WHERE a.choice = 'change' AND a.resolved_at IS NULL",
        )
    )
    if widget.cohort_box.currentText() != cohort:
        with qtbot.waitSignal(widget.loaded, timeout=TIMEOUT):
            widget.cohort_box.setCurrentText(cohort)
    return widget


def test_figures_of_the_cohort(panel: ReviewsPanel, db: Database) -> None:
    reviews = cohort_reviews(db, panel.cohort_box.currentText())
    assert panel.students.rowCount() == len(reviews.students)
    figures = panel.figures.text()
    assert f"Sent: {reviews.sent}" in figures and f"Outstanding: {reviews.outstanding}" in figures
    assert panel.comments.rowCount() >= 1
    assert panel.cohort_box.count() == _scalar(db, "SELECT count(*) FROM cohort")


def test_mark_a_change_request_resolved(panel: ReviewsPanel, db: Database, qtbot: QtBot) -> None:
    rows = [panel.comments.row_at(i) for i in range(panel.comments.rowCount())]
    row = next(i for i, r in enumerate(rows) if r.is_change_request and r.resolved_at is None)
    panel.comment_view.selectRow(row)
    assert panel.resolve_button.isEnabled()
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        panel.resolve_button.click()
    resolved = _scalar(
        db,
        "SELECT resolved_at IS NOT NULL FROM portfolio_review_answer "
        f"WHERE id = {rows[row].answer_id}",
    )
    assert resolved == 1


def _drop(panel: ReviewsPanel, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dropEvent(event)
    return event


def test_drop_returned_forms(
    panel: ReviewsPanel, db: Database, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    email = panel.students.row_at(0).email
    copy = tmp_path / "copy.pdf"
    write_review_copy(db, email, copy)
    writer = PdfWriter(clone_from=copy)
    values = {choice_field("projects"): "/change", comment_field("projects"): "Add our blog"}
    for page in writer.pages:
        writer.update_page_form_field_values(page, {**values, READ_FIELD: "/Yes"})
    filled = tmp_path / "filled.pdf"
    writer.write(filled)
    stray = tmp_path / "letter.pdf"
    stray.write_text("not a pdf", encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    with qtbot.waitSignal(panel.finished, timeout=TIMEOUT) as blocker:
        _drop(panel, [filled, stray])
    message = str(blocker.args[0])
    assert "imported" in message and "Refused" in message and "not a PDF" in message
    assert warnings == [message]
    qtbot.waitUntil(lambda: panel.is_loaded, timeout=TIMEOUT)
    assert any(
        panel.comments.row_at(i).comment == "Add our blog" for i in range(panel.comments.rowCount())
    )


def test_write_copies_for_selected(
    panel: ReviewsPanel, db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    before = _scalar(db, "SELECT count(*) FROM portfolio_review")
    panel.student_view.selectRow(0)
    assert panel.write_selected.isEnabled()
    panel.language_box.setCurrentIndex(panel.language_box.findData("pl"))
    with qtbot.waitSignal(panel.finished, timeout=60_000):
        panel.write_copies(tmp_path, panel.selected_emails())
    assert len(list(tmp_path.glob("*.pdf"))) == 1
    assert _scalar(db, "SELECT count(*) FROM portfolio_review") == before + 1  # type: ignore[operator]
    assert _scalar(db, "SELECT language FROM portfolio_review ORDER BY id DESC LIMIT 1") == "pl"
