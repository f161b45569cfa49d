"""Assess…: one self- or educator assessment of a competence (new, or an existing one changed)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from itepad.services.competences import Assessment, AssessmentEntry, StudentCompetences
from itepad.store.models import AssessorKind


class AssessDialog(QDialog):
    def __init__(
        self,
        data: StudentCompetences,
        competence_id: int,
        existing: Assessment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change assessment") if existing else self.tr("Assess"))
        competence = next(c for c in data.competences if c.id == competence_id)
        self.competence_id = competence_id
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Self-assessment (the student teacher)"), AssessorKind.SELF)
        self.kind.addItem(self.tr("Educator assessment"), AssessorKind.EDUCATOR)
        self.assessor = QComboBox()
        self.assessor.addItem(self.tr("(not named)"), None)
        for educator in data.educators:
            self.assessor.addItem(educator.name, educator.id)
        self.assessed_on = QDateEdit()
        self.assessed_on.setCalendarPopup(True)
        self.assessed_on.setDisplayFormat("yyyy-MM-dd")
        self.assessed_on.setMaximumDate(QDate.currentDate())
        self.level = QComboBox()
        for level in data.levels:
            self.level.addItem(f"{level.code} {level.name}", level.code)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What the level rests on (optional)"))

        if existing is not None:
            self.kind.setCurrentIndex(self.kind.findData(existing.kind))
            self.assessor.setCurrentIndex(max(self.assessor.findData(existing.assessor_id), 0))
            on = existing.assessed_on
            self.assessed_on.setDate(QDate(on.year, on.month, on.day))
            self.level.setCurrentIndex(self.level.findData(existing.level_code))
            self.note.setText(existing.note)
        else:
            self.assessed_on.setDate(QDate.currentDate())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

        heading = QLabel(f"<b>{competence.number} {competence.name}</b>")
        heading.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(heading)
        form.addRow(self.tr("&By:"), self.kind)
        form.addRow(self.tr("&Teacher educator:"), self.assessor)
        form.addRow(self.tr("&Date:"), self.assessed_on)
        form.addRow(self.tr("&Level:"), self.level)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(buttons)
        self.level.setFocus()

    def _kind_changed(self) -> None:
        self.assessor.setEnabled(self.kind.currentData() == AssessorKind.EDUCATOR)

    def entry(self) -> AssessmentEntry:
        on = self.assessed_on.date().toPython()
        assert isinstance(on, date)
        kind = self.kind.currentData()
        return AssessmentEntry(
            competence_id=self.competence_id,
            kind=kind,
            level_code=self.level.currentData(),
            assessed_on=on,
            note=self.note.text(),
            assessor_id=self.assessor.currentData() if kind == AssessorKind.EDUCATOR else None,
        )
