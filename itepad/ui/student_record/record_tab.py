"""What the record's list tabs share: a table of the student teacher's rows, buttons under it,
and database work through the window's action queue (one job at a time, off the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from itepad.ui.action_queue import ActionQueue, refuse
from itepad.ui.models.base import RowTableModel
from itepad.ui.tables import configure_list_table, fit_columns_when_shown

if TYPE_CHECKING:
    from itepad.store.database import Database

Row = TypeVar("Row")


class RecordTab(QWidget, Generic[Row]):
    saved = Signal(str)  # a change was written; the text says what, for the status line
    loaded = Signal()

    def __init__(
        self, queue: ActionQueue, model: RowTableModel[Row], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.queue = queue
        self.model = model
        model.setParent(self)
        self.db: Database | None = None
        self.student_id = 0
        self.view = QTableView()
        self.view.setModel(model)
        configure_list_table(self.view)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(lambda _index: self.activate())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key), self.view, self.activate, Qt.ShortcutContext.WidgetShortcut
            )
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.empty = QLabel()
        self.empty.setEnabled(False)
        self.empty.setWordWrap(True)
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.buttons)
        self.setFocusProxy(self.view)

    def add_button(self, text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)  # Enter in the table opens the row, not the first button
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        return button

    # --- to override ------------------------------------------------------------------------

    def fetch(self, db: Database, student_id: int) -> Sequence[Row]:
        """Runs in a worker: the rows of the table."""
        raise NotImplementedError

    def activate(self) -> None:
        """Double-click or Enter on a row."""

    def update_buttons(self) -> None:
        """Enable what applies to the current row."""

    def empty_text(self) -> str:
        return ""

    # --- loading and saving -----------------------------------------------------------------

    def set_student(self, db: Database, student_id: int) -> None:
        self.db, self.student_id = db, student_id
        self.reload()

    def reload(self) -> None:
        student_id = self.student_id
        self.run(lambda db: self.fetch(db, student_id), self._show)

    def _show(self, rows: Sequence[Row]) -> None:
        current = self.current_row()
        self.model.set_rows(rows)
        header = self.view.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        fit_columns_when_shown(self.view)
        self.empty.setText(self.empty_text() if not rows else "")
        self.empty.setVisible(not rows)
        if current is not None:
            self.select(lambda row: self.same(row, current))
        self.update_buttons()
        self.loaded.emit()

    def same(self, row: Row, other: Row) -> bool:
        """Whether two rows are the same record (to keep it selected across a reload)."""
        return bool(getattr(row, "id", None) == getattr(other, "id", object()))

    def current_row(self) -> Row | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_at(index.row())

    def select(self, wanted: Callable[[Row], bool]) -> None:
        for number in range(self.model.rowCount()):
            if wanted(self.model.row_at(number)):
                self.view.selectRow(number)
                return

    def run(
        self,
        work: Callable[[Database], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """`work(db)` in a worker, in turn with the window's other jobs, then `done(result)`."""
        db = self.db
        if db is None:
            return
        self.queue.submit(lambda: lambda: work(db), done, failed or self.refused)

    def save(
        self,
        work: Callable[[Database], Any],
        message: str,
        again: Callable[[Exception], None] | None = None,
    ) -> None:
        """Write a change; then say so and show the rows as they are now. If it is refused,
        `again(exc)` may offer the form once more, so that nothing typed is lost."""

        def done(_result: Any) -> None:
            self.saved.emit(message)
            self.reload()

        def failed(exc: Exception) -> None:
            self.refused(exc)
            if again is not None:
                again(exc)

        self.run(work, done, failed)

    def refused(self, exc: Exception) -> None:
        """Say why (or raise a bug), then show the rows as they are now."""
        refuse(self, self.queue, exc, self.tr("Not saved"))
        self.reload()
