"""The module editor on a demo database, driven as a user would; checked through the services."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from itepad.services.module_draft import ModuleDraft, load_module_draft
from itepad.services.module_editing import update_details
from itepad.services.templates import find_template
from itepad.store.database import Database
from itepad.ui.main_window import MainWindow
from itepad.ui.models.sessions import SessionLine, SessionTableModel
from itepad.ui.module_editor.editor import ModuleEditor
from itepad.ui.pages.modules import ModulesPage

PROJECT_MODULE = "ETW202"  # the demo module with partners, projects and cohorts


@pytest.fixture
def page(opened: MainWindow, qtbot: QtBot) -> ModulesPage:
    opened.go_to(opened.pages.index(opened.modules))
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    qtbot.waitUntil(lambda: opened.modules.is_loaded)
    return opened.modules


def _db(page: ModulesPage) -> Database:
    assert page.database is not None
    return page.database


def open_module(page: ModulesPage, qtbot: QtBot, code: str) -> ModuleEditor:
    """Select the module's row and press Enter, as a user would."""
    view = page.table.view
    row = next(
        r for r in range(page.table.proxy.rowCount()) if view.model().index(r, 0).data() == code
    )
    view.setFocus()
    view.selectRow(row)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = page.editor
    assert editor is not None
    qtbot.waitUntil(lambda: editor.draft is not None and editor.draft.details.code == code)
    return editor


def settled(editor: ModuleEditor, qtbot: QtBot) -> ModuleDraft:
    """Wait for every action asked for to be saved; the draft then shown."""
    qtbot.waitUntil(lambda: not editor.queue.busy, timeout=10_000)
    assert editor.draft is not None
    return editor.draft


def stored(page: ModulesPage, editor: ModuleEditor) -> ModuleDraft:
    assert editor.module_id is not None
    return load_module_draft(_db(page), editor.module_id)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_enter_opens_the_module_and_alt_left_goes_back(page: ModulesPage, qtbot: QtBot) -> None:
    editor = open_module(page, qtbot, "ETW101")
    assert page.editing
    assert editor.heading.text().startswith("ETW101 — ")
    window = page.window()
    assert isinstance(window, MainWindow)
    assert window.summary.text().startswith("Editing ETW101")
    editor.tabs.setCurrentWidget(editor.sessions)  # the widest tab
    assert window.minimumSizeHint().width() <= 1000  # still fits a small laptop screen
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert not page.editing
    assert window.summary.text().endswith("modules")


def test_context_menu_offers_edit_and_new(page: ModulesPage) -> None:
    texts = [a.text() for a in page.context_menu().actions() if not a.isSeparator()]
    assert texts == ["Edit…", "New module…", "History…"]
    assert not page.context_menu().actions()[0].isEnabled()  # nothing selected
    assert not page.context_menu().actions()[-1].isEnabled()
    page.table.view.selectRow(0)
    assert page.context_menu().actions()[0].isEnabled()
    assert page.context_menu().actions()[-1].isEnabled()


def test_a_title_typed_in_details_is_saved(page: ModulesPage, qtbot: QtBot) -> None:
    editor = open_module(page, qtbot, "ETW101")
    title = editor.details.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Introduction to eTwinning, revised")
    qtbot.keyClick(title, Qt.Key.Key_Tab)  # leaving the field saves it
    draft = settled(editor, qtbot)
    assert stored(page, editor).details.title == "Introduction to eTwinning, revised"
    assert draft.version == stored(page, editor).version
    assert editor.heading.text() == "ETW101 — Introduction to eTwinning, revised"
    assert editor.state.text() == "All changes saved"
    click(qtbot, editor.back)
    qtbot.waitUntil(
        lambda: any(
            page.model.row_at(r).title == "Introduction to eTwinning, revised"
            for r in range(page.model.rowCount())
        )
    )


def test_the_list_shows_a_change_saved_after_leaving_the_editor(
    page: ModulesPage, qtbot: QtBot
) -> None:
    editor = open_module(page, qtbot, "ETW303")
    code = editor.details.code
    code.setFocus()
    code.selectAll()
    qtbot.keyClicks(code, "ETW303-B")
    qtbot.keyClick(code, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back at once
    assert not page.editing
    qtbot.waitUntil(
        lambda: any(page.model.row_at(r).code == "ETW303-B" for r in range(page.model.rowCount()))
    )


def test_an_edit_still_saving_when_another_module_opens_is_kept(
    page: ModulesPage, qtbot: QtBot
) -> None:
    editor = open_module(page, qtbot, "ETW101")
    term = editor.details.term
    term.setFocus()
    term.selectAll()
    qtbot.keyClicks(term, "Spring")
    qtbot.keyClick(term, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # saves, goes back
    first = editor.module_id
    open_module(page, qtbot, PROJECT_MODULE)
    settled(editor, qtbot)
    assert editor.details.code.text() == PROJECT_MODULE
    assert editor.details.code.hasFocus()  # ready to edit the details
    assert first is not None
    assert load_module_draft(_db(page), first).details.term == "Spring"


def test_a_stale_edit_is_refused_and_their_version_shown(page: ModulesPage, qtbot: QtBot) -> None:
    editor = open_module(page, qtbot, "ETW101")
    draft = settled(editor, qtbot)
    theirs = draft.details.__class__(**{**draft.details.__dict__, "term": "Their term"})
    update_details(_db(page), draft.id, theirs, version=draft.version)  # another educator
    editor.details.term.setFocus()
    editor.details.term.selectAll()
    qtbot.keyClicks(editor.details.term, "My term")
    qtbot.keyClick(editor.details.term, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None)
    dialog = editor.conflict_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Not saved: someone else saved first"
    click(qtbot, dialog.reload_button)  # the other choices: tests/ui/test_conflict_dialog.py
    qtbot.waitUntil(lambda: editor.details.term.text() == "Their term")
    assert stored(page, editor).details.term == "Their term"


def test_a_module_deleted_by_someone_else_closes_the_editor(
    page: ModulesPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_module(page, qtbot, "ETW303")
    settled(editor, qtbot)
    with _db(page).engine.begin() as conn:  # another educator deletes it
        conn.execute(text("DELETE FROM module WHERE code = 'ETW303'"))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, said: warnings.append(said))
    title = editor.details.title
    title.setFocus()
    qtbot.keyClicks(title, " (revised)")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None)
    dialog = editor.conflict_dialog
    assert dialog is not None
    assert dialog.heading.text() == "Someone else deleted this module"
    assert not dialog.keep_button.isVisibleTo(dialog)  # nothing to keep it on top of
    click(qtbot, dialog.reload_button)
    qtbot.waitUntil(lambda: not page.editing)
    assert len(warnings) == 1  # it cannot be read again
    assert "no longer exists" in warnings[0]
    qtbot.waitUntil(
        lambda: all(page.model.row_at(r).code != "ETW303" for r in range(page.model.rowCount()))
    )


def _sessions(editor: ModuleEditor) -> SessionTableModel:
    editor.tabs.setCurrentWidget(editor.sessions)
    return editor.sessions.model


def test_sessions_are_added_duplicated_removed_and_reordered(
    page: ModulesPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_module(page, qtbot, "ETW101")
    tab = editor.sessions
    model = _sessions(editor)
    before = settled(editor, qtbot).sessions

    click(qtbot, tab.buttons[tab.add_action])  # a new session, its title ready to type
    settled(editor, qtbot)
    assert tab.panel.title.hasFocus()
    qtbot.keyClicks(tab.panel.title, "Guest lecture: an eTwinning ambassador")
    qtbot.keyClick(tab.panel.title, Qt.Key.Key_Return)
    after_add = settled(editor, qtbot).sessions
    added = after_add[-1]
    assert len(after_add) == len(before) + 1
    assert (
        stored(page, editor).sessions[-1].fields.title == "Guest lecture: an eTwinning ambassador"
    )
    assert added.starts_at == before[-1].starts_at + timedelta(weeks=1)

    qtbot.keyClick(tab.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # duplicate
    copies = settled(editor, qtbot).sessions
    assert len(copies) == len(after_add) + 1
    assert copies[-1].fields == added.fields
    assert copies[-1].starts_at == added.starts_at + timedelta(weeks=1)
    assert tab.selected_id() == copies[-1].id

    asked: list[str] = []

    def answer_yes(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "Remove the session “Guest lecture" in asked[0]
    assert [s.id for s in settled(editor, qtbot).sessions] == [s.id for s in after_add]

    tab.select(before[2].id)
    click(qtbot, tab.buttons[tab.up_action])  # move up: it takes the earlier date
    reordered = settled(editor, qtbot).sessions
    assert [s.id for s in reordered[1:3]] == [before[2].id, before[1].id]
    assert [s.starts_at for s in reordered] == [s.starts_at for s in stored(page, editor).sessions]
    assert reordered[1].starts_at == before[1].starts_at
    assert tab.selected_id() == before[2].id
    assert model.rowCount() == len(reordered)


def test_a_session_moves_a_week_and_its_marks_are_mentioned(
    page: ModulesPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_module(page, qtbot, "ETW101")
    tab = editor.sessions
    _sessions(editor)
    first = settled(editor, qtbot).sessions[0]
    assert first.attendance_marks > 0  # a past session of the demo
    tab.select(first.id)
    click(qtbot, tab.buttons[tab.later_action])
    settled(editor, qtbot)
    moved = stored(page, editor).session(first.id)
    assert moved is not None and moved.starts_at == first.starts_at + timedelta(weeks=1)

    asked: list[str] = []

    def answer_no(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    click(qtbot, tab.buttons[tab.remove_action])
    assert f"Its {first.attendance_marks} attendance marks will be removed" in asked[0]
    assert stored(page, editor).session(first.id) is not None  # the user said no


def test_the_session_panel_saves_kind_place_and_facilitator(
    page: ModulesPage, qtbot: QtBot
) -> None:
    editor = open_module(page, qtbot, "ETW101")
    panel = editor.sessions.panel
    _sessions(editor)
    session = settled(editor, qtbot).sessions[1]
    editor.sessions.select(session.id)
    panel.place.setFocus()
    panel.place.selectAll()
    qtbot.keyClicks(panel.place, "Library, room 3")
    panel.kind.setFocus()  # leaving the place field saves it
    panel.kind.setCurrentIndex(panel.kind.findData("reflection"))
    panel.kind.activated.emit(panel.kind.currentIndex())
    settled(editor, qtbot)
    saved = stored(page, editor).session(session.id)
    assert saved is not None
    assert (saved.fields.place, saved.fields.kind) == ("Library, room 3", "reflection")
    row = editor.sessions.model.row_of(session.id)
    assert row is not None
    line: SessionLine = editor.sessions.model.row_at(row)
    assert (line.where, line.kind) == ("Library, room 3", "Reflection")


def test_an_outcome_is_mapped_to_a_competence(page: ModulesPage, qtbot: QtBot) -> None:
    editor = open_module(page, qtbot, "ETW101")
    editor.tabs.setCurrentWidget(editor.outcomes)
    draft = settled(editor, qtbot)
    outcome = draft.outcomes[0]
    competence = next(c for c in draft.choices.competences if c.number == "6.4")
    assert competence.id not in outcome.competence_ids
    box: QCheckBox = editor.outcomes.competences[competence.id]
    assert box.text() == "6.4 Responsible use"
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # the box
    settled(editor, qtbot)
    assert competence.id in stored(page, editor).outcomes[0].competence_ids

    click(qtbot, editor.outcomes.add_button)
    settled(editor, qtbot)
    assert editor.outcomes.text.hasFocus()
    qtbot.keyClicks(editor.outcomes.text, "Explain safe and responsible use of TwinSpace.")
    qtbot.keyClick(editor.outcomes.text, Qt.Key.Key_Tab)  # leaving the text saves it
    settled(editor, qtbot)
    assert (
        stored(page, editor).outcomes[-1].text == "Explain safe and responsible use of TwinSpace."
    )
    assert len(stored(page, editor).outcomes) == len(draft.outcomes) + 1


def test_a_quality_label_rating_and_note_are_saved(page: ModulesPage, qtbot: QtBot) -> None:
    editor = open_module(page, qtbot, PROJECT_MODULE)
    editor.tabs.setCurrentWidget(editor.partners)
    draft = settled(editor, qtbot)
    project_id = editor.partners.project.currentData()
    rating = editor.partners.ratings["technology"]
    rating.setFocus()
    qtbot.keyClicks(rating, "3")  # the first letters choose "3 — fully met"
    assert rating.currentData() == 3
    note = editor.partners.notes["technology"]
    note.setFocus()
    qtbot.keyClicks(note, "Padlet walls and a shared podcast")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    settled(editor, qtbot)
    project = next(p for p in stored(page, editor).projects if p.id == project_id)
    check = next(c for c in project.checks if c.criterion == "technology")
    assert (check.rating, check.note) == (3, "Padlet walls and a shared podcast")
    assert len(draft.projects) == len(stored(page, editor).projects)


def test_partners_and_cohorts_are_changed_in_their_tab(page: ModulesPage, qtbot: QtBot) -> None:
    editor = open_module(page, qtbot, PROJECT_MODULE)
    before = settled(editor, qtbot)
    editor.tabs.setCurrentWidget(editor.partners)
    tab = editor.partners
    tab.partners.setCurrentRow(0)
    gone = tab.partners.currentItem().data(Qt.ItemDataRole.UserRole)
    click(qtbot, tab.remove_button)
    settled(editor, qtbot)
    assert set(stored(page, editor).partner_ids) == set(before.partner_ids) - {gone}
    added = tab.candidates.currentData()
    click(qtbot, tab.add_button)
    settled(editor, qtbot)
    assert added in stored(page, editor).partner_ids

    editor.tabs.setCurrentWidget(editor.cohorts)
    cohorts = editor.cohorts.list
    unticked = next(
        r for r in range(cohorts.count()) if cohorts.item(r).checkState() == Qt.CheckState.Unchecked
    )
    cohorts.setFocus()
    cohorts.setCurrentRow(unticked)
    qtbot.keyClick(cohorts, Qt.Key.Key_Space)
    settled(editor, qtbot)
    assert len(stored(page, editor).cohort_ids) == len(before.cohort_ids) + 1


def test_the_clash_banner_names_a_clashing_session(page: ModulesPage, qtbot: QtBot) -> None:
    editor = open_module(page, qtbot, PROJECT_MODULE)
    tab = editor.sessions
    _sessions(editor)
    sessions = settled(editor, qtbot).sessions
    assert editor.banner.isHidden()
    tab.select(sessions[1].id)
    click(qtbot, tab.buttons[tab.earlier_action])  # onto the first session: same cohort
    settled(editor, qtbot)
    assert editor.banner.isVisible()
    (line,) = editor.clashes
    assert sessions[0].fields.title in line and sessions[1].fields.title in line
    assert "would be in both" in line
    tab.select(sessions[0].id)
    editor.banner.label.linkActivated.emit(f"session:{sessions[1].id}")  # the link in the text
    assert tab.selected_id() == sessions[1].id
    click(qtbot, tab.buttons[tab.later_action])
    settled(editor, qtbot)
    assert editor.banner.isHidden()


@pytest.mark.parametrize(
    ("button", "name", "check"),
    [
        ("calendar_button", "sessions.ics", lambda data: data.startswith(b"BEGIN:VCALENDAR")),
        ("handbook_button", "handbook.pdf", lambda data: data.startswith(b"%PDF")),
    ],
)
def test_calendar_and_handbook_are_written_from_the_editor(
    page: ModulesPage,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    button: str,
    name: str,
    check: Any,
) -> None:
    editor = open_module(page, qtbot, "ETW101")
    out = tmp_path / name
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(out), ""))
    click(qtbot, getattr(editor, button))
    window = page.window()
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: "Saved the" in window.statusBar().currentMessage(), timeout=30_000)
    assert str(out) in window.statusBar().currentMessage()
    assert check(out.read_bytes())


def test_a_module_saved_as_template_is_offered_for_new_modules(
    page: ModulesPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_module(page, qtbot, "ETW101")
    folders: list[str] = []

    def choose(parent: QWidget, caption: str, path: str, filter: str) -> tuple[str, str]:
        folders.append(path)
        return str(Path(path).with_name("my-intro.md")), filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    click(qtbot, editor.template_button)
    window = page.window()
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: "Saved the template" in window.statusBar().currentMessage())
    template = find_template("my-intro")
    draft = settled(editor, qtbot)
    assert template.title == draft.details.title
    assert len(template.sessions) == len(draft.sessions)
    assert folders[0].endswith(".md")


def test_the_sessions_model_passes_the_model_tester(
    page: ModulesPage, qtbot: QtBot, qtmodeltester: Any
) -> None:
    editor = open_module(page, qtbot, "ETW101")
    settled(editor, qtbot)
    model = editor.sessions.model
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    assert model.headerData(SessionTableModel.PLACE, Qt.Orientation.Horizontal) == "Place or link"
