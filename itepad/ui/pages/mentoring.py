"""Mentoring: the meetings log, newest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from itepad.ui.models.meetings import MeetingTableModel
from itepad.ui.pages.table_page import TablePage

if TYPE_CHECKING:
    from itepad.services.overview import MeetingRow
    from itepad.store.database import Database


class MentoringPage(TablePage):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(
            title,
            MeetingTableModel(),
            self.tr("Search meetings by mentor, mentee or focus"),
            parent=parent,
        )
        self.set_content(self.table)

    def query(self, db: Database) -> list[MeetingRow]:
        from itepad.services.overview import meeting_rows

        return meeting_rows(db)

    def count_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 mentoring meeting")
        return self.tr("{n:,} mentoring meetings").format(n=count)
