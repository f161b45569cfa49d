"""Import a roster: choose the file, check the columns, see the rows and every problem, import.

The file is read and checked in a worker (roster_import), and again whenever the user changes a
column or the encoding. The preview shows the first rows as they will be stored, rows with
problems tinted; the problems list gives row, field and message as the spreadsheet numbers them.
Import stays disabled while there is any problem or no cohort is named, and runs in a worker as
one transaction: all or nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itepad.errors import UserError
from itepad.services.roster_formats import ENCODINGS, Sheet, read_sheet
from itepad.services.roster_headers import FIELD_LABELS, REQUIRED_FIELDS, RosterField
from itepad.services.roster_import import ImportReport, Roster, check_roster, import_roster, preview
from itepad.ui.models.roster_preview import PreviewModel, PreviewRow
from itepad.ui.settings import settings
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.services.roster_headers import ColumnMapping
    from itepad.store.database import Database

FOLDER_KEY = "roster/folder"  # QSettings: where the last roster came from
PREVIEW_ROWS = 100
ROSTER_FILTER = "Rosters (*.csv *.txt *.tsv *.xlsx);;All files (*)"
ERROR_STYLE = "color: #b3261e;"
DELIMITER_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "vertical bars"}
Checked = tuple[Sheet, Roster, list[PreviewRow]]  # what a read or a check gives back


def column_name(index: int) -> str:
    """A spreadsheet's column letters: 0 -> "A", 26 -> "AA"."""
    name = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        name = chr(ord("A") + remainder) + name
    return name


class RosterImportDialog(QDialog):
    checked = Signal()  # a roster was read and checked: preview and problems are on show
    imported = Signal(object)  # the ImportReport, once the roster is in the database

    def __init__(self, db: Database, cohorts: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import roster"))
        self._db = db
        self._path: Path | None = None
        self._sheet: Sheet | None = None
        self.roster: Roster | None = None
        self._request = 0  # only the latest check may fill the dialog
        self._busy = False

        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(
            self.tr("A CSV or XLSX file: a Moodle participants list, a spreadsheet…")
        )
        self.choose = QPushButton(self.tr("&Choose file…"))
        self.choose.clicked.connect(self.choose_file)
        self.encoding = QComboBox()
        self.encoding.addItem(self.tr("Detect"), None)
        for codec, label in ENCODINGS:
            self.encoding.addItem(self.tr(label), codec)
        self.encoding.setToolTip(self.tr("Choose another if names show wrong letters"))
        self.encoding.activated.connect(lambda _index: self._read())
        self.read_as = QLabel()
        self.cohort = QComboBox()
        self.cohort.setEditable(True)
        self.cohort.addItems(cohorts)
        self.cohort.setCurrentIndex(-1)
        cohort_line = self.cohort.lineEdit()
        assert cohort_line is not None
        cohort_line.setPlaceholderText(self.tr("an existing cohort, or a new name"))
        self.cohort.currentTextChanged.connect(lambda _text: self._update_button())

        self.columns: dict[RosterField, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Columns"))
        mapping_form = QFormLayout(mapping_box)
        for field in RosterField:
            combo = QComboBox()
            combo.setAccessibleName(FIELD_LABELS[field])
            combo.activated.connect(lambda _index: self._recheck())
            self.columns[field] = combo
            label = self.tr(FIELD_LABELS[field]).capitalize()
            mapping_form.addRow(f"{label}{' *' if field in REQUIRED_FIELDS else ''}:", combo)

        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().hide()
        self.preview.setAlternatingRowColors(True)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.problems = QTreeWidget()
        self.problems.setHeaderLabels([self.tr("Row"), self.tr("Field"), self.tr("Problem")])
        self.problems.setRootIsDecorated(False)
        self.problems.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.problems.header().setStretchLastSection(True)
        self.summary = QLabel(self.tr("Choose a roster file to import."))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.start_import)
        buttons.rejected.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose)
        top = QFormLayout()
        top.addRow(self.tr("File:"), file_row)
        top.addRow(self.tr("&Encoding:"), self.encoding)
        top.addRow("", self.read_as)
        top.addRow(self.tr("Into c&ohort:"), self.cohort)
        tables = QSplitter(Qt.Orientation.Vertical)
        tables.addWidget(self.preview)
        tables.addWidget(self.problems)
        tables.setStretchFactor(0, 3)
        tables.setStretchFactor(1, 1)
        middle = QHBoxLayout()
        middle.addWidget(mapping_box)
        middle.addWidget(tables, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy)
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        self.resize(1000, 640)
        self._show_columns(())

    # --- reading and checking -------------------------------------------------------------------

    def choose_file(self) -> None:
        store = settings()
        folder = str(
            store.value(FOLDER_KEY)
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a roster"), folder, self.tr(ROSTER_FILTER)
        )
        if chosen:
            store.setValue(FOLDER_KEY, str(Path(chosen).parent))
            self.open_file(Path(chosen))

    def open_file(self, path: Path) -> None:
        """Read and check `path` in a worker; `checked` follows."""
        self._path = path
        self.file.setText(str(path))
        self.encoding.setCurrentIndex(0)
        self._read()

    def _read(self) -> None:
        path, encoding = self._path, self.encoding.currentData()
        if path is None:
            return

        def read() -> Checked:
            sheet = read_sheet(path, encoding=encoding)
            roster = check_roster(sheet)
            return sheet, roster, preview(roster, PREVIEW_ROWS)

        self._start(self.tr("Reading {name}…").format(name=path.name), read)

    def _recheck(self) -> None:
        sheet = self._sheet
        if sheet is None:
            return
        mapping = self.mapping()

        def check() -> Checked:
            roster = check_roster(sheet, mapping)
            return sheet, roster, preview(roster, PREVIEW_ROWS)

        self._start(self.tr("Checking…"), check)

    def mapping(self) -> ColumnMapping:
        """The columns as the combo boxes now say."""
        return {
            field: combo.currentData()
            for field, combo in self.columns.items()
            if combo.currentData() is not None
        }

    def _start(self, text: str, work: Callable[[], Checked]) -> None:
        self._request += 1
        request = self._request

        def latest(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(outcome: Any) -> None:
                if request == self._request:  # a newer read or check replaces this one
                    callback(outcome)

            return call

        self._set_busy(True, text)
        run_in_background(work, self, latest(self._on_read), latest(self._on_failed))

    def _on_read(self, result: Checked) -> None:
        sheet, roster, rows = result
        self._sheet, self.roster = sheet, roster
        self._set_busy(False)
        self.encoding.setEnabled(not sheet.is_workbook)
        self.read_as.setText(self._read_as(sheet))
        self._show_columns(roster.headers, roster.mapping)
        self.preview_model.set_preview(roster, rows)
        self.preview.resizeColumnsToContents()
        self.problems.clear()
        for problem in roster.problems:
            self.problems.addTopLevelItem(
                QTreeWidgetItem([str(problem.row), problem.field, problem.message])
            )
        self.problems.setVisible(bool(roster.problems))
        self._summarise()
        self.checked.emit()

    def _read_as(self, sheet: Sheet) -> str:
        if sheet.is_workbook:
            return self.tr("Worksheet “{name}”").format(name=sheet.sheet_name)
        labels = dict(ENCODINGS) | {"utf-8": "Unicode (UTF-8)"}
        return self.tr("Read as {encoding}, separated by {delimiter}").format(
            encoding=self.tr(labels.get(sheet.encoding or "", sheet.encoding or "")),
            delimiter=self.tr(DELIMITER_NAMES.get(sheet.delimiter or "", repr(sheet.delimiter))),
        )

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if not isinstance(exc, UserError):
            raise exc
        self._sheet = self.roster = None
        self.preview_model.clear()
        self.problems.clear()
        self.problems.hide()
        self._show_columns(())
        self._say(str(exc), error=True)
        self.checked.emit()

    def _show_columns(self, headers: tuple[str, ...], mapping: ColumnMapping | None = None) -> None:
        for field, combo in self.columns.items():
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(self.tr("(not in the file)"), None)
                for index, header in enumerate(headers):
                    combo.addItem(f"{column_name(index)}: {header}", index)
                column = (mapping or {}).get(field)
                combo.setCurrentIndex(0 if column is None else combo.findData(column))
                combo.setEnabled(bool(headers))

    # --- summary and import ---------------------------------------------------------------------

    def _summarise(self) -> None:
        roster = self.roster
        if roster is None:
            return
        count = len(roster.problems)
        if count:
            self._say(
                self.tr(
                    "{count} to correct in the file (or in the columns): nothing is imported "
                    "until the roster is clean."
                ).format(
                    count=self.tr("1 problem")
                    if count == 1
                    else self.tr("{n:,} problems").format(n=count)
                ),
                error=True,
            )
        else:
            self._say(
                self.tr("{n:,} student teachers ready to import.").format(n=len(roster.people))
            )
        self._update_button()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(ERROR_STYLE if error else "")

    def _update_button(self) -> None:
        ready = self.roster is not None and not self.roster.problems and bool(self.cohort_name())
        self.import_button.setEnabled(ready and not self._busy)

    def cohort_name(self) -> str:
        return self.cohort.currentText().strip()

    def start_import(self) -> None:
        roster, cohort, db = self.roster, self.cohort_name(), self._db
        if roster is None or roster.problems or not cohort or self._busy:
            return
        self._set_busy(
            True, self.tr("Importing {n:,} student teachers…").format(n=len(roster.people))
        )
        self.cancel_button.setEnabled(False)  # one transaction: it finishes or changes nothing
        run_in_background(
            lambda: import_roster(db, roster, cohort),
            self,
            self._on_imported,
            self._on_import_failed,
        )

    def _on_imported(self, report: ImportReport) -> None:
        self._set_busy(False)
        self.imported.emit(report)
        self.accept()

    def _on_import_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.cancel_button.setEnabled(True)
        if not isinstance(exc, UserError):
            raise exc
        self._say(str(exc), error=True)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for widget in (self.choose, self.cohort, *self.columns.values()):
            widget.setEnabled(not busy)
        if busy:
            self._say(text)
        self._update_button()
