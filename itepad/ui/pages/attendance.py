"""Attendance: choose a module, see its student teachers x sessions grid of marks."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.models.attendance import AttendanceGridModel, mark_colours
from itepad.ui.pages.base import Page
from itepad.ui.tables import set_row_height
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.services.overview import GridData, MarkKind, ModuleRow
    from itepad.store.database import Database

RUNNING = "running"  # ModuleStatus.RUNNING (store.models is not imported by the UI)


class AttendancePage(Page):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.chooser = QComboBox()
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser.setToolTip(self.tr("The module whose attendance is shown"))
        self.chooser.currentIndexChanged.connect(self._load_grid)
        chooser_label = QLabel(self.tr("&Module:"))
        chooser_label.setBuddy(self.chooser)
        self.legend = QLabel()

        self.model = AttendanceGridModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setDefaultSectionSize(64)
        self.view.setWordWrap(False)
        set_row_height(self.view)
        self.empty = QLabel()
        self.empty.setEnabled(False)
        self.grid_stack = QStackedWidget()
        self.grid_stack.addWidget(self.view)
        self.grid_stack.addWidget(self.empty)
        self._grid_request = 0

        bar = QHBoxLayout()
        bar.addWidget(chooser_label)
        bar.addWidget(self.chooser)
        bar.addStretch()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.grid_stack, 1)
        layout.addWidget(self.legend)
        self.set_content(content)

    def fetch(self, db: Database) -> list[ModuleRow]:
        from itepad.services.overview import module_rows

        return module_rows(db)

    def show_data(self, data: list[ModuleRow]) -> None:
        previous = self.chooser.currentData()
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

    def _load_grid(self) -> None:
        db, module_id = self.database, self.chooser.currentData()
        if db is None or module_id is None:
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
        self.model.set_grid(grid)
        self.legend.setText(_legend_html(grid.kinds))
        if not grid.rows or not grid.sessions:
            self._show_empty(
                self.tr("This module has no sessions yet.")
                if not grid.sessions
                else self.tr("No student teachers are enrolled in this module.")
            )
        else:
            self.grid_stack.setCurrentIndex(0)
        module = self.chooser.currentText().split(" — ")[0]
        self.set_summary(
            self.tr("{module}: {students:,} student teachers, {sessions:,} sessions").format(
                module=module, students=len(grid.rows), sessions=len(grid.sessions)
            )
        )

    def _grid_failed(self, request: int, exc: Exception) -> None:
        if request == self._grid_request:
            self._show_empty(str(exc))
            self.report_failure(exc)

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.grid_stack.setCurrentIndex(1)


def _legend_html(kinds: tuple[MarkKind, ...]) -> str:
    parts = []
    for kind in kinds:
        background, text = mark_colours(kind.code)
        parts.append(
            f'<span style="background:{background.name()}; color:{text.name()}">'
            f"&nbsp;<b>{escape(kind.letter)}</b>&nbsp;</span>&nbsp;{escape(kind.label)}"
        )
    return "&nbsp;&nbsp;&nbsp;".join(parts)
