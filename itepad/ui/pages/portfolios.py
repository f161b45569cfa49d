"""Portfolios & reports, in tabs.

Portfolios: pick a student teacher and save their portfolio as a PDF, or write the portfolios of
a whole cohort into a folder (worker processes, with a progress dialog that can be cancelled).
Reports: choose a kind of report and what it is about, then preview it (and print it from the
preview) or save it. Every PDF is written in a worker (reportlab is imported there too); the page
shows a busy bar meanwhile and reports the outcome in the status bar, or a UserError in a
message box. The Reviews tab follows the review copies sent to student teachers.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.batch_dialog import BatchDialog
from itepad.ui.models.students import StudentTableModel
from itepad.ui.pages.students import student_count_text
from itepad.ui.pages.table_page import TablePage
from itepad.ui.print_options import portfolio_options
from itepad.ui.reviews import ReviewsPanel
from itepad.ui.save_path import ask_save_path, remembered_folder
from itepad.ui.settings import settings
from itepad.ui.translation import print_language
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from collections.abc import Sequence

    from itepad.services.overview import StudentRow
    from itepad.services.portfolio_batch import BatchSummary
    from itepad.services.report_kinds import ReportKind
    from itepad.services.report_subjects import Subjects
    from itepad.store.database import Database

FOLDER_KEY = "portfolios/folder"  # QSettings: where the last portfolio was saved
BATCH_FOLDER_KEY = "portfolios/batch_folder"  # where the last cohort's portfolios went
REPORT_FOLDER_KEY = "reports/folder"  # where the last report was saved
MESSAGE_MS = 10_000


def _file_name(name: str, kind: str = "Portfolio") -> str:
    """A default file name that is valid on every desktop file system."""
    return f"{kind} - " + re.sub(r'[\\/:*?"<>|]+', " ", name).strip() + ".pdf"


class PortfoliosPage(TablePage):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(
            title,
            StudentTableModel(),
            self.tr("Find a student teacher by name, email, cohort or programme"),
            StudentTableModel.NAME,
            parent,
        )
        self.save_button = QPushButton(self.tr("&Save portfolio PDF…"))
        self.save_button.setToolTip(
            self.tr("Write the selected student teacher's portfolio as a PDF file")
        )
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: self.save_portfolio())
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no steps to count: a busy indicator
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.hint = self.tr("Double-click a student teacher, or select one and press Save.")
        self.busy_label = QLabel(self.hint)
        self.busy_label.setEnabled(False)  # muted, like a hint

        view = self.table.view
        view.selectionModel().selectionChanged.connect(self._update_button)
        view.doubleClicked.connect(lambda _index: self.save_portfolio())
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)

        self.cohort_box = QComboBox()
        _narrow(self.cohort_box)
        self.cohort_box.setToolTip(self.tr("The cohort whose portfolios to write"))
        self.batch_button = QPushButton(self.tr("Write portfolios of the &cohort…"))
        self.batch_button.setToolTip(
            self.tr("Write the portfolio of every student teacher of the cohort into a folder")
        )
        self.batch_button.setEnabled(False)
        self.batch_button.clicked.connect(lambda: self.write_cohort())
        self.cohort_box.currentIndexChanged.connect(self._update_button)

        bar = QHBoxLayout()
        bar.addWidget(self.save_button)
        bar.addWidget(self.busy)
        bar.addWidget(self.busy_label)
        bar.addStretch()
        cohort_bar = QHBoxLayout()
        cohort_label = QLabel(self.tr("C&ohort:"))
        cohort_label.setBuddy(self.cohort_box)
        cohort_bar.addWidget(cohort_label)
        cohort_bar.addWidget(self.cohort_box)
        cohort_bar.addWidget(self.batch_button)
        cohort_bar.addStretch()
        portfolios = QWidget()
        layout = QVBoxLayout(portfolios)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addLayout(cohort_bar)
        self.reports = ReportsPanel(self)
        self.reports.message.connect(self.message)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(portfolios, self.tr("&Portfolios"))
        self.tabs.addTab(self.reports, self.tr("&Reports"))
        self.reviews = ReviewsPanel()
        self.reviews.finished.connect(lambda text: self.message.emit(text, 10_000))
        self.tabs.addTab(self.reviews, self.tr("Re&views"))
        self.tabs.currentChanged.connect(lambda _index: self._follow_database())
        self.set_content(self.tabs)
        self._writing = False
        self.batch: BatchDialog | None = None

    def set_database(self, db: Database) -> None:
        super().set_database(db)
        self._follow_database()

    def _follow_database(self) -> None:
        """The Reviews tab reads its database when first shown, not while the app starts."""
        if self.tabs.currentWidget() is self.reviews and self.reviews.db is not self.database:
            self.reviews.set_database(self.database)

    def query(self, db: Database) -> list[StudentRow]:
        from itepad.services.overview import student_rows

        return student_rows(db)

    def show_data(self, data: tuple[Sequence[Any], list[str]]) -> None:
        super().show_data(data)
        db = self.database
        if db is None:
            return

        def subjects() -> Subjects:
            from itepad.services.report_subjects import report_subjects

            return report_subjects(db)

        # The cohorts, modules and projects reports can be about: loaded with the list.
        run_in_background(subjects, self, self._show_subjects, self.report_failure)

    def _show_subjects(self, subjects: Subjects) -> None:
        _fill(self.cohort_box, subjects.cohorts)
        self.reports.set_subjects(subjects)
        self._update_button()

    def count_text(self, count: int) -> str:
        return student_count_text(count)

    def selected_student(self) -> StudentRow | None:
        row = self.table.current_source_row()
        return None if row is None else self.model.row_at(row)

    def save_portfolio(self) -> None:
        student, db = self.selected_student(), self.database
        if student is None or db is None or self._writing:
            return
        out = ask_save_path(
            self,
            self.tr("Save portfolio of {name}").format(name=student.name),
            _file_name(student.name),
            self.tr("PDF files (*.pdf)"),
            folder_key=FOLDER_KEY,
        )
        if out is None:
            return
        writing = self.tr("Writing the portfolio of {name}…").format(name=student.name)
        self._set_writing(True, writing)

        options = portfolio_options()  # read in the GUI thread, used in the worker

        def write() -> Path:
            from itepad.services.portfolio import write_portfolio

            write_portfolio(db, student.email, out, options)
            return out

        run_in_background(
            write,
            self,
            lambda path: self._written(student, path),
            self._write_failed,
        )

    def _written(self, student: StudentRow, path: Path) -> None:
        self._set_writing(False)
        self.message.emit(
            self.tr("Saved the portfolio of {name} to {path}").format(name=student.name, path=path),
            MESSAGE_MS,
        )

    def _write_failed(self, exc: Exception) -> None:
        self._set_writing(False)
        self.message.emit(self.tr("The portfolio was not saved."), MESSAGE_MS)
        self.report_failure(exc)

    def _set_writing(self, writing: bool, text: str = "") -> None:
        self._writing = writing
        self.busy.setVisible(writing)
        self.busy_label.setText(text or self.hint)
        self.busy_label.setEnabled(writing)
        self._update_button()

    def _update_button(self) -> None:
        self.save_button.setEnabled(not self._writing and self.selected_student() is not None)
        self.batch_button.setEnabled(self.batch is None and self.cohort_box.currentIndex() >= 0)

    def write_cohort(self) -> BatchDialog | None:
        """Ask for a folder, then write the chosen cohort's portfolios into it."""
        cohort, db = self.cohort_box.currentData(), self.database
        if cohort is None or db is None or self.batch is not None:
            return None
        chosen = QFileDialog.getExistingDirectory(
            self,
            self.tr("Folder for the portfolios of {cohort}").format(cohort=cohort),
            str(remembered_folder(BATCH_FOLDER_KEY)),
        )
        if not chosen:
            return None
        settings().setValue(BATCH_FOLDER_KEY, chosen)
        self.batch = BatchDialog(db, cohort, Path(chosen), options=portfolio_options(), parent=self)
        self.batch.finished_batch.connect(self._batch_done)
        self.batch.finished.connect(self._batch_closed)
        self._update_button()
        self.batch.open()
        return self.batch

    def _batch_done(self, summary: BatchSummary) -> None:
        self.message.emit(
            self.tr("Wrote {written} of {total} portfolios").format(
                written=len(summary.written), total=summary.total
            ),
            MESSAGE_MS,
        )

    def _batch_closed(self) -> None:
        if self.batch is not None:
            self.batch.deleteLater()
        self.batch = None
        self._update_button()

    def context_menu(self) -> QMenu | None:
        """The table's context menu for the selected student teacher, if any."""
        if self.selected_student() is None:
            return None
        menu = QMenu(self)
        action = menu.addAction(self.tr("Save portfolio PDF…"))
        action.setEnabled(not self._writing)
        action.triggered.connect(lambda: self.save_portfolio())
        return menu

    def _context_menu(self, position: QPoint) -> None:
        menu = self.context_menu()
        if menu is not None:
            menu.exec(self.table.view.viewport().mapToGlobal(position))
            menu.deleteLater()


def _narrow(box: QComboBox) -> None:
    """A combo box that does not widen the window to its longest item (a long project title)."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(24)


def _fill(box: QComboBox, items: Sequence[tuple[str, str]]) -> None:
    """Replace the (key, label) items of `box`, keeping the chosen key where it is still there."""
    chosen = box.currentData()
    box.blockSignals(True)
    box.clear()
    for key, label in items:
        box.addItem(label, key)
    box.blockSignals(False)
    index = box.findData(chosen)
    box.setCurrentIndex(index if index >= 0 else (0 if items else -1))


class ReportsPanel(QWidget):
    """Choose a report and its subject; preview it (print from there) or save it."""

    message = Signal(str, int)

    def __init__(self, page: PortfoliosPage) -> None:
        super().__init__(page)
        from itepad.services.report_kinds import REPORT_KINDS

        self._page = page
        self._subjects: Subjects | None = None
        self._writing = False
        self.previews: list[QWidget] = []  # open preview windows
        self.kind_box = QComboBox()
        for key, kind in REPORT_KINDS.items():
            self.kind_box.addItem(QCoreApplication.translate("report_kinds", kind.title), key)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setEnabled(False)  # muted, like a hint
        self.subject_label = QLabel()
        self.subject_box = QComboBox()
        _narrow(self.subject_box)
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.preview_button.setToolTip(self.tr("Write the report and show it, to read or print"))
        self.preview_button.clicked.connect(lambda: self.write(preview=True))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setToolTip(self.tr("Write the report as a PDF file"))
        self.save_button.clicked.connect(lambda: self.write(preview=False))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Report:"), self.kind_box)
        form.addRow("", self.about)
        form.addRow(self.subject_label, self.subject_box)
        self.subject_label.setBuddy(self.subject_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.busy)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch()
        self._kind_changed()

    @property
    def kind(self) -> ReportKind:
        from itepad.services.report_kinds import REPORT_KINDS

        return REPORT_KINDS[self.kind_box.currentData()]

    def set_subjects(self, subjects: Subjects) -> None:
        self._subjects = subjects
        self._kind_changed()

    def select(self, kind: str, subject: str | None) -> None:
        """Choose a report and its subject by their keys (None: the whole institution)."""
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))
        self.subject_box.setCurrentIndex(self.subject_box.findData(subject))

    def _kind_changed(self) -> None:
        kind = self.kind
        self.about.setText(QCoreApplication.translate("report_kinds", kind.help))
        labels = {
            "cohort": self.tr("&Cohort:"),
            "module": self.tr("&Module:"),
            "project": self.tr("&Project:"),
        }
        self.subject_label.setText(labels[kind.subject])
        subjects = self._subjects
        items: list[tuple[str, str]] = []
        if subjects is not None:
            items = list(getattr(subjects, f"{kind.subject}s"))
        _fill(self.subject_box, items)
        if not kind.subject_required:
            self.subject_box.insertItem(0, self.tr("The whole institution"), None)
            self.subject_box.setCurrentIndex(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = not self._writing and self.subject_box.count() > 0
        self.preview_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def write(self, *, preview: bool) -> None:
        """Write the chosen report: to a temporary file shown in a preview, or where asked."""
        db, kind = self._page.database, self.kind
        if db is None or self._writing or self.subject_box.count() == 0:
            return
        subject = self.subject_box.currentData()
        name = _file_name(self.subject_box.currentText(), kind.title)
        if preview:
            import tempfile

            handle, temporary = tempfile.mkstemp(prefix="itepad-", suffix=".pdf")
            os.close(handle)
            out = Path(temporary)
        else:
            chosen = ask_save_path(
                self,
                self.tr("Save report"),
                name,
                self.tr("PDF files (*.pdf)"),
                folder_key=REPORT_FOLDER_KEY,
            )
            if chosen is None:
                return
            out = chosen
        self._set_writing(True)
        title = f"{self.kind_box.currentText()}: {self.subject_box.currentText()}"

        def written(_: object) -> None:
            self._set_writing(False)
            if preview:
                self.show_preview(out, title, name)
            else:
                self.message.emit(
                    self.tr("Saved the report to {path}").format(path=out), MESSAGE_MS
                )

        def failed(exc: Exception) -> None:
            self._set_writing(False)
            if preview:
                out.unlink(missing_ok=True)
            self.message.emit(self.tr("The report was not written."), MESSAGE_MS)
            self._page.report_failure(exc)

        language = print_language()  # read here: QSettings belongs to the GUI thread
        run_in_background(lambda: kind.write(db, subject, out, language), self, written, failed)

    def show_preview(self, path: Path, title: str, name: str) -> QWidget:
        from itepad.ui.pdf_preview import PdfPreviewWindow

        window = PdfPreviewWindow(path, title, suggested_name=name, temporary=True, parent=self)
        self.previews.append(window)
        window.destroyed.connect(lambda: self.previews.remove(window))
        window.show()
        return window

    def _set_writing(self, writing: bool) -> None:
        self._writing = writing
        self.busy.setVisible(writing)
        self._update_buttons()
