"""Qt fixtures: headless, private settings per test, a demo database copied per test."""

from __future__ import annotations

import os

# Before any QApplication exists: no screen needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from itepad.app import open_for_app
from itepad.services.demo import fill_demo
from itepad.store.database import Database, open_database
from itepad.ui.main_window import MainWindow

DEMO_STUDENTS = 60
HERE = Path(__file__).parent

# The offscreen platform says so whenever a window with a size grip is shown; harmless.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path) -> Iterator[None]:
    """QSettings of each test in its own folder (window geometry, current page, last folder)."""
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    yield
    # No worker may outlive its test (and its temporary database).
    QThreadPool.globalInstance().waitForDone()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(str(path))
    try:
        fill_demo(db, students=DEMO_STUDENTS)
    finally:
        db.close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    return path


@dataclass(frozen=True)
class Expected:
    """Row counts of the demo database, counted with plain SQL."""

    students: int
    modules: int
    meetings: int


def count(db: Database, sql: str) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar_one())


@pytest.fixture
def expected(demo_path: Path) -> Expected:
    db = open_database(str(demo_path))
    try:
        return Expected(
            students=count(db, "SELECT count(*) FROM student_teacher WHERE archived_at IS NULL"),
            modules=count(db, "SELECT count(*) FROM module"),
            meetings=count(db, "SELECT count(*) FROM mentoring_meeting"),
        )
    finally:
        db.close()


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    main = MainWindow()
    qtbot.addWidget(main)
    yield main
    QThreadPool.globalInstance().waitForDone()
    if main.database is not None:
        main.database.close()


@pytest.fixture
def opened(window: MainWindow, demo_path: Path, qtbot: QtBot) -> MainWindow:
    """The main window shown on a copy of the demo database, its dashboard loaded."""
    window.show()
    window.open_database(lambda: open_for_app(str(demo_path), demo=False))
    qtbot.waitUntil(lambda: window.dashboard.is_loaded, timeout=20_000)
    return window
