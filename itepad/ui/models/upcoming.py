"""The dashboard's upcoming sessions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.models.base import Column, RowTableModel
from itepad.ui.translation import day_and_time, translated

if TYPE_CHECKING:
    from itepad.services.overview import UpcomingSession


class UpcomingSessionModel(RowTableModel["UpcomingSession"]):
    WHEN, MODULE, SESSION, KIND, PLACE = range(5)
    COLUMNS = (
        Column["UpcomingSession"](
            QT_TR_NOOP("When"),
            lambda r: day_and_time(r.starts_at),
            sort_key=lambda r: r.starts_at.isoformat(),
        ),
        Column["UpcomingSession"](QT_TR_NOOP("Module"), lambda r: r.module_code),
        Column["UpcomingSession"](QT_TR_NOOP("Session"), lambda r: r.title),
        Column["UpcomingSession"](QT_TR_NOOP("Kind"), lambda r: translated(r.kind)),
        Column["UpcomingSession"](QT_TR_NOOP("Place"), lambda r: r.place),
    )

    def tooltip(self, row: UpcomingSession, column: int) -> str | None:
        if column == self.MODULE:
            return row.module_title
        return super().tooltip(row, column)
