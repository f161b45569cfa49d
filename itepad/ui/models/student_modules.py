"""One student teacher's attendance in each of their modules (the dashboard's look-up)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.models.at_risk import alerts_text, attended_text
from itepad.ui.models.base import Column, RowTableModel, percent

if TYPE_CHECKING:
    from itepad.services.attendance_stats import Participation


class StudentModulesModel(RowTableModel["Participation"]):
    MODULE, ATTENDANCE, BEST, STREAK = range(4)
    COLUMNS = (
        Column["Participation"](
            QT_TR_NOOP("Module"), lambda r: f"⚠ {r.module_code}" if r.alerts else r.module_code
        ),
        Column["Participation"](
            QT_TR_NOOP("Attendance"),
            attended_text,
            sort_key=lambda r: -1.0 if r.figures.rate is None else r.figures.rate,
            numeric=True,
        ),
        Column["Participation"](
            QT_TR_NOOP("Best possible"),
            lambda r: percent(r.figures.best_possible),
            sort_key=lambda r: r.figures.best_possible or 0.0,
            numeric=True,
        ),
        Column["Participation"](
            QT_TR_NOOP("Absent in a row"),
            lambda r: str(r.figures.absence_streak),
            sort_key=lambda r: r.figures.absence_streak,
            tip=QT_TR_NOOP(
                "Absences in a row up to the latest marked session (excused ones skipped)"
            ),
            numeric=True,
        ),
    )

    def tooltip(self, row: Participation, column: int) -> str | None:
        if column == self.MODULE:
            return "\n".join(filter(None, [row.module_title, alerts_text(row, "\n")]))
        return super().tooltip(row, column)
