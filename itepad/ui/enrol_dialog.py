"""Enrol in a module: the selected student teachers, or everyone in a cohort."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QWidget,
)

from itepad.services.roster import RosterChoices


class EnrolDialog(QDialog):
    def __init__(
        self,
        choices: RosterChoices,
        selected: int,
        cohort_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enrol in module"))
        self.module = QComboBox()
        for choice in choices.modules:
            self.module.addItem(choice.label, choice.id)
        self.individuals = QRadioButton(
            self.tr("the selected student teacher")
            if selected == 1
            else self.tr("the {n} selected student teachers").format(n=selected)
        )
        self.individuals.setEnabled(selected > 0)
        self.whole_cohort = QRadioButton(self.tr("everyone in the cohort"))
        self.whole_cohort.setToolTip(
            self.tr("Links the cohort to the module too; people who withdrew stay withdrawn")
        )
        self.cohort = QComboBox()
        for choice in choices.cohorts:
            self.cohort.addItem(choice.label, choice.id)
        self.cohort.setCurrentIndex(max(self.cohort.findData(cohort_id), 0))
        self.whole_cohort.setEnabled(bool(choices.cohorts))
        group = QButtonGroup(self)
        group.addButton(self.individuals)
        group.addButton(self.whole_cohort)
        (self.individuals if selected else self.whole_cohort).setChecked(True)
        self.whole_cohort.toggled.connect(self.cohort.setEnabled)
        self.cohort.setEnabled(self.whole_cohort.isChecked())

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Enrol"))
        self.ok_button.setEnabled(bool(choices.modules) and (selected > 0 or bool(choices.cohorts)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Module:"), self.module)
        layout.addRow(self.tr("Enrol:"), self.individuals)
        layout.addRow("", self.whole_cohort)
        layout.addRow(self.tr("&Cohort:"), self.cohort)
        layout.addRow(buttons)

    def module_id(self) -> int:
        return int(self.module.currentData())

    def cohort_id(self) -> int | None:
        """The cohort to enrol, or None for the selected people."""
        return self.cohort.currentData() if self.whole_cohort.isChecked() else None
