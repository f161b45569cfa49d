"""Open actions across all student teachers; overdue ones first and in red."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.models.base import Column, Index, RowTableModel

if TYPE_CHECKING:
    from itepad.services.mentoring import ActionRow

OVERDUE = QColor("#c62828")  # a red that reads on light and dark rows alike


class ActionsModel(RowTableModel["ActionRow"]):
    DUE, ACTION, OWNER, MENTEES, MENTOR = range(5)
    COLUMNS = (
        Column["ActionRow"](
            QT_TR_NOOP("Due"),
            lambda r: r.due_on.isoformat() if r.due_on else "",
            sort_key=lambda r: (not r.overdue, r.due_on.isoformat() if r.due_on else "9999"),
            tip=QT_TR_NOOP("Overdue actions are red"),
        ),
        Column["ActionRow"](QT_TR_NOOP("Action"), lambda r: r.text),
        Column["ActionRow"](QT_TR_NOOP("Owner"), lambda r: r.owner),
        Column["ActionRow"](QT_TR_NOOP("Student teachers"), lambda r: r.mentees),
        Column["ActionRow"](QT_TR_NOOP("Mentor"), lambda r: r.mentor),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self.row_at(index.row()).overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE)
            if role == Qt.ItemDataRole.FontRole and index.column() == self.DUE:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)

    def tooltip(self, row: ActionRow, column: int) -> str | None:
        if column == self.DUE and row.overdue:
            return self.tr("Overdue since {date}").format(date=row.due_on)
        return super().tooltip(row, column)
