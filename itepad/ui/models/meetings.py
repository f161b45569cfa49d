"""Mentoring meetings: one row per meeting, newest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.models.base import Column, RowTableModel

if TYPE_CHECKING:
    from itepad.services.overview import MeetingRow


def signed_text(row: MeetingRow) -> str:
    if row.changed_since_signed:
        return QCoreApplication.translate("MeetingTableModel", "⚠ changed")
    return "✓" if row.signed else ""


class MeetingTableModel(RowTableModel["MeetingRow"]):
    DATE, MENTOR, MENTEES, FOCUS, TARGETS, OPEN_ACTIONS, SIGNED = range(7)
    COLUMNS = (
        Column["MeetingRow"](
            QT_TR_NOOP("Date"),
            lambda r: r.held_at.strftime("%Y-%m-%d %H:%M"),
            sort_key=lambda r: r.held_at.isoformat(),
        ),
        Column["MeetingRow"](QT_TR_NOOP("Mentor"), lambda r: r.mentor),
        Column["MeetingRow"](QT_TR_NOOP("Mentees"), lambda r: r.mentees),
        Column["MeetingRow"](QT_TR_NOOP("Focus"), lambda r: r.focus),
        Column["MeetingRow"](
            QT_TR_NOOP("Targets"),
            lambda r: str(r.targets),
            sort_key=lambda r: r.targets,
            numeric=True,
        ),
        Column["MeetingRow"](
            QT_TR_NOOP("Open actions"),
            lambda r: str(r.open_actions),
            sort_key=lambda r: r.open_actions,
            numeric=True,
        ),
        Column["MeetingRow"](
            QT_TR_NOOP("Signed"),
            signed_text,
            sort_key=lambda r: int(r.signed) - 2 * int(r.changed_since_signed),
            tip=QT_TR_NOOP("Signed off by the mentor"),
        ),
    )

    def tooltip(self, row: MeetingRow, column: int) -> str | None:
        if column == self.SIGNED:
            if row.changed_since_signed:
                return self.tr("Changed since it was signed off: open it to compare")
            return self.tr("Signed off") if row.signed else self.tr("Not signed off yet")
        return super().tooltip(row, column)
