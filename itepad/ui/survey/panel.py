"""One student teacher's impact survey: the five statements before and after, 1-5 or blank."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from itepad.services.impact_survey import BENEFITS, SCALE, ResponseEntry
from itepad.store.models_survey import SurveyPhase
from itepad.ui.action_queue import refuse
from itepad.ui.student_panel import StudentPanel
from itepad.ui.translation import translated

if TYPE_CHECKING:
    from itepad.services.impact_survey import Response, StudentSurvey
    from itepad.store.database import Database


class PhaseForm(QGroupBox):
    """The answers of one phase."""

    def __init__(self, phase: SurveyPhase, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.phase = phase
        self.version: int | None = None  # None: not recorded yet
        self.answered_on = QDateEdit()
        self.answered_on.setCalendarPopup(True)
        self.answered_on.setDisplayFormat("yyyy-MM-dd")
        self.answered_on.setMaximumDate(QDate.currentDate())
        self.answers: list[QComboBox] = []
        # A grid, not a form layout: a form gives word-wrapped statements too little width.
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        grid.setVerticalSpacing(10)
        date_label = QLabel(self.tr("Answered &on:"))
        date_label.setBuddy(self.answered_on)
        grid.addWidget(date_label, 0, 0)
        grid.addWidget(self.answered_on, 0, 1)
        for row, benefit in enumerate(BENEFITS, start=1):
            choice = QComboBox()
            choice.addItem(self.tr("(no answer)"), None)
            for value, label in enumerate(SCALE, start=1):
                choice.addItem(f"{value}  {translated(label)}", value)
            choice.setAccessibleName(translated(benefit.label))
            statement = QLabel(translated(benefit.statement(phase)))
            statement.setWordWrap(True)
            statement.setBuddy(choice)
            grid.addWidget(statement, row, 0)
            grid.addWidget(choice, row, 1)
            self.answers.append(choice)
        self.comments = QPlainTextEdit()
        self.comments.setPlaceholderText(self.tr("Comments (optional)"))
        self.comments.setTabChangesFocus(True)
        self.comments.setFixedHeight(self.fontMetrics().height() * 4)
        grid.addWidget(self.comments, len(BENEFITS) + 1, 0, 1, 2)

    def show_response(self, response: Response | None) -> None:
        self.version = response.version if response else None
        on = response.answered_on if response else date.today()
        self.answered_on.setDate(QDate(on.year, on.month, on.day))
        for choice, answer in zip(
            self.answers, response.answers if response else [None] * len(BENEFITS), strict=True
        ):
            choice.setCurrentIndex(choice.findData(answer) if answer is not None else 0)
        self.comments.setPlainText(response.comments if response else "")

    def entry(self) -> ResponseEntry:
        on = self.answered_on.date().toPython()
        assert isinstance(on, date)
        return ResponseEntry(
            self.phase,
            on,
            tuple(choice.currentData() for choice in self.answers),
            self.comments.toPlainText(),
        )

    def is_blank(self) -> bool:
        entry = self.entry()
        return all(a is None for a in entry.answers) and not entry.comments.strip()


class SurveyPanel(StudentPanel["StudentSurvey"]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.survey: StudentSurvey | None = None
        self.pre = PhaseForm(SurveyPhase.PRE, self.tr("Before the module"))
        self.post = PhaseForm(SurveyPhase.POST, self.tr("After the module"))
        self.status = QLabel(self.tr("Loading…"))
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save survey"))
        self.save_button.clicked.connect(self.save)
        forms = QHBoxLayout()
        forms.addWidget(self.pre)
        forms.addWidget(self.post)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(forms)
        layout.addLayout(buttons)
        layout.addStretch()
        self.setEnabled(False)

    def fetch(self, db: Database, student_id: int) -> StudentSurvey:
        from itepad.services.impact_survey import student_survey

        return student_survey(db, student_id)

    def failure_title(self) -> str:
        return self.tr("Impact survey")

    def show_loaded(self, survey: StudentSurvey) -> None:
        self.survey = survey
        self.pre.show_response(survey.pre)
        self.post.show_response(survey.post)
        answered = [
            label
            for label, response in (
                (self.tr("before"), survey.pre),
                (self.tr("after"), survey.post),
            )
            if response is not None
        ]
        self.status.setText(
            self.tr("{name} answered the survey {when}.").format(
                name=survey.name, when=self.tr(" and ").join(answered)
            )
            if answered
            else self.tr("{name} has not answered the survey yet.").format(name=survey.name)
        )
        self.setEnabled(True)

    def save(self) -> None:
        """Save each phase that has answers or was recorded before."""
        db, student_id = self._db, self._student_id
        if db is None or student_id is None:
            return
        changes = [
            (form.entry(), form.version)
            for form in (self.pre, self.post)
            if form.version is not None or not form.is_blank()
        ]

        def save_all() -> None:
            from itepad.services.impact_survey import save_response

            for entry, version in changes:
                save_response(db, student_id, entry, version)

        self.save_button.setEnabled(False)
        self.queue.submit(lambda: save_all, lambda _: self._saved(), self._refused)

    def _saved(self) -> None:
        self.save_button.setEnabled(True)
        self.reload()

    def _refused(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        refuse(self, self.queue, exc, self.tr("Impact survey"))
        self.reload()
