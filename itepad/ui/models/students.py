"""Student teachers: one row per student teacher; archived ones (when shown) in italics."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.models.base import Column, RowTableModel, fold, percent
from itepad.ui.translation import translated

if TYPE_CHECKING:
    from itepad.services.overview import StudentRow


class StudentTableModel(RowTableModel["StudentRow"]):
    NAME, EMAIL, COHORT, ETWINNING, ATTENDANCE, PROGRAMME = range(6)
    COLUMNS = (
        Column["StudentRow"](
            QT_TR_NOOP("Name"),
            lambda r: r.name,
            sort_key=lambda r: fold(f"{r.family_name} {r.name}"),
            tip=QT_TR_NOOP("Sorted by family name"),
        ),
        Column["StudentRow"](QT_TR_NOOP("Email"), lambda r: r.email),
        Column["StudentRow"](QT_TR_NOOP("Cohort"), lambda r: r.cohort),
        Column["StudentRow"](
            QT_TR_NOOP("eTwinning"),
            lambda r: translated(r.etwinning_status),
            tip=QT_TR_NOOP("Registration on the eTwinning platform"),
        ),
        Column["StudentRow"](
            QT_TR_NOOP("Attendance"),
            lambda r: percent(r.attendance_rate),
            sort_key=lambda r: -1.0 if r.attendance_rate is None else r.attendance_rate,
            tip=QT_TR_NOOP("Share of recorded sessions attended (present or late)"),
            numeric=True,
        ),
        Column["StudentRow"](QT_TR_NOOP("Programme"), lambda r: r.programme),
    )

    @staticmethod
    def is_archived(row: StudentRow) -> bool:
        return hasattr(
            row, "archived_on"
        )  # roster.ArchivedStudentRow: importing it loads the store

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.FontRole
            and index.isValid()
            and self.is_archived(self.row_at(index.row()))
        ):
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)

    def tooltip(self, row: StudentRow, column: int) -> str | None:
        if self.is_archived(row):
            return self.tr("Archived on {day}: shown while Show archived is ticked").format(
                day=getattr(row, "archived_on", "")
            )
        if column == self.ATTENDANCE and row.attendance_rate is None:
            return self.tr("No attendance recorded yet")
        return super().tooltip(row, column)
