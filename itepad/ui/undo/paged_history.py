"""The audit trail read page by page off the GUI thread, newest first, with "Show older"."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from itepad.errors import UserError
from itepad.ui.undo.history_table import HistoryView
from itepad.ui.worker import run_in_background

if TYPE_CHECKING:
    from itepad.services.history import HistoryFilter, HistoryPage
    from itepad.store.database import Database

PAGE_SIZE = 500  # lines a page: a large trail stays quick to show


class PagedHistory(QWidget):
    loaded = Signal()  # a page is shown
    failed = Signal(str)  # a UserError's message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._request = 0
        self._wanted: HistoryFilter | None = None
        self._more_from: int | None = None
        self._db: Database | None = None
        self.loading = False
        self.view = HistoryView()
        self.count = QLabel()
        self.count.setEnabled(False)  # drawn in the muted colour
        self.older = QPushButton(self.tr("Show &older"))
        self.older.setToolTip(self.tr("Read the next {n} lines").format(n=PAGE_SIZE))
        self.older.clicked.connect(self.load_older)
        self.older.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(self.older)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

    def load(self, db: Database, wanted: HistoryFilter) -> None:
        """Show the newest lines that `wanted` lets through (a new filter starts again)."""
        self._db, self._wanted = db, replace(wanted, limit=PAGE_SIZE, older_than=None)
        self._fetch(self._wanted, more=False)

    def load_older(self) -> None:
        if self._db is None or self._wanted is None or self._more_from is None:
            return
        self._fetch(replace(self._wanted, older_than=self._more_from), more=True)

    def _fetch(self, wanted: HistoryFilter, *, more: bool) -> None:
        from itepad.services.history import read_history_page

        db = self._db
        assert db is not None
        self._request += 1
        request = self._request
        self.loading = True
        self.older.setEnabled(False)
        self.count.setText(self.tr("Loading…"))
        run_in_background(
            lambda: read_history_page(db, wanted),
            self,
            lambda page: self._show(request, page, more),
            lambda exc: self._failed(request, exc),
        )

    def _show(self, request: int, page: HistoryPage, more: bool) -> None:
        if request != self._request:
            return  # a newer filter was asked for meanwhile
        self.loading = False
        self.view.set_lines(page.lines, more=more)
        self._more_from = page.more_from
        self.older.setEnabled(page.more_from is not None)
        shown = self.view.model.rowCount()
        if page.more_from is None:
            text = self.tr("{n:,} changes") if shown != 1 else self.tr("1 change")
        else:
            text = self.tr("The newest {n:,} changes")
        self.count.setText(text.format(n=shown))
        self.loaded.emit()

    def _failed(self, request: int, exc: Exception) -> None:
        if request != self._request:
            return
        self.loading = False
        self.show_failure(exc)

    def show_failure(self, exc: Exception) -> None:
        """Say what the user can fix (a lost connection); raise anything else, a bug."""
        if not isinstance(exc, UserError):
            raise exc  # reaches sys.excepthook (and fails a pytest-qt test)
        self.count.setText(str(exc))
        self.failed.emit(str(exc))
