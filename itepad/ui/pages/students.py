"""Student teachers: everyone current, with cohort, eTwinning status and attendance."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from itepad.ui.models.students import StudentTableModel
from itepad.ui.pages.table_page import TablePage

if TYPE_CHECKING:
    from itepad.services.overview import StudentRow
    from itepad.store.database import Database


def student_count_text(count: int) -> str:
    """Shared with the portfolios page, hence one fixed translation context."""
    if count == 1:
        return QCoreApplication.translate("StudentsPage", "1 student teacher")
    return QCoreApplication.translate("StudentsPage", "{n:,} student teachers").format(n=count)


class StudentsPage(TablePage):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(
            title,
            StudentTableModel(),
            self.tr("Search by name, email, cohort, programme or eTwinning status"),
            StudentTableModel.NAME,
            parent,
        )
        self.set_content(self.table)

    def query(self, db: Database) -> list[StudentRow]:
        from itepad.services.overview import student_rows

        return student_rows(db)

    def count_text(self, count: int) -> str:
        return student_count_text(count)
