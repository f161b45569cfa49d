"""A student teacher's DigCompEdu competences: the matrix, the history of one competence, and
how the levels moved from the first assessment to the latest."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.action_queue import refuse
from itepad.ui.competences.assess_dialog import AssessDialog
from itepad.ui.competences.history_model import HistoryModel
from itepad.ui.competences.level_delegate import LevelDelegate
from itepad.ui.competences.matrix_model import CompetenceMatrixModel
from itepad.ui.competences.progress_chart import ProgressChart
from itepad.ui.student_panel import StudentPanel
from itepad.ui.tables import configure_list_table, set_row_height
from itepad.ui.translation import short_date

if TYPE_CHECKING:
    from itepad.services.competences import Assessment, AssessmentEntry, StudentCompetences
    from itepad.store.database import Database


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600;")
    return label


class CompetencesPanel(StudentPanel["StudentCompetences"]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: StudentCompetences | None = None

        self.matrix_model = CompetenceMatrixModel(self)
        self.matrix_model.level_chosen.connect(self._level_chosen)
        self.matrix = QTableView()
        self.matrix.setModel(self.matrix_model)
        self.matrix.setItemDelegate(LevelDelegate(self.matrix_model))
        self.matrix.setAccessibleName(self.tr("Competence matrix"))
        self.matrix.setToolTip(
            self.tr("Pick a cell and press F2, Enter or a level's letter to choose a level")
        )
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.matrix.verticalHeader().hide()
        set_row_height(self.matrix)
        header = self.matrix.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.selectionModel().selectionChanged.connect(self._selection_changed)

        self.assess_button = QPushButton(self.tr("&Assess…"))
        self.assess_button.clicked.connect(self.assess)
        self.history_heading = _heading(self.tr("History"))
        self.history_model = HistoryModel(self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        configure_list_table(self.history)
        self.history.setAccessibleName(self.tr("History of the competence"))
        self.history.doubleClicked.connect(lambda _: self.edit_selected())
        self.history.selectionModel().selectionChanged.connect(self._update_buttons)
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.chart = ProgressChart()
        self.chart.setAccessibleName(self.tr("Before and after"))
        self.no_progress = QLabel(
            self.tr("Nothing to compare yet: a competence needs two assessments by the same kind.")
        )
        self.no_progress.setWordWrap(True)
        self.no_progress.setEnabled(False)
        legend = QLabel(
            self.tr(
                "○ first assessment  ● latest  —  <span style='color:#1f6fb2'>■ self</span>"
                "  <span style='color:#e65100'>■ educator</span>"
            )
        )

        buttons = QHBoxLayout()
        buttons.addWidget(self.assess_button)
        buttons.addStretch()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart)
        chart_layout.addWidget(self.no_progress)
        chart_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidget(chart_box)
        scroll.setWidgetResizable(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.history_heading)
        side_layout.addWidget(self.history, 1)
        side_layout.addWidget(_heading(self.tr("Before and after")))
        side_layout.addWidget(legend)
        side_layout.addWidget(scroll, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.matrix)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.status = QLabel(self.tr("Loading…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # --- loading --------------------------------------------------------------------------------

    def fetch(self, db: Database, student_id: int) -> StudentCompetences:
        from itepad.services.competences import student_competences

        return student_competences(db, student_id)

    def failure_title(self) -> str:
        return self.tr("Competences")

    def show_loaded(self, data: StudentCompetences) -> None:
        current = self.matrix.currentIndex()
        self.data = data
        self.matrix_model.set_data(data)
        for row in range(self.matrix_model.rowCount()):
            if self.matrix_model.is_area(row):
                self.matrix.setSpan(row, 0, 1, 3)
        assessed = len({a.competence_id for a in data.assessments})
        self.status.setText(
            self.tr("{name}: {n} of {total} competences assessed ({count} assessments)").format(
                name=data.name,
                n=assessed,
                total=len(data.competences),
                count=len(data.assessments),
            )
        )
        progress = data.before_after()
        self.chart.set_progress(progress, data.levels)
        self.chart.setVisible(bool(progress))
        self.no_progress.setVisible(not progress)
        row, column = (current.row(), current.column()) if current.isValid() else (1, 1)
        self.matrix.setCurrentIndex(self.matrix_model.index(row, column))
        self._show_history()

    # --- the selected competence ----------------------------------------------------------------

    def selected_competence(self) -> int | None:
        competence = self.matrix_model.competence_at(self.matrix.currentIndex().row())
        return competence.id if competence else None

    def select_competence(self, competence_id: int, column: int = 1) -> None:
        row = self.matrix_model.row_of(competence_id)
        self.matrix.setCurrentIndex(self.matrix_model.index(row, column))

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._show_history()

    def _show_history(self) -> None:
        competence = self.matrix_model.competence_at(self.matrix.currentIndex().row())
        if self.data is None or competence is None:
            self.history_model.set_rows([])
            self.history_heading.setText(self.tr("History"))
        else:
            self.history_model.set_rows(self.data.history(competence.id))
            self.history_heading.setText(
                self.tr("History of {number} {name}").format(
                    number=competence.number, name=competence.name
                )
            )
        self._update_buttons()

    def _selected_assessment(self) -> Assessment | None:
        rows = self.history.selectionModel().selectedRows()
        return self.history_model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.assess_button.setEnabled(self.selected_competence() is not None)
        chosen = self._selected_assessment() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # --- changes ---------------------------------------------------------------------------------

    def assess(self) -> None:
        competence_id = self.selected_competence()
        if self.data is None or competence_id is None:
            return
        dialog = AssessDialog(self.data, competence_id, parent=self)
        if self.matrix.currentIndex().column() == CompetenceMatrixModel.EDUCATOR:
            dialog.kind.setCurrentIndex(1)
        if dialog.exec():
            self._record(dialog.entry())

    def edit_selected(self) -> None:
        existing = self._selected_assessment()
        if self.data is None or existing is None:
            return
        dialog = AssessDialog(self.data, existing.competence_id, existing, parent=self)
        if dialog.exec():
            entry = dialog.entry()

            def change(db: Database) -> Any:
                from itepad.services.competences import update_assessment

                return update_assessment(db, existing.id, existing.version, entry)

            self._submit(change)

    def delete_selected(self) -> None:
        existing = self._selected_assessment()
        if existing is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete assessment"),
            self.tr("Delete the {level} assessment of {date}?").format(
                level=existing.level_code, date=short_date(existing.assessed_on)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def delete(db: Database) -> Any:
            from itepad.services.competences import delete_assessment

            delete_assessment(db, existing.id, existing.version)

        self._submit(delete)

    def _level_chosen(self, competence_id: int, kind: str, level_code: str) -> None:
        from itepad.services.competences import AssessmentEntry

        self._record(AssessmentEntry(competence_id, kind, level_code, date.today()))

    def _record(self, entry: AssessmentEntry) -> None:
        student_id = self._student_id

        def record(db: Database) -> Any:
            from itepad.services.competences import record_assessment

            assert student_id is not None
            return record_assessment(db, student_id, entry)

        self._submit(record)

    def _submit(self, action: Callable[[Database], Any]) -> None:
        db = self._db
        if db is None:
            return
        self.queue.submit(
            lambda: lambda: action(db),
            lambda _: self.reload(),
            lambda exc: self._refused(exc),
        )

    def _refused(self, exc: Exception) -> None:
        refuse(self, self.queue, exc, self.tr("Competences"))
        self.reload()  # show what is stored now
