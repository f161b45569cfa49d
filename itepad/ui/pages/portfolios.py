"""Portfolios & reports: pick a student teacher, save their portfolio as a PDF.

The PDF is written in a worker (reportlab is imported there too); the page shows a busy bar
meanwhile and reports the outcome in the status bar, or a UserError in a message box.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.models.students import StudentTableModel
from itepad.ui.pages.students import student_count_text
from itepad.ui.pages.table_page import TablePage
from itepad.ui.settings import settings
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.services.overview import StudentRow
    from itepad.store.database import Database

FOLDER_KEY = "portfolios/folder"  # QSettings: where the last portfolio was saved
MESSAGE_MS = 10_000


def _file_name(name: str) -> str:
    """A default file name that is valid on every desktop file system."""
    return "Portfolio - " + re.sub(r'[\\/:*?"<>|]+', " ", name).strip() + ".pdf"


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

        bar = QHBoxLayout()
        bar.addWidget(self.save_button)
        bar.addWidget(self.busy)
        bar.addWidget(self.busy_label)
        bar.addStretch()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.set_content(content)
        self._writing = False

    def query(self, db: Database) -> list[StudentRow]:
        from itepad.services.overview import student_rows

        return student_rows(db)

    def count_text(self, count: int) -> str:
        return student_count_text(count)

    def selected_student(self) -> StudentRow | None:
        row = self.table.current_source_row()
        return None if row is None else self.model.row_at(row)

    def save_portfolio(self) -> None:
        student, db = self.selected_student(), self.database
        if student is None or db is None or self._writing:
            return
        store = settings()
        folder = str(
            store.value(FOLDER_KEY)
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save portfolio of {name}").format(name=student.name),
            str(Path(folder) / _file_name(student.name)),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        store.setValue(FOLDER_KEY, str(out.parent))
        writing = self.tr("Writing the portfolio of {name}…").format(name=student.name)
        self._set_writing(True, writing)

        def write() -> Path:
            from itepad.services.portfolio import write_portfolio

            write_portfolio(db, student.email, out)
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
