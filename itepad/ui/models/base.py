"""A read-only table model over a list of frozen rows, described column by column.

Each subclass names its columns with constants (NAME, EMAIL, ...) and lists a Column for each, in
the same order. Besides the display text a column gives a sort key (numbers sort as numbers) and
the model gives every row one search text, so the proxy can filter across all columns at once.
The model sorts itself, in Python: a proxy sorting 5,000 rows would call data() for each of its
~60,000 comparisons, half a second on the GUI thread.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so that "zoric" finds "Zorić"."""
    text = text.casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def percent(rate: float | None) -> str:
    return "" if rate is None else f"{rate:.0%}"


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str  # marked with QT_TR_NOOP where defined, translated in headerData
    text: Callable[[Row], str]
    sort_key: Callable[[Row], Any] | None = None  # defaults to the folded text
    tip: str = ""  # header tooltip
    numeric: bool = False  # right-aligned


class RowTableModel(QAbstractTableModel, Generic[Row]):
    COLUMNS: ClassVar[Sequence[Column[Any]]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._search: list[str] = []

    @classmethod
    def search_texts(cls, rows: Sequence[Row]) -> list[str]:
        """The search text of each row; plain Python, so a worker can compute it beforehand."""
        return [fold(" ".join(column.text(row) for column in cls.COLUMNS)) for row in rows]

    def set_rows(self, rows: Sequence[Row], search_texts: list[str] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = self.search_texts(rows) if search_texts is None else search_texts
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def search_text(self, row: int) -> str:
        return self._search[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        spec = self.COLUMNS[column]
        keys = [spec.sort_key(row) if spec.sort_key else fold(spec.text(row)) for row in self._rows]
        self.layoutAboutToBeChanged.emit()
        permutation = sorted(
            range(len(keys)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        moved_to = {old: new for new, old in enumerate(permutation)}
        self._rows = [self._rows[i] for i in permutation]
        self._search = [self._search[i] for i in permutation]
        before = self.persistentIndexList()
        after = [self.index(moved_to[i.row()], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def tooltip(self, row: Row, column: int) -> str | None:
        """The cell's tooltip; by default its full text (useful when the column is narrow)."""
        return self.COLUMNS[column].text(row) or None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        column = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(column.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(column.tip) if column.tip else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        return None
