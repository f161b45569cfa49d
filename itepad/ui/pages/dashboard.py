"""Dashboard: the figures that matter this week, who is falling behind, and what comes next.

At a glance (cards), attendance per module and the eTwinning registration funnel (bar charts),
the student teachers at risk (double-click opens their attendance), a look-up of one student
teacher across all modules, the sessions coming up, and a cohort's impact survey.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.bar_chart import Bar, BarChart
from itepad.ui.figure_card import NO_VALUE, FigureCard
from itepad.ui.models.at_risk import AtRiskModel
from itepad.ui.models.base import percent
from itepad.ui.models.upcoming import UpcomingSessionModel
from itepad.ui.pages.base import Page
from itepad.ui.student_lookup import StudentLookup
from itepad.ui.survey import SurveyResultsView
from itepad.ui.tables import configure_list_table, fit_columns_when_shown
from itepad.ui.translation import short_time, translated

if TYPE_CHECKING:
    from itepad.services.attendance_stats import (
        AlertRules,
        AttendanceOverview,
        FunnelStage,
        ModuleAttendance,
        StudentRef,
    )
    from itepad.services.overview import DashboardFigures
    from itepad.store.database import Database

COLUMNS = 5
AT_RISK_ROWS = 6  # rows the at-risk list shows before it scrolls
GOOD = QColor("#2e7d32")
BELOW_TARGET = QColor("#e65100")
FUNNEL = QColor("#1f6fb2")


@dataclass(frozen=True)
class DashboardData:
    figures: DashboardFigures
    attendance: AttendanceOverview
    funnel: tuple[FunnelStage, ...]
    students: tuple[StudentRef, ...]
    rules: AlertRules
    cohorts: tuple[str, ...]  # for the impact survey


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; font-size: 12pt; margin-top: 8px;")
    return label


def _fit_height(view: QTableView, rows: int) -> None:
    """As tall as `rows` rows: no empty white box below a short list."""
    view.setFixedHeight(
        view.horizontalHeader().sizeHint().height()
        + view.verticalHeader().defaultSectionSize() * rows
        + 2 * view.frameWidth()
    )


class DashboardPage(Page):
    eager = True
    open_attendance = Signal(int, int)  # module id, enrolment id

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.students = FigureCard(self.tr("Student teachers"))
        self.modules = FigureCard(self.tr("Modules"))
        self.sessions = FigureCard(
            self.tr("Sessions in the next 14 days"),
            self.tr("Sessions of any module starting within two weeks"),
        )
        self.attendance = FigureCard(
            self.tr("Attendance"),
            self.tr(
                "Share of the marks of sessions held so far that count as present (present or "
                "late), in every module; the same rule as the chart and the alerts"
            ),
        )
        self.overdue_actions = FigureCard(
            self.tr("Overdue mentoring actions"),
            self.tr("Open actions from mentoring meetings whose due date has passed"),
        )

        self.module_chart = BarChart()
        self.module_chart.setAccessibleName(self.tr("Attendance per module"))
        self.no_modules = QLabel(self.tr("No sessions held yet."))
        self.no_modules.setEnabled(False)
        self.module_stack = _stack(self.module_chart, self.no_modules)
        self.funnel_chart = BarChart()
        self.funnel_chart.setAccessibleName(self.tr("eTwinning registration"))

        self.at_risk_heading = _heading(self.tr("Student teachers at risk"))
        self.at_risk_model = AtRiskModel(self)
        self.at_risk = QTableView()
        self.at_risk.setAccessibleName(self.tr("Student teachers at risk"))
        self.at_risk.setModel(self.at_risk_model)
        configure_list_table(self.at_risk)
        self.at_risk.doubleClicked.connect(self._open_at_risk)
        # Long reasons elide (their tooltip has them whole) rather than scroll sideways.
        self.at_risk.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nobody_at_risk = QLabel()
        self.nobody_at_risk.setWordWrap(True)
        self.nobody_at_risk.setEnabled(False)
        self.at_risk_stack = _stack(self.at_risk, self.nobody_at_risk)

        self.lookup = StudentLookup()
        self.lookup.open_attendance.connect(self.open_attendance)
        self.lookup.failed.connect(self.report_failure)

        self.upcoming_model = UpcomingSessionModel(self)
        self.upcoming = QTableView()
        self.upcoming.setAccessibleName(self.tr("Upcoming sessions"))
        self.upcoming.setModel(self.upcoming_model)
        configure_list_table(self.upcoming)
        self.no_upcoming = QLabel(self.tr("No sessions in the next 14 days."))
        self.no_upcoming.setEnabled(False)
        self.upcoming_stack = _stack(self.upcoming, self.no_upcoming)
        self.survey = SurveyResultsView()

        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(_heading(self.tr("At a glance")), 0, 0, 1, COLUMNS)
        for column, card in enumerate(
            [self.students, self.modules, self.sessions, self.attendance, self.overdue_actions]
        ):
            grid.addWidget(card, 1, column)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(_heading(self.tr("Attendance per module")), 2, 0, 1, 3)
        grid.addWidget(_heading(self.tr("eTwinning registration")), 2, 3, 1, 2)
        grid.addWidget(self.module_stack, 3, 0, 1, 3, top)
        grid.addWidget(self.funnel_chart, 3, 3, 1, 2, top)
        grid.addWidget(self.at_risk_heading, 4, 0, 1, 3)
        grid.addWidget(_heading(self.tr("Look up a student teacher")), 4, 3, 1, 2)
        grid.addWidget(self.at_risk_stack, 5, 0, 1, 3, top)
        grid.addWidget(self.lookup, 5, 3, 1, 2, top)
        grid.addWidget(_heading(self.tr("Upcoming sessions")), 6, 0, 1, COLUMNS)
        grid.addWidget(self.upcoming_stack, 7, 0, 1, COLUMNS, top)
        grid.addWidget(_heading(self.tr("Impact survey")), 8, 0, 1, COLUMNS)
        grid.addWidget(self.survey, 9, 0, 1, 3, top)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addLayout(grid)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(title)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.set_content(scroll)

    def fetch(self, db: Database) -> DashboardData:
        from itepad.services.attendance_stats import (
            AlertRules,
            attendance_overview,
            registration_funnel,
            student_index,
        )
        from itepad.services.impact_survey import cohort_names
        from itepad.services.overview import dashboard

        rules = AlertRules()
        return DashboardData(
            dashboard(db),
            attendance_overview(db, rules=rules),
            registration_funnel(db),
            student_index(db),
            rules,
            cohort_names(db),
        )

    def show_data(self, data: DashboardData) -> None:
        figures = data.figures
        self.students.set_value(
            f"{figures.student_teachers:,}",
            self.tr("in {n:,} cohorts").format(n=figures.cohorts)
            if figures.cohorts != 1
            else self.tr("in 1 cohort"),
        )
        self.modules.set_value(f"{figures.modules:,}")
        self.sessions.set_value(f"{figures.upcoming_sessions:,}")
        rate = data.attendance.rate
        if rate is not None:
            self.attendance.set_value(percent(rate), self.tr("of recorded marks"))
        else:
            self.attendance.set_value(NO_VALUE, self.tr("nothing recorded yet"))
        self.overdue_actions.set_value(
            f"{figures.overdue_actions:,}",
            self.tr("of {n:,} open").format(n=figures.open_actions),
            alert=figures.overdue_actions > 0,
        )
        self._show_modules(data.attendance.modules, data.rules.minimum_rate)
        self._show_funnel(data.funnel)
        self._show_at_risk(data)
        if self.database is not None:
            self.lookup.set_students(self.database, data.students)
            self.survey.set_database(self.database, data.cohorts)
        self.upcoming_model.set_rows(figures.upcoming)
        self.upcoming_stack.setCurrentIndex(0 if figures.upcoming else 1)
        if figures.upcoming:
            fit_columns_when_shown(self.upcoming)
            _fit_height(self.upcoming, len(figures.upcoming))
        self.set_summary(self.tr("Figures as of {time}").format(time=short_time(datetime.now())))

    def _show_modules(self, modules: tuple[ModuleAttendance, ...], target: float) -> None:
        bars = []
        for module in modules:
            rate = module.rate or 0.0
            details = [
                self.tr("{held} of {sessions} sessions held").format(
                    held=module.held, sessions=module.sessions
                ),
                self.tr("{students} student teachers").format(students=module.students),
            ]
            if module.missing:
                details.append(self.tr("{n} marks not entered").format(n=module.missing))
            if module.at_risk:
                details.append(self.tr("{n} at risk").format(n=module.at_risk))
            bars.append(
                Bar(
                    module.code,
                    rate,
                    percent(module.rate) or NO_VALUE,
                    f"{module.title}\n" + " · ".join(details),
                    GOOD if rate >= target else BELOW_TARGET,
                )
            )
        self.module_chart.set_bars(
            bars,
            1.0,
            marker=target,
            marker_text=self.tr("target {rate}").format(rate=percent(target)),
        )
        self.module_stack.setCurrentIndex(0 if bars else 1)

    def _show_funnel(self, stages: tuple[FunnelStage, ...]) -> None:
        everyone = stages[0].count if stages else 0
        self.funnel_chart.set_bars(
            [
                Bar(
                    translated(stage.label),
                    stage.count,
                    # Each later stage with its share of everyone.
                    f"{stage.count:,}"
                    + (f" ({percent(stage.count / everyone)})" if n and everyone else ""),
                    colour=FUNNEL,
                )
                for n, stage in enumerate(stages)
            ],
            everyone,
        )

    def _show_at_risk(self, data: DashboardData) -> None:
        people = data.attendance.at_risk
        self.at_risk_model.set_rows(people)
        self.at_risk_heading.setText(
            self.tr("Student teachers at risk ({n:,})").format(n=len(people))
            if people
            else self.tr("Student teachers at risk")
        )
        rules = data.rules
        self.nobody_at_risk.setText(
            self.tr(
                "Nobody is at risk: no one has {n} absences in a row or can end below {rate}."
            ).format(n=rules.consecutive_absences, rate=percent(rules.minimum_rate))
        )
        self.at_risk_stack.setCurrentIndex(0 if people else 1)
        if people:
            fit_columns_when_shown(self.at_risk)
            _fit_height(self.at_risk, min(len(people), AT_RISK_ROWS))

    def _open_at_risk(self, index: QModelIndex) -> None:
        person = self.at_risk_model.row_at(index.row())
        self.open_attendance.emit(person.module_id, person.enrolment_id)


def _stack(*widgets: QWidget) -> QStackedWidget:
    stack = QStackedWidget()
    for widget in widgets:
        stack.addWidget(widget)
    return stack
