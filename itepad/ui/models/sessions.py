"""The module editor's sessions: one row per session, in date order (the order is the plan)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.models.base import Column, RowTableModel
from itepad.ui.translation import day_and_time, short_time, translated

if TYPE_CHECKING:
    from itepad.services.module_draft import SessionDraft


@dataclass(frozen=True)
class SessionLine:
    """A session with the names the table shows for its codes and ids."""

    session: SessionDraft
    kind: str  # human label
    facilitator: str

    @property
    def when(self) -> str:
        starts, ends = self.session.starts_at, self.session.ends_at
        end = short_time(ends) if ends.date() == starts.date() else day_and_time(ends)
        return f"{day_and_time(starts, year=True)}\N{EN DASH}{end}"

    @property
    def where(self) -> str:
        return self.session.fields.place or self.session.fields.link


class SessionTableModel(RowTableModel[SessionLine]):
    WHEN, TITLE, KIND, PLACE, FACILITATOR = range(5)
    COLUMNS = (
        Column[SessionLine](QT_TR_NOOP("When"), lambda r: r.when),
        Column[SessionLine](QT_TR_NOOP("Title"), lambda r: r.session.fields.title),
        Column[SessionLine](QT_TR_NOOP("Kind"), lambda r: translated(r.kind)),
        Column[SessionLine](
            QT_TR_NOOP("Place or link"),
            lambda r: r.where,
            tip=QT_TR_NOOP("The room, or the online link of a video call"),
        ),
        Column[SessionLine](QT_TR_NOOP("Facilitator"), lambda r: r.facilitator),
    )

    def row_of(self, session_id: int) -> int | None:
        return next(
            (row for row in range(self.rowCount()) if self.row_at(row).session.id == session_id),
            None,
        )

    def tooltip(self, row: SessionLine, column: int) -> str | None:
        marks = row.session.attendance_marks
        if column == self.WHEN and marks:
            return self.tr("{when}\n{n} attendance marks recorded").format(when=row.when, n=marks)
        return super().tooltip(row, column)
