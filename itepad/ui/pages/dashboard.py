"""Dashboard: the figures that matter this week, and the sessions coming up."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.figure_card import NO_VALUE, FigureCard
from itepad.ui.models.base import percent
from itepad.ui.models.upcoming import UpcomingSessionModel
from itepad.ui.pages.base import Page
from itepad.ui.tables import configure_list_table, fit_columns_when_shown

if TYPE_CHECKING:
    from itepad.services.overview import DashboardFigures
    from itepad.store.database import Database

COLUMNS = 5


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; font-size: 12pt; margin-top: 8px;")
    return label


class DashboardPage(Page):
    eager = True

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.students = FigureCard(self.tr("Student teachers"))
        self.cohorts = FigureCard(self.tr("Cohorts"))
        self.modules = FigureCard(self.tr("Modules"))
        self.sessions = FigureCard(
            self.tr("Sessions in the next 14 days"),
            self.tr("Sessions of any module starting within two weeks"),
        )
        self.attendance = FigureCard(
            self.tr("Attendance"),
            self.tr("Share of all recorded marks that count as present (present or late)"),
        )
        self.not_registered = FigureCard(self.tr("Not registered"))
        self.pending = FigureCard(
            self.tr("Pending validation"),
            self.tr("Registered on eTwinning, waiting for validation by the NSO"),
        )
        self.validated = FigureCard(self.tr("Validated"))
        self.open_actions = FigureCard(self.tr("Open actions"))
        self.overdue_actions = FigureCard(
            self.tr("Overdue actions"), self.tr("Open actions whose due date has passed")
        )

        self.upcoming_model = UpcomingSessionModel(self)
        self.upcoming = QTableView()
        self.upcoming.setModel(self.upcoming_model)
        configure_list_table(self.upcoming)
        self.no_upcoming = QLabel(self.tr("No sessions in the next 14 days."))
        self.no_upcoming.setEnabled(False)
        self.upcoming_stack = QStackedWidget()
        self.upcoming_stack.addWidget(self.upcoming)
        self.upcoming_stack.addWidget(self.no_upcoming)

        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(_heading(self.tr("At a glance")), 0, 0, 1, COLUMNS)
        for column, card in enumerate(
            [self.students, self.cohorts, self.modules, self.sessions, self.attendance]
        ):
            grid.addWidget(card, 1, column)
        grid.addWidget(_heading(self.tr("eTwinning registration")), 2, 0, 1, 3)
        grid.addWidget(_heading(self.tr("Mentoring actions")), 2, 3, 1, 2)
        for column, card in enumerate(
            [
                self.not_registered,
                self.pending,
                self.validated,
                self.open_actions,
                self.overdue_actions,
            ]
        ):
            grid.addWidget(card, 3, column)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(_heading(self.tr("Upcoming sessions")))
        layout.addWidget(self.upcoming_stack)
        layout.addStretch(1)
        self.set_content(content)

    def fetch(self, db: Database) -> DashboardFigures:
        from itepad.services.overview import dashboard

        return dashboard(db)

    def show_data(self, data: DashboardFigures) -> None:
        self.students.set_value(f"{data.student_teachers:,}")
        self.cohorts.set_value(f"{data.cohorts:,}")
        self.modules.set_value(f"{data.modules:,}")
        self.sessions.set_value(f"{data.upcoming_sessions:,}")
        if data.attendance_rate is None:
            self.attendance.set_value(NO_VALUE, self.tr("nothing recorded yet"))
        else:
            self.attendance.set_value(percent(data.attendance_rate), self.tr("of recorded marks"))
        total = data.student_teachers
        for card, count in (
            (self.not_registered, data.etwinning_not_registered),
            (self.pending, data.etwinning_pending),
            (self.validated, data.etwinning_validated),
        ):
            share = (
                self.tr("{share} of student teachers").format(share=percent(count / total))
                if total
                else ""
            )
            card.set_value(f"{count:,}", share)
        self.open_actions.set_value(f"{data.open_actions:,}")
        self.overdue_actions.set_value(f"{data.overdue_actions:,}", alert=data.overdue_actions > 0)
        self.upcoming_model.set_rows(data.upcoming)
        self.upcoming_stack.setCurrentIndex(0 if data.upcoming else 1)
        if data.upcoming:
            fit_columns_when_shown(self.upcoming)
            # As tall as its rows: no empty white box below a short list.
            view = self.upcoming
            view.setMaximumHeight(
                view.horizontalHeader().sizeHint().height()
                + view.verticalHeader().length()
                + 2 * view.frameWidth()
            )
        self.set_summary(
            self.tr("Figures as of {time}").format(time=datetime.now().strftime("%H:%M"))
        )
