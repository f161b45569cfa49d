"""Back up and restore the open database (SQLite file copies; JSON for a server database)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from itepad.errors import SchemaTooNewError, UserError
from itepad.store.backup import (
    BACKUP_SUFFIX,
    backup_sqlite,
    backups_dir,
    check_backup_file,
    prune_backups,
    restore_sqlite,
    timestamped_backup,
)
from itepad.store.engine import DatabaseLocation
from itepad.store.migrate import known_revisions


def backup(location: DatabaseLocation, out: Path | None = None) -> Path:
    """Write a backup; without `out`, into the backups folder beside the database."""
    if location.sqlite_path is None:
        raise UserError(
            "Backups of a shared PostgreSQL database are the server's job (pg_dump); "
            "`itepad export-json FILE` writes a portable copy of all records."
        )
    if out is None:
        return timestamped_backup(location.sqlite_path, "manual")
    return backup_sqlite(location.sqlite_path, out)


DAILY = "daily"


def daily_backup(
    location: DatabaseLocation, *, keep: int = 7, today: date | None = None
) -> Path | None:
    """Once a day while the app runs: a backup of a SQLite database, keeping the newest `keep`.

    Returns the new backup, or None when today's exists already or the database is a server's.
    """
    path = location.sqlite_path
    if path is None or not path.exists():
        return None
    day = (today or datetime.now(UTC).date()).strftime("%Y%m%d")
    if any(backups_dir(path).glob(f"{path.stem}-{day}T*-{DAILY}{BACKUP_SUFFIX}")):
        return None
    made = timestamped_backup(path, DAILY)
    prune_backups(path, DAILY, max(1, keep))
    return made


def restore(location: DatabaseLocation, source: Path) -> Path | None:
    """Check `source`, keep a copy of the current database, and put `source` in its place."""
    if location.sqlite_path is None:
        raise UserError(
            "Restore replaces a SQLite file. To fill a PostgreSQL database, use "
            "`itepad import-json` on an empty one."
        )
    revision = check_backup_file(source)
    if revision not in known_revisions():
        raise SchemaTooNewError(
            f"{source} was written by a newer version of itepad (schema {revision}); "
            "update itepad to restore it. Nothing was changed."
        )
    return restore_sqlite(source, location.sqlite_path)
