"""A new module from a course template: chosen, dated, a week skipped, created, opened."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from itepad.services.module_draft import load_module_draft
from itepad.services.planning import schedule
from itepad.services.templates import find_template, user_template_dir
from itepad.ui.main_window import MainWindow
from itepad.ui.new_module_dialog import NewModuleDialog
from itepad.ui.pages.modules import ModulesPage

TEMPLATE = "introduction-to-etwinning"
START = date(2027, 2, 1)  # a Monday
HOLIDAY = date(2027, 2, 17)  # a Wednesday: its whole week is skipped


@pytest.fixture
def page(opened: MainWindow, qtbot: QtBot) -> ModulesPage:
    opened.go_to(opened.pages.index(opened.modules))
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    qtbot.waitUntil(lambda: opened.modules.is_loaded)
    return opened.modules


def open_dialog(page: ModulesPage, qtbot: QtBot) -> NewModuleDialog:
    """Ctrl+N, as a user would; the templates are read in the background."""
    page.table.view.setFocus()
    qtbot.keyClick(page.table.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.new_module_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.templates.count() > 0)
    return dialog


def choose_template(dialog: NewModuleDialog, qtbot: QtBot, template_id: str) -> None:
    row = next(i for i, t in enumerate(dialog._templates) if t.id == template_id)
    item = dialog.templates.item(row)
    rect = dialog.templates.visualItemRect(item)
    qtbot.mouseClick(dialog.templates.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.template() is not None and dialog.template().id == template_id  # type: ignore[union-attr]


def preview_lines(dialog: NewModuleDialog) -> list[str]:
    """The preview as text: a line per week, then "  title | date" per session."""
    lines = []
    for top in range(dialog.preview.topLevelItemCount()):
        week = dialog.preview.topLevelItem(top)
        assert week is not None
        lines.append(week.text(0))
        for number in range(week.childCount()):
            session = week.child(number)
            assert session is not None
            lines.append(f"  {session.text(0)} | {session.text(2)}")
    return lines


def test_a_module_is_planned_with_a_skipped_week_and_opened(
    page: ModulesPage, qtbot: QtBot
) -> None:
    dialog = open_dialog(page, qtbot)
    assert not dialog.create_button.isEnabled()  # no code yet
    choose_template(dialog, qtbot, TEMPLATE)
    template = find_template(TEMPLATE)
    assert dialog.title.placeholderText() == template.title
    qtbot.keyClicks(dialog.code, "ETW110")
    assert dialog.create_button.isEnabled()
    dialog.start.setDate(QDate(START.year, START.month, START.day))
    assert dialog.weekday.currentData() == START.weekday()  # follows the start date
    dialog.skip_date.setDate(QDate(HOLIDAY.year, HOLIDAY.month, HOLIDAY.day))
    qtbot.mouseClick(dialog.skip_add, Qt.MouseButton.LeftButton)
    assert [dialog.skips.item(i).text() for i in range(dialog.skips.count())] == [
        "Week of Mon 15 Feb 2027"
    ]
    lines = preview_lines(dialog)
    assert "Skipped week (15 Feb \N{EN DASH} 21 Feb 2027)" in lines
    assert lines[0].startswith("Week 1: ") and lines[0].endswith("(1 Feb \N{EN DASH} 7 Feb 2027)")

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.draft is not None)
    editor = page.editor
    assert editor is not None and editor.draft is not None
    assert editor.draft.details.code == "ETW110" and page.editing
    assert page.new_module_dialog is None  # closed and gone
    assert page.database is not None
    draft = load_module_draft(page.database, editor.draft.id)
    expected = schedule(template, start=START, skip_weeks=[HOLIDAY])
    assert [(s.starts_at, s.ends_at) for s in draft.sessions] == sorted(expected)
    monday = HOLIDAY - timedelta(days=HOLIDAY.weekday())
    assert not [s for s in draft.sessions if monday <= s.starts_at.date() < monday + timedelta(7)]
    assert max(s.starts_at.date() for s in draft.sessions) >= START + timedelta(weeks=6)
    assert draft.sessions[0].starts_at.time() == (template.start_time or time(10))
    window = page.window()
    assert isinstance(window, MainWindow)
    assert "Created module ETW110" in window.statusBar().currentMessage()


def test_weekday_time_and_removing_a_skipped_week_change_the_dates_live(
    page: ModulesPage, qtbot: QtBot
) -> None:
    dialog = open_dialog(page, qtbot)
    choose_template(dialog, qtbot, TEMPLATE)
    dialog.start.setDate(QDate(START.year, START.month, START.day))
    first = preview_lines(dialog)[1]
    assert first.endswith("| Mon 1 Feb, 10:00\N{EN DASH}11:30")
    dialog.weekday.setFocus()
    qtbot.keyClicks(dialog.weekday, "Th")  # Thursday, chosen by typing
    assert dialog.weekday.currentData() == 3
    assert "Thu 4 Feb" in preview_lines(dialog)[1]
    qtbot.keyClick(dialog.weekday, Qt.Key.Key_Tab)  # on to the time, its hours selected
    assert dialog.time.hasFocus()
    qtbot.keyClicks(dialog.time, "0830")
    assert ", 08:30" in preview_lines(dialog)[1]

    dialog.start.setDate(QDate(2027, 2, 5))  # a Friday, after the chosen Thursday
    assert "before the start date" in dialog.notice.text()

    dialog.skip_date.setDate(QDate(2027, 2, 10))
    qtbot.mouseClick(dialog.skip_add, Qt.MouseButton.LeftButton)
    assert any(line.startswith("Skipped week") for line in preview_lines(dialog))
    dialog.skips.setFocus()
    dialog.skips.setCurrentRow(0)
    qtbot.keyClick(dialog.skips, Qt.Key.Key_Delete)
    assert dialog.skips.count() == 0
    assert not any(line.startswith("Skipped week") for line in preview_lines(dialog))


def test_a_broken_template_is_reported_and_the_others_stay_usable(
    page: ModulesPage, qtbot: QtBot
) -> None:
    folder = user_template_dir()
    folder.mkdir(parents=True)
    broken = folder / "my-broken.md"
    broken.write_text("---\ntitle: Mine\nkind: project\nweeks: six\n---\n", encoding="utf-8")
    dialog = open_dialog(page, qtbot)
    assert dialog.problems.isVisible()
    assert f"{broken}:4: weeks: must be a whole number" in dialog.problems.text()
    assert dialog.templates.count() == 5  # the shipped ones
    choose_template(dialog, qtbot, "etwinning-hands-on-workshop")
    assert preview_lines(dialog)


def test_a_taken_code_is_refused_and_the_dialog_stays_open(page: ModulesPage, qtbot: QtBot) -> None:
    dialog = open_dialog(page, qtbot)
    choose_template(dialog, qtbot, TEMPLATE)
    qtbot.keyClicks(dialog.code, "ETW101")  # a demo module has it
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)  # Enter creates
    qtbot.waitUntil(lambda: "already taken" in dialog.notice.text())
    assert dialog.isVisible() and dialog.code.hasFocus()
    assert dialog.code.selectedText() == "ETW101"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert page.new_module_dialog is None or not page.new_module_dialog.isVisible()
    assert not page.editing


def test_the_new_module_shortcut_works_only_on_the_modules_page(
    opened: MainWindow, qtbot: QtBot
) -> None:
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    opened.go_to(opened.pages.index(opened.students))
    focus = QApplication.focusWidget() or opened
    qtbot.keyClick(focus, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened.modules.new_module_dialog is None
