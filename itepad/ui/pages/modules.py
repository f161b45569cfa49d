"""Modules: every module with its year, term, kind, status, sessions and enrolments."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from itepad.ui.models.modules import ModuleTableModel
from itepad.ui.pages.table_page import TablePage

if TYPE_CHECKING:
    from itepad.services.overview import ModuleRow
    from itepad.store.database import Database


class ModulesPage(TablePage):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(
            title,
            ModuleTableModel(),
            self.tr("Search modules by code, title, year, term, kind or status"),
            parent=parent,
        )
        self.set_content(self.table)

    def query(self, db: Database) -> list[ModuleRow]:
        from itepad.services.overview import module_rows

        return module_rows(db)

    def count_text(self, count: int) -> str:
        return self.tr("1 module") if count == 1 else self.tr("{n:,} modules").format(n=count)
