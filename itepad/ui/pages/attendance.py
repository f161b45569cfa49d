"""Attendance: choose a module, take its attendance in a grid of student teachers x sessions.

Marks typed into the grid show at once and are written in the background, one action after the
other (ActionQueue), each naming the versions the previous one left. If a write fails, every mark
not yet saved goes back to what the database has, the user is told why, and a mark someone else
changed meanwhile is shown by loading the grid again.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.action_queue import ActionQueue
from itepad.ui.attendance_grid_view import AttendanceGridView, Cells
from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.identity import user_name
from itepad.ui.models.attendance import AttendanceGridModel, Key, mark_colours
from itepad.ui.pages.base import Page
from itepad.ui.save_path import ask_save_path, remembered_folder
from itepad.ui.settings import settings
from itepad.ui.tables import set_row_height
from itepad.ui.translation import print_language, short_date
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.services.attendance import SavedMark
    from itepad.services.attendance_import import ImportResult
    from itepad.services.overview import GridData, MarkKind, ModuleRow
    from itepad.store.database import Database

RUNNING = "running"  # ModuleStatus.RUNNING (store.models is not imported by the UI)
FOLDER_KEY = "attendance/folder"  # QSettings: where the last sheet was saved or file read
MESSAGE_MS = 10_000
SESSION_COLUMN_WIDTH = 56
KEYS_HINT = QT_TR_NOOP(
    "Type a status's key to mark and move down · Space cycles · Delete clears · "
    "Ctrl+Space or a click on the date selects the whole session · F2 edits the remark"
)


class AttendancePage(Page):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.queue = ActionQueue(self)
        self.queue.busy_changed.connect(self._on_busy)
        self._modules: dict[int, ModuleRow] = {}
        self._grid_request = 0
        self._reload_when_idle = False
        self._wanted: tuple[int, int] | None = None  # (module, enrolment) to show once loaded

        self.chooser = QComboBox()
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser.setToolTip(self.tr("The module whose attendance is shown"))
        self.chooser.currentIndexChanged.connect(self._load_grid)
        chooser_label = QLabel(self.tr("&Module:"))
        chooser_label.setBuddy(self.chooser)
        self.sheet_button = QPushButton(self.tr("Sign-in &sheet…"))
        self.sheet_button.setToolTip(
            self.tr("Save a printable sign-in sheet (PDF) for the current session")
        )
        self.sheet_button.clicked.connect(lambda: self.save_sign_in_sheet())
        self.import_button = QPushButton(self.tr("&Import marks…"))
        self.import_button.setToolTip(
            self.tr("Read marks from a CSV or XLSX file with the columns email, session and status")
        )
        self.import_button.clicked.connect(lambda: self.import_marks())
        self.statuses_button = QPushButton(self.tr("S&tatuses…"))
        self.statuses_button.setToolTip(self.tr("Add, change, order or remove attendance statuses"))
        self.statuses_button.clicked.connect(lambda: self.edit_statuses())

        self.model = AttendanceGridModel(self)
        self.view = AttendanceGridView(self.model)
        self.view.horizontalHeader().setDefaultSectionSize(SESSION_COLUMN_WIDTH)
        set_row_height(self.view)
        self.view.mark_requested.connect(self.mark)
        self.view.clear_requested.connect(self.clear)
        self.view.remark_requested.connect(self._edit_remark)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.dataChanged.connect(self._on_data_changed)
        self.empty = QLabel()
        self.empty.setEnabled(False)
        self.grid_stack = QStackedWidget()
        self.grid_stack.addWidget(self.view)
        self.grid_stack.addWidget(self.empty)

        self.remark_label = QLabel(self.tr("&Remark:"))
        self.remark = QLineEdit()
        self.remark.setPlaceholderText(self.tr("Select a marked cell to add a remark"))
        self.remark.setClearButtonEnabled(True)
        self.remark_label.setBuddy(self.remark)
        # Enter, or leaving the field (Tab, a click in the grid), saves; Escape forgets.
        self.remark.editingFinished.connect(self._save_remark)
        self.remark.returnPressed.connect(self.view.setFocus)
        self.remark.installEventFilter(self)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self._set_buttons_enabled(False)

        bar = QHBoxLayout()
        bar.addWidget(chooser_label)
        bar.addWidget(self.chooser)
        bar.addStretch()
        for button in (self.sheet_button, self.import_button, self.statuses_button):
            bar.addWidget(button)
        remark_bar = QHBoxLayout()
        remark_bar.addWidget(self.remark_label)
        remark_bar.addWidget(self.remark, 1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.grid_stack, 1)
        layout.addLayout(remark_bar)
        layout.addWidget(self.legend)
        self.set_content(content)
        self.setTabOrder(self.chooser, self.view)
        self.setTabOrder(self.view, self.remark)

    @property
    def recorded_by(self) -> str:
        """Who is taking attendance: the name in Preferences, else the login name."""
        return user_name()

    # --- the module list and its grid ---------------------------------------------------------

    def fetch(self, db: Database) -> list[ModuleRow]:
        from itepad.services.overview import module_rows

        return module_rows(db)

    def show_data(self, data: list[ModuleRow]) -> None:
        self._modules = {row.id: row for row in data}
        previous = self._wanted[0] if self._wanted else self.chooser.currentData()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for row in data:
            self.chooser.addItem(f"{row.code} — {row.title} ({row.academic_year})", row.id)
        self.chooser.blockSignals(False)
        index = self.chooser.findData(previous) if previous is not None else -1
        if index < 0:
            running = [i for i, row in enumerate(data) if row.status_code == RUNNING]
            index = running[0] if running else 0
        if not data:
            self._show_empty(self.tr("No modules yet."))
            self.set_summary(self.tr("No modules yet"))
        elif index == self.chooser.currentIndex():
            self._load_grid()
        else:
            self.chooser.setCurrentIndex(index)  # loads the grid

    def show_enrolment(self, module_id: int, enrolment_id: int) -> None:
        """Show a student teacher's row of a module (from the dashboard's alerts)."""
        self._wanted = (module_id, enrolment_id)
        index = self.chooser.findData(module_id)
        if not self.is_loaded or index < 0:
            return  # show_data picks the module once the list is in
        if index == self.chooser.currentIndex():
            self._load_grid()
        else:
            self.chooser.setCurrentIndex(index)

    def _load_grid(self) -> None:
        db, module_id = self.database, self.chooser.currentData()
        if db is None or module_id is None:
            return
        if self.queue.busy:
            self._reload_when_idle = True  # the marks being written are shown meanwhile
            return
        self._grid_request += 1
        request = self._grid_request

        def fetch_grid() -> GridData:
            from itepad.services.overview import attendance_grid

            return attendance_grid(db, module_id)

        run_in_background(
            fetch_grid,
            self,
            lambda grid: self._show_grid(request, grid),
            lambda exc: self._grid_failed(request, exc),
        )

    def _show_grid(self, request: int, grid: GridData) -> None:
        if request != self._grid_request:
            return  # the user has chosen another module meanwhile
        current = self.view.currentIndex()
        self.model.set_grid(grid)
        self.legend.setText(_legend_html(grid.kinds, self.tr(KEYS_HINT)))
        if not grid.rows or not grid.sessions:
            self._show_empty(
                self.tr("This module has no sessions yet.")
                if not grid.sessions
                else self.tr("No student teachers are enrolled in this module.")
            )
        else:
            self.grid_stack.setCurrentIndex(0)
            self._restore_current(grid, current)
        self._set_buttons_enabled(bool(grid.sessions))
        module = self.chooser.currentText().split(" — ")[0]
        self.set_summary(
            self.tr("{module}: {students:,} student teachers, {sessions:,} sessions").format(
                module=module, students=len(grid.rows), sessions=len(grid.sessions)
            )
        )

    def _restore_current(self, grid: GridData, previous: QModelIndex) -> None:
        """The wanted student teacher's row, else the cell the user was on."""
        if self._wanted and self._wanted[0] == grid.module_id:
            _, enrolment_id = self._wanted
            self._wanted = None
            rows = [r.enrolment_id for r in grid.rows]
            if enrolment_id in rows:
                row = rows.index(enrolment_id)
                marked = [c for c, code in enumerate(grid.rows[row].marks) if code is not None]
                index = self.model.index(row, marked[-1] if marked else 0)
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                self.view.setFocus()
                return
        if previous.isValid():
            row = min(previous.row(), len(grid.rows) - 1)
            column = min(previous.column(), len(grid.sessions) - 1)
            self.view.setCurrentIndex(self.model.index(row, column))

    def _grid_failed(self, request: int, exc: Exception) -> None:
        if request == self._grid_request:
            self._show_empty(str(exc))
            self.report_failure(exc)

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.grid_stack.setCurrentIndex(1)
        self._set_buttons_enabled(False)

    def _set_buttons_enabled(self, enabled: bool) -> None:
        self.sheet_button.setEnabled(enabled)
        self.import_button.setEnabled(enabled)
        self._on_current_changed()

    def _on_busy(self, busy: bool) -> None:
        if not busy and self._reload_when_idle:
            self._reload_when_idle = False
            self._load_grid()

    # --- writing marks -----------------------------------------------------------------------

    def mark(self, cells: Cells, code: str) -> None:
        """Give `cells` (row, column) the status `code`: shown now, written in the background."""
        keys = [self.model.key(row, column) for row, column in cells]
        self.model.show_marks(keys, code)
        db, who = self.database, self.recorded_by

        def prepare() -> Any:
            edits = self.model.versions(keys)

            def write() -> tuple[SavedMark, ...]:
                from itepad.services.attendance import Cell, set_marks

                assert db is not None
                return set_marks(db, [Cell(*edit) for edit in edits], code, recorded_by=who)

            return write

        self.queue.submit(prepare, self.model.confirm, self._write_failed)

    def clear(self, cells: Cells) -> None:
        keys = [
            self.model.key(row, column)
            for row, column in cells
            if self.model.code_at(row, column) is not None
        ]
        if not keys:
            return
        self.model.show_marks(keys, None)
        db = self.database

        def prepare() -> Any:
            edits = self.model.versions(keys)

            def write() -> None:
                from itepad.services.attendance import Cell, clear_marks

                assert db is not None
                clear_marks(db, [Cell(*edit) for edit in edits])

            return write

        self.queue.submit(
            prepare, lambda _none: self.model.confirm_cleared(keys), self._write_failed
        )

    def _write_failed(self, exc: Exception) -> None:
        from itepad.services.attendance import MarkChangedError

        self.queue.drop_waiting()
        self.model.roll_back()
        self.message.emit(
            self.tr("Attendance not saved: the grid shows what is saved."), MESSAGE_MS
        )
        self.report_failure(exc)
        if isinstance(exc, MarkChangedError):
            self._load_grid()  # show what the other editor saved

    # --- remarks -----------------------------------------------------------------------------

    def _current_key(self) -> Key | None:
        current = self.view.currentIndex()
        if not current.isValid() or self.model.code_at(current.row(), current.column()) is None:
            return None
        return self.model.key(current.row(), current.column())

    def _on_current_changed(self, *_args: object) -> None:
        current = self.view.currentIndex()
        marked = self._current_key() is not None
        self.remark.setEnabled(marked)
        self.remark_label.setEnabled(marked)
        grid = self.model.grid
        if marked and grid is not None:
            row, column = current.row(), current.column()
            self.remark.setText(self.model.remark_at(row, column))
            session = grid.sessions[column]
            self.remark.setToolTip(
                self.tr("Remark on {name}, {session} ({day}); Enter saves").format(
                    name=grid.rows[row].name,
                    session=session.title,
                    day=short_date(session.starts_at, year=False),
                )
            )
        else:
            self.remark.clear()
            self.remark.setToolTip("")

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        current = self.view.currentIndex()
        if (
            current.isValid()
            and top_left.row() <= current.row() <= bottom_right.row()
            and top_left.column() <= current.column() <= bottom_right.column()
            and not self.remark.hasFocus()
        ):
            self._on_current_changed()

    def _edit_remark(self) -> None:
        if self.remark.isEnabled():
            self.remark.setFocus()
            self.remark.selectAll()

    def _save_remark(self) -> None:
        key, current = self._current_key(), self.view.currentIndex()
        text = self.remark.text().strip()
        if key is None or text == self.model.remark_at(current.row(), current.column()):
            return
        self.model.show_remark(key, text)
        db, who = self.database, self.recorded_by

        def prepare() -> Any:
            edits = self.model.versions([key])

            def write() -> tuple[SavedMark, ...]:
                from itepad.services.attendance import Cell, set_remark

                assert db is not None
                return (set_remark(db, Cell(*edits[0]), text, recorded_by=who),)

            return write

        self.queue.submit(prepare, self.model.confirm, self._write_failed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Escape in the remark field forgets the edit and goes back to the grid.
        if (
            watched is self.remark
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self._on_current_changed()  # the saved remark back, before leaving saves
            self.view.setFocus()
            return True
        return super().eventFilter(watched, event)

    # --- the sign-in sheet, imports, the status set ----------------------------------------------

    def _module(self) -> ModuleRow | None:
        return self._modules.get(self.chooser.currentData())

    def _folder(self) -> str:
        return str(remembered_folder(FOLDER_KEY))

    def save_sign_in_sheet(self) -> None:
        """Ask where, then write the sign-in sheet of the current session (column)."""
        module, grid, db = self._module(), self.model.grid, self.database
        if module is None or grid is None or db is None or not grid.sessions:
            return
        column = max(self.view.currentIndex().column(), 0)
        number = column + 1  # the grid lists sessions in date order, as the sheet numbers them
        session = grid.sessions[column]
        name = re.sub(
            r'[\\/:*?"<>|]+', " ", f"Sign-in sheet - {module.code} - {session.starts_at:%Y-%m-%d}"
        )
        out = ask_save_path(
            self,
            self.tr("Save the sign-in sheet of {session}").format(session=session.title),
            f"{name}.pdf",
            self.tr("PDF files (*.pdf)"),
            folder_key=FOLDER_KEY,
        )
        if out is None:
            return
        language = print_language()  # read here: QSettings belongs to the GUI thread

        def write() -> Path:
            from itepad.services.sign_in_sheet import write_sign_in_sheet

            write_sign_in_sheet(db, module.code, number, out, language)
            return out

        self.sheet_button.setEnabled(False)
        run_in_background(write, self, self._sheet_written, self._sheet_failed)

    def _sheet_written(self, path: Path) -> None:
        self.sheet_button.setEnabled(True)
        self.message.emit(
            self.tr("Saved the sign-in sheet to {path}").format(path=path), MESSAGE_MS
        )

    def _sheet_failed(self, exc: Exception) -> None:
        self.sheet_button.setEnabled(True)
        self.report_failure(exc)

    def import_marks(self) -> None:
        module, db = self._module(), self.database
        if module is None or db is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import attendance marks into {module}").format(module=module.code),
            self._folder(),
            self.tr("CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        settings().setValue(FOLDER_KEY, str(path.parent))
        who = self.recorded_by

        def read() -> ImportResult:
            from itepad.services.attendance_import import import_attendance

            return import_attendance(db, path, module.code, recorded_by=who)

        self.import_button.setEnabled(False)
        run_in_background(read, self, self._imported, self._import_failed)

    def _imported(self, result: ImportResult) -> None:
        self.import_button.setEnabled(True)
        self.message.emit(
            self.tr("Imported marks: {added} added, {changed} changed, {same} already so").format(
                added=result.added, changed=result.changed, same=result.unchanged
            ),
            MESSAGE_MS,
        )
        self._load_grid()

    def _import_failed(self, exc: Exception) -> None:
        from itepad.services.attendance_import import AttendanceImportError

        self.import_button.setEnabled(True)
        if not isinstance(exc, AttendanceImportError):
            self.report_failure(exc)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.title, str(exc).split("\n", 1)[0], parent=self
        )
        box.setInformativeText(
            self.tr("Correct the file and import it again; the details list every problem.")
        )
        box.setDetailedText("\n".join(str(problem) for problem in exc.problems))
        box.exec()

    def edit_statuses(self) -> None:
        from itepad.ui.status_set_dialog import StatusSetDialog

        db = self.database
        if db is None:
            return
        dialog = StatusSetDialog(db, self)
        dialog.exec()
        if dialog.changed:
            self._load_grid()


def _legend_html(kinds: tuple[MarkKind, ...], hint: str) -> str:
    parts = []
    for kind in kinds:
        background, text = mark_colours(kind.code, kind.counts_as_present)
        parts.append(
            f'<span style="background:{background.name()}; color:{text.name()}">'
            f"&nbsp;<b>{escape(kind.letter)}</b>&nbsp;</span>&nbsp;{escape(kind.label)}"
        )
    legend = "&nbsp;&nbsp;&nbsp;".join(parts)
    return f'{legend}<br><span style="color:gray">{escape(hint)}</span>'
