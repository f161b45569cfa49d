"""The Mentoring page's models and tabs on the demo database: workload, observations, the log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from itepad.services import mentoring, mentoring_edits
from itepad.services.signoff import SignatureState
from itepad.ui.main_window import MainWindow
from itepad.ui.mentoring.observation_dialog import ObservationDialog
from itepad.ui.pages.mentoring import MentoringPage


@pytest.fixture
def page(opened: MainWindow, qtbot: QtBot) -> MentoringPage:
    opened.go_to(opened.pages.index(opened.mentoring))
    qtbot.waitUntil(lambda: opened.mentoring.is_loaded, timeout=10_000)
    return opened.mentoring


def test_the_new_models_pass_the_model_tester(
    page: MentoringPage, qtmodeltester: ModelTester
) -> None:
    for model in (page.actions_model, page.workload_model, page.observations_model):
        qtmodeltester.check(model, force_py=True)
    assert page.actions_model.rowCount() > 0 and page.workload_model.rowCount() > 0


def test_workload_shows_meetings_and_hours_per_mentor_and_month(page: MentoringPage) -> None:
    assert page.database is not None
    expected = mentoring.workload(page.database)
    model = page.workload_model
    shown = {
        (
            model.index(r, model.MENTOR).data(),
            model.index(r, model.MONTH).data(),
        ): (model.index(r, model.MEETINGS).data(), model.index(r, model.HOURS).data())
        for r in range(model.rowCount())
    }
    assert shown == {(w.mentor, w.month): (str(w.meetings), f"{w.hours:.1f}") for w in expected}
    assert sum(w.meetings for w in expected) == page.model.rowCount()  # every meeting counted


def test_an_observation_is_recorded_and_signed(
    page: MentoringPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = page.observations_model.rowCount()
    page.tabs.setCurrentIndex(2)
    page.new_observation()
    dialog = page.observation_dialog
    assert isinstance(dialog, ObservationDialog)
    dialog.fields["class_name"].setText("5B")
    dialog.fields["subject"].setText("English")
    dialog.markdown["strengths"].set_text("- Clear instructions")

    def get_text(*args: Any) -> tuple[str, bool]:
        return args[-1], True  # the observer's email, as offered

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog.sign_off()  # saves first, then signs
    qtbot.waitUntil(lambda: dialog.banner.text.startswith("✓ Signed by"), timeout=10_000)
    row = dialog.row
    assert row is not None and row.class_name == "5B" and row.strengths == "- Clear instructions"
    dialog.fields["subject"].setText("English as a foreign language")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.save()
    assert "Changed since signed" in dialog.banner.text and "subject" in dialog.banner.text
    assert page.database is not None
    signature = mentoring.observation_signature(page.database, row.id)
    assert signature.state == SignatureState.CHANGED
    qtbot.waitUntil(lambda: page.observations_model.rowCount() == before + 1, timeout=10_000)


def test_the_log_lists_a_student_teachers_meetings_newest_first(
    page: MentoringPage, qtbot: QtBot
) -> None:
    db = page.database
    assert db is not None
    choices = mentoring_edits.load_choices(db)
    student = choices.students[0].id
    for day in (5, 19):
        mentoring.create_meeting(
            db,
            mentor_id=choices.mentors[0].id,
            mentee_ids=[student],
            held_at=datetime(2031, 1, day, 10),
            focus=f"Focus of the {day}th",
        )
    page.tabs.setCurrentWidget(page.log)
    with qtbot.waitSignal(page.log.loaded, timeout=10_000):
        page.log.choose(student)
    text = page.log.browser.toPlainText()
    assert text.index("Focus of the 19th") < text.index("Focus of the 5th")
    assert "Not signed" in text


@pytest.mark.parametrize("choice", ["keep mine", "reload"])
def test_an_observation_saved_meanwhile_by_someone_else_offers_the_choice(
    page: MentoringPage, qtbot: QtBot, choice: str
) -> None:
    db = page.database
    assert db is not None
    choices = mentoring_edits.load_choices(db)
    observation_id = mentoring_edits.create_observation(
        db,
        student_id=choices.students[0].id,
        observed_at=datetime(2031, 2, 3, 9, 0),
        subject="History",
        topic="Castles",
    )
    dialog = ObservationDialog(db, choices, observation_id, page)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.row is not None, timeout=10_000)
    loaded = dialog.row
    assert loaded is not None
    mentoring_edits.update_observation(db, observation_id, loaded.version, topic="Bridges")
    dialog.fields["subject"].setText("Geography")  # mine; the colleague changed the topic
    dialog.save()
    qtbot.waitUntil(lambda: dialog.conflict is not None, timeout=10_000)
    conflict = dialog.conflict
    assert conflict is not None
    fields = {field.label: field for field in conflict.fields}
    assert fields["Subject"].differs and not fields["Topic"].differs
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        if choice == "keep mine":
            conflict.keep_button.click()
        else:
            conflict.reload_button.click()
    (row,) = mentoring_edits.observation_rows(db, observation_id)
    assert row.topic == "Bridges"  # theirs is never overwritten
    assert row.subject == ("Geography" if choice == "keep mine" else "History")
    assert dialog.fields["subject"].text() == row.subject
