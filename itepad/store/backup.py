"""Consistent copies of a SQLite database, taken with SQLite's online backup API, and restore.

A copy is written to a temporary file and renamed into place, so a failed backup never leaves
a half-written file; backups are readable by the owner only, like the database itself. A restore
checks the file first and backs up the database it replaces.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from itepad.errors import UserError

BACKUP_SUFFIX = ".sqlite"


def backups_dir(database: Path) -> Path:
    return database.parent / "backups"


def backup_sqlite(database: Path, target: Path) -> Path:
    """Copy `database` to `target` while other connections may be using it."""
    if not database.exists():
        raise UserError(f"There is no database at {database} to back up.")
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = target.with_name(f".{target.name}.partial")
    try:
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            fd = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
            os.close(fd)
            copy = sqlite3.connect(temporary)
            try:
                source.backup(copy)
                # The copy is a standalone file: no WAL beside it.
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        os.replace(temporary, target)
    except (sqlite3.Error, OSError) as exc:
        temporary.unlink(missing_ok=True)
        raise UserError(f"Could not back up {database} to {target}: {exc}") from exc
    return target


def timestamped_backup(database: Path, reason: str) -> Path:
    """A backup in the database's backups folder, named after the moment and the reason."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    name = f"{database.stem}-{stamp}-{reason}{BACKUP_SUFFIX}"
    return backup_sqlite(database, backups_dir(database) / name)


def prune_backups(database: Path, reason: str, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups made for `reason`; returns what was deleted."""
    made = sorted(backups_dir(database).glob(f"{database.stem}-*-{reason}{BACKUP_SUFFIX}"))
    doomed = made[: max(0, len(made) - keep)]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def check_backup_file(source: Path) -> str:
    """Refuse anything but a sound itepad SQLite database; return its schema revision."""
    if not source.is_file():
        raise UserError(f"{source}: no such backup file")
    try:
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise UserError(f"{source} is damaged: {problems[0]}")
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                raise UserError(f"{source} is not an itepad database (no schema version).")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(f"{source} is not a SQLite database: {exc}") from exc
    if row is None:
        raise UserError(f"{source} is not an itepad database (empty schema version).")
    return str(row[0])


def restore_sqlite(source: Path, database: Path) -> Path | None:
    """Replace the content of `database` with the checked backup `source`.

    The database being replaced is backed up first (returned). The pages are copied with the
    backup API inside SQLite's own locking, so a crash mid-way leaves the old content.
    """
    check_backup_file(source)
    if source.resolve() == database.resolve():
        raise UserError(f"{source} is the database itself; choose a backup file.")
    kept = timestamped_backup(database, "before-restore") if database.exists() else None
    if not database.exists():
        database.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(database, os.O_CREAT | os.O_WRONLY, 0o600))
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(database, timeout=5)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    except sqlite3.Error as exc:
        raise UserError(
            f"Could not restore {source} into {database}: {exc}. The database is unchanged"
            + (f"; its copy is {kept}." if kept else ".")
        ) from exc
    return kept
