"""The activity log: the audit trail read page by page and narrowed by text, person, dates and
kind of record; in the app and in the service that reads it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from itepad.services.demo import fill_demo
from itepad.services.history import HistoryFilter, actors, read_history, read_history_page
from itepad.store.concurrency import versioned_update
from itepad.store.contents import TABLES
from itepad.store.database import Database
from itepad.ui.main_window import MainWindow
from itepad.ui.undo.activity_log import ActivityLogDialog
from itepad.ui.undo.paged_history import PAGE_SIZE

TODAY = date(2026, 11, 25)


def rename(db: Database, family: str, actor: str) -> int:
    """Change the first student teacher's family name as `actor`; their id."""
    st = TABLES["student_teacher"]
    with db.engine.connect() as conn:
        row = conn.execute(select(st).order_by(st.c.id)).first()
    assert row is not None
    db.audit.actor = actor
    with db.engine.begin() as conn:
        versioned_update(conn, st, row.id, row.version, {"family_name": family})
    return int(row.id)


# --- the service ---------------------------------------------------------------------------


def test_pages_follow_on_without_gaps_or_repeats(db: Database) -> None:
    fill_demo(db, students=6, seed=3, today=TODAY)
    everything = read_history(db, HistoryFilter(limit=1_000_000))
    first = read_history_page(db, HistoryFilter(limit=50))
    assert first.more_from is not None
    second = read_history_page(db, HistoryFilter(limit=50, older_than=first.more_from))
    assert [line.entry_id for line in first.lines + second.lines] == [
        line.entry_id for line in everything[:100]
    ]


def test_a_text_search_reads_on_until_enough_lines_match(db: Database) -> None:
    fill_demo(db, students=6, seed=3, today=TODAY)
    sid = rename(db, "Zzyzx", "anna.educator")
    for n in range(3):
        rename(db, f"Zzyzx {n}", "anna.educator")
    # The matches are the newest entries, but fewer than a page: the search reads to the end.
    page = read_history_page(db, HistoryFilter(text="zzyzx", limit=10))
    assert len(page.lines) == 4 and page.more_from is None
    assert all(line.table == "student_teacher" for line in page.lines)
    two = read_history_page(db, HistoryFilter(text="zzyzx", limit=2))
    assert len(two.lines) == 2 and two.more_from == two.lines[-1].entry_id
    rest = read_history_page(db, HistoryFilter(text="zzyzx", limit=2, older_than=two.more_from))
    assert [line.changes for line in two.lines + rest.lines] == [
        line.changes for line in page.lines
    ]
    assert read_history(db, HistoryFilter(student_id=sid, actor="anna.educator"))
    assert "anna.educator" in actors(db)


def test_dates_are_whole_days(db: Database) -> None:
    fill_demo(db, students=4, seed=3, today=TODAY)
    today = date.today()
    assert read_history(db, HistoryFilter(since=today, until=today, limit=5))
    assert not read_history(db, HistoryFilter(until=today - timedelta(days=1)))
    assert not read_history(db, HistoryFilter(since=today + timedelta(days=1)))


# --- the dialog ----------------------------------------------------------------------------


@pytest.fixture
def log(opened: MainWindow, qtbot: QtBot) -> ActivityLogDialog:
    db = opened.database
    assert db is not None
    rename(db, "Activity-Test", "Dr Ana Kovač")
    menu = next(a.menu() for a in opened.menuBar().actions() if a.text() == "&Edit")
    assert isinstance(menu, QMenu)
    next(a for a in menu.actions() if a.text() == "&Activity log…").trigger()
    dialog = opened.undo.activity_log
    assert isinstance(dialog, ActivityLogDialog)
    qtbot.waitUntil(lambda: not dialog.history.loading, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.person.count() > 1, timeout=10_000)
    return dialog


def settle(dialog: ActivityLogDialog, qtbot: QtBot) -> list[str]:
    """Wait for the search to be read; the labels of the lines shown."""
    qtbot.wait(10)
    qtbot.waitUntil(lambda: not dialog.history.loading, timeout=10_000)
    model = dialog.history.view.model
    return [model.row_at(r).label for r in range(model.rowCount())]


def test_the_log_pages_and_filters(log: ActivityLogDialog, qtbot: QtBot) -> None:
    shown = settle(log, qtbot)
    assert len(shown) == PAGE_SIZE  # the demo wrote many more: the newest page first
    assert log.history.older.isEnabled()
    assert shown[0].startswith("Edit student teacher ") and "Activity-Test" in shown[0]
    log.history.older.click()
    assert len(settle(log, qtbot)) > PAGE_SIZE

    qtbot.keyClicks(log.text, "activity-TEST")  # searched once the typing pauses
    assert log.text.text() == "activity-TEST"
    qtbot.waitUntil(lambda: len(settle(log, qtbot)) == 1, timeout=10_000)
    line = log.history.view.model.row_at(0)
    assert line.actor == "Dr Ana Kovač"
    assert "→ Activity-Test" in line.changes
    assert "Activity-Test" in log.history.view.details.toPlainText()

    log.text.clear()
    log.person.setCurrentIndex(log.person.findData("Dr Ana Kovač"))
    assert len(settle(log, qtbot)) == 1

    log.person.setCurrentIndex(0)
    log.kind.setCurrentIndex(log.kind.findData("mentoring_meeting"))
    lines = settle(log, qtbot)
    model = log.history.view.model
    assert lines and {model.row_at(r).table for r in range(model.rowCount())} == {
        "mentoring_meeting"
    }

    yesterday = QDate.currentDate().addDays(-1)
    log.until.setDate(yesterday)
    assert settle(log, qtbot) == []
    assert log.history.count.text() == "0 changes"
    log.until.setDate(log.until.minimumDate())  # "any day" again
    log.since.setDate(QDate.currentDate())
    assert settle(log, qtbot)
