"""The dashboard's student teachers at risk: one row per student teacher and module."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.models.base import Column, RowTableModel, percent

if TYPE_CHECKING:
    from itepad.services.attendance_stats import Alert, Participation


def attended_text(row: Participation) -> str:
    """E.g. "43% (3 of 7)"; "" while nothing is recorded."""
    figures = row.figures
    if figures.rate is None:
        return ""
    return QCoreApplication.translate("AtRiskModel", "{rate} ({attended} of {recorded})").format(
        rate=percent(figures.rate), attended=figures.attended, recorded=figures.recorded
    )


def alert_text(alert: Alert) -> str:
    """Why a student teacher is at risk, in the interface language."""
    from itepad.services.attendance_stats import AlertKind

    if alert.kind == AlertKind.ABSENCES:
        return QCoreApplication.translate("AtRiskModel", "{n} absences in a row").format(
            n=alert.count
        )
    return QCoreApplication.translate("AtRiskModel", "at best {rate} (target {target})").format(
        rate=percent(alert.rate), target=percent(alert.target)
    )


def alerts_text(row: Participation, separator: str = "; ") -> str:
    return separator.join(alert_text(alert) for alert in row.alerts)


class AtRiskModel(RowTableModel["Participation"]):
    NAME, MODULE, ATTENDANCE, BEST, WHY = range(5)
    COLUMNS = (
        Column["Participation"](QT_TR_NOOP("Student teacher"), lambda r: r.name),
        Column["Participation"](QT_TR_NOOP("Module"), lambda r: r.module_code),
        Column["Participation"](
            QT_TR_NOOP("Attendance"),
            attended_text,
            sort_key=lambda r: -1.0 if r.figures.rate is None else r.figures.rate,
            tip=QT_TR_NOOP("Sessions attended of the sessions held and recorded so far"),
            numeric=True,
        ),
        Column["Participation"](
            QT_TR_NOOP("Best possible"),
            lambda r: percent(r.figures.best_possible),
            sort_key=lambda r: r.figures.best_possible or 0.0,
            tip=QT_TR_NOOP(
                "The rate at the end of the module if every remaining session is attended"
            ),
            numeric=True,
        ),
        Column["Participation"](QT_TR_NOOP("Why"), alerts_text),
    )

    def tooltip(self, row: Participation, column: int) -> str | None:
        if column == self.MODULE:
            return row.module_title
        if column == self.NAME:
            return self.tr("{email}\nDouble-click to open their attendance").format(email=row.email)
        return super().tooltip(row, column)
