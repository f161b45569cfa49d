"""The attendance grid as a keyboard sees it: one key per status, fast.

- a status's key (P, L, E, A as shipped) marks the current cell and moves to the next student
  teacher; with several cells selected (a whole session: click its header or press Ctrl+Space)
  it marks them all and stays;
- Space cycles the current cell through the statuses; Delete or Backspace clears the selection;
- F2 or Enter asks to edit the current cell's remark; arrows, Tab, Home/End move as usual.

A cell with a remark has a small dark triangle in its corner.

The view only says what was asked for (signals); the page writes it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from itepad.ui.models.attendance import AttendanceGridModel

Cells = list[tuple[int, int]]  # (row, column) pairs
REMARK_MARKER = QColor("#37474f")
MARKER_SIZE = 7


class AttendanceGridView(QTableView):
    mark_requested = Signal(list, str)  # cells, status code
    clear_requested = Signal(list)  # cells
    remark_requested = Signal()  # edit the current cell's remark

    def __init__(self, model: AttendanceGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setModel(model)
        self.setAccessibleName(self.tr("Attendance register"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._mark_remarks()

    def _mark_remarks(self) -> None:
        """A small corner triangle on cells that carry a remark, as spreadsheets do.

        Drawn over the painted cells rather than by a Python item delegate, which would be
        called for every visible cell on every paint and make scrolling slow.
        """
        model, viewport = self._model, self.viewport()
        rows, columns = model.rowCount(), model.columnCount()
        first_row = max(self.rowAt(0), 0)
        last_row = self.rowAt(viewport.height() - 1)
        first_column = max(self.columnAt(0), 0)
        last_column = self.columnAt(viewport.width() - 1)
        last_row = rows - 1 if last_row < 0 else last_row
        last_column = columns - 1 if last_column < 0 else last_column
        painter: QPainter | None = None
        for row in range(first_row, last_row + 1):
            for column in range(first_column, last_column + 1):
                if not model.remark_at(row, column):
                    continue
                if painter is None:
                    painter = QPainter(viewport)
                    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(REMARK_MARKER)
                rect = self.visualRect(model.index(row, column))
                right, top = rect.right() + 1, rect.top()
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(right - MARKER_SIZE, top),
                            QPointF(right, top),
                            QPointF(right, top + MARKER_SIZE),
                        ]
                    )
                )
        if painter is not None:
            painter.end()

    def selected_cells(self) -> Cells:
        """The selection; without one, the current cell."""
        cells = sorted((i.row(), i.column()) for i in self.selectionModel().selectedIndexes())
        current = self.currentIndex()
        if len(cells) <= 1 and current.isValid():
            return [(current.row(), current.column())]
        return cells

    def select_current_session(self) -> None:
        current = self.currentIndex()
        if current.isValid():
            self.selectColumn(current.column())
            # selectColumn moves the current cell to the top; keep it where the user was.
            self.selectionModel().setCurrentIndex(
                current, self.selectionModel().SelectionFlag.NoUpdate
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        plain = not modifiers & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Space and modifiers == Qt.KeyboardModifier.ControlModifier:
            self.select_current_session()
        elif key == Qt.Key.Key_Space and plain:
            self._cycle()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain:
            cells = self.selected_cells()
            if cells:
                self.clear_requested.emit(cells)
        elif key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            if self.currentIndex().isValid():
                self.remark_requested.emit()
        elif (code := self._status_key(event)) is not None:
            self._mark(code)
        else:
            super().keyPressEvent(event)

    def _status_key(self, event: QKeyEvent) -> str | None:
        # Shift is allowed (Caps Lock, or "P" typed as a capital); Ctrl and Alt are shortcuts.
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        ):
            return None
        return self._model.code_for_key(event.text())

    def _mark(self, code: str) -> None:
        cells = self.selected_cells()
        if not cells:
            return
        self.mark_requested.emit(cells, code)
        if len(cells) == 1:
            row, column = cells[0]
            if row + 1 < self._model.rowCount():
                self.setCurrentIndex(self._model.index(row + 1, column))

    def _cycle(self) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        code = self._model.next_code(self._model.code_at(current.row(), current.column()))
        if code is not None:
            self.mark_requested.emit([(current.row(), current.column())], code)
