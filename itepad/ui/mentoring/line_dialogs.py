"""Small forms for one target or one action of a meeting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from itepad.services.mentoring_edits import ActionLine, TargetLine
from itepad.store.models import ActionStatus, TargetStatus
from itepad.ui.i18n import QT_TR_NOOP

NO_DATE = QDate(2000, 1, 1)  # the lowest date stands for "none" (shown as the special text)
DEFAULT_DUE_DAYS = 14

TARGET_STATUSES = {
    TargetStatus.OPEN: QT_TR_NOOP("Open"),
    TargetStatus.MET: QT_TR_NOOP("Met"),
    TargetStatus.CARRIED: QT_TR_NOOP("Carried forward"),
    TargetStatus.DROPPED: QT_TR_NOOP("Dropped"),
}
ACTION_STATUSES = {
    ActionStatus.OPEN: QT_TR_NOOP("Open"),
    ActionStatus.DONE: QT_TR_NOOP("Done"),
    ActionStatus.DROPPED: QT_TR_NOOP("Dropped"),
}


class OptionalDateEdit(QDateEdit):
    """A date, or none."""

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(none_text)

    def value(self) -> date | None:
        chosen = self.date()
        if chosen == NO_DATE:
            return None
        result = chosen.toPython()
        assert isinstance(result, date)
        return result

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


@dataclass(frozen=True)
class TargetForm:
    text: str
    due_on: date | None
    competence_id: int | None
    status: TargetStatus


@dataclass(frozen=True)
class ActionForm:
    text: str
    owner: str
    due_on: date | None
    status: ActionStatus


def _status_combo(
    statuses: dict[TargetStatus, str] | dict[ActionStatus, str], tr: object
) -> QComboBox:
    combo = QComboBox()
    for status, name in statuses.items():
        combo.addItem(tr(name), status)  # type: ignore[operator]
    return combo


class _LineDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.form = QFormLayout(self)
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.due = OptionalDateEdit(self.tr("No due date"))
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.set_value(date.today() + timedelta(days=DEFAULT_DUE_DAYS))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._on_text)
        self._on_text("")

    def _on_text(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()))


class TargetDialog(_LineDialog):
    def __init__(
        self,
        competences: Sequence[tuple[int, str]],
        target: TargetLine | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit target") if target else self.tr("Add target"), parent)
        self.text.setPlaceholderText(self.tr("Specific, measurable, achievable, relevant, timed"))
        self.text.setAccessibleName(self.tr("Target"))
        self.competence = QComboBox()
        self.competence.setAccessibleName(self.tr("DigCompEdu competence"))
        self.competence.setToolTip(self.tr("The DigCompEdu competence this target develops"))
        self.competence.addItem(self.tr("—"), None)
        for competence_id, name in competences:
            self.competence.addItem(name, competence_id)
        self.status = _status_combo(TARGET_STATUSES, self.tr)
        self.status.setAccessibleName(self.tr("Status"))
        self.form.addRow(self.tr("&Target:"), self.text)
        self.form.addRow(self.tr("&Due:"), self.due)
        self.form.addRow(self.tr("&Competence:"), self.competence)
        self.form.addRow(self.tr("&Status:"), self.status)
        self.form.addRow(self.buttons)
        if target is not None:
            self.text.setText(target.text)
            self.due.set_value(target.due_on)
            self.competence.setCurrentIndex(max(self.competence.findData(target.competence_id), 0))
            self.status.setCurrentIndex(max(self.status.findData(target.status), 0))
        else:
            self.status.setEnabled(False)  # a new target is open

    def result_form(self) -> TargetForm:
        return TargetForm(
            self.text.text().strip(),
            self.due.value(),
            self.competence.currentData(),
            TargetStatus(self.status.currentData()),
        )


class ActionDialog(_LineDialog):
    def __init__(
        self, owner: str, action: ActionLine | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Edit action") if action else self.tr("Add action"), parent)
        self.text.setPlaceholderText(self.tr("What is to be done"))
        self.text.setAccessibleName(self.tr("Action"))
        self.owner = QLineEdit(owner)
        self.owner.setAccessibleName(self.tr("Owner"))
        self.owner.setToolTip(self.tr("Who does it"))
        self.status = _status_combo(ACTION_STATUSES, self.tr)
        self.status.setAccessibleName(self.tr("Status"))
        self.form.addRow(self.tr("&Action:"), self.text)
        self.form.addRow(self.tr("&Owner:"), self.owner)
        self.form.addRow(self.tr("&Due:"), self.due)
        self.form.addRow(self.tr("&Status:"), self.status)
        self.form.addRow(self.buttons)
        if action is not None:
            self.text.setText(action.text)
            self.owner.setText(action.owner)
            self.due.set_value(action.due_on)
            self.status.setCurrentIndex(max(self.status.findData(action.status), 0))
        else:
            self.status.setEnabled(False)

    def result_form(self) -> ActionForm:
        return ActionForm(
            self.text.text().strip(),
            self.owner.text().strip(),
            self.due.value(),
            ActionStatus(self.status.currentData()),
        )
