"""What the privacy dialog and the student teachers' context menu do for one person.

Export everything about them (the subject-access zip of `itepad export-student`) and erase
their personal data (`itepad erase`), each off the GUI thread behind a busy dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from itepad.ui.data_safety.busy import run_busy
from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.settings import settings

if TYPE_CHECKING:
    from itepad.services.overview import StudentRow
    from itepad.store.database import Database
    from itepad.ui.pages.base import Page

MESSAGE_MS = 15_000
FOLDER_KEY = "privacy/folder"  # QSettings: where the last subject-access zip went


def tr(text: str) -> str:
    return QCoreApplication.translate("Privacy", text)


def export_records(
    parent: QWidget, db: Database, email: str, name: str, say: Callable[[str], None]
) -> None:
    """Ask where, then write the zip of everything about `email` there."""
    store = settings()
    folder = str(
        store.value(FOLDER_KEY)
        or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    suggested = Path(folder) / f"{name} - itepad records {date.today():%Y-%m-%d}.zip"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        tr("Export everything about {name}").format(name=name),
        str(suggested),
        tr("Zip archives (*.zip)"),
    )
    if not chosen:
        return
    out = Path(chosen) if chosen.lower().endswith(".zip") else Path(chosen + ".zip")
    store.setValue(FOLDER_KEY, str(out.parent))

    def work() -> list[str]:
        from itepad.services.subject_access import write_subject_access_zip

        return write_subject_access_zip(db, email, out)

    run_busy(
        parent,
        tr("Writing everything about {name}…").format(name=name),
        work,
        lambda members: say(
            tr("Saved {n} files about {name} to {path}").format(n=len(members), name=name, path=out)
        ),
    )


ERASE_TEXT = QT_TR_NOOP(
    "Erase the personal data of {name} ({email})?\n\n"
    "Deleted: their name, email, student number, languages and placement school, their "
    "evidence, reflections and lesson observations, notes, remarks and comments about them, "
    "and mentoring meetings held with them alone.\n\n"
    "Kept, tied to an anonymous record so that cohort statistics stay right: enrolments, "
    "attendance marks, eTwinning registration status and competence levels.\n\n"
    "This cannot be undone in itepad."
)


def confirm_erase(parent: QWidget, name: str, email: str) -> bool:
    """Ask, naming the person and saying what is kept; Cancel is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("Erase personal data"),
        tr(ERASE_TEXT).format(name=name, email=email),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    erase_button = box.addButton(
        tr("Erase {name}").format(name=name), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() == erase_button


def erase(
    parent: QWidget,
    db: Database,
    email: str,
    name: str,
    done: Callable[[str], None],
) -> None:
    """Confirm, then anonymise `email`; `done(message)` afterwards."""
    if not confirm_erase(parent, name, email):
        return

    def work() -> Any:
        from itepad.services.privacy_list import erase_with_backup

        return erase_with_backup(db, email)

    def erased(outcome: Any) -> None:
        report, kept = outcome
        text = tr("Erased {name}: now anonymous student teacher {id}.").format(
            name=name, id=report.student_id
        )
        if kept is not None:
            text += " " + tr(
                "A backup taken just before is {path}; delete it once you no longer need it."
            ).format(path=kept)
        done(text)

    run_busy(parent, tr("Erasing {name}…").format(name=name), work, erased)


def add_menu_entries(menu: QMenu, page: Page, student: StudentRow) -> list[QAction]:
    """The student teachers page's GDPR entries for one selected person."""
    db = page.database
    if db is None:
        return []

    def say(text: str) -> None:
        page.message.emit(text, MESSAGE_MS)

    def erased(text: str) -> None:
        say(text)
        page.reload()

    menu.addSeparator()
    export = menu.addAction(tr("Export everything about {name} (GDPR)…").format(name=student.name))
    export.triggered.connect(lambda: export_records(page, db, student.email, student.name, say))
    wipe = menu.addAction(tr("Erase personal data…"))
    wipe.triggered.connect(lambda: erase(page, db, student.email, student.name, erased))
    return [export, wipe]
