"""Search-as-you-type over a RowTableModel; sorting is passed on to the model itself."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRegularExpression, QSortFilterProxyModel, Qt

from itepad.ui.models.base import SEARCH_ROLE, fold


class SearchProxyModel(QSortFilterProxyModel):
    """Rows that contain every typed word somewhere in the row, in any case or accent."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(0)  # the search text covers the whole row

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The proxy itself never sorts (its sort column stays -1): it keeps the model's order.
        self.sourceModel().sort(column, order)

    def set_search(self, text: str) -> None:
        # One lookahead per word: "ana prim" matches "Ana Zorić … Primary education".
        words = fold(text).split()
        pattern = "".join(f"(?=.*{QRegularExpression.escape(word)})" for word in words)
        self.setFilterRegularExpression(QRegularExpression(f"^{pattern}" if words else ""))
