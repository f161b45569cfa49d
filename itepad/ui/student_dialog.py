"""Add or edit a student teacher: names, email, studies, eTwinning milestones, consents.

The dialog checks the form with the same rules as the service (roster.check_form) before it
closes, and lists every field at fault; the page saves it in a worker. Dates that may be unknown
are a tick box beside a date field. The eTwinning dates follow the status: someone not
registered has none, a pending registration has no validation date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from itepad.errors import UserError
from itepad.services.labels import ETWINNING_STATUS
from itepad.services.roster import Registration, RosterChoices, StudentForm, check_form
from itepad.services.student_fields import STUDY_YEARS
from itepad.store.models import EtwinningStatus
from itepad.ui.translation import translated

DATE_FORMAT = "d MMM yyyy"
ERROR_STYLE = "color: #b3261e;"


class OptionalDate(QWidget):
    """A date that may be unknown: a tick box enables the date field."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(label)
        self.edit = QDateEdit(QDate.currentDate())
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setEnabled(False)
        self.edit.setAccessibleName(label)
        self.known.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        if not self.known.isChecked():
            return None
        day = self.edit.date()
        return date(day.year(), day.month(), day.day())

    def set_value(self, value: date | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def allow(self, allowed: bool) -> None:
        """Offer the date or not; a date not allowed is also cleared."""
        if not allowed:
            self.known.setChecked(False)
        self.setEnabled(allowed)


class StudentDialog(QDialog):
    def __init__(
        self,
        choices: RosterChoices,
        form: StudentForm | None = None,
        *,
        editing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit student teacher") if editing else self.tr("Add student teacher")
        )
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("institutional address, e.g. name@students.uni.eu"))
        self.student_number = QLineEdit()
        self.cohort = QComboBox()
        self.cohort.addItem(self.tr("(no cohort)"), None)
        for choice in choices.cohorts:
            self.cohort.addItem(choice.label, choice.id)
        self.programme = QLineEdit()
        self.programme.setPlaceholderText(self.tr("default: the cohort's programme"))
        self.study_year = QSpinBox()
        self.study_year.setRange(STUDY_YEARS.start - 1, STUDY_YEARS.stop - 1)
        self.study_year.setSpecialValueText(self.tr("unknown"))  # shown for 0
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("two-letter codes, e.g. pl, en, de"))
        self.placement_school = QLineEdit()

        self.status = QComboBox()
        for code in EtwinningStatus:
            self.status.addItem(translated(ETWINNING_STATUS[code]), str(code))
        self.registered_on = OptionalDate(self.tr("Registered on"))
        self.validated_on = OptionalDate(self.tr("Validated by the NSO on"))
        self.twinspace_joined_on = OptionalDate(self.tr("Joined TwinSpace on"))
        self.status.currentIndexChanged.connect(self._follow_status)

        self.consent_photos = QCheckBox(self.tr("Photos may be taken and kept"))
        self.consent_publication = QCheckBox(self.tr("Work may be published"))
        self.consent_partner_sharing = QCheckBox(self.tr("Details may be shared with partners"))
        self.retention_until = OptionalDate(self.tr("Keep the record until"))

        self.problems = QLabel()
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.setWordWrap(True)
        self.problems.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        person = QFormLayout()
        person.addRow(self.tr("&Given name:"), self.given_name)
        person.addRow(self.tr("&Family name:"), self.family_name)
        person.addRow(self.tr("&Email:"), self.email)
        person.addRow(self.tr("Student &number:"), self.student_number)
        person.addRow(self.tr("&Cohort:"), self.cohort)
        person.addRow(self.tr("&Programme:"), self.programme)
        person.addRow(self.tr("&Year of study:"), self.study_year)
        person.addRow(self.tr("&Languages:"), self.languages)
        person.addRow(self.tr("Placement &school:"), self.placement_school)
        etwinning = QGroupBox(self.tr("eTwinning"))
        milestones = QFormLayout(etwinning)
        milestones.addRow(self.tr("&Registration:"), self.status)
        for day in (self.registered_on, self.validated_on, self.twinspace_joined_on):
            milestones.addRow(day)
        consents = QGroupBox(self.tr("Consents and retention"))
        consent_layout = QVBoxLayout(consents)
        for widget in (
            self.consent_photos,
            self.consent_publication,
            self.consent_partner_sharing,
            self.retention_until,
        ):
            consent_layout.addWidget(widget)
        side = QVBoxLayout()
        side.addWidget(etwinning)
        side.addWidget(consents)
        side.addStretch()
        columns = QHBoxLayout()
        columns.addLayout(person, 3)
        columns.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.setMinimumWidth(880)  # room for a full institutional email and programme name
        self.set_form(form or StudentForm("", "", ""))
        self.given_name.setFocus()

    def set_form(self, form: StudentForm) -> None:
        self.given_name.setText(form.given_name)
        self.family_name.setText(form.family_name)
        self.email.setText(form.email)
        self.student_number.setText(form.student_number)
        self.cohort.setCurrentIndex(max(self.cohort.findData(form.cohort_id), 0))
        self.programme.setText(form.programme)
        self.study_year.setValue(form.study_year or 0)
        self.languages.setText(form.languages.replace(",", ", "))
        self.placement_school.setText(form.placement_school)
        registration = form.registration
        self.status.setCurrentIndex(max(self.status.findData(str(registration.status)), 0))
        self._follow_status()
        self.registered_on.set_value(registration.registered_on)
        self.validated_on.set_value(registration.validated_on)
        self.twinspace_joined_on.set_value(registration.twinspace_joined_on)
        self.consent_photos.setChecked(form.consent_photos)
        self.consent_publication.setChecked(form.consent_publication)
        self.consent_partner_sharing.setChecked(form.consent_partner_sharing)
        self.retention_until.set_value(form.retention_until)

    def form(self) -> StudentForm:
        return StudentForm(
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            email=self.email.text(),
            student_number=self.student_number.text(),
            cohort_id=self.cohort.currentData(),
            programme=self.programme.text(),
            study_year=self.study_year.value() or None,
            languages=self.languages.text(),
            placement_school=self.placement_school.text(),
            registration=Registration(
                self.status.currentData(),
                self.registered_on.value(),
                self.validated_on.value(),
                self.twinspace_joined_on.value(),
            ),
            consent_photos=self.consent_photos.isChecked(),
            consent_publication=self.consent_publication.isChecked(),
            consent_partner_sharing=self.consent_partner_sharing.isChecked(),
            retention_until=self.retention_until.value(),
        )

    def show_problem(self, text: str) -> None:
        self.problems.setText(text)
        self.problems.setVisible(bool(text))

    def accept(self) -> None:
        """Close only with a form that can be saved; else say what is wrong, field by field."""
        try:
            check_form(self.form())
        except UserError as exc:
            self.show_problem(str(exc))
            return
        self.show_problem("")
        super().accept()

    def _follow_status(self) -> None:
        status = self.status.currentData()
        registered = status != EtwinningStatus.NOT_REGISTERED
        self.registered_on.allow(registered)
        self.validated_on.allow(status == EtwinningStatus.VALIDATED)
        self.twinspace_joined_on.allow(registered)
