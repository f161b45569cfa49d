"""The app copies its database once a day while it runs, keeping the newest few."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from itepad.store.backup import backups_dir
from itepad.ui.main_window import MainWindow


def test_opening_the_app_writes_todays_backup(
    opened: MainWindow, demo_path: Path, qtbot: QtBot
) -> None:
    daily = backups_dir(demo_path)
    qtbot.waitUntil(lambda: len(list(daily.glob("*-daily.sqlite"))) == 1, timeout=10_000)
