"""A mentor records a meeting end to end on a demo database, as a person would; checked through
the services."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from itepad.services import mentoring, mentoring_edits
from itepad.services.signoff import SignatureState
from itepad.store.database import Database
from itepad.ui.main_window import MainWindow
from itepad.ui.mentoring.line_dialogs import ActionDialog, TargetDialog
from itepad.ui.mentoring.meeting_editor import MeetingEditor
from itepad.ui.pages.mentoring import MentoringPage


@pytest.fixture
def page(opened: MainWindow, qtbot: QtBot) -> MentoringPage:
    opened.go_to(opened.pages.index(opened.mentoring))
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    qtbot.waitUntil(lambda: opened.mentoring.is_loaded, timeout=10_000)
    return opened.mentoring


def _db(page: MentoringPage) -> Database:
    assert page.database is not None
    return page.database


def _unmentored_email(db: Database) -> str:
    with db.engine.connect() as conn:
        return str(
            conn.execute(
                text(
                    "SELECT email FROM student_teacher WHERE archived_at IS NULL AND id NOT IN "
                    "(SELECT student_id FROM meeting_mentee) ORDER BY id LIMIT 1"
                )
            ).scalar_one()
        )


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def settled(editor: MeetingEditor, qtbot: QtBot) -> mentoring_edits.MeetingDraft:
    qtbot.waitUntil(lambda: not editor.queue.busy and editor.draft is not None, timeout=10_000)
    assert editor.draft is not None
    return editor.draft


def fill_line_dialog(monkeypatch: pytest.MonkeyPatch, texts: list[str]) -> None:
    """The target and action forms are answered with the next text, due in a week."""

    def run(dialog: TargetDialog | ActionDialog) -> int:
        dialog.text.setText(texts.pop(0))
        dialog.due.set_value(date.today() + timedelta(days=7))
        if isinstance(dialog, TargetDialog):
            dialog.competence.setCurrentIndex(1)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(TargetDialog, "exec", run)
    monkeypatch.setattr(ActionDialog, "exec", run)


def sign_as(monkeypatch: pytest.MonkeyPatch, asked: list[str]) -> None:
    def get_text(_parent: Any, _title: str, _label: str, _mode: Any, default: str) -> Any:
        asked.append(default)
        return default, True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)


def new_meeting(page: MentoringPage, qtbot: QtBot) -> MeetingEditor:
    qtbot.keyClick(page.table.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.meeting_editor
    assert editor is not None and editor.isVisible()
    return editor


def test_a_mentor_records_signs_and_edits_a_meeting(
    page: MentoringPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    meetings_before = page.model.rowCount()
    editor = new_meeting(page, qtbot)
    assert editor.banner.text == "Not signed"
    # Pick a student teacher not yet mentored (no targets to carry): find, then tick.
    email = _unmentored_email(_db(page))
    qtbot.keyClicks(editor.mentees.filter, email)
    (item,) = [
        editor.mentees.list.item(i)
        for i in range(editor.mentees.list.count())
        if not editor.mentees.list.item(i).isHidden()
    ]
    item.setCheckState(Qt.CheckState.Checked)
    student_id = int(item.data(Qt.ItemDataRole.UserRole))
    # The "First meeting" agenda fills in the focus and an outline of the notes.
    editor.agenda.setCurrentIndex(editor.agenda.findData("first"))
    editor.agenda.activated.emit(editor.agenda.currentIndex())
    assert editor.focus.text() == mentoring.AGENDAS["first"].focus
    assert editor.notes.text().startswith("## Expectations")
    editor.notes.source.setFocus()
    editor.notes.source.moveCursor(editor.notes.source.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.notes.source, "We agreed to meet every Monday.")

    fill_line_dialog(monkeypatch, ["Plan a TwinSpace page", "Contact the partner", "Send plan"])
    click(qtbot, editor.target_panel.add_button)  # saves the new meeting first
    draft = settled(editor, qtbot)
    click(qtbot, editor.target_panel.add_button)
    settled(editor, qtbot)
    click(qtbot, editor.action_panel.add_button)
    draft = settled(editor, qtbot)
    assert [t.text for t in draft.targets] == ["Plan a TwinSpace page", "Contact the partner"]
    assert [a.text for a in draft.actions] == ["Send plan"]
    assert draft.notes.endswith("We agreed to meet every Monday.")
    assert draft.agenda == "first" and draft.mentee_ids == (student_id,)
    assert editor.target_panel.count() == 2 and editor.action_panel.count() == 1

    asked: list[str] = []
    sign_as(monkeypatch, asked)
    click(qtbot, editor.sign_button)
    qtbot.waitUntil(lambda: editor.banner.text.startswith("✓ Signed by"), timeout=10_000)
    assert asked == [draft.mentor_email]  # the mentor signs by default
    assert not editor.banner.show_signed.isVisible()

    # An edit after signing: the warning shows, naming what changed.
    editor.notes.source.setFocus()
    qtbot.keyClicks(editor.notes.source, " And on Thursdays.")
    editor.focus.setFocus()  # leaving the notes saves them
    qtbot.waitUntil(lambda: "Changed since signed" in editor.banner.text, timeout=10_000)
    assert editor.banner.text.endswith(": notes")
    assert editor.banner.show_signed.isVisible()
    signature = mentoring.meeting_signature(_db(page), draft.id)
    assert signature.state == SignatureState.CHANGED
    assert signature.signed_content is not None
    assert "And on Thursdays" not in signature.signed_content["notes"]
    click(qtbot, editor.banner.show_signed)
    shown = editor.banner.findChild(QDialog)
    assert shown is not None and shown.isVisible()
    assert "We agreed to meet every Monday." in shown.browser.toPlainText()  # type: ignore[attr-defined]
    assert "And on Thursdays" not in shown.browser.toPlainText()  # type: ignore[attr-defined]
    shown.reject()

    click(qtbot, editor.close_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == meetings_before + 1, timeout=10_000)
    # The mentoring log shows the warning too.
    page.tabs.setCurrentWidget(page.log)
    with qtbot.waitSignal(page.log.loaded, timeout=10_000):
        page.log.choose(student_id)
    assert "Changed since signed" in page.log.browser.toPlainText()
    assert "Plan a TwinSpace page" in page.log.browser.toPlainText()


def test_add_target_disables_at_three(
    page: MentoringPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.table.view.setFocus()
    page.table.view.selectRow(0)
    qtbot.keyClick(page.table.view, Qt.Key.Key_Return)  # Enter opens the meeting
    editor = page.meeting_editor
    assert editor is not None
    draft = settled(editor, qtbot)
    fill_line_dialog(monkeypatch, [f"Target {n}" for n in range(3)])
    while editor.target_panel.add_button.isEnabled():
        click(qtbot, editor.target_panel.add_button)
        settled(editor, qtbot)
    assert editor.target_panel.count() == 3
    assert "At most 3" in editor.target_panel.add_button.toolTip()
    # Removing one enables it again.
    editor.target_panel.table.selectRow(0)
    click(qtbot, editor.target_panel.remove_button)
    qtbot.waitUntil(lambda: editor.target_panel.add_button.isEnabled(), timeout=10_000)
    assert len(mentoring_edits.load_meeting(_db(page), draft.id).targets) == 2


def test_open_actions_show_overdue_first_and_marking_done_removes_it(
    page: MentoringPage, qtbot: QtBot
) -> None:
    db = _db(page)
    choices = mentoring_edits.load_choices(db)
    meeting = mentoring.create_meeting(
        db,
        mentor_id=choices.mentors[0].id,
        mentee_ids=[choices.students[0].id],
        held_at=datetime(2020, 1, 6, 10),
    )
    mentoring.add_action(db, meeting, "Long overdue action", due_on=date(2020, 1, 13))
    page.reload()
    qtbot.waitUntil(
        lambda: (
            page.actions_model.rowCount() > 0
            and page.actions_model.row_at(0).text == "Long overdue action"
        ),
        timeout=10_000,
    )
    page.tabs.setCurrentIndex(1)
    first = page.actions_model.index(0, 0)
    assert first.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    rows = page.actions_model.rowCount()
    page.actions_table.view.selectRow(0)
    menu = page.actions_menu()
    assert [a.text() for a in menu.actions()] == ["Mark done", "Drop", "Open the meeting…"]
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: page.actions_model.rowCount() == rows - 1, timeout=10_000)
    assert all(
        page.actions_model.row_at(r).text != "Long overdue action"
        for r in range(page.actions_model.rowCount())
    )
    # Search as you type filters the overview.
    qtbot.keyClicks(page.actions_table.search, "zzzz-nothing")
    assert page.actions_table.proxy.rowCount() == 0
