"""Student teachers: the roster, with cohort, eTwinning status and attendance, and its actions.

Open record… (double-click or Enter: evidence, reflections, project teams, in a window of its
own), Add…, Edit…, Archive (asks first; archived people are hidden unless Show archived
is ticked, and can be restored), Enrol in module…, Import roster… (or drop a CSV or XLSX file on
the page), Export NSO list…, and marking eTwinning registrations from the context menu. Every
database action runs in a worker; a refused one is explained and the form the user filled in is
offered again, so that nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, QStandardPaths, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.models.students import StudentTableModel
from itepad.ui.pages.table_page import TablePage
from itepad.ui.settings import settings
from itepad.ui.translation import print_language
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.services.overview import StudentRow
    from itepad.services.roster import RosterChoices, StudentForm
    from itepad.store.database import Database
    from itepad.ui.enrol_dialog import EnrolDialog
    from itepad.ui.roster_import_dialog import RosterImportDialog
    from itepad.ui.student_dialog import StudentDialog
    from itepad.ui.student_record.window import StudentRecordWindow

MESSAGE_MS = 10_000
EXPORT_FOLDER_KEY = "nso/folder"  # QSettings: where the last NSO list was saved
ROSTER_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx")
NSO_FILTERS = "Excel workbook (*.xlsx);;CSV for Excel (*.csv);;PDF (*.pdf)"


def student_count_text(count: int) -> str:
    """Shared with the portfolios page, hence one fixed translation context."""
    if count == 1:
        return QCoreApplication.translate("StudentsPage", "1 student teacher")
    return QCoreApplication.translate("StudentsPage", "{n:,} student teachers").format(n=count)


def dropped_roster(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The roster file being dragged onto the page, if it is one."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in ROSTER_SUFFIXES else None


class StudentsPage(TablePage):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(
            title,
            StudentTableModel(),
            self.tr("Search by name, email, cohort, programme or eTwinning status"),
            StudentTableModel.NAME,
            parent,
        )
        self.model: StudentTableModel
        # A tool bar: on a narrow window the actions that do not fit go to its » menu.
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.open_action = self._action(self.tr("&Open record…"), self.open_record)
        self.open_action.setToolTip(
            self.tr("Evidence, reflections and eTwinning projects of the student teacher (Enter)")
        )
        self.add_action = self._action(self.tr("&Add…"), self.add_student)
        self.edit_action = self._action(self.tr("&Edit…"), self.edit_student)
        self.archive_action = self._action(self.tr("Arc&hive"), self.archive_or_restore)
        self.enrol_action = self._action(self.tr("Enrol in &module…"), self.enrol)
        self.toolbar.addSeparator()
        self.import_action = self._action(self.tr("&Import roster…"), lambda: self.import_roster())
        self.export_action = self._action(self.tr("Export &NSO list…"), self.export_nso_list)
        self.import_action.setToolTip(self.tr("Or drop a CSV or XLSX file on this page"))
        self.export_action.setToolTip(
            self.tr("Who waits for the NSO to validate their eTwinning registration")
        )
        self.toolbar.addSeparator()
        self.show_archived = self._action(self.tr("Show a&rchived"), self._toggle_archived)
        self.show_archived.setCheckable(True)
        self._with_archived = False  # what the worker reads: it must not touch the action
        self.student_dialog: StudentDialog | None = None
        self.import_dialog: RosterImportDialog | None = None
        self.enrol_dialog: EnrolDialog | None = None
        self.record_windows: dict[int, StudentRecordWindow] = {}  # open, by student id

        view = self.table.view
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        view.doubleClicked.connect(lambda _index: self.open_record())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), view, self.open_record, Qt.ShortcutContext.WidgetShortcut)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        self.setAcceptDrops(True)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table, 1)
        self.set_content(content)
        self._update_buttons()

    def _action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = self.toolbar.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # --- loading ----------------------------------------------------------------------------

    def query(self, db: Database) -> list[StudentRow]:
        from itepad.services.overview import student_rows
        from itepad.services.roster import archived_rows

        archived = archived_rows(db) if self._with_archived else []
        return [*student_rows(db), *archived]

    def _toggle_archived(self) -> None:
        self._with_archived = self.show_archived.isChecked()
        self.reload()

    def show_data(self, data: tuple[Sequence[Any], list[str]]) -> None:
        super().show_data(data)
        self._update_buttons()

    def count_text(self, count: int) -> str:
        return student_count_text(count)

    def selected_students(self) -> list[StudentRow]:
        rows = self.table.view.selectionModel().selectedRows()
        return [self.model.row_at(self.table.proxy.mapToSource(index).row()) for index in rows]

    def current_student(self) -> StudentRow | None:
        row = self.table.current_source_row()
        return None if row is None else self.model.row_at(row)

    def _update_buttons(self) -> None:
        current = self.current_student()
        has_db = self.database is not None
        for action in (self.add_action, self.enrol_action, self.import_action, self.export_action):
            action.setEnabled(has_db)
        self.edit_action.setEnabled(current is not None)
        self.open_action.setEnabled(current is not None)
        self.archive_action.setEnabled(current is not None)
        archived = current is not None and self.model.is_archived(current)
        self.archive_action.setText(self.tr("Rest&ore") if archived else self.tr("Arc&hive"))

    def set_database(self, db: Database) -> None:
        for window in list(self.record_windows.values()):
            window.close()  # each shows the database it was opened on
        super().set_database(db)
        self._update_buttons()

    # --- running actions --------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[Database], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """`work(db)` in a worker, then `done(result)`; a refusal is shown, or given to `failed`."""
        db = self.database
        if db is None:
            return
        run_in_background(lambda: work(db), self, done, failed or self.report_failure)

    def _say(self, text: str) -> None:
        self.message.emit(text, MESSAGE_MS)

    def _with_choices(self, then: Callable[[RosterChoices], None]) -> None:
        from itepad.services.roster import roster_choices

        self._run(roster_choices, then)

    # --- add and edit -----------------------------------------------------------------------

    def add_student(self) -> None:
        self._with_choices(lambda choices: self._open_student_dialog(choices, None))

    def edit_student(self) -> None:
        current = self.current_student()
        if current is None:
            return
        from itepad.services.roster import load_student, roster_choices

        self._run(
            lambda db: (roster_choices(db), load_student(db, current.id)),
            lambda loaded: self._open_student_dialog(
                loaded[0], loaded[1].form, (loaded[1].id, loaded[1].version)
            ),
        )

    def _open_student_dialog(
        self,
        choices: RosterChoices,
        form: StudentForm | None,
        edited: tuple[int, int] | None = None,  # (id, version) when editing
    ) -> None:
        from itepad.ui.student_dialog import StudentDialog

        dialog = StudentDialog(choices, form, editing=edited is not None, parent=self)
        dialog.accepted.connect(lambda: self._save_student(dialog.form(), edited))
        dialog.finished.connect(dialog.deleteLater)
        self.student_dialog = dialog
        dialog.open()

    def _save_student(self, form: StudentForm, edited: tuple[int, int] | None) -> None:
        from itepad.services.roster import add_student, update_student
        from itepad.store.concurrency import ConflictError

        def save(db: Database) -> object:
            if edited is None:
                return add_student(db, form)
            return update_student(db, edited[0], edited[1], form)

        def refused(exc: Exception) -> None:
            if isinstance(exc, ConflictError) and edited is not None:
                from itepad.ui.data_safety.student_conflict import resolve_student_conflict

                resolve_student_conflict(
                    self,
                    exc,
                    form,
                    keep_mine=lambda version: self._save_student(form, (edited[0], version)),
                    save_as_new=lambda: self._save_student(form, None),
                )
                return
            self.report_failure(exc)  # the message box, or raised if it is a bug
            self._with_choices(lambda c: self._open_student_dialog(c, form, edited))

        name = f"{form.given_name} {form.family_name}".strip()
        self._run(
            save, lambda _result: self._saved(self.tr("Saved {name}").format(name=name)), refused
        )

    def _saved(self, text: str) -> None:
        self._say(text)
        self.reload()

    # --- the record -------------------------------------------------------------------------

    def open_record(self) -> None:
        """The current student teacher's record, in a window of its own (raised if open)."""
        current, db = self.current_student(), self.database
        if current is None or db is None:
            return
        window = self.record_windows.get(current.id)
        if window is None:
            from itepad.ui.student_record.window import StudentRecordWindow

            window = StudentRecordWindow(db, current.id, self)
            window.message.connect(self.message)
            window.destroyed.connect(lambda: self.record_windows.pop(current.id, None))
            self.record_windows[current.id] = window
        window.show()
        window.raise_()
        window.activateWindow()

    # --- archive ----------------------------------------------------------------------------

    def archive_or_restore(self) -> None:
        current = self.current_student()
        if current is None:
            return
        from itepad.services.roster import archive_student, load_student, restore_student

        if self.model.is_archived(current):
            self._run(
                lambda db: restore_student(db, current.id, load_student(db, current.id).version),
                lambda _v: self._saved(
                    self.tr("{name} is back on the roster").format(name=current.name)
                ),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Archive student teacher"),
            self.tr(
                "Archive {name}? They leave the roster and the daily work; nothing of theirs "
                "is deleted, and Show archived brings them back to view."
            ).format(name=current.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(
            lambda db: archive_student(db, current.id, load_student(db, current.id).version),
            lambda _v: self._saved(self.tr("Archived {name}").format(name=current.name)),
        )

    # --- eTwinning and enrolment -------------------------------------------------------------

    def mark_registration(self, status: str) -> None:
        from itepad.services.labels import ETWINNING_STATUS
        from itepad.services.roster import mark_registration

        ids = [row.id for row in self.selected_students()]
        if not ids:
            return
        label = ETWINNING_STATUS.get(status, status)
        self._run(
            lambda db: mark_registration(db, ids, status, date.today()),
            lambda changed: self._saved(
                self.tr("eTwinning: {n} marked “{status}”").format(n=changed, status=self.tr(label))
            ),
        )

    def enrol(self) -> None:
        selected = self.selected_students()
        self._with_choices(lambda choices: self._open_enrol_dialog(choices, selected))

    def _open_enrol_dialog(self, choices: RosterChoices, selected: list[StudentRow]) -> None:
        from itepad.ui.enrol_dialog import EnrolDialog

        cohort_names = {c.label: c.id for c in choices.cohorts}
        hint = cohort_names.get(selected[0].cohort) if selected else None
        dialog = EnrolDialog(choices, len(selected), hint, self)
        dialog.accepted.connect(
            lambda: self._enrol(dialog.module_id(), dialog.cohort_id(), [s.id for s in selected])
        )
        dialog.finished.connect(dialog.deleteLater)
        self.enrol_dialog = dialog
        dialog.open()

    def _enrol(self, module_id: int, cohort_id: int | None, student_ids: list[int]) -> None:
        from itepad.services.enrolment import enrol_cohort, enrol_students

        def work(db: Database) -> Any:
            if cohort_id is not None:
                return enrol_cohort(db, module_id, cohort_id)
            return enrol_students(db, module_id, student_ids)

        self._run(
            work,
            lambda report: self._saved(
                self.tr("Enrolled {n}; {already} were enrolled already").format(
                    n=report.enrolled, already=report.already
                )
            ),
        )

    # --- import and export ------------------------------------------------------------------

    def import_roster(self, path: Path | None = None) -> None:
        """Open the import dialog, on `path` if given (a dropped file)."""
        self._with_choices(lambda choices: self._open_import_dialog(choices, path))

    def _open_import_dialog(self, choices: RosterChoices, path: Path | None) -> None:
        from itepad.ui.roster_import_dialog import RosterImportDialog

        db = self.database
        assert db is not None
        dialog = RosterImportDialog(db, [c.label for c in choices.cohorts], self)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(dialog.deleteLater)
        self.import_dialog = dialog
        dialog.open()
        if path is not None:
            dialog.open_file(path)

    def _imported(self, report: Any) -> None:
        new = self.tr(" (new)") if report.cohort_created else ""
        self._saved(
            self.tr(
                "Imported {total} into cohort {cohort}{new}: {created} added, {updated} updated, "
                "{unchanged} unchanged"
            ).format(
                total=student_count_text(report.total),
                cohort=report.cohort,
                new=new,
                created=report.created,
                updated=report.updated,
                unchanged=report.unchanged,
            )
        )

    def export_nso_list(self) -> None:
        self._with_choices(self._ask_nso_list)

    def _ask_nso_list(self, choices: RosterChoices) -> None:
        everyone = self.tr("All cohorts")
        cohort = everyone
        if len(choices.cohorts) > 1:
            cohort, chosen = QInputDialog.getItem(
                self,
                self.tr("Export NSO list"),
                self.tr("Student teachers waiting for validation, of:"),
                [everyone, *(c.label for c in choices.cohorts)],
                0,
                False,
            )
            if not chosen:
                return
        store = settings()
        folder = str(
            store.value(EXPORT_FOLDER_KEY)
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        chosen_path, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export NSO validation list"),
            str(Path(folder) / self.tr("eTwinning validation list.xlsx")),
            self.tr(NSO_FILTERS),
        )
        if not chosen_path:
            return
        out = Path(chosen_path)
        if out.suffix.lower() not in (".xlsx", ".csv", ".pdf"):
            suffix = (
                ".pdf" if "pdf" in chosen_filter else ".csv" if "csv" in chosen_filter else ".xlsx"
            )
            out = out.with_name(out.name + suffix)
        store.setValue(EXPORT_FOLDER_KEY, str(out.parent))
        from itepad.services.nso_list import write_nso_list

        only = None if cohort == everyone else cohort
        language = print_language()  # read here: QSettings belongs to the GUI thread
        self._run(
            lambda db: write_nso_list(db, out, only, language),
            lambda count: self._say(
                self.tr("Saved the NSO list ({people}) to {path}").format(
                    people=student_count_text(count), path=out
                )
            ),
        )

    # --- context menu and drops -------------------------------------------------------------

    def context_menu(self) -> QMenu | None:
        """The table's context menu for the selected student teachers, if any."""
        from itepad.store.models import EtwinningStatus

        if not self.selected_students():
            return None
        menu = QMenu(self)
        menu.addAction(self.tr("Open record…"), self.open_record)
        menu.addAction(self.tr("Edit…"), self.edit_student)
        menu.addAction(self.archive_action.text().replace("&", ""), self.archive_or_restore)
        menu.addAction(self.tr("Enrol in module…"), self.enrol)
        menu.addSeparator()
        pending = menu.addAction(self.tr("eTwinning: registered, waiting for validation"))
        pending.triggered.connect(lambda: self.mark_registration(EtwinningStatus.PENDING))
        validated = menu.addAction(self.tr("eTwinning: validated by the NSO"))
        validated.triggered.connect(lambda: self.mark_registration(EtwinningStatus.VALIDATED))
        if len(self.selected_students()) == 1:
            from itepad.ui.data_safety.privacy_actions import add_menu_entries

            add_menu_entries(menu, self, self.selected_students()[0])
            menu.addSeparator()
            menu.addAction(self.tr("History…"), self.show_history)
        return menu

    def show_history(self) -> None:
        """Every change to the current student teacher's records, with before and after."""
        from itepad.ui.undo.record_history import show_record_history

        current = self.current_student()
        if current is not None:
            show_record_history(self, self.database, current.name, student_id=current.id)

    def _context_menu(self, position: QPoint) -> None:
        menu = self.context_menu()
        if menu is not None:
            menu.exec(self.table.view.viewport().mapToGlobal(position))
            menu.deleteLater()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.database is not None and dropped_roster(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_roster(event)
        if path is not None:
            event.acceptProposedAction()
            self.import_roster(path)
