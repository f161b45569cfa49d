"""A save refused because a second writer saved first: reload, keep mine, compare; and a lost
connection that keeps the edit. Each against a real second writer on the demo database."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from itepad.services import mentoring_edits
from itepad.services import module_editing as editing
from itepad.services.module_draft import ModuleDraft, load_module_draft
from itepad.services.roster import load_student, update_student
from itepad.store.database import Database, open_database
from itepad.ui.conflict_dialog import Choice, ConflictDialog, Field, compare
from itepad.ui.main_window import MainWindow
from itepad.ui.mentoring.meeting_editor import MeetingEditor
from itepad.ui.module_editor.editor import ModuleEditor
from itepad.ui.pages.students import StudentsPage
from itepad.ui.student_dialog import StudentDialog

from .conftest import count


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    db = open_database(str(demo_path))
    yield db
    db.close()


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def module_id(db: Database, code: str) -> int:
    return count(db, f"SELECT id FROM module WHERE code = '{code}'")


@pytest.fixture
def module_editor(demo_db: Database, qtbot: QtBot) -> ModuleEditor:
    editor = ModuleEditor()
    qtbot.addWidget(editor)
    editor.set_database(demo_db)
    editor.show()
    editor.open_module(module_id(demo_db, "ETW101"))
    qtbot.waitUntil(lambda: editor.draft is not None and not editor.queue.busy, timeout=10_000)
    return editor


def draft_of(editor: ModuleEditor) -> ModuleDraft:
    assert editor.draft is not None
    return editor.draft


def their_term_and_title(db: Database, draft: ModuleDraft) -> None:
    """A colleague changes the term and the title of the module open in the editor."""
    theirs = replace(draft.details, term="Their term", title="Their title")
    editing.update_details(db, draft.id, theirs, version=draft.version)


def type_term(qtbot: QtBot, editor: ModuleEditor, term: str) -> None:
    field = editor.details.term
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, term)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def conflict(qtbot: QtBot, editor: ModuleEditor | MeetingEditor) -> ConflictDialog:
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None, timeout=10_000)
    dialog = editor.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_compare_lists_fields_and_highlights_differences(qtbot: QtBot) -> None:
    labels = [("term", "Term"), ("ects", "ECTS")]
    fields = compare(labels, {"term": "Mine", "ects": 5.0}, {"term": "Theirs", "ects": 5.0})
    assert fields == [Field("Term", "Mine", "Theirs"), Field("ECTS", "5", "5")]
    dialog = ConflictDialog("module", fields)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.isHidden()
    click(qtbot, dialog.compare_button)
    assert dialog.table.isVisible()
    differs, same = dialog.table.item(0, 1), dialog.table.item(1, 1)
    assert differs is not None and same is not None
    assert differs.font().bold() and not same.font().bold()
    assert dialog.summary.text() == "1 field(s) differ; they are highlighted."


def test_a_deleted_record_offers_reload_only_unless_it_can_be_saved_as_new(qtbot: QtBot) -> None:
    plain = ConflictDialog("session", [], deleted=True)
    qtbot.addWidget(plain)
    assert [b.isVisibleTo(plain) for b in (plain.keep_button, plain.new_button)] == [False, False]
    assert plain.reload_button.text() == "&Reload"
    renewable = ConflictDialog("student teacher", [], deleted=True, can_save_as_new=True)
    qtbot.addWidget(renewable)
    assert renewable.new_button.isVisibleTo(renewable)
    chosen: list[Choice] = []
    renewable.chosen.connect(chosen.append)
    renewable.reject()  # Esc: nothing is written
    assert chosen == [Choice.RELOAD]


def test_module_reload_discards_mine_and_shows_theirs(
    module_editor: ModuleEditor, demo_db: Database, qtbot: QtBot
) -> None:
    draft = draft_of(module_editor)
    their_term_and_title(demo_db, draft)
    type_term(qtbot, module_editor, "My term")
    dialog = conflict(qtbot, module_editor)
    assert module_editor.state.text() == "Not saved yet: someone else saved first"
    click(qtbot, dialog.reload_button)
    qtbot.waitUntil(lambda: module_editor.details.term.text() == "Their term", timeout=10_000)
    assert module_editor.details.title.text() == "Their title"
    assert load_module_draft(demo_db, draft.id).details.term == "Their term"


def test_module_keep_mine_saves_my_field_on_top_and_keeps_their_other_change(
    module_editor: ModuleEditor, demo_db: Database, qtbot: QtBot
) -> None:
    draft = draft_of(module_editor)
    their_term_and_title(demo_db, draft)
    type_term(qtbot, module_editor, "My term")
    dialog = conflict(qtbot, module_editor)
    click(qtbot, dialog.compare_button)
    differing = {f.label: (f.mine, f.theirs) for f in dialog.fields if f.differs}
    assert differing == {"Term": ("My term", "Their term")}  # their title stays theirs
    click(qtbot, dialog.keep_button)
    qtbot.waitUntil(lambda: not module_editor.queue.busy and not module_editor.queue.held)
    stored = load_module_draft(demo_db, draft.id)
    assert (stored.details.term, stored.details.title) == ("My term", "Their title")
    qtbot.waitUntil(lambda: module_editor.details.title.text() == "Their title")
    assert module_editor.state.text() == "All changes saved"


def test_a_session_edit_refused_then_kept(
    module_editor: ModuleEditor, demo_db: Database, qtbot: QtBot
) -> None:
    draft = draft_of(module_editor)
    session = draft.sessions[0]
    their_fields = replace(session.fields, place="Their room")
    editing.update_session(demo_db, session.id, their_fields, version=session.version)
    module_editor.tabs.setCurrentWidget(module_editor.sessions)
    module_editor.sessions.select(session.id)
    title = module_editor.sessions.panel.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "My session title")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    dialog = conflict(qtbot, module_editor)
    differing = {f.label for f in dialog.fields if f.differs}
    assert differing == {"Title"}
    click(qtbot, dialog.keep_button)
    qtbot.waitUntil(lambda: not module_editor.queue.busy and not module_editor.queue.held)
    stored = load_module_draft(demo_db, draft.id).session(session.id)
    assert stored is not None
    assert (stored.fields.title, stored.fields.place) == ("My session title", "Their room")


def test_a_lost_connection_keeps_the_edit_and_retry_saves_it(
    module_editor: ModuleEditor,
    demo_db: Database,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = editing.update_details
    calls: list[int] = []

    def drops_once(*args: object, **kwargs: object) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("UPDATE module", {}, Exception("server closed the connection"))
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(editing, "update_details", drops_once)
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: boxes.append(box))
    type_term(qtbot, module_editor, "Kept term")
    qtbot.waitUntil(lambda: bool(boxes), timeout=10_000)
    assert "was lost (server closed the connection)" in boxes[0].text()
    assert module_editor.details.term.text() == "Kept term"  # nothing typed is lost
    assert module_editor.queue.held
    assert module_editor.state.text().startswith("Not saved yet: the connection was lost")
    click(qtbot, boxes[0].button(QMessageBox.StandardButton.Retry))
    qtbot.waitUntil(lambda: not module_editor.queue.busy and not module_editor.queue.held)
    assert load_module_draft(demo_db, module_editor.draft.id).details.term == "Kept term"  # type: ignore[union-attr]


@pytest.fixture
def meeting_editor(demo_db: Database, qtbot: QtBot) -> MeetingEditor:
    meeting = count(demo_db, "SELECT min(id) FROM mentoring_meeting")
    editor = MeetingEditor(demo_db, mentoring_edits.load_choices(demo_db), meeting)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.draft is not None and not editor.queue.busy, timeout=10_000)
    return editor


def their_focus(db: Database, editor: MeetingEditor) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE mentoring_meeting SET focus = 'Their focus', version = version + 1 "
                 "WHERE id = :id"),
            {"id": editor.meeting_id},
        )  # fmt: skip


def type_focus(qtbot: QtBot, editor: MeetingEditor, focus: str) -> None:
    editor.focus.setFocus()
    editor.focus.selectAll()
    qtbot.keyClicks(editor.focus, focus)
    qtbot.keyClick(editor.focus, Qt.Key.Key_Return)


def stored_focus(db: Database, editor: MeetingEditor) -> str:
    assert editor.meeting_id is not None
    return mentoring_edits.load_meeting(db, editor.meeting_id).focus


@pytest.mark.parametrize(
    ("button", "kept"), [("keep_button", "My focus"), ("reload_button", "Their focus")]
)
def test_meeting_keep_mine_or_reload(
    meeting_editor: MeetingEditor, demo_db: Database, qtbot: QtBot, button: str, kept: str
) -> None:
    their_focus(demo_db, meeting_editor)
    type_focus(qtbot, meeting_editor, "My focus")
    dialog = conflict(qtbot, meeting_editor)
    assert {f.label: (f.mine, f.theirs) for f in dialog.fields if f.differs} == {
        "Focus": ("My focus", "Their focus")
    }
    click(qtbot, getattr(dialog, button))
    qtbot.waitUntil(lambda: not meeting_editor.queue.busy and not meeting_editor.queue.held)
    qtbot.waitUntil(lambda: meeting_editor.focus.text() == kept, timeout=10_000)
    assert stored_focus(demo_db, meeting_editor) == kept


def test_a_deleted_meeting_can_only_be_reloaded(
    meeting_editor: MeetingEditor, demo_db: Database, qtbot: QtBot
) -> None:
    with demo_db.engine.begin() as conn:
        conn.execute(
            text("DELETE FROM mentoring_meeting WHERE id = :id"), {"id": meeting_editor.meeting_id}
        )
    type_focus(qtbot, meeting_editor, "My focus")
    dialog = conflict(qtbot, meeting_editor)
    assert not dialog.keep_button.isVisibleTo(dialog)
    assert not dialog.compare_button.isVisibleTo(dialog)
    click(qtbot, dialog.reload_button)
    qtbot.waitUntil(lambda: not meeting_editor.isVisible())


@pytest.fixture
def students(opened: MainWindow, qtbot: QtBot) -> StudentsPage:
    page = opened.students
    opened.go_to(opened.pages.index(page))
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10_000)
    return page


def edit_first_student(page: StudentsPage, qtbot: QtBot) -> tuple[int, StudentDialog]:
    row = page.model.row_at(0)
    page.table.view.selectRow(page.table.proxy.mapFromSource(page.model.index(0, 0)).row())
    page.edit_action.trigger()
    qtbot.waitUntil(lambda: page.student_dialog is not None, timeout=10_000)
    dialog = page.student_dialog
    assert dialog is not None
    page.student_dialog = None
    return row.id, dialog


def student_conflict(page: StudentsPage, qtbot: QtBot) -> ConflictDialog:
    qtbot.waitUntil(lambda: page.findChild(ConflictDialog) is not None, timeout=10_000)
    dialog = page.findChild(ConflictDialog)
    assert isinstance(dialog, ConflictDialog)
    return dialog


def test_student_keep_mine_saves_the_form_on_top(students: StudentsPage, qtbot: QtBot) -> None:
    db = students.database
    assert db is not None
    student_id, form = edit_first_student(students, qtbot)
    record = load_student(db, student_id)
    update_student(db, student_id, record.version, replace(record.form, programme="Theirs"))
    form.placement_school.setText("My school")
    click(qtbot, form.save_button)
    dialog = student_conflict(students, qtbot)
    differing = {f.label: (f.mine, f.theirs) for f in dialog.fields if f.differs}
    assert differing["Placement school"][0] == "My school"
    click(qtbot, dialog.keep_button)
    qtbot.waitUntil(
        lambda: load_student(db, student_id).form.placement_school == "My school", timeout=10_000
    )


def test_an_erased_student_cannot_be_saved_over(students: StudentsPage, qtbot: QtBot) -> None:
    from itepad.services.privacy import erase_student

    db = students.database
    assert db is not None
    student_id, form = edit_first_student(students, qtbot)
    erase_student(db, load_student(db, student_id).form.email)
    form.placement_school.setText("My school")
    click(qtbot, form.save_button)
    dialog = student_conflict(students, qtbot)
    assert not dialog.keep_button.isVisibleTo(dialog)
    assert "erased" in dialog.body.text()
    click(qtbot, dialog.reload_button)
    assert load_student(db, student_id).form.given_name == "Erased"
