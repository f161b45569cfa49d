"""A search field over a sortable table: typing filters the rows across all columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.models.base import RowTableModel
from itepad.ui.models.search_proxy import SearchProxyModel
from itepad.ui.tables import configure_list_table, fit_columns_when_shown


class SearchableTable(QWidget):
    counts_changed = Signal(int, int)  # rows shown, rows in all

    def __init__(
        self,
        model: RowTableModel[Any],
        placeholder: str,
        sort_column: int = -1,  # -1: the order the rows come in (e.g. newest first)
        parent: QWidget | None = None,
        *,
        name: str = "",  # what a screen reader calls the table; default "Search results"
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(self._on_search)
        self.search.installEventFilter(self)

        self.view = QTableView()
        self.view.setAccessibleName(name or self.tr("Search results"))
        self.view.setModel(self.proxy)
        configure_list_table(self.view)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(sort_column, Qt.SortOrder.AscendingOrder)
        self._fitted = False
        model.modelReset.connect(self._on_reset)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        self.setFocusProxy(self.search)

    def counts(self) -> tuple[int, int]:
        return self.proxy.rowCount(), self.model.rowCount()

    def current_source_row(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        return self.proxy.mapToSource(index).row()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self.counts_changed.emit(*self.counts())

    def _on_reset(self) -> None:
        # New rows come in the service's order: keep showing the order the header says.
        header = self.view.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if not self._fitted and self.model.rowCount():
            self._fitted = True  # once: later reloads keep the widths the user chose
            fit_columns_when_shown(self.view)
        self.counts_changed.emit(*self.counts())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # In the search field: Escape clears it, Down or Enter moves on to the rows.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.view.setFocus()
                if not self.view.currentIndex().isValid() and self.proxy.rowCount():
                    self.view.setCurrentIndex(self.proxy.index(0, 0, QModelIndex()))
                return True
        return super().eventFilter(watched, event)
