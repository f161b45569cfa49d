"""The competence matrix: the six DigCompEdu areas as heading rows, each competence below with
its latest self- and educator assessment; a level cell is edited by choosing a level."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from itepad.store.models import AssessorKind
from itepad.ui.translation import short_date

if TYPE_CHECKING:
    from itepad.services.competences import CompetenceInfo, Level, MatrixRow, StudentCompetences

Index = QModelIndex | QPersistentModelIndex

# Light to dark: the higher the level, the stronger the colour.
LEVEL_COLOURS = ("#e3f2fd", "#bbdefb", "#90caf9", "#64b5f6", "#1e88e5", "#0d47a1")
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1  # the level code of a cell, "" if not assessed


def level_colour(rank: int) -> QColor:
    return QColor(LEVEL_COLOURS[min(max(rank, 1), len(LEVEL_COLOURS)) - 1])


def text_colour(rank: int) -> QColor:
    return QColor("white") if rank >= 5 else QColor("#102030")


@dataclass(frozen=True)
class _Area:
    number: int
    name: str


class CompetenceMatrixModel(QAbstractTableModel):
    COMPETENCE, SELF, EDUCATOR = range(3)
    KINDS: ClassVar[dict[int, AssessorKind]] = {
        SELF: AssessorKind.SELF,
        EDUCATOR: AssessorKind.EDUCATOR,
    }
    level_chosen = Signal(int, str, str)  # competence id, assessor kind, level code

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[_Area | MatrixRow] = []
        self._levels: dict[str, Level] = {}
        self.levels: tuple[Level, ...] = ()

    def set_data(self, data: StudentCompetences) -> None:
        self.beginResetModel()
        self.levels = data.levels
        self._levels = {level.code: level for level in data.levels}
        self._lines = []
        for row in data.matrix():
            area = row.competence.area_number
            if not self._lines or self._area_of(self._lines[-1]) != area:
                self._lines.append(_Area(area, row.competence.area_name))
            self._lines.append(row)
        self.endResetModel()

    @staticmethod
    def _area_of(line: _Area | MatrixRow) -> int:
        return line.number if isinstance(line, _Area) else line.competence.area_number

    def is_area(self, row: int) -> bool:
        return isinstance(self._lines[row], _Area)

    def competence_at(self, row: int) -> CompetenceInfo | None:
        line = self._lines[row] if 0 <= row < len(self._lines) else None
        return line.competence if line is not None and not isinstance(line, _Area) else None

    def row_of(self, competence_id: int) -> int:
        return next(
            n
            for n, line in enumerate(self._lines)
            if not isinstance(line, _Area) and line.competence.id == competence_id
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Competence"), self.tr("Self-assessment"), self.tr("Educator"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self.is_area(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() != self.COMPETENCE else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        if isinstance(line, _Area):
            if role == Qt.ItemDataRole.DisplayRole and index.column() == self.COMPETENCE:
                return self.tr("Area {number}: {name}").format(number=line.number, name=line.name)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if index.column() == self.COMPETENCE:
            competence = line.competence
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{competence.number}  {competence.name}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{competence.area_name}\n{competence.number} {competence.name}"
            return None
        assessment = line.latest(self.KINDS[index.column()])
        level = self._levels.get(assessment.level_code) if assessment else None
        if role == LEVEL_ROLE:
            return assessment.level_code if assessment else ""
        if assessment is None or level is None:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Not assessed yet: press F2 or Enter to choose a level")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{level.code} {level.name} · {short_date(assessment.assessed_on)}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(level_colour(level.rank))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(text_colour(level.rank))
        if role == Qt.ItemDataRole.ToolTipRole:
            by = assessment.assessor or (
                self.tr("the student teacher")
                if assessment.kind == AssessorKind.SELF
                else self.tr("a teacher educator")
            )
            lines = [
                self.tr("{code} {name}, {date}, by {by}").format(
                    code=level.code,
                    name=level.name,
                    date=short_date(assessment.assessed_on),
                    by=by,
                )
            ]
            if assessment.note:
                lines.append(assessment.note)
            return "\n".join(lines)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A level chosen in a cell: asks for a new assessment, dated today (history is kept)."""
        competence = self.competence_at(index.row())
        if role != Qt.ItemDataRole.EditRole or competence is None or index.column() == 0:
            return False
        if value not in self._levels or value == self.data(index, LEVEL_ROLE):
            return False
        self.level_chosen.emit(competence.id, str(self.KINDS[index.column()]), value)
        return True
