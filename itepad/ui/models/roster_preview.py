"""The import dialog's preview: the first rows of a roster as they will be stored."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from itepad.services.roster_headers import FIELD_LABELS, RosterField
from itepad.services.roster_import import Roster

PROBLEM_TINT = QColor(179, 38, 30, 40)  # translucent red: readable on light and dark palettes
Index = QModelIndex | QPersistentModelIndex
PreviewRow = tuple[int, dict[RosterField, str]]  # spreadsheet row number, field -> value


class PreviewModel(QAbstractTableModel):
    """The first rows as they will be stored: the row number, then each mapped field."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields: list[RosterField] = []
        self._rows: list[PreviewRow] = []
        self._problems: dict[int, list[str]] = {}

    def set_preview(self, roster: Roster, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self._fields = list(roster.mapping)
        self._rows = rows
        self._problems = {}
        for problem in roster.problems:
            text = f"{problem.field}: {problem.message}" if problem.field else problem.message
            self._problems.setdefault(problem.row, []).append(text)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._fields, self._rows, self._problems = [], [], {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number, values = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return str(number)
            return values[self._fields[index.column() - 1]]
        if role == Qt.ItemDataRole.BackgroundRole and number in self._problems:
            return QBrush(PROBLEM_TINT)
        if role == Qt.ItemDataRole.ToolTipRole and number in self._problems:
            return "\n".join(self._problems[number])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Row")
        return self.tr(FIELD_LABELS[self._fields[section - 1]]).capitalize()
