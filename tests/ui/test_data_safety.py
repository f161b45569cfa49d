"""File ▸ Back up now…, Restore from backup…, Privacy…: driven as a user would on a demo copy."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from itepad.store.backup import backups_dir, check_backup_file
from itepad.ui.data_safety import backup_actions, privacy_actions
from itepad.ui.data_safety.privacy_dialog import PrivacyDialog
from itepad.ui.main_window import MainWindow

from .conftest import count


def file_menu(window: MainWindow) -> dict[str, Any]:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    return {a.text().replace("&", ""): a for a in menu.actions() if not a.isSeparator()}


def answer_file_dialog(monkeypatch: pytest.MonkeyPatch, method: str, path: Path) -> list[str]:
    """The next file dialog answers `path`; returns what it suggested."""
    suggested: list[str] = []

    def choose(_parent: QWidget, _title: str, start: str, _filter: str) -> tuple[str, str]:
        suggested.append(start)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, method, choose)
    return suggested


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_back_up_now_writes_a_consistent_file(
    opened: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "chosen" / "my backup"
    suggested = answer_file_dialog(monkeypatch, "getSaveFileName", out)
    file_menu(opened)["Back up now…"].trigger()
    written = out.with_name("my backup.sqlite")
    qtbot.waitUntil(lambda: "Backed up the database to" in status(opened), timeout=10_000)
    assert Path(suggested[0]).name.startswith("itepad-backup-")
    assert str(written) in status(opened)
    check_backup_file(written)  # integrity_check ok, an itepad schema
    assert opened.database is not None
    students = count(opened.database, "SELECT count(*) FROM student_teacher")
    with sqlite3.connect(written) as copy:
        assert copy.execute("SELECT count(*) FROM student_teacher").fetchone()[0] == students
    assert written.stat().st_mode & 0o077 == 0  # readable by the owner only


def test_restore_replaces_the_database_and_the_pages_show_it(
    opened: MainWindow,
    demo_path: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = tmp_path / "before.sqlite"
    answer_file_dialog(monkeypatch, "getSaveFileName", backup)
    file_menu(opened)["Back up now…"].trigger()
    qtbot.waitUntil(backup.exists, timeout=10_000)
    db = opened.database
    assert db is not None
    with db.engine.begin() as conn:  # a mistake made after the backup
        conn.exec_driver_sql("UPDATE student_teacher SET archived_at = CURRENT_TIMESTAMP")
    students = opened.students
    opened.go_to(opened.pages.index(students))
    qtbot.waitUntil(lambda: students.is_loaded and students.model.rowCount() == 0)

    asked: list[Path] = []

    def confirm(_parent: QWidget, source: Path, _db: object) -> bool:
        asked.append(source)
        return True

    monkeypatch.setattr(backup_actions, "confirm_restore", confirm)
    answer_file_dialog(monkeypatch, "getOpenFileName", backup)
    file_menu(opened)["Restore from backup…"].trigger()
    qtbot.waitUntil(lambda: opened.database is not db, timeout=20_000)
    assert asked == [backup]
    qtbot.waitUntil(lambda: students.is_loaded and students.model.rowCount() > 0, timeout=10_000)
    assert "The database it replaced was kept as" in status(opened)
    kept = list(backups_dir(demo_path).glob("*-before-restore.sqlite"))
    assert len(kept) == 1
    with sqlite3.connect(kept[0]) as old:  # the database with the mistake, kept
        assert old.execute(
            "SELECT count(*) FROM student_teacher WHERE archived_at IS NULL"
        ).fetchone() == (0,)


def test_restore_refuses_a_damaged_file_before_asking(
    opened: MainWindow,
    demo_path: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database" * 100)
    answer_file_dialog(monkeypatch, "getOpenFileName", broken)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, said: warnings.append(said))
    monkeypatch.setattr(backup_actions, "confirm_restore", lambda *_a: pytest.fail("asked"))
    before = demo_path.read_bytes()
    file_menu(opened)["Restore from backup…"].trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "broken.sqlite" in warnings[0]
    assert demo_path.read_bytes() == before


def make_due(opened: MainWindow) -> tuple[str, str]:
    """One student teacher whose retention date has passed: (email, name)."""
    db = opened.database
    assert db is not None
    with db.engine.begin() as conn:
        row = conn.exec_driver_sql(
            "SELECT id, email, given_name, family_name FROM student_teacher ORDER BY id LIMIT 1"
        ).one()
        conn.exec_driver_sql(
            "UPDATE student_teacher SET retention_until = '2020-08-31' WHERE id = ?", (row[0],)
        )
    return str(row[1]), f"{row[2]} {row[3]}"


def open_privacy(opened: MainWindow, qtbot: QtBot) -> PrivacyDialog:
    file_menu(opened)["Privacy…"].trigger()
    dialog = opened.privacy_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.status.text() != "Loading…", timeout=10_000)
    return dialog


def test_privacy_lists_who_is_due_and_erase_anonymises_them(
    opened: MainWindow, demo_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    email, name = make_due(opened)
    dialog = open_privacy(opened, qtbot)
    assert [(r.email, r.name) for r in dialog.rows] == [(email, name)]
    until = dialog.table.item(0, 2)
    assert until is not None and until.text() == "2020-08-31"
    asked: list[tuple[str, str]] = []

    def confirm(_parent: QWidget, who: str, address: str) -> bool:
        asked.append((who, address))
        return True

    monkeypatch.setattr(privacy_actions, "confirm_erase", confirm)
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: dialog.status.text() == "Nobody is due for deletion.", timeout=10_000)
    assert asked == [(name, email)]
    db = opened.database
    assert db is not None
    assert count(db, f"SELECT count(*) FROM student_teacher WHERE email = '{email}'") == 0
    assert count(db, "SELECT count(*) FROM student_teacher WHERE given_name = 'Erased'") == 1
    assert "Erased " + name in status(opened)
    assert list(backups_dir(demo_path).glob("*-manual.sqlite"))  # taken just before


def test_erase_asks_first_and_cancel_changes_nothing(
    opened: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    email, name = make_due(opened)
    dialog = open_privacy(opened, qtbot)
    texts: list[str] = []

    def exec_box(box: QMessageBox) -> int:
        texts.append(box.text())
        return 0  # closed without choosing Erase

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    dialog.erase_button.click()
    assert name in texts[0] and email in texts[0]
    assert "cohort statistics" in texts[0]
    db = opened.database
    assert db is not None
    assert count(db, f"SELECT count(*) FROM student_teacher WHERE email = '{email}'") == 1


def test_export_their_records_writes_the_subject_access_zip(
    opened: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    email, name = make_due(opened)
    dialog = open_privacy(opened, qtbot)
    out = tmp_path / "records"
    suggested = answer_file_dialog(monkeypatch, "getSaveFileName", out)
    dialog.export_button.click()
    zipped = out.with_name("records.zip")
    qtbot.waitUntil(lambda: "Saved" in status(opened), timeout=30_000)
    assert name in Path(suggested[0]).name
    with zipfile.ZipFile(zipped) as archive:
        assert {"README.txt", "record.json", "portfolio.pdf"} <= set(archive.namelist())
        assert email in archive.read("record.json").decode()


def test_students_context_menu_offers_export_and_erase_for_one_person(
    opened: MainWindow, qtbot: QtBot
) -> None:
    page = opened.students
    opened.go_to(opened.pages.index(page))
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10_000)
    page.table.view.selectRow(0)
    menu = page.context_menu()
    assert menu is not None
    name = page.selected_students()[0].name
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[-3:-1] == [f"Export everything about {name} (GDPR)…", "Erase personal data…"]
    page.table.view.selectAll()
    menu = page.context_menu()
    assert menu is not None
    assert "Erase personal data…" not in [a.text() for a in menu.actions()]


def test_a_server_database_is_explained_not_backed_up(
    opened: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from itepad.store.engine import DatabaseLocation

    db = opened.database
    assert db is not None
    monkeypatch.setattr(
        db, "location", DatabaseLocation("postgresql+psycopg://u:secret@server/itepad", None)
    )
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    file_menu(opened)["Back up now…"].trigger()
    file_menu(opened)["Restore from backup…"].trigger()
    assert len(said) == 2
    assert "pg_dump" in said[0] and "export-json" in said[0]
    assert "secret" not in said[0]
