"""The impact survey in the app: one student teacher's form (answer, save, reload) and a
cohort's results next to the 2013 figures, on the dashboard too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from itepad.services.impact_survey import BENEFITS, cohort_names, cohort_results, student_survey
from itepad.store.database import Database, open_database
from itepad.ui.main_window import MainWindow
from itepad.ui.survey import SurveyPanel, SurveyResultsView
from itepad.ui.survey.results_view import AFTER, BEFORE, STUDY


@pytest.fixture
def db(demo_path: Path) -> Iterator[Database]:
    database = open_database(str(demo_path))
    yield database
    database.close()


def _student_without_survey(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(
            conn.execute(
                text(
                    "SELECT min(id) FROM student_teacher WHERE id NOT IN"
                    " (SELECT student_id FROM impact_survey_response)"
                )
            ).scalar_one()
        )


def _panel(qtbot: QtBot, db: Database, student_id: int) -> SurveyPanel:
    panel = SurveyPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_student(db, student_id)
    qtbot.waitUntil(lambda: panel.is_loaded, timeout=10_000)
    return panel


def test_answer_save_and_reload(qtbot: QtBot, db: Database) -> None:
    student_id = _student_without_survey(db)
    panel = _panel(qtbot, db, student_id)
    assert panel.status.text().endswith("has not answered the survey yet.")
    assert [c.currentData() for c in panel.pre.answers] == [None] * 5
    # Before: answered by keyboard, 1 to 5 down the list; after: left blank.
    for number, choice in enumerate(panel.pre.answers, start=1):
        choice.setFocus()
        for _ in range(number):
            qtbot.keyClick(choice, Qt.Key.Key_Down)
    panel.pre.comments.setPlainText("Looking forward to it")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.is_loaded and panel.pre.version == 1, timeout=10_000)

    stored = student_survey(db, student_id)
    assert stored.post is None  # a blank form is not recorded
    assert stored.pre is not None
    assert (stored.pre.answers, stored.pre.comments, stored.pre.answered_on) == (
        (1, 2, 3, 4, 5),
        "Looking forward to it",
        date.today(),
    )
    assert panel.status.text().endswith("answered the survey before.")

    # A new panel shows what was saved; a change saves a new version.
    again = _panel(qtbot, db, student_id)
    assert [c.currentData() for c in again.pre.answers] == [1, 2, 3, 4, 5]
    again.pre.answers[0].setCurrentIndex(again.pre.answers[0].findData(None))
    again.post.answers[2].setCurrentIndex(again.post.answers[2].findData(4))
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.is_loaded and again.pre.version == 2, timeout=10_000)
    stored = student_survey(db, student_id)
    assert stored.pre is not None and stored.pre.answers == (None, 2, 3, 4, 5)
    assert stored.post is not None and stored.post.answers == (None, None, 4, None, None)


def test_a_stale_survey_is_refused(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    student_id = _student_without_survey(db)
    first = _panel(qtbot, db, student_id)
    second = _panel(qtbot, db, student_id)
    first.pre.answers[0].setCurrentIndex(5)
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.pre.version == 1, timeout=10_000)
    warnings: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning",
        lambda _parent, _title, message: warnings.append(message),
    )
    second.pre.answers[0].setCurrentIndex(1)
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "recorded by someone else meanwhile" in warnings[0]
    qtbot.waitUntil(lambda: second.pre.version == 1, timeout=10_000)  # reloaded
    assert second.pre.answers[0].currentData() == 5


def test_results_view(qtbot: QtBot, db: Database) -> None:
    view = SurveyResultsView()
    qtbot.addWidget(view)
    view.resize(800, 700)
    view.show()
    cohorts = cohort_names(db)
    view.set_database(db, cohorts)
    qtbot.waitUntil(lambda: view.is_loaded, timeout=10_000)
    results = cohort_results(db, cohorts[0])
    assert results.answered_pre > 0 and results.answered_post > 0, "the demo has a survey"
    bars = view.chart.bars
    assert len(bars) == 3 * len(BENEFITS)
    for number, benefit in enumerate(results.benefits):
        before, after, study = bars[3 * number : 3 * number + 3]
        assert (before.label, after.label, study.label) == (benefit.label, "", "")
        assert (before.colour, after.colour, study.colour) == (BEFORE, AFTER, STUDY)
        assert before.value == pytest.approx(benefit.pre.share or 0.0)
        assert after.value == pytest.approx(benefit.post.share or 0.0)
        assert before.text == (
            f"{benefit.pre.share:.0%} ({benefit.pre.agreeing} of {benefit.pre.answering})"
        )
        assert study.value == benefit.study_2013
        items = [view.table.item(number, column) for column in range(4)]
        row = [item.text() if item else "" for item in items]
        assert row == [benefit.label, before.text, after.text, f"{benefit.study_2013:.0%}"]
    assert view.comments.count() == max(len(results.comments), 1)

    view.cohort.setCurrentText(cohorts[1])
    qtbot.waitUntil(lambda: view.is_loaded, timeout=10_000)
    assert view.results is not None and view.results.cohort == cohorts[1]


def test_the_dashboard_shows_the_survey(opened: MainWindow, qtbot: QtBot) -> None:
    survey = opened.dashboard.survey
    qtbot.waitUntil(lambda: survey.is_loaded, timeout=10_000)
    assert survey.cohort.count() >= 2
    assert len(survey.chart.bars) == 3 * len(BENEFITS)
