"""The calendar of sessions on the Modules page: week and month, navigation, opening a module."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from itepad.services.calendar_view import CalendarEntry, calendar_entries
from itepad.ui.calendar_view import CalendarView
from itepad.ui.main_window import MainWindow
from itepad.ui.models.calendar import DATE_ROLE, ENTRIES_ROLE, OUTSIDE_ROLE, CalendarModel
from itepad.ui.pages.modules import ModulesPage


@pytest.fixture
def page(opened: MainWindow, qtbot: QtBot) -> ModulesPage:
    opened.go_to(opened.pages.index(opened.modules))
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    qtbot.waitUntil(lambda: opened.modules.is_loaded)
    return opened.modules


def show(page: ModulesPage, qtbot: QtBot, view: str) -> CalendarView:
    calendar = page.calendar
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        qtbot.mouseClick(page._views[view], Qt.MouseButton.LeftButton)
    return calendar


def step(calendar: CalendarView, qtbot: QtBot, button: Any) -> None:
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def busy_week(calendar: CalendarView, qtbot: QtBot) -> None:
    """On to the first week with sessions (the demo has some every week, bar Christmas)."""
    for _ in range(4):
        if calendar.model.entry_count():
            return
        step(calendar, qtbot, calendar.next)
    raise AssertionError("no week with sessions")


def shown(calendar: CalendarView) -> list[CalendarEntry]:
    model = calendar.model
    days = (model.day(model.index(r, c)) for r in range(model.rowCount()) for c in range(7))
    return [entry for day in days for entry in model.entries(day)]


def test_the_week_shows_every_module_s_sessions(page: ModulesPage, qtbot: QtBot) -> None:
    calendar = show(page, qtbot, "week")
    busy_week(calendar, qtbot)
    model = calendar.model
    first, last = model.first_day, model.last_day
    assert first.weekday() == 0 and last == first + timedelta(days=6)
    assert page.database is not None
    expected = calendar_entries(page.database, first, last)
    assert shown(calendar) == expected
    assert calendar.count_label.text() == (
        "1 session" if len(expected) == 1 else f"{len(expected)} sessions"
    )
    assert model.headerData(0, Qt.Orientation.Horizontal) == f"Mon {first.day} {first:%b}"
    entry = expected[0]
    index = model.index_of(entry.starts_at.date())
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert f"{entry.starts_at:%H:%M}" in tip and entry.module_code in tip and entry.title in tip


def test_previous_next_and_today_move_through_the_weeks(page: ModulesPage, qtbot: QtBot) -> None:
    calendar = show(page, qtbot, "week")
    this_week = calendar.model.first_day
    assert this_week <= date.today() <= calendar.model.last_day
    step(calendar, qtbot, calendar.next)
    assert calendar.model.first_day == this_week + timedelta(weeks=1)
    calendar.table.setFocus()
    with qtbot.waitSignal(calendar.loaded):
        qtbot.keyClick(calendar.table, Qt.Key.Key_PageUp)
    with qtbot.waitSignal(calendar.loaded):
        qtbot.keyClick(calendar.table, Qt.Key.Key_PageUp)
    assert calendar.model.first_day == this_week - timedelta(weeks=1)
    step(calendar, qtbot, calendar.today)
    assert calendar.model.first_day == this_week
    assert f"{this_week.day} {this_week:%b}" in calendar.range_label.text()


def test_the_month_shows_its_weeks_and_greys_the_other_months(
    page: ModulesPage, qtbot: QtBot
) -> None:
    calendar = show(page, qtbot, "month")
    model = calendar.model
    today = date.today()
    assert 4 <= model.rowCount() <= 6 and model.columnCount() == 7
    assert model.first_day <= today.replace(day=1) and model.first_day.weekday() == 0
    assert calendar.range_label.text() == f"{today:%B %Y}"
    assert page.database is not None
    assert shown(calendar) == calendar_entries(page.database, model.first_day, model.last_day)
    first_cell = model.index(0, 0)
    assert model.data(first_cell, OUTSIDE_ROLE) == (model.first_day.month != today.month)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Monday"
    step(calendar, qtbot, calendar.next)
    assert model.first_day.month in ((today.month % 12) + 1, today.month)


def _chip_centre(calendar: CalendarView, entry: CalendarEntry) -> QPoint:
    table = calendar.table
    index = calendar.model.index_of(entry.starts_at.date())
    entries = index.data(ENTRIES_ROLE)
    rects, _ = table.chips.chip_rects(table.visualRect(index), len(entries), table.fontMetrics())
    return rects[entries.index(entry)].center()


def test_double_clicking_a_session_opens_its_module(page: ModulesPage, qtbot: QtBot) -> None:
    calendar = show(page, qtbot, "week")
    busy_week(calendar, qtbot)
    entry = shown(calendar)[-1]
    viewport = calendar.table.viewport()
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=_chip_centre(calendar, entry))
    editor = page.editor
    assert editor is not None and page.editing
    qtbot.waitUntil(lambda: editor.draft is not None and editor.draft.id == entry.module_id)
    editor.close_editor()
    assert page.browser_stack.currentWidget() is calendar  # back where the user was


def test_enter_on_a_day_with_one_session_opens_its_module(page: ModulesPage, qtbot: QtBot) -> None:
    calendar = show(page, qtbot, "week")
    busy_week(calendar, qtbot)
    model = calendar.model
    index = next(
        model.index(0, c) for c in range(7) if len(model.index(0, c).data(ENTRIES_ROLE)) == 1
    )
    calendar.table.setFocus()
    calendar.table.setCurrentIndex(index)
    qtbot.keyClick(calendar.table, Qt.Key.Key_Return)
    (entry,) = index.data(ENTRIES_ROLE)
    assert page.editor is not None
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.module_id == entry.module_id)


def test_double_clicking_an_empty_day_of_the_month_shows_its_week(
    page: ModulesPage, qtbot: QtBot
) -> None:
    calendar = show(page, qtbot, "month")
    model = calendar.model
    index = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(7)
        if not model.index(r, c).data(ENTRIES_ROLE)
    )
    day: date = index.data(DATE_ROLE)
    centre = calendar.table.visualRect(index).center()
    with qtbot.waitSignal(calendar.loaded):
        qtbot.mouseDClick(calendar.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert calendar.mode == "week" and page.current_view() == "week"
    assert model.first_day <= day <= model.last_day
    assert not page.editing


def test_the_chosen_view_is_remembered(page: ModulesPage, qtbot: QtBot) -> None:
    show(page, qtbot, "month")
    again = ModulesPage("Modules")
    assert again.current_view() == "month"
    again.deleteLater()


def test_the_calendar_model_passes_the_model_tester(
    page: ModulesPage, qtbot: QtBot, qtmodeltester: Any
) -> None:
    calendar = show(page, qtbot, "month")
    qtmodeltester.check(calendar.model)
    empty = CalendarModel()
    qtmodeltester.check(empty)
    assert empty.rowCount() == 1 and empty.data(empty.index(0, 0)) == ""
