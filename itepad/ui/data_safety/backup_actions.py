"""File ▸ Back up now…, Restore from backup…, Open backups folder: services/backups in the app.

A SQLite database is copied with SQLite's online backup; a restore checks the chosen file,
keeps the current database as a backup of its own, puts the file in its place and opens it
again (migrating an older backup). A PostgreSQL database is the server's to back up: these
entries say so instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from itepad.ui.data_safety.busy import run_busy
from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.settings import settings

if TYPE_CHECKING:
    from itepad.store.database import Database

FOLDER_KEY = "backups/folder"  # QSettings: where the last manual backup went
SUFFIX = ".sqlite"
SERVER_NOTE = QT_TR_NOOP(
    "This is a shared PostgreSQL database ({where}). Its backups are the server's job: ask "
    "whoever runs it, or use pg_dump (see docs/shared-database.md). A portable copy of all "
    "records can be written with `itepad export-json FILE` and loaded into an empty database "
    "with `itepad import-json FILE`."
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def on_server(parent: QWidget, db: Database) -> bool:
    """Explain, for a server database, why the app does not back it up; True if it did."""
    if db.location.is_sqlite:
        return False
    QMessageBox.information(
        parent, tr("Backups"), tr(SERVER_NOTE).format(where=db.location.display_name)
    )
    return True


def _backups_folder(db: Database) -> Path:
    from itepad.store.backup import backups_dir

    assert db.location.sqlite_path is not None
    return backups_dir(db.location.sqlite_path)


def back_up_now(parent: QWidget, db: Database, say: Callable[[str], None]) -> None:
    """Ask where (a dated name in the last folder used), then copy the database there."""
    if on_server(parent, db):
        return
    folder = str(settings().value(FOLDER_KEY) or _backups_folder(db))
    suggested = Path(folder) / f"itepad-backup-{date.today():%Y-%m-%d}{SUFFIX}"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, tr("Back up the database"), str(suggested), tr("itepad backups (*.sqlite)")
    )
    if not chosen:
        return
    out = Path(chosen) if chosen.endswith(SUFFIX) else Path(chosen + SUFFIX)
    settings().setValue(FOLDER_KEY, str(out.parent))

    def work() -> Path:
        from itepad.services.backups import backup

        return backup(db.location, out)

    run_busy(
        parent,
        tr("Backing up the database…"),
        work,
        lambda written: say(tr("Backed up the database to {path}").format(path=written)),
    )


def confirm_restore(parent: QWidget, source: Path, db: Database) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("Restore from backup"),
        tr(
            "Replace the database {database} with the backup {source}?\n\n"
            "Everything changed since that backup was taken will no longer show. The "
            "current database is kept first, as a backup of its own in {folder}, so you can "
            "go back to it by restoring that file."
        ).format(database=db.location.display_name, source=source, folder=_backups_folder(db)),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    restore = box.addButton(tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() == restore


def restore_from_backup(
    parent: QWidget, db: Database, restored: Callable[[Database, str], None]
) -> None:
    """Choose a backup, check it, confirm, restore; `restored(new_db, message)` afterwards.

    `db` is closed before the file is replaced; the caller switches to the new Database.
    """
    if on_server(parent, db):
        return
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        tr("Restore from backup"),
        str(settings().value(FOLDER_KEY) or _backups_folder(db)),
        tr("itepad backups (*.sqlite);;All files (*)"),
    )
    if not chosen:
        return
    source = Path(chosen)

    def check() -> str:
        from itepad.store.backup import check_backup_file

        return check_backup_file(source)  # a damaged or foreign file is refused here

    def checked(_revision: str) -> None:
        if confirm_restore(parent, source, db):
            run_busy(parent, tr("Restoring the backup…"), lambda: _restore(db, source), done)

    def done(outcome: tuple[Path | None, Database]) -> None:
        kept, new_db = outcome
        text = tr("Restored {source}.").format(source=source)
        if kept is not None:
            text += " " + tr("The database it replaced was kept as {path}.").format(path=kept)
        restored(new_db, text)

    run_busy(parent, tr("Checking the backup…"), check, checked)


def _restore(db: Database, source: Path) -> tuple[Path | None, Any]:
    """In a worker: close, restore (the service checks again), open and migrate."""
    from itepad.services.backups import restore
    from itepad.store.database import open_database

    db.close()  # no pooled connection keeps the old pages
    kept = restore(db.location, source)
    return kept, open_database(location=db.location)


def open_backups_folder(parent: QWidget, db: Database) -> None:
    if on_server(parent, db):
        return
    folder = _backups_folder(db)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
