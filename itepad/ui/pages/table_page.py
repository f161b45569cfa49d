"""A page that is one searchable table of service rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from itepad.ui.models.base import RowTableModel
from itepad.ui.pages.base import Page
from itepad.ui.searchable_table import SearchableTable

if TYPE_CHECKING:
    from itepad.store.database import Database


class TablePage(Page):
    def __init__(
        self,
        title: str,
        model: RowTableModel[Any],
        placeholder: str,
        sort_column: int = -1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.model = model
        model.setParent(self)
        self.table = SearchableTable(model, placeholder, sort_column)
        self.table.counts_changed.connect(self._on_counts)

    def count_text(self, count: int) -> str:
        """E.g. "1 module", "5,000 student teachers"."""
        raise NotImplementedError

    def query(self, db: Database) -> Sequence[Any]:
        """Runs in a worker: the rows of the table."""
        raise NotImplementedError

    def fetch(self, db: Database) -> tuple[Sequence[Any], list[str]]:
        rows = self.query(db)
        # Folding 5,000 rows' text for search takes ~0.1 s: here, not on the GUI thread.
        return rows, self.model.search_texts(rows)

    def show_data(self, data: tuple[Sequence[Any], list[str]]) -> None:
        self.model.set_rows(*data)

    def focus_search(self) -> bool:
        self.table.search.setFocus()
        self.table.search.selectAll()
        return True

    def _on_counts(self, shown: int, total: int) -> None:
        if shown == total:
            self.set_summary(self.count_text(total))
        else:
            self.set_summary(
                self.tr("{shown:,} of {all} match the search").format(
                    shown=shown, all=self.count_text(total)
                )
            )
