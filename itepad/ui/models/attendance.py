"""The attendance grid of one module: student teachers (rows) x sessions (columns).

Each cell shows the letter of its mark (P, L, E, A), coloured by status. Read-only for now.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from itepad.ui.models.base import Index

if TYPE_CHECKING:
    from itepad.services.overview import GridData, MarkKind

# (background, text) per status code: light tints with dark text stay readable in dark palettes.
_COLOURS = {
    "present": ("#c8e6c9", "#1b5e20"),
    "late": ("#ffe0b2", "#8a3b00"),
    "excused": ("#bbdefb", "#0d3c78"),
    "absent": ("#ffcdd2", "#8e1616"),
}
_OTHER_COLOURS = ("#e0e0e0", "#212121")  # a status added by the user


def mark_colours(code: str) -> tuple[QColor, QColor]:
    background, text = _COLOURS.get(code, _OTHER_COLOURS)
    return QColor(background), QColor(text)


def _brushes(code: str) -> tuple[QBrush, QBrush]:
    background, text = mark_colours(code)
    return QBrush(background), QBrush(text)


class AttendanceGridModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._grid: GridData | None = None
        self._kinds: dict[str, MarkKind] = {}
        self._brushes: dict[str, tuple[QBrush, QBrush]] = {}

    @property
    def grid(self) -> GridData | None:
        return self._grid

    def set_grid(self, grid: GridData | None) -> None:
        self.beginResetModel()
        self._grid = grid
        self._kinds = {kind.code: kind for kind in grid.kinds} if grid else {}
        self._brushes = {code: _brushes(code) for code in self._kinds}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._grid is None else len(self._grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._grid is None else len(self._grid.sessions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._grid is None:
            return None
        row = self._grid.rows[index.row()]
        code = row.marks[index.column()]
        kind = self._kinds.get(code) if code else None
        if role == Qt.ItemDataRole.DisplayRole:
            return kind.letter if kind else (code or "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and code:
            brushes = self._brushes.get(code)
            if brushes:
                return brushes[0] if role == Qt.ItemDataRole.BackgroundRole else brushes[1]
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            session = self._grid.sessions[index.column()]
            status = kind.label if kind else (code or self.tr("not recorded"))
            when = session.starts_at.strftime("%d %b %Y")
            return f"{row.name} — {session.title} ({when}): {status}"
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        grid = self._grid
        if grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(grid.sessions):
            session = grid.sessions[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return session.starts_at.strftime("%d %b")
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{session.title}\n{session.kind}, {session.starts_at:%a %d %b %Y, %H:%M}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(grid.rows):
            row = grid.rows[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return row.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.email
        return None
