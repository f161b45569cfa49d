"""Lesson observations, newest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from itepad.ui.i18n import QT_TR_NOOP
from itepad.ui.models.base import Column, RowTableModel

if TYPE_CHECKING:
    from itepad.services.mentoring_edits import ObservationRow  # noqa: F401 (in Column["ObservationRow"])


class ObservationsModel(RowTableModel["ObservationRow"]):
    DATE, STUDENT, CLASS, SUBJECT, OBSERVER, SIGNED = range(6)
    COLUMNS = (
        Column["ObservationRow"](
            QT_TR_NOOP("Date"),
            lambda r: r.observed_at.strftime("%Y-%m-%d %H:%M"),
            sort_key=lambda r: r.observed_at.isoformat(),
        ),
        Column["ObservationRow"](QT_TR_NOOP("Student teacher"), lambda r: r.student),
        Column["ObservationRow"](
            QT_TR_NOOP("Class"), lambda r: " · ".join(p for p in (r.class_name, r.pupils_age) if p)
        ),
        Column["ObservationRow"](
            QT_TR_NOOP("Subject and topic"),
            lambda r: " — ".join(p for p in (r.subject, r.topic) if p),
        ),
        Column["ObservationRow"](QT_TR_NOOP("Observer"), lambda r: r.observer),
        Column["ObservationRow"](
            QT_TR_NOOP("Signed"),
            lambda r: "✓" if r.signed else "",
            sort_key=lambda r: int(r.signed),
            tip=QT_TR_NOOP("Signed off by the observer"),
        ),
    )
