"""Meetings and hours per mentor per month."""

from __future__ import annotations

from typing import TYPE_CHECKING

from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.models.base import Column, RowTableModel

if TYPE_CHECKING:
    from itepad.services.mentoring import Workload  # noqa: F401 (in Column["Workload"])


class WorkloadModel(RowTableModel["Workload"]):
    MENTOR, MONTH, MEETINGS, HOURS = range(4)
    COLUMNS = (
        Column["Workload"](QT_TR_NOOP("Mentor"), lambda r: r.mentor),
        Column["Workload"](QT_TR_NOOP("Month"), lambda r: r.month),
        Column["Workload"](
            QT_TR_NOOP("Meetings"),
            lambda r: str(r.meetings),
            sort_key=lambda r: r.meetings,
            numeric=True,
        ),
        Column["Workload"](
            QT_TR_NOOP("Hours"),
            lambda r: f"{r.hours:.1f}",
            sort_key=lambda r: r.hours,
            numeric=True,
        ),
    )
