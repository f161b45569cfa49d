"""A meeting's targets or actions: a small table with Add, Edit and Remove buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itepad.ui.tables import configure_list_table


class LinesPanel(QWidget):
    add_requested = Signal()
    edit_requested = Signal(int)  # the line's id
    remove_requested = Signal(int)

    def __init__(
        self,
        name: str,
        headers: Sequence[str],
        add_text: str,
        limit: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.limit = limit
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setAccessibleName(name)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        configure_list_table(self.table)
        self.table.setToolTip(self.tr("Enter or double-click edits a line"))
        self.table.activated.connect(lambda index: self._emit(self.edit_requested, index.row()))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit {name}").format(name=name))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove {name}").format(name=name))
        self.remove_button.setToolTip(self.tr("Remove the selected line (Delete)"))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        remove = QAction(self.table)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(lambda: self._emit(self.remove_requested))
        self.table.addAction(remove)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._add_tip = self.tr("Add a line")
        self._update_buttons()

    def set_add_tip(self, tip: str) -> None:
        self._add_tip = tip
        self._update_buttons()

    def set_lines(self, lines: Sequence[tuple[int, Sequence[str]]]) -> None:
        """(id, cell texts) per line; the selected line stays selected."""
        selected = self.selected_id()
        self.table.setRowCount(len(lines))
        for row, (line_id, cells) in enumerate(lines):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line_id)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            if line_id == selected:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def count(self) -> int:
        return self.table.rowCount()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return int(rows[0].data(Qt.ItemDataRole.UserRole))

    def _emit(self, signal: SignalInstance, row: int | None = None) -> None:
        if row is not None:
            self.table.selectRow(row)
        line_id = self.selected_id()
        if line_id is not None:
            signal.emit(line_id)

    def _update_buttons(self) -> None:
        full = self.limit is not None and self.count() >= self.limit
        self.add_button.setEnabled(not full)
        self.add_button.setToolTip(
            self.tr("At most {n}; edit or remove one first").format(n=self.limit)
            if full
            else self._add_tip
        )
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
