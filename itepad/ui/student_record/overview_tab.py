"""The Overview tab: who the student teacher is, their eTwinning registration, and their
attendance in each module (the attendance rules of services/attendance_stats, as everywhere)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QTableView, QVBoxLayout, QWidget

from itepad.errors import UserError
from itepad.services.attendance_stats import StudentAttendance, student_attendance
from itepad.services.roster import StudentRecord, load_student
from itepad.ui.models.base import percent
from itepad.ui.models.student_modules import StudentModulesModel
from itepad.ui.tables import configure_list_table, fit_columns_when_shown

if TYPE_CHECKING:
    from itepad.store.database import Database


@dataclass(frozen=True)
class Overview:
    record: StudentRecord
    attendance: StudentAttendance


def load_overview(db: Database, student_id: int) -> Overview:
    """Runs in a worker."""
    record = load_student(db, student_id)
    attendance = student_attendance(db, student_id)
    if attendance is None:
        raise UserError(f"Student teacher {student_id} is no longer in this database.")
    return Overview(record, attendance)


NONE = "\N{EN DASH}"  # shown for a field left empty


def _day(value: date | None) -> str:
    return value.isoformat() if value else NONE


class OverviewTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, text in (
            ("email", self.tr("Email:")),
            ("cohort", self.tr("Cohort:")),
            ("programme", self.tr("Programme:")),
            ("placement", self.tr("Placement school:")),
            ("etwinning", self.tr("eTwinning:")),
            ("registered", self.tr("Registered on:")),
            ("validated", self.tr("Validated by the NSO on:")),
            ("twinspace", self.tr("Joined TwinSpace on:")),
            ("attendance", self.tr("Attendance, all modules:")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(text, value)
        self.values["attendance"].setToolTip(
            self.tr("Held sessions attended of those with a mark, over all their modules")
        )
        self.modules_model = StudentModulesModel(self)
        self.modules = QTableView()
        self.modules.setAccessibleName(self.tr("Modules and attendance"))
        self.modules.setModel(self.modules_model)
        configure_list_table(self.modules)
        self.modules.horizontalHeader().setStretchLastSection(False)  # figures stay together
        self.no_modules = QLabel(self.tr("Not enrolled in any module."))
        self.no_modules.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Modules:")))
        layout.addWidget(self.no_modules)
        layout.addWidget(self.modules, 1)

    def show_overview(self, overview: Overview) -> None:
        form, attendance = overview.record.form, overview.attendance
        registration = form.registration
        archived = self.tr(" (archived)") if overview.record.archived else ""
        self.name.setText(attendance.name + archived)
        year = self.tr(", year {n}").format(n=form.study_year) if form.study_year else ""
        texts = {
            "email": form.email,
            "cohort": attendance.cohort or NONE,
            "programme": (form.programme or NONE) + year,
            "placement": form.placement_school or NONE,
            "etwinning": self.tr(attendance.etwinning_status),
            "registered": _day(registration.registered_on),
            "validated": _day(registration.validated_on),
            "twinspace": _day(registration.twinspace_joined_on),
            "attendance": percent(attendance.rate) or self.tr("nothing recorded yet"),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        self.modules_model.set_rows(attendance.modules)
        self.no_modules.setVisible(not attendance.modules)
        self.modules.setVisible(bool(attendance.modules))
        fit_columns_when_shown(self.modules)
