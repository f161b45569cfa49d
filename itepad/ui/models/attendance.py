"""The attendance grid of one module: student teachers (rows) x sessions (columns).

Each cell shows the letter of its mark (P, L, E, A), coloured by status. The model keeps two
layers: what the database has confirmed (status, version, remark, who and when) and what is shown.
An edit is shown at once (`show_marks`, `show_remark`) and written in the background; the
write's result is then `confirm`ed, or everything not yet confirmed is `roll_back`ed.
Cells are addressed by (enrolment id, session id), which stay valid while writes are under way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from itepad.ui.models.base import Index
from itepad.ui.translation import day_and_time, short_date, short_time, translated

if TYPE_CHECKING:
    from itepad.services.attendance import SavedMark
    from itepad.services.overview import GridData, GridRow, MarkKind, MarkRecord

# (background, text) per status code: light tints with dark text stay readable in dark palettes.
_COLOURS = {
    "present": ("#c8e6c9", "#1b5e20"),
    "late": ("#ffe0b2", "#8a3b00"),
    "excused": ("#bbdefb", "#0d3c78"),
    "absent": ("#ffcdd2", "#8e1616"),
}
# Statuses the user added: teal if they count as present, grey if not.
_OTHER_PRESENT = ("#b2dfdb", "#004d40")
_OTHER_COLOURS = ("#e0e0e0", "#212121")

Key = tuple[int, int]  # (enrolment id, session id)
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def mark_colours(code: str, counts_as_present: bool = False) -> tuple[QColor, QColor]:
    background, text = _COLOURS.get(code, _OTHER_PRESENT if counts_as_present else _OTHER_COLOURS)
    return QColor(background), QColor(text)


@dataclass(frozen=True)
class Confirmed:
    """A cell as the database has it."""

    code: str | None
    version: int | None = None
    remark: str = ""
    recorded_by: str = ""
    recorded_at: datetime | None = None


_EMPTY = Confirmed(None)


def _confirmed(code: str | None, record: MarkRecord | None) -> Confirmed:
    if code is None:
        return _EMPTY
    if record is None:
        return Confirmed(code)
    return Confirmed(code, record.version, record.remark, record.recorded_by, record.recorded_at)


class AttendanceGridModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._grid: GridData | None = None
        self._kinds: dict[str, MarkKind] = {}
        self._brushes: dict[str, tuple[QBrush, QBrush]] = {}
        self._confirmed: list[list[Confirmed]] = []
        self._codes: list[list[str | None]] = []  # shown
        self._remarks: list[list[str]] = []  # shown
        self._rows: dict[int, int] = {}  # enrolment id -> row
        self._columns: dict[int, int] = {}  # session id -> column
        self._letters: dict[str, str] = {}  # status code -> the letter shown
        self._pending_font = QFont()
        self._pending_font.setItalic(True)
        self._roles: dict[int, Callable[[int, int], Any]] = {
            Qt.ItemDataRole.DisplayRole: self._letter,
            Qt.ItemDataRole.TextAlignmentRole: self._centred,
            Qt.ItemDataRole.BackgroundRole: self._background,
            Qt.ItemDataRole.ForegroundRole: self._foreground,
            Qt.ItemDataRole.FontRole: self._font,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
        }

    @property
    def grid(self) -> GridData | None:
        return self._grid

    @property
    def kinds(self) -> tuple[MarkKind, ...]:
        return self._grid.kinds if self._grid else ()

    def set_grid(self, grid: GridData | None) -> None:
        self.beginResetModel()
        self._grid = grid
        self._kinds = {kind.code: kind for kind in grid.kinds} if grid else {}
        self._letters = {kind.code: kind.letter for kind in self._kinds.values()}
        self._brushes = {}
        for kind in self._kinds.values():
            background, text = mark_colours(kind.code, kind.counts_as_present)
            self._brushes[kind.code] = (QBrush(background), QBrush(text))
        rows = grid.rows if grid else ()
        self._confirmed = [
            [
                _confirmed(code, record)
                for code, record in zip(row.marks, _records(row), strict=True)
            ]
            for row in rows
        ]
        self._codes = [list(row.marks) for row in rows]
        self._remarks = [[cell.remark for cell in cells] for cells in self._confirmed]
        self._rows = {row.enrolment_id: number for number, row in enumerate(rows)}
        self._columns = {s.id: number for number, s in enumerate(grid.sessions)} if grid else {}
        self.endResetModel()

    # --- cells --------------------------------------------------------------------------------

    def key(self, row: int, column: int) -> Key:
        assert self._grid is not None
        return self._grid.rows[row].enrolment_id, self._grid.sessions[column].id

    def position(self, key: Key) -> tuple[int, int] | None:
        row, column = self._rows.get(key[0]), self._columns.get(key[1])
        return None if row is None or column is None else (row, column)

    def code_at(self, row: int, column: int) -> str | None:
        return self._codes[row][column]

    def remark_at(self, row: int, column: int) -> str:
        return self._remarks[row][column]

    def versions(self, keys: Iterable[Key]) -> list[tuple[int, int, int | None]]:
        """(enrolment id, session id, confirmed version) of each cell still in the grid."""
        found = []
        for key in keys:
            where = self.position(key)
            if where is not None:
                found.append((*key, self._confirmed[where[0]][where[1]].version))
        return found

    # --- keyboard entry -----------------------------------------------------------------------

    def code_for_key(self, text: str) -> str | None:
        """The status a typed character sets (its shortcut, in any case)."""
        folded = text.casefold()
        for kind in self.kinds:
            if folded and kind.letter.casefold() == folded:
                return kind.code
        return None

    def next_code(self, code: str | None) -> str | None:
        """The status after `code` in the set's order, round to the first (Space)."""
        codes = [kind.code for kind in self.kinds]
        if not codes:
            return None
        return codes[(codes.index(code) + 1) % len(codes)] if code in codes else codes[0]

    # --- optimistic edits and their outcome -----------------------------------------------------

    def show_marks(self, keys: Iterable[Key], code: str | None) -> None:
        for key in keys:
            where = self.position(key)
            if where is not None:
                row, column = where
                self._codes[row][column] = code
                if code is None:
                    self._remarks[row][column] = ""
                self._changed(row, column)

    def show_remark(self, key: Key, remark: str) -> None:
        where = self.position(key)
        if where is not None:
            self._remarks[where[0]][where[1]] = remark
            self._changed(*where)

    def confirm(self, saved: Sequence[SavedMark]) -> None:
        for mark in saved:
            where = self.position((mark.enrolment_id, mark.session_id))
            if where is None:
                continue
            row, column = where
            cell = Confirmed(
                mark.status_code, mark.version, mark.remark, mark.recorded_by, mark.recorded_at
            )
            self._confirmed[row][column] = cell
            self._codes[row][column] = cell.code
            self._remarks[row][column] = cell.remark
            self._changed(row, column)

    def confirm_cleared(self, keys: Iterable[Key]) -> None:
        for key in keys:
            where = self.position(key)
            if where is not None:
                self._confirmed[where[0]][where[1]] = _EMPTY
                self._changed(*where)

    def roll_back(self) -> None:
        """Show every cell as the database last confirmed it."""
        self._codes = [[cell.code for cell in cells] for cells in self._confirmed]
        self._remarks = [[cell.remark for cell in cells] for cells in self._confirmed]
        if self._codes and self._codes[0]:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._codes) - 1, len(self._codes[0]) - 1)
            )

    def _changed(self, row: int, column: int) -> None:
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    # --- Qt's model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._grid is None else len(self._grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._grid is None else len(self._grid.sessions)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks ~8 roles of each visible cell on every paint: unknown roles return first.
        answer = self._roles.get(role)
        if answer is None or self._grid is None or not index.isValid():
            return None
        return answer(index.row(), index.column())

    def _letter(self, row: int, column: int) -> str:
        code = self._codes[row][column]
        return self._letters.get(code, code) if code else ""

    def _centred(self, row: int, column: int) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignCenter

    def _background(self, row: int, column: int) -> QBrush | None:
        return self._brush(row, column, 0)

    def _foreground(self, row: int, column: int) -> QBrush | None:
        return self._brush(row, column, 1)

    def _brush(self, row: int, column: int, which: int) -> QBrush | None:
        code = self._codes[row][column]
        brushes = self._brushes.get(code) if code else None
        return brushes[which] if brushes else None

    def _font(self, row: int, column: int) -> QFont | None:
        return self._pending_font if self._is_pending(row, column) else None  # italic: unsaved

    def _is_pending(self, row: int, column: int) -> bool:
        cell = self._confirmed[row][column]
        return self._codes[row][column] != cell.code or self._remarks[row][column] != cell.remark

    def _tooltip(self, row: int, column: int) -> str:
        assert self._grid is not None
        person, session = self._grid.rows[row], self._grid.sessions[column]
        code = self._codes[row][column]
        kind = self._kinds.get(code) if code else None
        status = kind.label if kind else code
        lines = [
            f"{person.name} — {session.title} ({short_date(session.starts_at)}): "
            f"{status or self.tr('not recorded')}"
        ]
        remark = self._remarks[row][column]
        if remark:
            lines.append(self.tr("Remark: {remark}").format(remark=remark))
        cell = self._confirmed[row][column]
        if self._is_pending(row, column):
            lines.append(self.tr("Saving…"))
        elif cell.recorded_at is not None:
            when = cell.recorded_at.astimezone()  # the user's own clock
            lines.append(
                self.tr("Recorded by {who} on {day} at {time}").format(
                    who=cell.recorded_by or self.tr("unknown"),
                    day=short_date(when),
                    time=short_time(when),
                )
            )
        return "\n".join(lines)

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
                return short_date(session.starts_at, year=False)
            if role == Qt.ItemDataRole.ToolTipRole:
                return (
                    f"{session.title}\n{translated(session.kind)}, "
                    f"{day_and_time(session.starts_at, year=True)}\n"
                    + self.tr("Click to select the whole session, then press a key to mark all.")
                )
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(grid.rows):
            row = grid.rows[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return row.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.email
        return None


def _records(row: GridRow) -> Sequence[MarkRecord | None]:
    """A row's records; a row built without them has none."""
    return row.records or (None,) * len(row.marks)
