"""Backups are consistent while the database is in use; restore checks first and keeps a copy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlmodel import func, select

from itepad.errors import SchemaTooNewError, UserError
from itepad.services.backups import backup, restore
from itepad.store.backup import backups_dir, prune_backups, timestamped_backup
from itepad.store.database import Database, open_database
from itepad.store.models import Cohort


def _cohorts(db: Database) -> int:
    with db.session() as s:
        return s.exec(select(func.count()).select_from(Cohort)).one()


def _add_cohort(db: Database, name: str) -> None:
    with db.session() as s:
        s.add(Cohort(name=name))


def test_backup_while_a_write_transaction_is_open(db: Database, tmp_path: Path) -> None:
    _add_cohort(db, "committed")
    assert db.location.sqlite_path is not None
    writer = sqlite3.connect(db.location.sqlite_path)
    writer.execute("BEGIN")
    writer.execute(
        "INSERT INTO cohort (name, programme, academic_year, version) "
        "VALUES ('uncommitted', '', '', 1)"
    )
    try:
        copy = backup(db.location, tmp_path / "copy.sqlite")
    finally:
        writer.rollback()
        writer.close()
    restored = open_database(str(copy))
    with restored.session() as s:
        names = s.exec(select(Cohort.name)).all()
    restored.close()
    assert names == ["committed"]
    assert copy.stat().st_mode & 0o077 == 0


def test_restore_replaces_and_keeps_the_replaced_database(db: Database, tmp_path: Path) -> None:
    _add_cohort(db, "before")
    saved = backup(db.location, tmp_path / "saved.sqlite")
    _add_cohort(db, "after")
    kept = restore(db.location, saved)
    assert _cohorts(db) == 1
    assert kept is not None and kept.parent == backups_dir(db.location.sqlite_path or Path())
    old = open_database(str(kept))
    assert _cohorts(old) == 2
    old.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not an itepad database"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "not a SQLite database"),
        (b"plain text, not a database", "not a SQLite database"),
    ],
)
def test_restore_refuses_bad_files_and_changes_nothing(
    db: Database, tmp_path: Path, content: bytes, message: str
) -> None:
    _add_cohort(db, "precious")
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    with pytest.raises(UserError, match=message):
        restore(db.location, bad)
    assert _cohorts(db) == 1
    assert not backups_dir(db.location.sqlite_path or Path()).exists()


def test_restore_refuses_a_truncated_backup(db: Database, tmp_path: Path) -> None:
    for i in range(200):
        _add_cohort(db, f"cohort {i} " + "x" * 200)
    full = backup(db.location, tmp_path / "full.sqlite")
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    with pytest.raises(UserError):
        restore(db.location, truncated)
    assert _cohorts(db) == 200


def test_restore_refuses_a_newer_schema(db: Database, tmp_path: Path) -> None:
    newer = backup(db.location, tmp_path / "newer.sqlite")
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = 'zzzz_future'")
    conn.commit()
    conn.close()
    _add_cohort(db, "mine")
    with pytest.raises(SchemaTooNewError):
        restore(db.location, newer)
    assert _cohorts(db) == 1


def test_server_databases_are_not_copied_as_files(pg_url: str) -> None:
    server = open_database(pg_url)
    try:
        with pytest.raises(UserError, match="export-json"):
            backup(server.location)
    finally:
        server.close()


def test_prune_keeps_the_newest(db: Database) -> None:
    path = db.location.sqlite_path
    assert path is not None
    made = [timestamped_backup(path, "daily") for _ in range(5)]
    deleted = prune_backups(path, "daily", keep=2)
    assert deleted == made[:3]
    assert sorted(backups_dir(path).glob("*-daily.sqlite")) == made[3:]


def test_daily_backup_once_a_day_keeping_the_newest(db: Database) -> None:
    from datetime import date

    from itepad.services.backups import daily_backup

    path = db.location.sqlite_path
    assert path is not None
    first = daily_backup(db.location, keep=2)
    assert first is not None and first.exists()
    assert daily_backup(db.location, keep=2) is None  # today's exists already
    for _ in range(3):
        timestamped_backup(path, "daily")
    assert daily_backup(db.location, keep=2, today=date(2099, 1, 1)) is not None
    assert len(list(backups_dir(path).glob("*-daily.sqlite"))) == 2
