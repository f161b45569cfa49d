"""A cohort's impact survey: per benefit the share agreeing before and after the module, next
to the share of teachers who named it a main benefit in the 2013 eTwinning impact study."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.bar_chart import Bar, BarChart
from itepad.ui.figure_card import NO_VALUE
from itepad.ui.models.base import percent
from itepad.ui.tables import configure_list_table, fit_columns_when_shown
from itepad.ui.translation import short_date, translated
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.services.impact_survey import CohortSurveyResults, Share
    from itepad.store.database import Database

BEFORE = QColor("#90caf9")
AFTER = QColor("#1f6fb2")
STUDY = QColor("#9e9e9e")


class SurveyResultsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._request = 0
        self.results: CohortSurveyResults | None = None
        self.cohort = QComboBox()
        self.cohort.setAccessibleName(self.tr("Cohort"))
        self.cohort.currentTextChanged.connect(self._load)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.chart = BarChart()
        self.chart.setAccessibleName(self.tr("Impact survey: share agreeing"))
        legend = QLabel(
            self.tr(
                "<span style='color:{before}'>■</span> before the module &nbsp; "
                "<span style='color:{after}'>■</span> after it &nbsp; "
                "<span style='color:{study}'>■</span> teachers in the 2013 eTwinning impact study"
            ).format(before=BEFORE.name(), after=AFTER.name(), study=STUDY.name())
        )
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Impact survey results"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Benefit"), self.tr("Before"), self.tr("After"), self.tr("2013 study")]
        )
        configure_list_table(self.table)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.comments = QListWidget()
        self.comments.setWordWrap(True)
        self.comments.setAccessibleName(self.tr("Comments"))

        top = QHBoxLayout()
        cohort_label = QLabel(self.tr("&Cohort:"))
        cohort_label.setBuddy(self.cohort)
        top.addWidget(cohort_label)
        top.addWidget(self.cohort)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(legend)
        layout.addWidget(self.chart)
        layout.addWidget(self.table)
        layout.addWidget(QLabel(self.tr("Comments")))
        layout.addWidget(self.comments)

    @property
    def is_loaded(self) -> bool:
        return self.results is not None and self.results.cohort == self.cohort.currentText()

    def set_database(self, db: Database, cohorts: tuple[str, ...]) -> None:
        """Offer `cohorts`, keeping the chosen one if it is still there."""
        self._db = db
        chosen = self.cohort.currentText()
        self.cohort.blockSignals(True)
        self.cohort.clear()
        self.cohort.addItems(list(cohorts))
        if chosen in cohorts:
            self.cohort.setCurrentText(chosen)
        self.cohort.blockSignals(False)
        self._load(self.cohort.currentText())

    def _load(self, cohort: str) -> None:
        db = self._db
        self._request += 1
        request = self._request
        if db is None or not cohort:
            self.summary.setText(self.tr("No cohorts yet."))
            return

        def fetch() -> CohortSurveyResults:
            from itepad.services.impact_survey import cohort_results

            return cohort_results(db, cohort)

        run_in_background(fetch, self, lambda r: self._show(request, r), self._failed)

    def _failed(self, exc: Exception) -> None:
        self.summary.setText(str(exc))

    def _share(self, share: Share) -> str:
        if share.share is None:
            return NO_VALUE
        return self.tr("{rate} ({n} of {of})").format(
            rate=percent(share.share), n=share.agreeing, of=share.answering
        )

    def _show(self, request: int, results: CohortSurveyResults) -> None:
        if request != self._request:
            return
        self.results = results
        self.summary.setText(
            self.tr(
                "{students} student teachers: {pre} answered before the module, {post} after it. "
                "Agreeing means 4 or 5 on the scale of 1 to 5."
            ).format(
                students=results.students, pre=results.answered_pre, post=results.answered_post
            )
        )
        bars = []
        self.table.setRowCount(len(results.benefits))
        for row, benefit in enumerate(results.benefits):
            study = percent(benefit.study_2013)
            name = translated(benefit.label)
            for label, share, colour in (
                (name, benefit.pre, BEFORE),
                ("", benefit.post, AFTER),
            ):
                bars.append(Bar(label, share.share or 0.0, self._share(share), name, colour))
            bars.append(Bar("", benefit.study_2013, study, name, STUDY))
            for column, value in enumerate(
                (name, self._share(benefit.pre), self._share(benefit.post), study)
            ):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.chart.set_bars(bars, 1.0)
        fit_columns_when_shown(self.table)
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + self.table.verticalHeader().defaultSectionSize() * len(results.benefits)
            + 2 * self.table.frameWidth()
        )
        self.comments.clear()
        for comment in results.comments:
            when = self.tr("Before") if comment.phase == "pre" else self.tr("After")
            self.comments.addItem(f"{when}, {short_date(comment.answered_on)}: {comment.text}")
        if not results.comments:
            self.comments.addItem(self.tr("No comments."))
