"""Command line: calendar, report, backup, restore, erase (names and exit codes of design.md)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from itepad.cli import EXIT_OK, EXIT_USER, main
from itepad.store.backup import backups_dir


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


@pytest.fixture
def demo_db(sqlite_path: Path) -> Path:
    assert run(sqlite_path, "demo") == EXIT_OK
    return sqlite_path


def _scalar(db: Path, sql: str) -> object:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_calendar_and_handbook(demo_db: Path, tmp_path: Path) -> None:
    code = str(_scalar(demo_db, "SELECT code FROM module ORDER BY code LIMIT 1"))
    ics, pdf = tmp_path / "m.ics", tmp_path / "m.pdf"
    assert run(demo_db, "calendar", "--module", code, "--out", str(ics)) == EXIT_OK
    assert ics.read_text().startswith("BEGIN:VCALENDAR")
    assert run(demo_db, "report", "module-handbook", "--module", code, "--out", str(pdf)) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_unknown_module_writes_nothing(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.ics"
    assert run(demo_db, "calendar", "--module", "NOPE", "--out", str(out)) == EXIT_USER
    assert run(demo_db, "report", "module-handbook", "--module", "NOPE", "--out", str(out)) == 2
    assert "NOPE" in capsys.readouterr().err
    assert not out.exists()


def test_report_needs_a_kind(demo_db: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(demo_db, "report", "--out", "x.pdf")
    assert exit_info.value.code == EXIT_USER


def test_backup_then_restore(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.sqlite"
    assert run(demo_db, "backup", "--out", str(copy)) == EXIT_OK
    assert run(demo_db, "backup") == EXIT_OK
    assert len(list(backups_dir(demo_db).glob("*-manual.sqlite"))) == 1
    students = _scalar(demo_db, "SELECT count(*) FROM student_teacher")
    conn = sqlite3.connect(demo_db)
    conn.execute("DELETE FROM student_teacher WHERE id > 10")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert run(demo_db, "restore", str(copy)) == EXIT_OK
    assert "kept as" in capsys.readouterr().out
    assert _scalar(demo_db, "SELECT count(*) FROM student_teacher") == students
    assert len(list(backups_dir(demo_db).glob("*-before-restore.sqlite"))) == 1


def test_restore_refuses_a_broken_file(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database")
    before = demo_db.read_bytes()
    assert run(demo_db, "restore", str(broken)) == EXIT_USER
    assert "broken.sqlite" in capsys.readouterr().err
    assert demo_db.read_bytes() == before
    assert run(demo_db, "restore", str(tmp_path / "missing.sqlite")) == EXIT_USER


def test_erase(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    email = str(_scalar(demo_db, "SELECT email FROM student_teacher ORDER BY id LIMIT 1"))
    assert run(demo_db, "erase", "--student", "nobody@example.org") == EXIT_USER
    assert not backups_dir(demo_db).exists()  # a refused erase writes nothing, not even a backup
    assert run(demo_db, "erase", "--student", email) == EXIT_OK
    assert _scalar(demo_db, f"SELECT count(*) FROM student_teacher WHERE email = '{email}'") == 0
    assert "anonymous" in capsys.readouterr().out
    assert run(demo_db, "erase", "--student", email) == EXIT_USER
