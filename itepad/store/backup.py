"""Consistent copies of a SQLite database, taken with SQLite's online backup API.

The copy is written to a temporary file and renamed into place, so a failed backup never leaves
a half-written file; backups are readable by the owner only, like the database itself.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from itepad.errors import UserError


def backups_dir(database: Path) -> Path:
    return database.parent / "backups"


def backup_sqlite(database: Path, target: Path) -> Path:
    """Copy `database` to `target` while other connections may be using it."""
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
    name = f"{database.stem}-{stamp}-{reason}{database.suffix or '.sqlite'}"
    return backup_sqlite(database, backups_dir(database) / name)
