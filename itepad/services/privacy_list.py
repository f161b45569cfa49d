"""The app's privacy actions: who is due for deletion, and erasure with a backup taken first.

The same steps as `itepad list due-for-deletion` and `itepad erase` (listing.py, privacy.py),
shaped for the privacy dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from itepad.services.backups import backup
from itepad.services.listing import list_records
from itepad.services.privacy import ErasureReport, check_erasable, erase_student
from itepad.store.database import Database


@dataclass(frozen=True)
class DueRow:
    email: str
    name: str  # "Given Family"
    retention_until: date


def due_for_deletion(db: Database, *, today: date | None = None) -> list[DueRow]:
    """Student teachers whose retention date has passed and who are not erased yet."""
    rows = []
    for email, family, given, until in list_records(db, "due-for-deletion", today=today):
        assert isinstance(until, date), "only rows with a retention date are due"
        rows.append(DueRow(str(email), f"{given} {family}".strip(), until))
    return rows


def erase_with_backup(db: Database, email: str) -> tuple[ErasureReport, Path | None]:
    """Erase like `itepad erase`: refused before anything is written, a SQLite backup first.

    Returns the report and the backup taken (None on a server database, whose backups are
    the server's job).
    """
    check_erasable(db, email)
    kept = backup(db.location) if db.location.is_sqlite else None
    return erase_student(db, email), kept
