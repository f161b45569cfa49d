"""Fields the record's editors share: a date, and the module a record belongs to."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit

from itepad.services.evidence import ModuleChoice
from itepad.ui.module_editor.fields import select_data


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def picked_date(edit: QDateEdit) -> date:
    result = edit.date().toPython()
    assert isinstance(result, date)
    return result


def module_combo(modules: Iterable[ModuleChoice], current: int | None) -> QComboBox:
    """The student teacher's modules, or none."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("StudentRecord", "(no module)"), None)
    for module in modules:
        combo.addItem(module.label, module.id)
    select_data(combo, current)
    return combo
